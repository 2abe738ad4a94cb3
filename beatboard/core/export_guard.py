"""Exports never land on a project: not on the input file, not on any BeatBoard document,
not among its drawings.

An export target is refused when it is the source document (the same file by any name:
a symlink, a hard link, ``./`` spellings), when its name or the name it links to ends in
``.beatboard``, when the existing file there is a BeatBoard document by content, or when
it lies inside (or is) one of the source's asset folders, through links too: those hold
the content-addressed drawings and pictures, which an export would replace or bury.
The CLI and the GUI export dialogs both call ``check_export_target``.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import BeatBoardFileError

PROJECT_SUFFIX = ".beatboard"
ASSET_FOLDER_SUFFIXES = (".assets", ".images")  # the store, and the older images folder
_SNIFF_BYTES = 4096
_PROJECT_MARK = re.compile(rb'"format"\s*:\s*"beatboard"')


def check_export_target(out: str | Path, source: str | Path | None = None) -> None:
    """Raise BeatBoardFileError if writing an export to ``out`` could destroy a project."""
    out = Path(out)
    if source is not None and _same_file(out, Path(source)):
        raise BeatBoardFileError(out, "", "this is the project file being exported; the export "
                                          "would overwrite it. Choose another output file")
    if source is not None:
        folder = asset_folder_holding(out, Path(source))
        if folder is not None:
            raise BeatBoardFileError(out, "", f"this is inside the project's asset folder "
                                              f"{folder}, which holds its drawings and "
                                              "pictures; an export there could overwrite "
                                              "them. Choose another place")
    if is_project_name(out):
        raise BeatBoardFileError(out, "", "an export cannot be written to a .beatboard "
                                          "file (it would replace a project); choose "
                                          "another file name")
    if looks_like_project(out):
        raise BeatBoardFileError(out, "", "this file is a BeatBoard project; an export "
                                          "would overwrite it. Choose another output file")


def asset_folder_holding(out: Path, source: Path) -> Path | None:
    """The asset folder of ``source`` that ``out`` is (or is inside), else None."""
    try:
        target = out.resolve()
        project = source.resolve()
    except (OSError, RuntimeError):
        return None
    for suffix in ASSET_FOLDER_SUFFIXES:
        for folder in {source.parent / f"{source.stem}{suffix}",
                       project.parent / f"{project.stem}{suffix}"}:
            try:
                real = folder.resolve()
            except (OSError, RuntimeError):
                continue
            if target == real or real in target.parents:
                return folder
    return None


def is_project_name(path: Path) -> bool:
    names = [path.name]
    try:
        names.append(path.resolve().name)  # a link such as out.csv -> show.beatboard
    except (OSError, RuntimeError):
        pass
    return any(n.lower().endswith(PROJECT_SUFFIX) for n in names)


def looks_like_project(path: Path) -> bool:
    """An existing regular file whose first bytes say ``"format": "beatboard"``."""
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return False
    return bool(_PROJECT_MARK.search(head))


def _same_file(a: Path, b: Path) -> bool:
    try:
        if os.path.samefile(a, b):  # also hard links and links through symlinks
            return True
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False
