"""A script file (Fountain or Final Draft) read into a new Project.

The one entry point shared by ``beatboard import`` (cli/importer.py) and File › Import
Script in the editor (gui/import_dialog.py), and the base for re-reading a revised script.
Plain Python: callers run it on any thread and pass callbacks for progress and cancel.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from ..core.errors import BeatBoardError, BeatBoardFileError
from ..core.model import Project
from ..core.userfiles import read_user_file
from .fountain_scan import Cancel, ScriptCancelled, check_cancel
from .script_build import BEAT_MODES

FOUNTAIN_SUFFIXES = (".fountain", ".spmd", ".txt")
FDX_SUFFIXES = (".fdx",)
SCRIPT_SUFFIXES = FOUNTAIN_SUFFIXES + FDX_SUFFIXES
MAX_SCRIPT_BYTES = 64 * 1024 * 1024
Progress = Optional[Callable[[float], None]]

__all__ = ["BEAT_MODES", "FOUNTAIN_SUFFIXES", "MAX_SCRIPT_BYTES", "SCRIPT_SUFFIXES", "ScriptCancelled",
           "decode_script", "parse_script", "parse_script_text", "read_script", "recorded_beats"]


def parse_script(path: str | Path, episode_marker: str | None = None, *,
                 cancel: Cancel = None, progress: Progress = None,
                 beats: str = "scene") -> Project:
    """Read the script at ``path`` and return it as a new, unsaved Project.

    - ``path``: a Fountain (``.fountain``, ``.spmd``, ``.txt``; UTF-8, or UTF-16 with a
      BOM) or Final Draft (``.fdx``) file of at most MAX_SCRIPT_BYTES.
    - ``episode_marker``: a regular expression for episode headings (group ``n`` the
      number, ``title`` the title); None for the defaults ("Episode 3", "第3集").
    - ``cancel``: called with no arguments every few thousand lines and elements (well
      under a tenth of a second apart); when it returns True the import stops by raising
      ScriptCancelled. Nothing is written either way.
    - ``progress``: called with the fraction done, 0.0 to 1.0, from the calling thread.
    - ``beats``: ``"scene"`` (a beat per scene) or ``"paragraph"`` (a beat per action
      paragraph with the dialogue after it, a panel per paragraph and per speech);
      ``[[beat]]`` marks win either way. The project records it in
      ``series.script_beats``, and a re-sync reads the revised script the same way.

    The result has the series title, cast and locations, and episodes of beats with ids
    ``e<episode>-b<n>`` unless the script names them with ``[[id: ...]]`` (a revised
    script exported from BeatBoard keeps its ids, so beats can be matched by id). How
    script elements map to beats is described in resources/docs/fountain.md.

    Raises BeatBoardFileError (naming the file, the line or paragraph, and the problem)
    for unreadable files, unknown types, bad encodings and bad annotations, and
    ScriptCancelled (a BeatBoardError) when cancelled.
    """
    path = Path(path)
    if beats not in BEAT_MODES:
        raise BeatBoardError(f"beats must be one of {', '.join(BEAT_MODES)}, not {beats!r}")
    suffix = path.suffix.lower()
    if suffix not in SCRIPT_SUFFIXES:
        raise BeatBoardFileError(path, "", "unknown script type; use .fountain, .spmd, .txt or .fdx")
    report = progress or (lambda _f: None)
    report(0.0)
    raw = read_script(path)
    check_cancel(cancel)
    return parse_script_text(raw, path, episode_marker, fdx=suffix in FDX_SUFFIXES,
                             cancel=cancel, progress=progress, beats=beats)


def parse_script_text(data: str | bytes, source: str | Path | None = None,
                      episode_marker: str | None = None, *, fdx: bool = False,
                      cancel: Cancel = None, progress: Progress = None,
                      beats: str = "scene") -> Project:
    """Like parse_script, for a script already in memory: Fountain text (``str``, or
    ``bytes`` decoded as parse_script does) or, with ``fdx=True``, Final Draft XML bytes.
    ``source`` only names the script in error messages."""
    report = progress or (lambda _f: None)
    if fdx:
        from .fdx_import import import_fdx
        raw = data.encode("utf-8") if isinstance(data, str) else data
        project = import_fdx(raw, source, episode_marker, cancel=cancel,
                             progress=lambda f: report(0.1 + 0.85 * f), beats=beats)
    else:
        from .fountain_import import import_fountain
        text = decode_script(data, source) if isinstance(data, bytes) else data
        report(0.05)
        project = import_fountain(text, source, episode_marker, cancel=cancel,
                                  progress=lambda f: report(0.05 + 0.9 * f), beats=beats)
    report(1.0)
    return project


def recorded_beats(project: Project) -> str:
    """How the series' script was cut into beats at import ("scene" for a project that
    predates the record or was not imported)."""
    return project.series.script_beats or "scene"


def read_script(path: str | Path) -> bytes:
    return read_user_file(path, "script", MAX_SCRIPT_BYTES)


def decode_script(raw: bytes, path: str | Path | None) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise BeatBoardFileError(path, "", "the script is damaged UTF-16 text") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise BeatBoardFileError(path, f"line {line}",
                                 "the script is not UTF-8 text; save it as UTF-8 and try again") from None
