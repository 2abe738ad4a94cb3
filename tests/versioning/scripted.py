"""The sample and a copy with 20 scripted changes, each made with the editor's edits."""
from __future__ import annotations

from pathlib import Path

from beatboard.core.fileio import load
from beatboard.core.model import Beat, Panel, Project
from beatboard.edit import (AddBeat, AddPanel, AddThread, MoveBeatInLine, MoveBeatsToEpisode,
                            RemoveBeats, RemoveEpisodes, SetField)

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"


def sample() -> Project:
    return load(SAMPLE)


def twenty_changes(p: Project) -> tuple[Project, set[tuple]]:
    """Apply 20 changes; returns the project and (kind, item type, id, field) of each."""
    q = p.model_copy(deep=True)
    add = AddPanel("ep04", "e04-b02")
    thread = AddThread("The jade bracelet", "e02-b03", "e06-b04")
    edits = [
        SetField.series("title", "Iron Heiress (rev. 2)"),
        SetField.series("logline", p.series.logline + "\nShe forgives no one."),
        SetField.episode("ep01", "title", "The Last Anniversary"),
        SetField.beat("ep01", "e01-b02", "duration_s", 14.0),
        SetField.beat("ep01", "e01-b03", "dialogue", "AVA: I signed it.\nETHAN: You what?"),
        SetField.beat("ep01", "e01-b03", "emotion.intensity", 5),
        MoveBeatsToEpisode("ep01", ["e01-b05"], "ep02", "e02-b02"),
        RemoveBeats("ep02", ["e02-b06"]),
        AddBeat("ep05", Beat(id="bnew1", title="A stranger at the gala", kind="escalation",
                             duration_s=7.0, panels=[Panel(id="bnew1-p1")]), after="e05-b03"),
        MoveBeatInLine("ep04", "e04-b06", "e04-b02"),
        add,
        SetField.panel("ep06", "e06-b02", "e06-b02-p1", "sketch", "sketches/new.sketch.json"),
        SetField.panel("ep06", "e06-b03", "e06-b03-p2", "caption", "AVA: Not tonight."),
        SetField.beat("ep06", "e06-b05", "shot.size", "ECU"),
        thread,
        RemoveEpisodes(["ep14"]),
        SetField.beat("ep07", "e07-b04", "kind", "turn"),
        SetField.beat("ep08", "e08-b02", "characters", ["Ava Sterling", "Walter Graves"]),
        SetField.episode("ep09", "notes", "Strongest cliffhanger of the season."),
        SetField.beat("ep10", "e10-b03", "notes", "Reshoot: wider."),
    ]
    for e in edits:
        e.apply(q)
    expected = {
        ("changed", "series", "", "title"), ("changed", "series", "", "logline"),
        ("changed", "episode", "ep01", "title"), ("changed", "beat", "e01-b02", "duration_s"),
        ("changed", "beat", "e01-b03", "dialogue"),
        ("changed", "beat", "e01-b03", "emotion.intensity"),
        ("moved", "beat", "e01-b05", None), ("removed", "beat", "e02-b06", None),
        ("added", "beat", "bnew1", None), ("moved", "beat", "e04-b06", None),
        ("added", "panel", add.new_id, None), ("changed", "panel", "e06-b02-p1", "sketch"),
        ("changed", "panel", "e06-b03-p2", "caption"),
        ("changed", "beat", "e06-b05", "shot.size"), ("added", "thread", thread.thread_id, None),
        ("removed", "episode", "ep14", None), ("changed", "beat", "e07-b04", "kind"),
        ("changed", "beat", "e08-b02", "characters"), ("changed", "episode", "ep09", "notes"),
        ("changed", "beat", "e10-b03", "notes"),
    }
    assert len(expected) == 20
    return q, expected
