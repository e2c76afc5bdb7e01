"""Fixtures: a fresh resource database per test, on SQLite or on PostgreSQL (DATABASE_URL)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from resources import seed
from resources.db import make_engine
from resources.models import Base


@pytest.fixture
def empty_engine(tmp_path):
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp_path / 'harbor.db'}"
    engine = make_engine(url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture
def engine(empty_engine):
    """A database built from the seed package."""
    seed.build(empty_engine)
    return empty_engine


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    """A writable copy of the seed package, for tests that break it on purpose."""
    target = tmp_path / "package"
    shutil.copytree(seed.SEED, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target
