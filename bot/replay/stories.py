"""Reading conversations written in Rasa's test-story format, with line numbers.

A file holds ``stories:``, each with ``steps:`` made of ``- user:`` (with optional
``intent:``), ``- intent:`` (a button press: no text), ``- action:``, ``- slot_was_set:``,
``- active_loop:`` and ``- bot:``. The same files ``rasa test`` reads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# "[oakland](location)" or '[bed]{"entity": "need", "value": "housing"}' -> "oakland", "bed"
ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
STEP_KEYS = {"user", "intent", "action", "slot_was_set", "active_loop", "bot", "entities"}


class StoryError(ValueError):
    """A story file that cannot be read: names the file, the line and the problem."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")


@dataclass
class Step:
    kind: str  # user | action | slot | active_loop | bot
    line: int
    text: str | None = None  # the message to send (user) or expected text (bot)
    intent: str | None = None
    name: str | None = None  # action name, slot name or loop name
    value: Any = None

    def describe(self) -> str:
        if self.kind == "user":
            return f"user says {self.text!r}" + (f" (intent {self.intent})" if self.intent else "")
        if self.kind == "action":
            return f"action {self.name}"
        if self.kind == "slot":
            return f"slot {self.name} = {json.dumps(self.value)}"
        if self.kind == "active_loop":
            return f"active_loop {self.name}"
        return f"bot says {self.text!r}"


@dataclass
class Story:
    name: str
    path: Path
    line: int
    steps: list[Step] = field(default_factory=list)


def read_stories(path: Path) -> list[Story]:
    """Every story in one file. Raises StoryError for anything malformed."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise StoryError(path, 0, f"cannot read the file ({error})") from error
    try:
        root = yaml.compose(source)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 0
        raise StoryError(path, line, f"not valid YAML: {error.problem}") from error
    if root is None:
        raise StoryError(path, 1, "the file is empty")
    document = _mapping(path, root, "the file")
    if "stories" not in document:
        raise StoryError(path, root.start_mark.line + 1, "no 'stories:' list")
    stories_node = document["stories"]
    if not isinstance(stories_node, yaml.SequenceNode):
        raise StoryError(path, _line(stories_node), "'stories:' must be a list")
    return [_story(path, node) for node in stories_node.value]


def _story(path: Path, node: yaml.Node) -> Story:
    fields = _mapping(path, node, "a story")
    name_node = fields.get("story")
    if not isinstance(name_node, yaml.ScalarNode) or not name_node.value:
        raise StoryError(path, _line(node), "a story needs a name ('- story: …')")
    steps_node = fields.get("steps")
    if not isinstance(steps_node, yaml.SequenceNode):
        raise StoryError(path, _line(node), f"story {name_node.value!r} needs a 'steps:' list")
    story = Story(name_node.value, path, _line(node))
    for step_node in steps_node.value:
        story.steps += _steps(path, step_node)
    if not any(s.kind == "user" for s in story.steps):
        raise StoryError(path, _line(node), f"story {story.name!r} has no user message")
    return story


def _steps(path: Path, node: yaml.Node) -> list[Step]:
    fields = _mapping(path, node, "a step")
    line = _line(node)
    unknown = set(fields) - STEP_KEYS
    if unknown:
        raise StoryError(path, line, f"unknown step {sorted(unknown)[0]!r}")
    value = {key: yaml.safe_load(yaml.serialize(n)) for key, n in fields.items()}
    if "user" in value:
        text = ANNOTATION.sub(r"\1", str(value["user"] or "")).strip()
        return [Step("user", line, text=text, intent=value.get("intent"))]
    if "intent" in value:  # a button press or a typed payload: send the intent itself
        return [_pressed(path, line, value)]
    if "action" in value:
        return [Step("action", line, name=str(value["action"]))]
    if "bot" in value:
        return [Step("bot", line, text=str(value["bot"]).strip())]
    if "active_loop" in value:
        return [Step("active_loop", line, name=value["active_loop"])]
    return _slots(path, line, value.get("slot_was_set"))


def _pressed(path: Path, line: int, value: dict) -> Step:
    """The payload a button with this intent and these entities sends."""
    intent = str(value["intent"])
    found = {}
    for entity in value.get("entities") or []:
        if not isinstance(entity, dict) or len(entity) != 1:
            raise StoryError(path, line, "entities are written '- name: value'")
        found.update(entity)
    payload = "/" + intent + (json.dumps(found) if found else "")
    return Step("user", line, text=payload, intent=intent)


def _slots(path: Path, line: int, slots) -> list[Step]:
    if not isinstance(slots, list):
        raise StoryError(path, line, "slot_was_set is a list of '- slot: value'")
    steps = []
    for slot in slots:
        if isinstance(slot, str):  # "- slot_name" alone means "was set to anything"
            steps.append(Step("slot", line, name=slot, value=...))
        elif isinstance(slot, dict) and len(slot) == 1:
            ((name, slot_value),) = slot.items()
            steps.append(Step("slot", line, name=str(name), value=slot_value))
        else:
            raise StoryError(path, line, "slot_was_set is a list of '- slot: value'")
    return steps


def _mapping(path: Path, node: yaml.Node, what: str) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        raise StoryError(path, _line(node), f"{what} must be a mapping")
    return {key.value: value for key, value in node.value}


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1
