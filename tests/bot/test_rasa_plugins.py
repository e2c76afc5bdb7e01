"""Every dotted path Rasa reads from config.yml, endpoints.yml and credentials.yml imports.

Rasa resolves them only when a server starts; a renamed module would otherwise surface as a
failed `make run`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _dotted(value) -> list[str]:
    """Our own dotted paths: the ones under the Rasa plug-in package."""
    return [value] if isinstance(value, str) and value.startswith("bot.") else []


def _named_in_config() -> list[str]:
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    parts = config.get("pipeline", []) + config.get("policies", [])
    return [path for part in parts for path in _dotted(part.get("name"))]


def _named_in_endpoints() -> list[str]:
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    return [
        path
        for section in endpoints.values()
        if isinstance(section, dict)
        for path in _dotted(section.get("type"))
    ]


def _named_in_credentials() -> list[str]:
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    return [path for key in credentials for path in _dotted(key)]


NAMED = _named_in_config() + _named_in_endpoints() + _named_in_credentials()


def test_each_file_names_a_plug_in():
    assert _named_in_config() and _named_in_endpoints() and _named_in_credentials()


@pytest.mark.parametrize("path", NAMED)
def test_every_dotted_path_imports_from_the_rasa_plug_in_package(path):
    assert path.startswith("bot.rasa.")
    module, _, name = path.rpartition(".")
    assert hasattr(importlib.import_module(module), name)
