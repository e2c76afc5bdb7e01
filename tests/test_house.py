"""The house rules a machine can check: who imports what, one source for every contact, and
functions short enough to read on one screen."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from resources import contacts

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("resources", "actions", "bot", "talk")
MAX_FUNCTION_LINES = 40

# Which package may import what (README "The house"); a top-level name not listed is free.
FORBIDDEN = {
    "resources": {"rasa", "rasa_sdk", "telegram", "actions", "bot", "talk"},
    "talk": {"rasa", "rasa_sdk", "telegram", "actions", "bot"},
    "actions": {"rasa", "telegram", "bot"},
    "bot": {"rasa", "rasa_sdk", "actions"},  # bot/rasa/ is the one room that imports rasa
    "bot/rasa": {"rasa_sdk", "telegram", "actions"},
}


def python_files(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if ".venv" not in p.parts)


# The `harbor` command starts each runtime, so it names their entry points; the launcher
# hands the API token to `harbor serve` by its variable's name.
ENTRY_POINTS = {
    "bot/cli.py": {"actions.server", "bot.rasa.serve"},
    "bot/launch.py": {"bot.rasa.serve"},
}


def imported(path: Path) -> set[str]:
    """Every module a file imports, as dotted names (``from a import b`` gives ``a.b``)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def room(path: Path) -> str:
    relative = path.relative_to(ROOT)
    if relative.parts[:2] == ("bot", "rasa"):
        return "bot/rasa"
    return relative.parts[0]


@pytest.mark.parametrize(
    "path",
    [p for pkg in PACKAGES for p in python_files(pkg)],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_each_package_imports_only_what_its_room_allows(path):
    forbidden = FORBIDDEN[room(path)]
    if room(path) == "bot":
        forbidden = forbidden | {"bot.rasa"}  # beside Rasa, never its plug-ins
    allowed = ENTRY_POINTS.get(str(path.relative_to(ROOT)), set())
    wrong = {
        name for name in imported(path) if _within(name, forbidden) and not _within(name, allowed)
    }
    assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def _within(name: str, modules: set[str]) -> bool:
    return any(name == m or name.startswith(m + ".") for m in modules)


def functions(path: Path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


@pytest.mark.parametrize("package", ["resources", "actions", "bot", "talk"])
def test_no_function_is_longer_than_a_screen(package):
    long = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1})"
        for path in python_files(package)
        for node in functions(path)
        if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long


PHONE = re.compile(
    r"(?<![\w-])(?:1-)?\d{3}-\d{3}-\d{4}(?![\w-])|(?<![\w-])(?:911|988|233733|741741|2-1-1)(?![\w-])"
)


def vetted_numbers() -> set[str]:
    ways = [c.how for c in contacts.NATIONAL_CONTACTS]
    ways += [contact.how for contact in contacts.SPANISH_CONTACTS]
    return {number for way in ways for number in PHONE.findall(way)}


def wording_files() -> list[Path]:
    files = [ROOT / "domain.yml", *ROOT.glob("bot/rasa/webchat/static/*.js")]
    files += [p for pkg in ("actions", "bot", "talk") for p in python_files(pkg)]
    return files


@pytest.mark.parametrize("path", wording_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_number_anyone_is_told_is_a_vetted_one(path):
    unknown = set(PHONE.findall(path.read_text())) - vetted_numbers()
    assert not unknown, f"{path.relative_to(ROOT)} gives {sorted(unknown)}"


def test_the_domain_speaks_the_channel_protocol_defined_once():
    from talk import markers

    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    used = {
        variation["custom"][markers.KEY]
        for variations in domain["responses"].values()
        for variation in variations
        if isinstance(variation.get("custom"), dict)
    }
    defined = {v for k, v in vars(markers).items() if k.isupper() and isinstance(v, str)}
    assert used and used <= defined
