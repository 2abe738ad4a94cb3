"""Re-sync with a revised script keeps the director's work on matched beats."""
from __future__ import annotations

import json

from beatboard.core import fileio
from beatboard.core.integrity import integrity_problems
from beatboard.core.model import Emotion, Panel, Shot
from beatboard.edit.move_edits import main_line
from beatboard.interchange.fountain_import import import_fountain
from beatboard.interchange.resync import plan_resync, resync_edit

SCENES = {
    "gala": ("INT. GALA HALL - NIGHT", "Champagne glasses clink. Lin balances a silver tray.",
             "RIVAL", "She is nobody. A servant in a borrowed dress."),
    "wine": ("INT. GALA HALL - NIGHT", "The rival throws red wine over Lin's face. Gasps.",
             "RIVAL", "Clean it up, maid."),
    "car": ("EXT. PARKING LOT - NIGHT", "Lin walks out alone, dress dripping.",
            "LIN", "One day they will all bow."),
    "office": ("INT. CEO OFFICE - DAY", "Lu Chen reads a dossier with Lin's photo.",
               "LU CHEN", "Find her. Tonight."),
    "phone": ("INT. LIN'S FLAT - NIGHT", "Her phone buzzes: an unknown number.",
              "LIN", "Who is this?"),
    "door": ("INT. LIN'S FLAT - LATER", "A knock. Lin freezes.",
             "LU CHEN (O.S.)", "Open the door, Miss Lin."),
}


def script(*episodes) -> str:
    out = []
    for n, keys in enumerate(episodes, 1):
        out.append(f"# Episode {n}\n")
        for k in keys:
            heading, action, who, line = SCENES[k] if isinstance(k, str) else k
            out.append(f"{heading}\n\n{action}\n\n{who}\n{line}\n")
    return "\n".join(out)


ORIGINAL = script(["gala", "wine", "car"], ["office", "phone", "door"])


def directed():
    """The original import, then the director's work on every beat."""
    p = import_fountain(ORIGINAL)
    for ep in p.episodes:
        for i, b in enumerate(ep.beats):
            b.emotion = Emotion(tag="虐", intensity=1 + i)
            b.kind = ["hook", "escalation", "cliffhanger"][i]
            b.duration_s = 20.0 + i
            b.shot = Shot(size="CU", move="push-in")
            b.notes = f"director note {b.id}"
            b.panels = [Panel(id=f"{b.id}-p1", caption="first"), Panel(id=f"{b.id}-p2")]
    p.episodes[0].beats[0].title = "Slap at the gala"  # the director's own title
    return p


def by_action(p, words):
    return next(b for ep in p.episodes for b in ep.beats if words in b.action)


def test_unchanged_script_changes_nothing():
    p = directed()
    plan = plan_resync(p, import_fountain(ORIGINAL))
    assert plan.is_empty and len(plan.unchanged) == 6 and plan.reordered == 0


def test_changed_line_new_scene_removed_scene_and_swapped_scenes():
    p = directed()
    before = {b.id: b.model_copy(deep=True) for ep in p.episodes for b in ep.beats}
    wine_id = by_action(p, "red wine").id
    door_id = by_action(p, "A knock").id
    new_scene = ("INT. HOSPITAL - NIGHT", "Grandma's monitor beeps faster.", "NURSE",
                 "She is asking for Lin.")
    changed_wine = (SCENES["wine"][0], SCENES["wine"][1], "RIVAL", "Lick it up, maid.")
    revised = script(["gala", changed_wine, "car"],
                     ["phone", "office", new_scene])  # swapped, new, door removed
    plan = plan_resync(p, import_fountain(revised))
    assert [m.beat_id for m in plan.changed] == [wine_id]
    assert plan.changed[0].changes == {"dialogue": "RIVAL: Lick it up, maid."}
    assert [ns.beat.action for ns in plan.new] == ["Grandma's monitor beeps faster."]
    assert [bid for _, bid in plan.gone] == [door_id]
    assert len(plan.unchanged) == 4 and plan.reordered == 1

    edit = resync_edit(p, plan)
    original = fileio.dumps(p)
    edit.apply(p)
    assert integrity_problems(p) == []
    # Matched beats keep id and every director field; the changed one gets the new line.
    for bid, old in before.items():
        if bid == door_id:
            continue
        found = p.find_beat(bid)
        assert found is not None, bid
        b = found[1]
        assert (b.emotion, b.kind, b.duration_s, b.shot, b.notes, b.panels) == (
            old.emotion, old.kind, old.duration_s, old.shot, old.notes, old.panels)
    assert p.find_beat(wine_id)[1].dialogue == "RIVAL: Lick it up, maid."
    assert p.find_beat(before[next(iter(before))].id)[1].title == "Slap at the gala"
    # The new scene sits after the scene before it in the script (office), in episode 2.
    ep2 = p.episode_by_number(2)
    line = main_line(ep2)
    office = by_action(p, "dossier").id
    new_id = by_action(p, "monitor beeps").id
    assert line[line.index(office) + 1] == new_id
    # The removed scene's beat is set aside, whole, not deleted.
    assert [b.id for b in p.unplaced] == [door_id]
    assert p.unplaced[0].notes == before[door_id].notes
    edit.revert(p)
    assert fileio.dumps(p) == original


def test_a_new_episode_in_the_script_becomes_a_new_episode():
    p = directed()
    extra = ("EXT. ROOFTOP - NIGHT", "Wind. Lin at the edge.", "LIN", "Not today.")
    plan = plan_resync(p, import_fountain(
        script(["gala", "wine", "car"], ["office", "phone", "door"], [extra])))
    assert len(plan.new) == 1 and plan.new[0].episode_number == 3
    resync_edit(p, plan).apply(p)
    assert [b.action for b in p.episode_by_number(3).beats] == ["Wind. Lin at the edge."]
    assert integrity_problems(p) == []


def test_cli_dry_run_prints_the_summary_and_writes_nothing(tmp_path, cli):
    series = tmp_path / "series.beatboard"
    fileio.save(directed(), series)
    before = series.read_bytes()
    revised = tmp_path / "revised.fountain"
    revised.write_text(script(["gala", "wine", "car"], ["office", "phone"]), encoding="utf-8")
    code, out, err = cli("import", revised, "--update", series, "--dry-run")
    assert code == 0, err
    assert "matched unchanged: 5" in out and "gone (set aside, not deleted): 1" in out
    assert "dry run" in out and series.read_bytes() == before
    code, out, err = cli("import", revised, "--update", series, "-o", tmp_path / "out.beatboard")
    assert code == 0, err
    updated = fileio.load(tmp_path / "out.beatboard")
    assert len(updated.unplaced) == 1 and series.read_bytes() == before


def test_cli_update_in_place_and_bad_series_file(tmp_path, cli):
    series = tmp_path / "series.beatboard"
    fileio.save(directed(), series)
    revised = tmp_path / "revised.fountain"
    revised.write_text(ORIGINAL.replace("Find her. Tonight.", "Find her. Now."), encoding="utf-8")
    code, out, _ = cli("import", revised, "--update", series)
    assert code == 0 and "changed: 1" in out
    assert "Find her. Now." in json.dumps(json.loads(series.read_text("utf-8")))
    code, _, err = cli("import", revised, "--dry-run")
    assert code != 0 and "--dry-run goes with --update" in err
    broken = tmp_path / "broken.beatboard"
    broken.write_text("{", encoding="utf-8")
    code, _, err = cli("import", revised, "--update", broken)
    assert code != 0 and "broken.beatboard" in err and "Traceback" not in err


def test_final_draft_revision_updates_the_line_and_keeps_the_director_fields(tmp_path, cli):
    from tests.interchange.conftest import DATA
    fdx = (DATA / "pilot.fdx").read_text("utf-8")
    series = tmp_path / "pilot.beatboard"
    code, _, err = cli("import", DATA / "pilot.fdx", "-o", series)
    assert code == 0, err
    p = fileio.load(series)
    gala = by_action(p, "borrowed")
    gala.emotion = Emotion(tag="怒", intensity=5)
    gala.notes = "keep me"
    fileio.save(p, series)
    revised = tmp_path / "revised.fdx"
    revised.write_text(fdx.replace("She is nobody.", "She is less than nobody."), "utf-8")
    code, out, err = cli("import", revised, "--update", series)
    assert code == 0, err
    assert "changed: 1" in out and "new: 0" in out
    after = fileio.load(series).find_beat(gala.id)[1]
    assert "less than nobody" in after.dialogue
    assert (after.emotion.tag, after.emotion.intensity, after.notes) == ("indignation", 5,
                                                                          "keep me")


def test_summary_names_each_changed_field_and_its_beats(tmp_path, cli):
    """A new scene heading among beats that shared one (export fountain writes a heading
    only where the location changes) moves the following beats: the summary says so."""
    series = tmp_path / "series.beatboard"
    fileio.save(directed(), series)
    moved = ("INT. ROOFTOP - NIGHT", "Lin walks out alone, dress dripping.",
             "LIN", "One day they will all bow.")
    revised = tmp_path / "revised.fountain"
    revised.write_text(script(["gala", "wine", moved], ["office", "phone", "door"])
                       .replace("Find her. Tonight.", "Find her. Now."), encoding="utf-8")
    code, out, err = cli("import", revised, "--update", series, "--dry-run")
    assert code == 0, err
    assert "location changed in 1 beat: ep 1 · EXT. PARKING LOT - NIGHT" in out
    assert "dialogue changed in 1 beat: ep 2 · INT. CEO OFFICE - DAY" in out
    assert "action changed" not in out
