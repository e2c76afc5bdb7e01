"""NLU quality on held-out data: intent macro-F1 and crisis recall of the trained model.

Scores models/harbor.tar.gz on tests/nlu/heldout.yml, examples training never sees, with
`rasa test nlu`. Rasa's reports (intent_report.json, the confusion matrix image) go to
results/nlu/; the figures go to bench/results/nlu.json and stdout. Exits non-zero when a
target is missed: crisis recall 1.0, intent macro-F1 0.90.

    python bench/nlu_bench.py [--model models/harbor.tar.gz]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"
REPORTS = ROOT / "results" / "nlu"
RESULTS = ROOT / "bench" / "results"
MIN_MACRO_F1 = 0.90
MIN_CRISIS_RECALL = 1.0


def evaluate(model: Path) -> dict:
    REPORTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "test", "nlu", "--model", str(model),
         "--nlu", str(HELDOUT), "--out", str(REPORTS)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    report = json.loads((REPORTS / "intent_report.json").read_text())
    errors = json.loads((REPORTS / "intent_errors.json").read_text())
    return {
        "date": dt.date.today().isoformat(),
        "examples": int(report["macro avg"]["support"]),
        "intent_macro_f1": round(report["macro avg"]["f1-score"], 4),
        "intent_accuracy": round(report.get("accuracy", 0.0), 4),
        "crisis_recall": round(report["crisis"]["recall"], 4),
        "crisis_precision": round(report["crisis"]["precision"], 4),
        "misclassified": [
            {"text": e["text"], "expected": e["intent"], "got": e["intent_prediction"]["name"]}
            for e in errors
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "harbor.tar.gz")
    args = parser.parse_args()
    result = evaluate(args.model)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "nlu.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(
        f"held-out NLU: {result['examples']} examples, intent macro-F1 "
        f"{result['intent_macro_f1']:.3f} (target {MIN_MACRO_F1}), crisis recall "
        f"{result['crisis_recall']:.3f} (target {MIN_CRISIS_RECALL})"
    )
    for miss in result["misclassified"]:
        print(f"  {miss['text']!r}: expected {miss['expected']}, got {miss['got']}")
    ok = result["intent_macro_f1"] >= MIN_MACRO_F1 and result["crisis_recall"] >= MIN_CRISIS_RECALL
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
