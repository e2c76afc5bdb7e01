"""harbor replay: reading stories, comparing turns, and its one-line errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from bot.launch import free_port
from bot.replay import cli
from bot.replay.replay import Turn, compare
from bot.replay.stories import StoryError, read_stories

GOOD = """version: "3.1"
stories:
  - story: greeting
    steps:
      - user: |
          hi [there](location)
        intent: greet
      - action: utter_greet
      - intent: inform
        entities:
          - need: housing
      - slot_was_set:
          - need: [housing]
      - bot: Where are you?
"""


def write(tmp_path, text, name="story.yml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_a_story_reads_into_turns_with_lines(tmp_path):
    (story,) = read_stories(write(tmp_path, GOOD))
    user, action, button, slot, bot = story.steps
    assert (user.text, user.intent, user.line) == ("hi there", "greet", 5)
    assert (action.name, action.line) == ("utter_greet", 8)
    assert button.text == '/inform{"need": "housing"}'
    assert (slot.name, slot.value) == ("need", ["housing"])
    assert bot.text == "Where are you?"


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        (
            "stories:\n  - story: x\n    steps:\n      - user: hi\n     bad: [\n",
            5,
            "not valid YAML",
        ),
        ("stories:\n  - story: x\n    steps:\n      - usr: hi\n", 4, "unknown step 'usr'"),
        ("stories:\n  - story: x\n", 2, "needs a 'steps:' list"),
        ("version: '3.1'\n", 1, "no 'stories:' list"),
        ("stories:\n  - story: x\n    steps:\n      - action: utter_greet\n", 2, "no user message"),
    ],
)
def test_malformed_files_name_the_file_line_and_problem(tmp_path, text, line, problem):
    path = write(tmp_path, text)
    with pytest.raises(StoryError) as raised:
        read_stories(path)
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}: ")
    assert problem in message


def test_malformed_file_on_the_command_line_is_one_line_and_exit_2(tmp_path, capsys):
    path = write(tmp_path, "stories:\n  - story: x\n    steps:\n      - usr: hi\n")
    assert cli.main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"harbor replay: {path}:4: unknown step 'usr'"
    assert "Traceback" not in err


def test_an_unreachable_bot_is_one_line_and_exit_2(tmp_path, capsys):
    url = f"http://127.0.0.1:{free_port()}"
    assert cli.main([str(write(tmp_path, GOOD)), "--url", url]) == 2
    err = capsys.readouterr().err
    assert err.strip().startswith(f"harbor replay: cannot reach Harbor at {url}")
    assert len(err.strip().splitlines()) == 1


def turn_steps(tmp_path):
    (story,) = read_stories(write(tmp_path, GOOD))
    return story.steps[:2], story.steps[2:]


def test_a_matching_turn_passes(tmp_path):
    first, second = turn_steps(tmp_path)
    assert compare(first, Turn(intent="greet", actions=["utter_greet"])) is None
    turn = Turn(intent="inform", slots=[("need", ["housing"])], bot=["Where are you?"])
    assert compare(second, turn) is None


def test_the_first_difference_is_reported(tmp_path):
    first, second = turn_steps(tmp_path)
    step, expected, actual = compare(first, Turn(intent="greet", actions=["utter_default"]))
    assert (step.line, expected, actual) == (8, "action utter_greet", "action utter_default")
    step, expected, actual = compare(first, Turn(intent="stop", actions=["utter_greet"]))
    assert (expected, actual) == ("intent greet", "intent stop")
    step, expected, actual = compare(
        first, Turn(intent="greet", actions=["utter_greet", "utter_help_now"])
    )
    assert (expected, actual) == ("no further action", "action utter_help_now")
    step, expected, actual = compare(second, Turn(intent="inform", bot=["Where are you?"]))
    assert (expected, actual) == ('slot need = ["housing"]', "slot need = not set")
    turn = Turn(intent="inform", slots=[("need", ["housing"])], bot=["Hi."])
    step, expected, actual = compare(second, turn)
    assert (expected, actual) == ("bot says 'Where are you?'", "bot says Hi.")


def test_junit_report_lists_every_story(tmp_path):
    from bot.replay.replay import Outcome

    (story,) = read_stories(write(tmp_path, GOOD))
    failed = Outcome(story, 1.5, story.steps[1], "action utter_greet", "action x", ["hello"])
    path = tmp_path / "out" / "replay.xml"
    cli._write_junit([Outcome(story, 0.5), failed], path)
    suite = ET.parse(path).getroot()
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    assert suite.findall("testcase")[1].find("failure").get("message") == (
        "expected action utter_greet, got action x"
    )
