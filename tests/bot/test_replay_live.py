"""harbor replay against the live bot: a passing story, a failing one, and a recording."""

from __future__ import annotations

from bot.replay import cli

STORY = """version: "3.1"
stories:
  - story: greeting then a privacy question
    steps:
      - user: hi
        intent: greet
      - action: utter_greet
      - action: utter_help_now
      - action: utter_ask_safe_to_chat
      - user: do you save my messages
        intent: ask_privacy
      - action: {action}
"""


def run(harbor, *args) -> int:
    return cli.main([*map(str, args), "--url", harbor.url, "--token", harbor.token])


def test_a_matching_story_passes(harbor, tmp_path, capsys):
    story = tmp_path / "good.yml"
    # The answer, then the safe-to-chat question again: a question never leaves a dead end.
    story.write_text(STORY.format(action="utter_privacy\n      - action: utter_ask_safe_to_chat"))
    assert run(harbor, story) == 0
    assert capsys.readouterr().out.strip().endswith("1 passed, 0 failed")


def test_a_wrong_story_reports_the_first_difference_and_the_bot_reply(harbor, tmp_path, capsys):
    story = tmp_path / "wrong.yml"
    story.write_text(STORY.format(action="utter_options"))
    junit = tmp_path / "replay.xml"
    assert run(harbor, story, "--junit", junit) == 1
    out = capsys.readouterr().out
    assert f"FAILED greeting then a privacy question ({story}:3)" in out
    assert "first difference at line 12:" in out
    assert "expected: action utter_options" in out
    assert "actual:   action utter_privacy" in out
    assert "I'm an automated helper, not a person" in out  # what the bot said then
    assert out.strip().endswith("0 passed, 1 failed")
    assert 'failures="1"' in junit.read_text()


def test_a_recorded_conversation_replays(harbor, tmp_path, capsys):
    sender = harbor.new_sender()
    for message in [
        "hi",
        "yes",
        "i need a place to stay",
        "oakland",
        '/inform{"population": "all"}',
    ]:
        harbor.say(sender, message)
    recorded = tmp_path / "recorded.yml"
    assert run(harbor, "--record", sender, "--out", recorded) == 0
    text = recorded.read_text()
    assert "- action: action_show_results" in text
    assert "- population: all" in text
    capsys.readouterr()
    assert run(harbor, recorded) == 0
    assert capsys.readouterr().out.strip().endswith("1 passed, 0 failed")


def test_recording_an_unknown_sender_says_so(harbor, capsys):
    assert run(harbor, "--record", "nobody-here") == 1
    assert "no conversation with sender 'nobody-here'" in capsys.readouterr().err
