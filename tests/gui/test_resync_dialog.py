"""File › Update from Script: review, then one undo step."""
from __future__ import annotations

from beatboard.core.model import Emotion
from beatboard.interchange.fountain_import import import_fountain

SCRIPT = """# Episode 1

INT. GALA HALL - NIGHT

Glasses clink. Lin balances a tray.

RIVAL
She is nobody.

EXT. PARKING LOT - NIGHT

Lin walks out alone.

LIN
One day they will bow.
"""


def test_review_lists_changes_and_applying_is_one_undo_step(make_window, tmp_path):
    from beatboard.gui.resync_dialog import update_from_script
    project = import_fountain(SCRIPT)
    gala = project.episodes[0].beats[0]
    gala.emotion = Emotion(tag="辱", intensity=5)
    w = make_window(project)
    revised = tmp_path / "revised.fountain"
    revised.write_text(SCRIPT.replace("She is nobody.", "She is less than nobody.")
                       .replace("One day they will bow.", "") + "\nINT. CAR - NIGHT\n\nRain.\n",
                       encoding="utf-8")
    seen = {}

    def review(dialog):
        seen.update({k: item.childCount() for k, item in dialog.groups.items()})
        seen["first"] = dialog.groups["changed"].child(0).text(1)
        seen["fields"] = dialog.fields_label.text()
        return True

    assert update_from_script(w, str(revised), review)
    assert seen["changed"] == 2 and seen["new"] == 1 and seen["gone"] == 0
    assert seen["first"] == "dialogue: RIVAL: She is less than nobody."
    assert seen["fields"].splitlines() == [
        "action changes in 1 beat: EXT. PARKING LOT - NIGHT",
        "dialogue changes in 2 beats: INT. GALA HALL - NIGHT; EXT. PARKING LOT - NIGHT",
        "characters changes in 1 beat: EXT. PARKING LOT - NIGHT"]
    beat = w.controller.project.episodes[0].beat(gala.id)
    assert "less than nobody" in beat.dialogue and beat.emotion.intensity == 5
    assert w.controller.stack.count() == 1
    assert w.controller.stack.text(0) == "Update from script"
    w.controller.stack.undo()
    assert "less than" not in w.controller.project.episodes[0].beat(gala.id).dialogue


def test_cancelled_review_changes_nothing(make_window, tmp_path):
    from beatboard.gui.resync_dialog import update_from_script
    w = make_window(import_fountain(SCRIPT))
    revised = tmp_path / "revised.fountain"
    revised.write_text(SCRIPT.replace("Lin walks out alone.", "Lin runs."), encoding="utf-8")
    assert not update_from_script(w, str(revised), lambda d: False)
    assert w.controller.stack.count() == 0
    assert w.acts.update_from_script in w.menus["file"].actions()


def test_review_change_by_change_in_the_compare_view(make_window, tmp_path):
    """The re-sync reviewed in the compare view: the dialogue's old → new text, and one
    accepted change is one undo step while the others stay out."""
    from beatboard.gui.resync_dialog import update_from_script
    project = import_fountain(SCRIPT)
    w = make_window(project)
    beats_before = sum(len(e.beats) for e in project.episodes)
    revised = tmp_path / "revised.fountain"
    revised.write_text(SCRIPT.replace("She is nobody.", "She is less than nobody.")
                       + "\nINT. CAR - NIGHT\n\nRain.\n", encoding="utf-8")

    def review(dialog):
        dialog.review_button.click()
        return True

    assert update_from_script(w, str(revised), review) is False  # nothing applied yet
    view = w.resync_review
    gala = project.episodes[0].beats[0].id
    i = next(i for i, c in enumerate(view.changes)
             if c.item_id == gala and c.field == "dialogue")
    view.select(i)
    assert "She is less than nobody." in view.detail.toPlainText()
    assert len(view.changes) >= 2  # the dialogue and the new scene at least
    assert w.controller.stack.count() == 0
    assert view.accept_current()
    assert "less than" in w.controller.project.episodes[0].beat(gala).dialogue
    # The new scene was not accepted: it is not on the board.
    assert sum(len(e.beats) for e in w.controller.project.episodes) == beats_before
    assert w.controller.stack.count() == 1
    w.controller.stack.undo()
    assert "less than" not in w.controller.project.episodes[0].beat(gala).dialogue
    view.close()
