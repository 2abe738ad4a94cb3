"""Fonts are embedded; long text shrinks, then is cut with a mark, never leaves its box."""
from __future__ import annotations

import subprocess

from hypothesis import given, settings, strategies as st

from beatboard.export.pdf import PdfOptions, render_pdf
from beatboard.export.pdf.fonts import (CUT_MARK, FLOOR_PT, REQUIRED_GLYPHS, fit, has_glyph,
                                        text_width)

from .helpers import export, make_project, page_texts, squash, have_tool

LONG_EN = "The heiress walks through the storm-drenched gala, " * 40
LONG_ZH = "林夏推开宴会厅的大门，所有人都回过头来，她的眼神冰冷而坚定。" * 30


def test_every_font_is_embedded_and_no_standard_fonts(tmp_path):
    project = make_project(episodes=2, beats=4)
    project.episodes[0].beats[0].dialogue = "林夏：你以为当着所有人的面羞辱我？ LIN: Never."
    pdf = export(tmp_path, project)
    fonts = _fonts_by_pypdf(pdf)
    assert fonts, "the PDF should use fonts"
    for name, embedded in fonts.items():
        assert not any(std in name for std in ("Helvetica", "Times", "Courier")), name
        assert embedded, f"{name} is not embedded"
    if not have_tool("pdffonts"):
        return
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    assert out, "the PDF should list its fonts"
    for row in out:
        cols = row.split()
        assert "Helvetica" not in row and "Times" not in row and "Courier" not in row
        assert cols[-5] == "yes", row  # the emb column


def _fonts_by_pypdf(pdf) -> dict[str, bool]:
    """Every font the pages use -> whether its program is embedded (FontFile*)."""
    from pypdf import PdfReader
    found: dict[str, bool] = {}
    for page in PdfReader(str(pdf)).pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            desc_owner = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            desc = desc_owner.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            found[str(font.get("/BaseFont"))] = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_board_glyphs_exist_in_the_bundled_font():
    for ch in REQUIRED_GLYPHS:
        assert has_glyph(ch), ch


def test_text_too_long_for_its_panel_continues_on_the_episodes_notes_page(tmp_path):
    """Nothing is cut: the board line ends with a reference, the rest is printed in full."""
    project = make_project(episodes=1, beats=3)
    beat = project.episodes[0].beats[1]
    beat.action = LONG_EN
    beat.dialogue = LONG_ZH
    beat.title = "A very long title that cannot possibly fit on one line of a panel " * 3
    beat.props = [f"prop number {i}" for i in range(60)]
    for panels, orientation in ((6, "portrait"), (12, "portrait"), (6, "landscape"),
                                (1, "portrait")):
        trace: list = []
        data, pages = render_pdf(project, PdfOptions(panels=panels, orientation=orientation,
                                                     sections=("boards",)), trace=trace)
        assert trace
        for entry in trace:
            assert entry.container.contains(entry.box), entry
            assert entry.size >= FLOOR_PT - 1e-6, entry
        assert not [e.text for e in trace if e.text.endswith(CUT_MARK)]
        pdf = tmp_path / f"long{panels}{orientation}.pdf"
        pdf.write_bytes(data)
        texts = page_texts(pdf)
        assert "[cut]" not in "".join(texts)
        if panels > 1:  # the large single-panel page has room for it all
            boards, notes = texts[:-1], texts[-1]
            assert "Continued text" in notes and "Continued text" not in "".join(boards)
            board = squash("".join(boards))
            assert "→#2" in board or "→e1b2" in board
        # Every word of the long texts is on paper, on the board or in the notes.
        everything = squash("".join(texts)).replace("→#2", "").replace("→e1b2", "")
        assert squash(LONG_ZH) in everything.replace("#2·Caption(continuedfromtheboard)", "")\
            or _in_parts(LONG_ZH, texts)
        assert squash("prop number 59") in everything


def _in_parts(text: str, pages: list[str]) -> bool:
    """The text split between the board and the notes page still reads in full."""
    joined = squash("".join(pages))
    head = squash(text)[:40]
    tail = squash(text)[-40:]
    return head in joined and tail in joined


def test_trace_covers_overview_and_shotlist_pages():
    project = make_project(episodes=3, beats=5)
    project.episodes[1].beats[0].props = ["a prop with a very long descriptive name"] * 20
    trace: list = []
    render_pdf(project, PdfOptions(sections=("overview", "shotlist")), trace=trace)
    assert len(trace) > 50
    for entry in trace:
        assert entry.container.contains(entry.box), entry


words = st.text(alphabet=st.sampled_from(list("abcdefg 林夏推开门，。!? ") + ["\n"]),
                max_size=400)


@settings(max_examples=60, deadline=None)
@given(text=words, width=st.floats(20, 300), height=st.floats(0, 200),
       size=st.floats(6, 14))
def test_fit_never_exceeds_its_box(text, width, height, size):
    f = fit(text, width, height, size)
    assert f.height <= height + 0.01
    for line in f.lines:
        assert text_width(line, f.size) <= width + 0.01
    if not f.cut:  # nothing was lost: every non-space character is still there
        assert squash("".join(f.lines)) == squash(text)
    elif f.lines:
        assert f.lines[-1].endswith(CUT_MARK) or f.lines[-1].endswith("…")


def test_text_shrinks_before_it_is_cut():
    text = "word " * 30
    f = fit(text, 100, 40, 12)
    assert not f.cut and f.size < 12
    g = fit(text * 20, 100, 40, 12)
    assert g.cut and g.size == FLOOR_PT




def test_wrapped_lines_are_the_callers_to_keep():
    # wrap() answers from a cache: a caller that edits its lines must not change the
    # next caller's.
    from beatboard.export.pdf.fonts import wrap
    text = "The heiress walks in and every one of them stops talking. 林夏推开门。"
    first = wrap(text, 9.0, 80.0)
    assert len(first) > 1
    kept = list(first)
    first.append("changed")
    first[0] = "changed"
    assert wrap(text, 9.0, 80.0) == kept
