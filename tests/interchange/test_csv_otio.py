"""Shot list CSV and OpenTimelineIO export, read back with the tools editors use."""
import csv
import io

import opentimelineio as otio
import pytest

from beatboard.core.errors import BeatBoardError
from beatboard.core.graph import main_line
from beatboard.core.model import Beat, Episode, Link, Project, Series
from beatboard.export.tables.csv_export import COLUMNS, export_csv
from beatboard.interchange.otio_export import FPS, export_otio
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


def test_otio_collection_has_a_timeline_per_episode_with_right_durations(series):
    coll = otio.adapters.read_from_string(export_otio(series), "otio_json")
    assert isinstance(coll, otio.schema.SerializableCollection)
    timelines = list(coll)
    assert [t.name for t in timelines] == [f"Episode {e.number}: {e.title}" for e in series.ordered_episodes()]
    for tl, ep in zip(timelines, series.ordered_episodes()):
        main = tl.tracks[0]
        assert main.name == "Main line"
        want = sum(b.seconds for b in main_line(ep))
        assert main.duration().rate == FPS
        assert main.duration().to_seconds() == pytest.approx(want, abs=0.5 / FPS)
        assert [c.metadata["beatboard"]["beat_id"] for c in main.find_clips()] == [b.id for b in main_line(ep)]
        markers = [(m.name, c.metadata["beatboard"]["kind"]) for c in main.find_clips() for m in c.markers]
        assert ("hook", "hook") in markers and ("cliffhanger", "cliffhanger") in markers


def test_otio_variants_sit_on_their_own_track_at_the_branch_time():
    beats = [Beat(id=i, duration_s=2.0) for i in ("a", "b", "c")] + [Beat(id="b2", duration_s=5.0)]
    links = [Link(**{"from": "a", "to": "b"}), Link(**{"from": "b", "to": "c"}),
             Link(**{"from": "a", "to": "b2", "kind": "variant"}), Link(**{"from": "b2", "to": "c"})]
    p = Project(series=Series(title="T"), episodes=[Episode(id="e", number=4, beats=beats, links=links)])
    tl = otio.adapters.read_from_string(export_otio(p, episode=4), "otio_json")
    assert isinstance(tl, otio.schema.Timeline)
    assert [t.name for t in tl.tracks] == ["Main line", "Variant 1"]
    clip = tl.tracks[1].find_clips()[0]
    assert clip.name == "b2"
    rng = clip.range_in_parent()
    assert (rng.start_time.to_seconds(), rng.duration.to_seconds()) == (2.0, 5.0)
    assert tl.tracks[0].duration().to_seconds() == 6.0


def test_otio_unknown_episode_is_a_clear_error(series):
    with pytest.raises(BeatBoardError, match="no episode 99"):
        export_otio(series, episode=99)
