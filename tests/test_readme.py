"""The README works as written: its example story replays against the live bot, its
`harbor resources search` example prints what it shows, and its make targets exist."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from bot.cli import main as harbor_command
from bot.replay.replay import Client, replay
from bot.replay.stories import read_stories
from resources import seed
from resources.db import make_engine

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.DOTALL)


def blocks(kind: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README) if lang == kind]


def test_the_readme_story_replays_against_the_live_bot(harbor, tmp_path):
    (story,) = [b for b in blocks("yaml") if "stories:" in b]
    path = tmp_path / "readme.yml"
    path.write_text(story)
    outcomes = [replay(Client(harbor.url, harbor.token), s) for s in read_stories(path)]
    assert outcomes and all(o.passed for o in outcomes), [(o.expected, o.actual) for o in outcomes]


def test_the_readme_search_example_prints_what_it_shows(tmp_path, capsys):
    (example,) = [b for b in blocks("sh") if b.startswith("$ harbor resources search")]
    command, *shown = example.splitlines()
    engine = make_engine(f"sqlite:///{tmp_path / 'harbor.db'}")
    seed.build(engine)
    url = engine.url.render_as_string(hide_password=False)
    args = shlex.split(command[len("$ harbor ") :])
    assert harbor_command([args[0], "--database", url, *args[1:]]) == 0
    printed = capsys.readouterr().out
    for line in filter(None, (line.split("…")[0].rstrip() for line in shown)):
        assert line in printed, line


@pytest.mark.parametrize("target", ["run", "test", "shell", "bench", "train", "lint"])
def test_the_make_targets_the_readme_names_exist(target):
    assert f"make {target}" in README
    subprocess.run(["make", "-n", target], cwd=ROOT, check=True, capture_output=True)
