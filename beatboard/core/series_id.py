"""Telling two series apart: a random id per project (Series.id).

Beat and panel ids are positional (``e01-b01``), so two projects share them; a tool that
combines files checks ``same_series`` before applying one project's data to another.
"""
from __future__ import annotations

import uuid

from .model import Project


def new_series_id() -> str:
    """32 lowercase hex digits, random (uuid4)."""
    return uuid.uuid4().hex


def same_series(a: Project, b: Project) -> bool:
    """False only when both projects carry an id and the ids differ: a file from before
    series ids (format 2) is compatible with any project."""
    return a.series.id is None or b.series.id is None or a.series.id == b.series.id


def ensure_series_id(project: Project) -> None:
    """Give a project without an id one (at save; never when a file is opened)."""
    if project.series.id is None:
        project.series.id = new_series_id()
