"""ASSET_BROKEN: the files a project names that cannot be used on set.

A panel's sketch that is not a valid sketch file, a panel image that cannot be decoded,
an episode's sound (or any of these) missing or outside the project folder. Unlike the
other rules this one reads the disk, so it never runs in the per-edit re-check: the
editor runs it when a document opens and after each save, ``beatboard check`` once.
``AssetChecker`` remembers each file's verdict by its size and modification time, so a
second pass over an unchanged project reads nothing but the directory entries.

Qt-free.
"""
from __future__ import annotations

from pathlib import Path

from ..core import sketch as sketch_io
from ..core.assets import AssetError, check_image, resolve
from ..core.errors import BeatBoardError
from ..core.model import Project
from ..core.panel_timing import is_out_of_cut
from .findings import Finding
from .messages import render
from .profile import RuleProfile

RULE = "ASSET_BROKEN"


def _problem(kind: str, real: Path) -> str | None:
    """Why the existing file ``real`` cannot be used as a ``kind``, or None."""
    try:
        if kind == "sketch":
            sketch_io.load(real)
        elif kind == "image":
            check_image(real, decode=True)
        else:  # sound: decoded by the player and the export; here only readable
            with open(real, "rb") as f:
                f.read(1)
    except (BeatBoardError, OSError, MemoryError, RecursionError) as e:
        return str(e)
    return None


class AssetChecker:
    """Checks every asset a project names; verdicts cached by (file, size, mtime)."""

    def __init__(self) -> None:
        self._verdicts: dict[tuple[str, str, int, int], str | None] = {}

    def _verdict(self, base_dir: Path, rel: str, kind: str) -> tuple[str, str] | None:
        """(variant, detail) when the file cannot be used, else None."""
        try:
            real = resolve(base_dir, rel)
        except AssetError as e:
            if e.kind in ("outside", "missing"):
                return e.kind, str(e)
            return kind, str(e)  # a folder or device where the file should be
        try:
            st = real.stat()
        except OSError as e:
            return "missing", f"{real}: {e.strerror or e}"
        key = (str(real), kind, st.st_size, st.st_mtime_ns)
        if key not in self._verdicts:
            self._verdicts[key] = _problem(kind, real)
        detail = self._verdicts[key]
        return (kind, detail) if detail is not None else None

    def check(self, project: Project, base_dir: str | Path | None,
              profile: RuleProfile) -> list[Finding]:
        """One warning per broken file use, naming the panel (or episode) and the file.
        An unsaved project (no ``base_dir``) has no files to check."""
        if base_dir is None or not profile.enabled(RULE):
            return []
        base = Path(base_dir)
        severity = profile.severity(RULE)
        out: list[Finding] = []

        def add(ep, found, params, beats=(), prefix=""):
            variant, detail = found
            if prefix and variant != prefix:
                variant = f"{prefix}_{variant}"
            params = {**params, "variant": variant, "detail": detail, "episode_n": ep.number}
            out.append(Finding(RULE, severity, render(RULE, params), ep.id, ep.number,
                               tuple(beats), params=params))

        for ep in project.ordered_episodes():
            for beat in ep.beats:
                for panel in beat.panels:
                    if is_out_of_cut(beat, panel):
                        continue  # dropped in the edit: plays nowhere, so cannot break
                    for kind, rel in (("sketch", panel.sketch), ("image", panel.image)):
                        found = rel and self._verdict(base, rel, kind)
                        if found:
                            add(ep, found, {"panel": panel.id, "file": rel}, (beat.id,))
            if ep.audio is not None and ep.audio.path:
                found = self._verdict(base, ep.audio.path, "sound")
                if found:
                    add(ep, found, {"file": ep.audio.path}, prefix="sound")
        return out
