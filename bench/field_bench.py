"""Understanding on the field sets: the bot scored on messages, places and conversations that
were written blind (tests/field/, never trained on).

Starts the action server and Rasa on the resource database (as `harbor replay --start`
does), plays every field set, prints the figures and writes them to
bench/results/field-<lang>.json. Exits non-zero on a missed crisis or a false stop.

    python bench/field_bench.py [--set en --set sealed/en3] [--out bench/results]

Three kinds of set: the gated ones (tests/field/<set>/), whose misses have been read and
fixed by their cause; the ungated ones (tests/field/ungated/<set>/), read after their first
run and being fixed, not yet gated because the words alone do not catch all their crises;
and the sealed ones (tests/field/sealed/<set>/), written blind later and not read by the
team: only their figures are looked at, so they stay an honest measure of what the bot has
not been tuned on. Only the gated sets make this script fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import launch  # noqa: E402
from bot.fieldtest.evaluate import evaluate  # noqa: E402
from bot.replay.replay import Client  # noqa: E402
from resources.db import database_url  # noqa: E402

FIELD = ROOT / "tests" / "field"


def summary(result: dict) -> str:
    m, p, c = result["messages"], result["places"], result["conversations"]
    return (
        f"{result['set']}: crisis recall {m['crisis_recall_first_turn']} first turn, "
        f"{m['crisis_recall_mid_form']} mid-form ({m['crisis_messages']} crisis messages); "
        f"crisis precision {m['crisis_precision']}; false stops {m['false_stops']}; "
        f"stop recall {m['stop_recall']}; need recall {m['need_recall']}; "
        f"places right {p['right']} ({p['wrong']} wrong of {p['places']}); "
        f"conversations {c['success']} of {c['conversations']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", dest="sets", action="append", help="en, sealed/en3… (default: all)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    sets = args.sets or [
        str(p.parent.relative_to(FIELD)) for p in sorted(FIELD.glob("*/messages.yml"))
    ] + [
        str(p.parent.relative_to(FIELD))
        for kind in ("ungated", "sealed")
        for p in sorted(FIELD.glob(f"{kind}/*/messages.yml"))
    ]
    failed = False
    with tempfile.TemporaryDirectory() as logs:
        bot = launch.start(Path(logs), database_url())
        try:
            client = Client(bot.url, bot.token)
            for name in sets:
                short = Path(name).name
                result = evaluate(client, FIELD / name, short.rstrip("0123456789"))
                result["date"] = dt.date.today().isoformat()
                result["set"] = name
                args.out.mkdir(parents=True, exist_ok=True)
                path = args.out / f"field-{short}.json"
                path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
                print(summary(result))
                m = result["messages"]
                gated = not name.startswith(("sealed/", "ungated/"))
                failed |= gated and bool(m["missed_crisis"] or m["false_stops"])
        finally:
            bot.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
