"""interchange.script_import: the one way a script file becomes a Project, for the CLI and
the editor; hostile input stays linear and a running import can be cancelled."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.interchange.fountain_parse import parse_fountain
from beatboard.interchange.script_import import ScriptCancelled, parse_script, parse_script_text

from .conftest import DATA

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_fountain_scale import adversarial_script, normal_script  # noqa: E402


def test_parse_script_reads_fountain_and_fdx_with_progress(tmp_path):
    seen: list[float] = []
    project = parse_script(DATA / "heiress_en.fountain", progress=seen.append)
    assert project.episodes and seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert parse_script(DATA / "pilot.fdx").series.title == "The Hidden Heiress"
    assert parse_script_text("INT. A - DAY\n\nOne.\n").episodes[0].beats[0].action == "One."


def test_unknown_type_and_bad_encoding_name_the_file(tmp_path):
    odd = tmp_path / "script.docx"
    odd.write_bytes(b"x")
    with pytest.raises(BeatBoardFileError, match="script.docx: unknown script type"):
        parse_script(odd)
    latin1 = tmp_path / "old.fountain"
    latin1.write_bytes(b"INT. CAF\xc9 - DAY\n")
    with pytest.raises(BeatBoardFileError, match=r"old.fountain: line 1: the script is not UTF-8"):
        parse_script(latin1)


@pytest.mark.parametrize("opener", ["[[", "/* ", "**", "(", "_"])
def test_unclosed_openers_stay_as_text(opener):
    """Runs of openers that never close (which took minutes when notes were found with a
    backtracking pattern) are kept as typed."""
    run = (opener * 100_000).strip()
    els = parse_fountain(f"INT. A - DAY\n\nBefore {run} after.\n\nBOB\n{run}\n")
    assert [e.kind for e in els] == ["scene_heading", "action", "dialogue"]
    assert els[1].text == f"Before {run} after."
    assert els[2].text == run


def test_a_note_does_not_run_over_a_blank_line():
    els = parse_fountain("A [[open\n\nB]] C\n")
    assert [(e.kind, e.text) for e in els] == [("action", "A [[open"), ("action", "B]] C")]


def test_cancel_is_polled_throughout_a_big_script():
    text = normal_script(1 << 20) + adversarial_script(1 << 20)
    calls = 0

    def cancel():
        nonlocal calls
        calls += 1
        return False

    parse_script_text(text, cancel=cancel)
    assert calls >= len(text) // (1 << 16)  # at least every 64 K characters
    for stop_after in (1, 5, calls // 2, calls - 1):
        count = 0

        def cancel_later():
            nonlocal count
            count += 1
            return count >= stop_after

        with pytest.raises(ScriptCancelled):
            parse_script_text(text, cancel=cancel_later)
        assert count == stop_after  # it stopped at the first True


def test_cancelling_a_big_import_in_the_editor_returns_without_a_project(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

    from beatboard.gui.import_dialog import import_in_background

    script = tmp_path / "huge.fountain"
    script.write_text(normal_script(8 << 20), encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    pressed: list[bool] = []

    def press_cancel():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible() and not pressed:
                pressed.append(True)
                w.findChild(QPushButton).click()  # what the user presses
                return
        QTimer.singleShot(10, press_cancel)

    QTimer.singleShot(0, press_cancel)
    ok, result = import_in_background(parent, str(script), show_after_ms=0)
    assert pressed and (ok, result) == (True, None)
    assert os.path.getsize(script) > 8 << 20  # the script is left alone
