"""Which files a package may be read from or written to: plain files directly inside the folder
given, never through a symbolic link, so that a package cannot point Harbor at a file
elsewhere (and echo its first line in an error) or make an export overwrite one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from resources.hsds.package import RowError

# Refuses a symbolic link at open time too, in case one is swapped in after the checks.
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
LINKED_FILE = "is a symbolic link; copy the file itself into the package"


class ExportRefused(Exception):
    """The target folder holds something an export must not write through; nothing was written."""


def package_folder(path: str | Path) -> tuple[Path | None, RowError | None]:
    """The folder of a package given as a folder or its datapackage.json, or why it is refused."""
    given = Path(path)
    folder = given.parent if given.name.endswith(".json") and given.is_file() else given
    for where in dict.fromkeys((given, folder)):
        if where.is_symlink():
            reason = "is a symbolic link; give the package folder itself"
            return None, RowError(str(where), 0, "", reason)
    if not folder.is_dir():
        return None, RowError(str(path), 0, "", "no such folder")
    return folder, None


def refusal(folder: Path, file: Path) -> str | None:
    """Why a file in the package may not be read, or None when it may."""
    if file.is_symlink():
        return LINKED_FILE
    if not file.is_file():
        return "is not a file"
    if file.resolve().parent != folder.resolve():
        return "is outside the package folder"
    return None


def read_bytes(file: Path) -> bytes:
    """A package file's bytes, never through a symbolic link."""
    with os.fdopen(os.open(file, os.O_RDONLY | _NO_FOLLOW), "rb") as handle:
        return handle.read()


def check_writable(folder: Path, names: list[str]) -> None:
    """Raise ExportRefused unless ``folder`` and each named file in it can be written safely."""
    for target in [folder, *(folder / name for name in names)]:
        if target.is_symlink():
            raise ExportRefused(
                f"{target} is a symbolic link; Harbor does not write through one: "
                "remove it or export to another folder"
            )
        if target != folder and target.exists() and not target.is_file():
            raise ExportRefused(f"{target} is not a file: remove it or export to another folder")


def open_for_writing(file: Path) -> IO[str]:
    """A text file created or emptied for writing, never through a symbolic link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NO_FOLLOW
    return os.fdopen(os.open(file, flags, 0o644), "w", newline="", encoding="utf-8")
