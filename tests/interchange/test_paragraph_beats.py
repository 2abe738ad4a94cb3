"""``import --beats paragraph``: a beat per action paragraph with the dialogue after it,
a panel per paragraph and per speech; recorded in the project and reused by re-sync."""
from __future__ import annotations

from beatboard.cli import main
from beatboard.core import fileio
from beatboard.interchange.fountain_import import import_fountain
from beatboard.interchange.script_import import parse_script_text

SCRIPT = """\
Title: Paragraphs

# Episode 1

INT. KITCHEN - NIGHT

Hot soup splashes across Ava's apron.

MARGARET
Too salty.

Ava sets the ladle down. Her hands shake.

ETHAN
Chloe is staying for dinner.

AVA
Tonight is our anniversary.

EXT. DRIVEWAY - NIGHT

Black cars turn into the drive.

[[beat: The fleet]]

Graves steps out of the first car.

A chauffeur opens the second door.

GRAVES
Miss Sterling.
"""

REVISED = SCRIPT.replace("Too salty.", "Too salty. Far too salty.")


def test_one_beat_per_action_paragraph_with_the_dialogue_after_it():
    ep = import_fountain(SCRIPT, beats="paragraph").episodes[0]
    assert [b.action for b in ep.beats] == [
        "Hot soup splashes across Ava's apron.", "Ava sets the ladle down. Her hands shake.",
        "Black cars turn into the drive.",
        "Graves steps out of the first car.\n\nA chauffeur opens the second door."]
    assert [b.dialogue for b in ep.beats] == [
        "MARGARET: Too salty.",
        "ETHAN: Chloe is staying for dinner.\nAVA: Tonight is our anniversary.",
        "", "GRAVES: Miss Sterling."]
    # the scene's place stays with every beat cut from it; a [[beat]] mark is never cut
    assert [b.location for b in ep.beats] == ["KITCHEN", "KITCHEN", "DRIVEWAY", "DRIVEWAY"]
    assert ep.beats[-1].title == "The fleet"
    # a panel per paragraph (no caption: action is not spoken) and per speech
    assert [[p.caption for p in b.panels] for b in ep.beats] == [
        ["", None], ["", None, None], [""], ["", "", None]]
    assert len({p.id for b in ep.beats for p in b.panels}) == 9


def test_by_scene_stays_the_default_and_the_mode_is_recorded():
    project = import_fountain(SCRIPT)
    assert len(project.episodes[0].beats) == 3 and project.series.script_beats == "scene"
    assert import_fountain(SCRIPT, beats="paragraph").series.script_beats == "paragraph"
    fdx_like = parse_script_text(SCRIPT, beats="paragraph")
    assert len(fdx_like.episodes[0].beats) == 4


def test_the_cli_imports_by_paragraph_and_resyncs_the_same_way(tmp_path, capsys):
    first, revised = tmp_path / "ep.fountain", tmp_path / "ep2.fountain"
    first.write_text(SCRIPT, encoding="utf-8")
    revised.write_text(REVISED, encoding="utf-8")
    out = tmp_path / "series.beatboard"
    assert main(["import", str(first), "-o", str(out), "--beats", "paragraph"]) == 0
    before = fileio.load(out)
    assert before.series.script_beats == "paragraph" and len(before.episodes[0].beats) == 4
    ids = [b.id for b in before.episodes[0].beats]
    assert main(["import", str(revised), "--update", str(out)]) == 0
    after = fileio.load(out)
    assert [b.id for b in after.episodes[0].beats] == ids
    assert after.episodes[0].beats[0].dialogue == "MARGARET: Too salty. Far too salty."
    assert not after.unplaced
    capsys.readouterr()
    assert main(["import", str(revised), "--update", str(out), "--beats", "scene"]) != 0
    err = capsys.readouterr().err
    assert "imported with --beats paragraph" in err
    assert fileio.load(out).model_dump() == after.model_dump()
