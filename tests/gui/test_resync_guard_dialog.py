"""Update from Script refuses a file that is not a script and asks before setting most of
the series aside."""
from __future__ import annotations

from beatboard.interchange.fountain_import import import_fountain
from tests.interchange.test_resync import ORIGINAL, script


def test_a_file_of_nul_bytes_is_refused_with_a_message(make_window, boxes, tmp_path):
    from beatboard.gui.resync_dialog import update_from_script
    w = make_window(import_fountain(ORIGINAL))
    junk = tmp_path / "junk.fountain"
    junk.write_bytes(b"\0" * 4096)
    reviewed = []
    assert not update_from_script(w, str(junk), lambda d: reviewed.append(d) or True)
    assert not reviewed and w.controller.stack.count() == 0
    assert any("junk.fountain" in e and "does not look like a script" in e
               for e in boxes.errors), boxes.errors
    assert not w.controller.project.unplaced


def test_setting_aside_most_beats_asks_first(make_window, tmp_path):
    from beatboard.gui.resync_dialog import update_from_script
    w = make_window(import_fountain(ORIGINAL))
    revised = tmp_path / "one-scene.fountain"
    revised.write_text(script(["gala"]), encoding="utf-8")
    asked = []

    def decline(gone, total):
        asked.append((gone, total))
        return False

    assert not update_from_script(w, str(revised), lambda d: True, decline)
    assert asked == [(5, 6)] and w.controller.stack.count() == 0
    assert update_from_script(w, str(revised), lambda d: True, lambda g, t: True)
    assert len(w.controller.project.unplaced) == 5


def test_the_question_is_a_warning_that_defaults_to_no(make_window, boxes, tmp_path):
    from beatboard.gui.resync_dialog import update_from_script
    w = make_window(import_fountain(ORIGINAL))
    revised = tmp_path / "one-scene.fountain"
    revised.write_text(script(["gala"]), encoding="utf-8")
    assert not update_from_script(w, str(revised), lambda d: True)
    assert any("5 of the 6 beats" in e for e in boxes.errors), boxes.errors
    assert w.controller.stack.count() == 0
