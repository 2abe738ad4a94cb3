"""Dual dialogue prints side by side; a beat's transition prints on the board and in the
shot list's transition column."""
import subprocess

import pytest

from beatboard.interchange.script_import import parse_script_text

from .helpers import export, have_tool

SCRIPT = """\
Title: Dual

# Episode 1

INT. KITCHEN - NIGHT

Ava sets the ladle down.

MARGARET
Too salty.

BUTLER ^
Dinner is served.

ETHAN
Chloe is staying.

CUT TO:

EXT. DRIVEWAY - NIGHT

Black cars turn into the drive.

GRAVES
Miss Sterling.
"""

pytestmark = pytest.mark.skipif(not have_tool("pdftotext"), reason="needs poppler's pdftotext")


def layout_lines(pdf) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return out.splitlines()


def test_the_two_speakers_of_dual_dialogue_sit_on_one_line(tmp_path):
    project = parse_script_text(SCRIPT)
    assert project.episodes[0].beats[0].simultaneous == [1]
    lines = layout_lines(export(tmp_path, project, sections=("boards",)))
    both = [l for l in lines if "MARGARET: Too" in l]
    assert both and "BUTLER: Dinner" in both[0]
    assert both[0].index("MARGARET") < both[0].index("BUTLER")
    # the line after the pair is printed on its own, under it
    assert any(l.strip().startswith("ETHAN: Chloe is staying.") for l in lines)


def test_a_transition_prints_on_the_board_and_in_the_shot_list(tmp_path):
    project = parse_script_text(SCRIPT)
    board = layout_lines(export(tmp_path, project, "b.pdf", sections=("boards",)))
    assert any("Transition: CUT TO:" in l for l in board)
    table = layout_lines(export(tmp_path, project, "s.pdf", sections=("shotlist",)))
    header = next(l for l in table if l.lstrip().startswith("Shot") and "Caption" in l)
    assert header.rstrip().endswith("Trans.")
    first = next(l for l in table if l.lstrip().startswith("#1 "))
    second = next(l for l in table if l.lstrip().startswith("#2 "))
    assert first.rstrip().endswith("CUT TO:") and "CUT TO:" not in second
    zh = layout_lines(export(tmp_path, project, "zh.pdf", sections=("boards",), lang="zh"))
    assert any("转场: CUT TO:" in l or "转场：CUT TO:" in l for l in zh)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_shot_list_prints_dual_dialogue_side_by_side(tmp_path, lang):
    project = parse_script_text(SCRIPT)
    lines = layout_lines(export(tmp_path, project, f"s-{lang}.pdf", sections=("shotlist",),
                                lang=lang))
    both = [l for l in lines if "MARGARET:" in l]
    assert both and "BUTLER:" in both[0], lines
    assert both[0].index("MARGARET:") < both[0].index("BUTLER:")
    # the speech after the pair follows it in the same cell, on a line of its own
    ethan = next(i for i, l in enumerate(lines) if "ETHAN: Chloe" in l)
    assert ethan > lines.index(both[0]) and "BUTLER" not in lines[ethan]
    # Chinese speeches pair the same way
    beat = project.episodes[0].beats[0]
    beat.dialogue = beat.dialogue.replace("Too salty.", "太咸了。").replace(
        "Dinner is served.", "晚餐好了。")
    zh = layout_lines(export(tmp_path, project, f"z-{lang}.pdf", sections=("shotlist",),
                             lang=lang))
    pair = next(l for l in zh if "太咸" in l)  # MARGARET's speech beside BUTLER's
    assert "好了" in pair and pair.index("太咸") < pair.index("好了")
