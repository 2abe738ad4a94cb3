"""Shot list CSV, read back as a spreadsheet reads it (the OTIO timelines are tested in
tests/export/editorial)."""
import csv
import io

import pytest

from beatboard.core.graph import main_line
from beatboard.core.model import Beat, Episode, Project
from beatboard.export.tables.csv_export import COLUMNS, export_csv
from gen_series import make_series


@pytest.fixture(scope="module")
def series():
    return make_series(episodes=3, beats=10, variants=2, seed=3)


def _rows(text):
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel and WPS need for Chinese
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_one_row_per_beat_with_chinese_intact(series):
    rows = _rows(export_csv(series))
    assert list(rows[0].keys()) == list(COLUMNS)
    assert len(rows) == sum(len(ep.beats) for ep in series.episodes)
    assert [int(r["shot #"]) for r in rows] == list(range(1, len(rows) + 1))
    by_id = {r["beat id"]: r for r in rows}
    for ep in series.episodes:
        t = 0.0
        for b in main_line(ep):
            r = by_id[b.id]
            assert (r["episode"], r["title"], r["kind"]) == (str(ep.number), b.title, b.kind)
            assert float(r["start"]) == pytest.approx(t, abs=0.051)
            assert float(r["duration"]) == pytest.approx(b.seconds, abs=0.051)
            assert r["estimated?"] == ("yes" if b.is_estimated else "no")
            assert r["dialogue"] == b.dialogue and r["direction"] == b.emotion.direction.value
            t += b.seconds
    zh = [r for r in rows if r["episode"] == "2"]
    assert any("林夏" in r["dialogue"] for r in zh) and any(r["emotion"][:1] in "爽甜燃暖笑虐怒辱惧悬" for r in zh)


def test_csv_variant_rows_start_where_they_branch(series):
    ep = series.episodes[0]
    rows = {r["beat id"]: r for r in _rows(export_csv(series))}
    variant = next(l for l in ep.links if l.kind.value == "variant")
    src = rows[variant.from_]
    assert float(rows[variant.to]["start"]) == pytest.approx(
        float(src["start"]) + float(src["duration"]), abs=0.11)


def test_csv_cells_never_run_as_formulas():
    p = Project(episodes=[Episode(id="e", number=1, beats=[
        Beat(id="b1", title="=HYPERLINK(\"x\")", dialogue="@SUM(A1)")])])
    row = _rows(export_csv(p))[0]
    assert row["title"] == "'=HYPERLINK(\"x\")" and row["dialogue"] == "'@SUM(A1)"
