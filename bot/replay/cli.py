"""``harbor replay``: replay conversations against the bot, or record one as a story.

harbor replay FILES_OR_FOLDERS... [--url URL] [--token T] [--junit FILE] [--start]
harbor replay --record SENDER_ID [--url URL] [--token T] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import requests

from bot.replay.record import record
from bot.replay.replay import Client, Outcome, Unreachable, replay
from bot.replay.stories import Story, StoryError, read_stories

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_URL = f"http://localhost:{os.environ.get('HARBOR_PORT', '5005')}"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    token = args.token or os.environ.get("HARBOR_API_TOKEN") or _token_file()
    if args.record:
        return _record(args, token)
    if not args.files:
        print("harbor replay: give story files or folders, or --record SENDER_ID", file=sys.stderr)
        return 2
    try:
        stories = _read(args.files)
    except StoryError as error:
        print(f"harbor replay: {error}", file=sys.stderr)
        return 2
    if args.start:
        return _with_started_bot(stories, args)
    return _run(stories, Client(args.url, token), args.junit)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="harbor replay", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="story files or folders of them")
    parser.add_argument("--url", default=DEFAULT_URL, help=f"the bot (default {DEFAULT_URL})")
    parser.add_argument("--token", help="HTTP API token (default HARBOR_API_TOKEN, var/api-token)")
    parser.add_argument("--junit", type=Path, help="also write a JUnit XML report here")
    parser.add_argument("--start", action="store_true", help="start the bot for this run")
    parser.add_argument("--record", metavar="SENDER_ID", help="write this conversation as a story")
    parser.add_argument("--out", type=Path, help="with --record: the file to write")
    return parser


def _token_file() -> str | None:
    path = ROOT / "var" / "api-token"
    return path.read_text().strip() if path.exists() else None


def _read(paths: list[Path]) -> list[Story]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(path.rglob("*.yml")) + sorted(path.rglob("*.yaml"))
        elif path.exists():
            files.append(path)
        else:
            raise StoryError(path, 0, "no such file or folder")
    stories: list[Story] = []
    for file in files:
        stories += read_stories(file)
    return stories


def _run(stories: list[Story], client: Client, junit: Path | None) -> int:
    try:
        client.check()
        outcomes = [_replay_one(client, story) for story in stories]
    except Unreachable as error:
        print(f"harbor replay: {error}", file=sys.stderr)
        return 2
    except requests.RequestException as error:
        print(f"harbor replay: the bot stopped answering ({type(error).__name__})", file=sys.stderr)
        return 2
    print()
    failed = [o for o in outcomes if not o.passed]
    for outcome in failed:
        print(_failure(outcome))
    print(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed")
    if junit:
        _write_junit(outcomes, junit)
    return 1 if failed else 0


def _replay_one(client: Client, story: Story) -> Outcome:
    outcome = replay(client, story)
    mark = "." if outcome.passed else "F"
    print(mark, end="", flush=True)
    return outcome


def _failure(outcome: Outcome) -> str:
    story, step = outcome.story, outcome.step
    said = "\n".join(f"      {line}" for text in outcome.bot_said for line in text.splitlines())
    return (
        f"\nFAILED {story.name} ({story.path}:{story.line})\n"
        f"  first difference at line {step.line}:\n"
        f"    expected: {outcome.expected}\n"
        f"    actual:   {outcome.actual}\n"
        f"  the bot said then:\n{said or '      (nothing)'}"
    )


def _write_junit(outcomes: list[Outcome], path: Path) -> None:
    failures = sum(not o.passed for o in outcomes)
    suite = ET.Element(
        "testsuite",
        name="harbor replay",
        tests=str(len(outcomes)),
        failures=str(failures),
        time=f"{sum(o.seconds for o in outcomes):.3f}",
    )
    for outcome in outcomes:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=str(outcome.story.path),
            name=outcome.story.name,
            time=f"{outcome.seconds:.3f}",
        )
        if not outcome.passed:
            failure = ET.SubElement(
                case, "failure", message=f"expected {outcome.expected}, got {outcome.actual}"
            )
            failure.text = _failure(outcome)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)


def _with_started_bot(stories: list[Story], args) -> int:
    from bot import launch
    from resources.db import database_url, is_built, make_engine

    url = database_url()
    engine = make_engine(url)
    built = is_built(engine)
    engine.dispose()
    if not built:
        print("harbor replay: build the resource database first (make db)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as logs:
        print("Starting Harbor (action server and Rasa)…", flush=True)
        started = time.monotonic()
        try:
            bot = launch.start(Path(logs), url)
        except RuntimeError as error:
            print(f"harbor replay: the bot did not start:\n{error}", file=sys.stderr)
            return 2
        print(f"Started in {time.monotonic() - started:.0f} s; replaying {len(stories)} stories.")
        try:
            return _run(stories, Client(bot.url, bot.token), args.junit)
        finally:
            bot.close()


def _record(args, token: str | None) -> int:
    client = Client(args.url, token)
    try:
        client.check()
        story = record(client, args.record)
    except (Unreachable, requests.RequestException) as error:
        print(f"harbor replay: {error}", file=sys.stderr)
        return 2
    if story is None:
        print(f"harbor replay: no conversation with sender {args.record!r}", file=sys.stderr)
        return 1
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(story)
        print(f"wrote {args.out}")
    else:
        print(story, end="")
    return 0
