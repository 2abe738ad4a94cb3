"""export pdf --sections audience: the series audience page (scatter, table, paywall)."""
from __future__ import annotations

from pypdf import PdfReader

from beatboard.interchange.series_csv import parse_series_table
from beatboard.interchange.series_import import series_rows
from tests.audience.series_factories import TABLE, series_project

from .helpers import export, page_texts, squash


def _project():
    p = series_project()
    p.series_audience, _ = series_rows(p, parse_series_table(TABLE.encode(), "s.csv"), "s.csv")
    return p


def test_the_series_page_leads_the_audience_section(tmp_path):
    pdf = export(tmp_path, _project(), sections=("audience",), bw=True)
    texts = page_texts(pdf)
    assert len(texts) == 1  # no retention curves: only the series page
    page = squash(texts[0])
    assert squash("Series audience") in page
    assert squash("Paywall at episode 4: 810 of 4,050 viewers who started it paid (20.0 %)") \
        in page
    assert squash("r = +1.00 over 3 episodes") in page
    assert squash("Cliff 3 (not a cliffhanger)") in page and squash("last episode") in page
    stream = PdfReader(str(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    # Markers are vectors told apart by shape: circles (curves) and the paywall's square.
    assert " c\n" in stream or " c " in stream
    assert "re B" in stream  # the filled, outlined square of the paywall episode


def test_the_series_page_in_chinese_and_only_for_exported_episodes(tmp_path):
    pdf = export(tmp_path, _project(), "zh.pdf", sections=("audience",), lang="zh")
    assert squash("第4集付费墙") in squash(page_texts(pdf)[0])
    assert squash("续看率") in squash(page_texts(pdf)[0])
    part = export(tmp_path, _project(), "part.pdf", sections=("audience",), episodes=(1, 2))
    page = squash(page_texts(part)[0])
    assert squash("r = +1.00") not in page and squash("Too few episodes (2)") in page
    assert squash("Cliff 3") not in page
