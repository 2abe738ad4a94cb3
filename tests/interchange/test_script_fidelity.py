"""Dual dialogue, transitions and characters introduced in action, through import,
export and the v2 -> v3 file step."""
from __future__ import annotations

import json

from beatboard.core.fileio import dumps, loads
from beatboard.core.model import Project
from beatboard.core.series_id import same_series
from beatboard.core.skeleton import make_skeleton
from beatboard.export.tables.fountain_export import export_fountain
from beatboard.interchange.fountain_import import import_fountain

SCRIPT = """Title: Three Rooms

INT. KITCHEN - DAY

LIN YAN (24, apron dusted with flour) kneads dough. BANG! The door.

BUTLER
Dinner is served.

MARGARET ^
Too salty.

CUT TO:

EXT. GARDEN - NIGHT

[[a note for the director]]

MARGARET
(quietly)
Who is there?

> SMASH CUT TO:

INT. HALL - NIGHT

The BUTLER waits.

FADE OUT.
"""


def _beats(project):
    return [b for ep in project.episodes for b in ep.beats]


def test_dual_dialogue_has_no_caret_and_is_marked_simultaneous():
    kitchen = _beats(import_fountain(SCRIPT))[0]
    assert kitchen.dialogue.splitlines() == ["BUTLER: Dinner is served.", "MARGARET: Too salty."]
    assert kitchen.simultaneous == [1]
    assert "MARGARET" in kitchen.characters and "^" not in "".join(kitchen.characters)


def test_transitions_are_the_beats_transition_not_action():
    beats = _beats(import_fountain(SCRIPT))
    assert [b.transition for b in beats] == ["CUT TO:", "SMASH CUT TO:", "FADE OUT."]
    assert not any("CUT TO" in b.action or "FADE OUT" in b.action for b in beats)


def test_a_character_introduced_in_capitals_joins_the_beat_sound_words_do_not():
    beats = _beats(import_fountain(SCRIPT))
    assert beats[0].characters == ["BUTLER", "MARGARET", "LIN YAN"]
    assert beats[2].characters == ["BUTLER"]  # a speaker named in capitals, silent here
    names = {c.name for c in import_fountain(SCRIPT).series.characters}
    assert "BANG" not in names and "LIN YAN" in names


def test_export_fountain_writes_caret_and_transitions_back():
    project = import_fountain(SCRIPT)
    out = export_fountain(project)
    assert "\nMARGARET ^\nToo salty.\n" in out
    assert "\nCUT TO:\n" in out and "\nFADE OUT.\n" in out
    again = import_fountain(out)
    for a, b in zip(_beats(project), _beats(again)):
        assert (a.dialogue, a.simultaneous, a.transition, a.action) == \
            (b.dialogue, b.simultaneous, b.transition, b.action)


def test_a_mid_scene_cut_starts_a_beat_at_the_same_place():
    beats = _beats(import_fountain("INT. A - DAY\n\nOne.\n\nCUT TO:\n\nTwo.\n"))
    assert [(b.action, b.transition, b.location) for b in beats] == [
        ("One.", "CUT TO:", "A"), ("Two.", "", "A")]


def test_version_2_file_moves_carets_and_closing_transitions(tmp_path):
    data = json.loads(dumps(import_fountain("INT. A - DAY\n\nHi.\n")))
    data["format_version"] = 2
    beat = data["episodes"][0]["beats"][0]
    for key in ("simultaneous", "transition"):
        beat.pop(key, None)
    data["series"].pop("id", None)
    beat["dialogue"] = "BRICK: Screw retirement.\nSTEEL ^: Screw retirement."
    beat["action"] = "Hi.\n\nSMASH CUT TO:"
    project = loads(json.dumps(data))
    b = project.episodes[0].beats[0]
    assert b.dialogue == "BRICK: Screw retirement.\nSTEEL: Screw retirement."
    assert b.simultaneous == [1]
    assert (b.action, b.transition) == ("Hi.", "SMASH CUT TO:")
    assert project.series.id is None  # given on the next save, never on opening


def test_new_and_imported_projects_get_distinct_series_ids():
    a, b = import_fountain(SCRIPT), import_fountain(SCRIPT)
    new = make_skeleton("revenge", 3, "T")
    ids = {a.series.id, b.series.id, new.series.id}
    assert len(ids) == 3 and all(i and len(i) == 32 for i in ids)
    assert not same_series(a, b) and same_series(a, a)
    assert same_series(a, Project()) and same_series(Project(), b)  # older file: compatible
