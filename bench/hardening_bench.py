"""Huge messages against a live Harbor: answered fast, nobody else waits, memory stays put.

Starts the action server and Rasa (bot/launch.py) on the resource database, then, while a
second sender talks at a steady pace, posts 100,000-character and 1 MB messages to the REST
channel and the web chat endpoint. Prints and writes (bench/results/hardening.json) how long
each huge message took to answer, the other sender's p50/p95, and Rasa's memory before and
after. Exits non-zero when a target is missed: under 1 s per huge message, the other sender's
p95 under 200 ms, Rasa's memory within 50 MB of before. Loopback only, bounded loops.

    python bench/hardening_bench.py
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import launch  # noqa: E402
from resources.db import database_url  # noqa: E402

SIZES = {"100k characters": 100_000, "1 MB": 1_000_000}
OTHER_MESSAGES = ("hi", "/affirm", "i need a place to stay", "oakland", "more", "stop")
TARGETS = {"huge_answer_s": 1.0, "other_p95_ms": 200.0, "rss_growth_mb": 50.0}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def other_sender(bot, stop: threading.Event, latencies: list[float]) -> None:
    """A young person talking while the huge messages arrive (at most 400 messages)."""
    for number in range(400):
        if stop.is_set():
            return
        sender = f"bench-other-{number // len(OTHER_MESSAGES)}"
        started = time.perf_counter()
        bot.say(sender, OTHER_MESSAGES[number % len(OTHER_MESSAGES)])
        latencies.append((time.perf_counter() - started) * 1000)
        time.sleep(0.05)


def huge(bot, path: str, size: int, headers: dict) -> float:
    body = json.dumps({"sender": f"bench-huge-{path}-{size}", "message": "a" * size})
    started = time.perf_counter()
    response = requests.post(f"{bot.url}{path}", data=body, headers=headers, timeout=60)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200 and response.json(), response.text[:200]
    return elapsed


def run(bot) -> dict:
    pid = bot.processes["rasa"].pid
    for _ in range(3):  # warm up: the model's first messages are slower
        bot.say("bench-warm", "hi")
    before = rss_mb(pid)
    stop, latencies = threading.Event(), []
    talker = threading.Thread(target=other_sender, args=(bot, stop, latencies))
    talker.start()
    time.sleep(1.0)
    answers = {}
    channels = {
        "rest": ("/webhooks/rest/webhook", {}),
        "webchat": ("/webhooks/webchat/webhook", {"Content-Type": "text/plain"}),
    }
    for channel, (path, headers) in channels.items():
        for label, size in SIZES.items():
            answers[f"{channel}, {label}"] = round(huge(bot, path, size, headers), 3)
            time.sleep(0.5)
    time.sleep(1.0)
    stop.set()
    talker.join()
    after = rss_mb(pid)
    ordered = sorted(latencies)
    return {
        "date": dt.date.today().isoformat(),
        "huge_answer_s": answers,
        "other_messages": len(ordered),
        "other_p50_ms": round(statistics.median(ordered), 1),
        "other_p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 1),
        "rasa_rss_before_mb": round(before, 1),
        "rasa_rss_after_mb": round(after, 1),
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as logs:
        bot = launch.start(Path(logs), database_url())
        try:
            result = run(bot)
        finally:
            bot.close()
    out = ROOT / "bench" / "results" / "hardening.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    slowest = max(result["huge_answer_s"].values())
    growth = result["rasa_rss_after_mb"] - result["rasa_rss_before_mb"]
    ok = (
        slowest < TARGETS["huge_answer_s"]
        and result["other_p95_ms"] < TARGETS["other_p95_ms"]
        and growth < TARGETS["rss_growth_mb"]
    )
    print(f"slowest huge answer {slowest:.3f} s, other p95 {result['other_p95_ms']} ms, "
          f"Rasa memory {growth:+.1f} MB: {'targets met' if ok else 'TARGET MISSED'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
