"""Pictures of older projects, kept in ``<project stem>.images/``, moved into the store.

Opening never changes anything: old paths are plain relative paths and keep working.
Saving moves them: each picture's bytes are stored under their content name in the
project's assets folder and the panel points there, so a saved project has one store.
The old files are left where they are (an older copy of the project may still name them).
"""
from __future__ import annotations

from pathlib import Path

from .assets import AssetProblem, read_asset, store_bytes
from .errors import BeatBoardError
from .model import Project

LEGACY_SUFFIX = ".images"


def is_legacy(rel: str) -> bool:
    first = rel.replace("\\", "/").split("/", 1)[0]
    return first.endswith(LEGACY_SUFFIX) and "/" in rel.replace("\\", "/")


def legacy_images(project: Project) -> list[str]:
    return sorted({p.image for ep in project.episodes for b in ep.beats for p in b.panels
                   if p.image and is_legacy(p.image)})


def move_into_store(project: Project, base_dir: str | Path,
                    project_path: str | Path) -> list[AssetProblem]:
    """Store every legacy panel picture (read from ``base_dir``) by content beside
    ``project_path`` and point its panels there. A picture that cannot be read keeps its
    old path and is returned as a problem; the save goes on."""
    moved: dict[str, str] = {}
    problems: list[AssetProblem] = []
    for rel in legacy_images(project):
        try:
            data = read_asset(base_dir, rel)
            moved[rel] = store_bytes(project_path, data, Path(rel).suffix.lower() or ".png")
        except BeatBoardError as e:
            problems.append(AssetProblem.from_error(rel, e))
    for ep in project.episodes:
        for beat in ep.beats:
            for panel in beat.panels:
                if panel.image in moved:
                    panel.image = moved[panel.image]  # the same bytes: nothing to redraw
    return problems
