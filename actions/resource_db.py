"""The action server's one connection to the resource database, opened on first use."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy.engine import Engine

from resources.db import is_built, make_engine


class ResourceDbUnavailable(RuntimeError):
    """The resource database is missing or cannot be reached."""


@lru_cache(maxsize=1)
def _engine() -> Engine:
    return make_engine()


_built = False


def engine() -> Engine:
    """The engine for ``DATABASE_URL`` (or the SQLite default), checked to be built."""
    global _built
    try:
        found = _engine()
        # Checked until it is there: a built database stays built (imports replace rows).
        if not _built:
            if not is_built(found):
                raise ResourceDbUnavailable("the resource database has not been built")
            _built = True
        return found
    except ResourceDbUnavailable:
        raise
    except Exception as error:  # a dead server, a bad URL: the caller answers without it
        raise ResourceDbUnavailable(str(error)) from error
