"""Conversation benchmark: REST round trips over whole scripted conversations, live.

Starts the action server and the Rasa server (the trained model, a seeded SQLite database),
then plays scripted conversations: one user at a time, then 20 users at once. Reports p50/p95
latency per message, throughput, the Rasa server's memory (RSS), and, with --train, the time
to train the model from scratch. Results go to bench/results/conversation.json and stdout.

    python bench/conversation_bench.py [--rounds N] [--users N] [--train]

Targets on a 2-core machine: one user p95 <= 150 ms, 20 users >= 25 messages/s, training
<= 5 minutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.modules.setdefault("tensorflow", None)  # only the servers need it, in their own processes

from bot import launch as live  # noqa: E402
from resources import seed  # noqa: E402
from resources.db import make_engine  # noqa: E402

RESULTS = ROOT / "bench" / "results"
# Whole conversations as young people have them: greeting, needs, place, follow-ups, results.
SCRIPTS = [
    ["hi", "yes", "i need somewhere to sleep", "san francisco", "/skip", "more", "stop"],
    ["hey", "/affirm", "court and legal help", "los angeles", "girls", "im on probation", "stop"],
    ["hello", "ok", "someone to talk to", "multnomah county", "thanks", "stop"],
    ["our school wants a prevention program", "atlanta", "show all", "stop"],
    ["hi", "yes", "food", "he wont let me leave", "keep looking", "94110", "skip", "stop"],
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def play(harbor: live.Harbor, script: list[str], timings: list[float]) -> None:
    sender = harbor.new_sender()
    for message in script:
        started = time.perf_counter()
        harbor.say(sender, message)
        timings.append((time.perf_counter() - started) * 1000)


def run_users(harbor: live.Harbor, users: int, rounds: int) -> dict:
    timings: list[float] = []
    lock = threading.Lock()

    def user(index: int) -> None:
        mine: list[float] = []
        for round_ in range(rounds):
            play(harbor, SCRIPTS[(index + round_) % len(SCRIPTS)], mine)
        with lock:
            timings.extend(mine)

    threads = [threading.Thread(target=user, args=(i,)) for i in range(users)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "users": users,
        "messages": len(timings),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "messages_per_s": round(len(timings) / elapsed, 1),
    }


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def training_seconds() -> float:
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run(
            [str(Path(sys.executable).parent / "rasa"), "train", "--force", "--out", out],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        )  # fmt: skip
        return round(time.perf_counter() - started, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4, help="conversations per user")
    parser.add_argument("--users", type=int, default=20, help="concurrent users")
    parser.add_argument("--train", action="store_true", help="also time a full training")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'harbor.db'}"
        engine = make_engine(url)
        seed.build(engine)
        engine.dispose()
        harbor = live.start(Path(folder) / "logs", url)
        try:
            run_users(harbor, 1, 1)  # warm up: first requests load the model's graph
            single = run_users(harbor, 1, args.rounds * len(SCRIPTS))
            crowd = run_users(harbor, args.users, args.rounds)
            memory = rss_mb(harbor.processes["rasa"].pid)
            actions_memory = rss_mb(harbor.processes["actions"].pid)
        finally:
            harbor.close()
    result = {
        "date": dt.date.today().isoformat(),
        "cpus": os.cpu_count(),
        "one_user": single,
        "concurrent": crowd,
        "rasa_rss_mb": memory,
        "action_server_rss_mb": actions_memory,
    }
    if args.train:
        result["training_s"] = training_seconds()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "conversation.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
