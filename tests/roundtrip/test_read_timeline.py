"""Every edit format reads back through its adapter; bad and hostile files get a message
naming the file, never a traceback, and hostile XML never reaches a parser."""
from __future__ import annotations

import pytest

from beatboard.core.errors import BeatBoardError
from beatboard.core.editorial_names import parse_still_file_name, reel_name
from beatboard.interchange import edit_timeline
from beatboard.interchange.edit_timeline import read_edit_timeline

from .factory import export_like, shot_clips, write

FORMATS = [".otio", ".xml", ".fcpxml", ".edl"]


@pytest.mark.parametrize("ext", FORMATS)
def test_each_format_reads_back_clips_in_order_with_their_frames(project, tmp_path, ext):
    ep = project.ordered_episodes()[0]
    path = write(export_like(project, ep, tmp_path / "stills"), tmp_path / f"E001_main{ext}")
    tl = read_edit_timeline(path)
    expected = shot_clips(project, ep)
    assert tl.rate == 24
    assert [c.frames for c in tl.clips] == [frames for *_, frames in expected]
    assert [parse_still_file_name(c.media_name)[1] for c in tl.clips] == \
        [panel.id for panel, *_ in expected]
    assert tl.clips[3].start_s == pytest.approx(expected[3][2] / 24)
    if ext == ".edl":
        assert [c.reel for c in tl.clips] == [reel_name(p.id) for p, *_ in expected]


def _hostile(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE xmeml [\n <!ENTITY a "ha">\n'
          ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">\n'
          ']>\n<xmeml version="4"><sequence><name>&c;</name></sequence></xmeml>\n')
EXTERNAL = ('<?xml version="1.0"?>\n<!DOCTYPE fcpxml SYSTEM "file:///etc/passwd">\n'
            '<fcpxml version="1.8"/>\n')
ENTITY_ONLY = '<?xml version="1.0"?>\n<xmeml>\n<!ENTITY x SYSTEM "file:///etc/passwd">\n</xmeml>'


@pytest.mark.parametrize("name,body,line", [("laughs.xml", LAUGHS, 3),
                                            ("external.fcpxml", EXTERNAL, 2),
                                            ("entity.xml", ENTITY_ONLY, 3)])
def test_hostile_xml_is_refused_before_any_parser_sees_it(tmp_path, monkeypatch, name, body,
                                                          line):
    path = _hostile(tmp_path, name, body)
    monkeypatch.setattr(edit_timeline, "_parse", lambda *a: pytest.fail("parser reached"))
    with pytest.raises(BeatBoardError) as e:
        read_edit_timeline(path)
    assert str(path) in str(e.value) and f"line {line}" in str(e.value)
    assert "declares" in str(e.value)


def test_utf16_hostile_xml_is_refused_too(tmp_path):
    path = tmp_path / "wide.xml"
    path.write_bytes(LAUGHS.encode("utf-16"))
    with pytest.raises(BeatBoardError, match="ENTITY"):
        read_edit_timeline(path)


def test_a_60_mb_file_is_refused_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.xml"
    with open(path, "wb") as f:
        f.truncate(60 * 1024 * 1024)
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("file opened"))
    with pytest.raises(BeatBoardError) as e:
        read_edit_timeline(path)
    assert "huge.xml" in str(e.value) and "at most 50 MB" in str(e.value)


@pytest.mark.parametrize("name,body", [
    ("broken.xml", "<xmeml><sequence>"),
    ("broken.fcpxml", "<fcpxml version='1.8'><resources>"),
    ("broken.otio", "{not json"),
    ("broken.edl", "TITLE: x\n001  AX V C 00:00:00:00 garbage\n"),
    ("empty.otio", '{"OTIO_SCHEMA": "Timeline.1", "tracks": {"OTIO_SCHEMA": "Stack.1", '
                   '"children": []}}'),
])
def test_a_broken_timeline_names_the_file_and_the_problem(tmp_path, name, body):
    path = _hostile(tmp_path, name, body)
    with pytest.raises(BeatBoardError) as e:
        read_edit_timeline(path)
    assert str(path) in str(e.value)


def test_an_unknown_extension_or_missing_file_is_refused(tmp_path):
    with pytest.raises(BeatBoardError, match="expected .otio"):
        read_edit_timeline(_hostile(tmp_path, "cut.aaf", "x"))
    with pytest.raises(BeatBoardError, match="cannot be read"):
        read_edit_timeline(tmp_path / "gone.edl")


def test_a_clip_without_any_time_names_the_clip(tmp_path):
    import opentimelineio as otio
    tl = otio.schema.Timeline()
    tl.tracks.append(otio.schema.Track())
    tl.tracks[0].append(otio.schema.Clip(name="no range"))
    path = tmp_path / "norange.otio"
    otio.adapters.write_to_file(tl, str(path))
    with pytest.raises(BeatBoardError) as e:
        read_edit_timeline(path)
    assert "norange.otio: clip 1: has no usable time" in str(e.value)


def _otio_with(project, tmp_path, change):
    import json
    ep = project.ordered_episodes()[0]
    path = write(export_like(project, ep, tmp_path / "stills"), tmp_path / "cut.otio")
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_otio_that_would_crash_the_reader_is_refused_first(project, tmp_path, monkeypatch):
    """OpenTimelineIO 0.18 segfaults on an unknown schema inside a time value."""
    def poison(data):
        clip = data["tracks"]["children"][0]["children"][3]
        rng = clip["media_references"]["DEFAULT_MEDIA"]["available_range"]
        rng["duration"]["ratex"] = {"OTIO_SCHEMA": "Nope.1"}
    path = _otio_with(project, tmp_path, poison)
    monkeypatch.setattr(edit_timeline, "_parse", lambda *a: pytest.fail("parser reached"))
    with pytest.raises(BeatBoardError) as e:
        read_edit_timeline(path)
    assert "cut.otio" in str(e.value) and "is a RationalTime with the fields" in str(e.value)


@pytest.mark.parametrize("text,words", [
    ('{"OTIO_SCHEMA": "Timeline.1", "tracks": {', "is not valid JSON"),
    ('{"OTIO_SCHEMA": "Timeline.1", "x": NaN}', "is not valid JSON"),
    ('[1, 2]', "no OTIO_SCHEMA"),
    ('{"OTIO_SCHEMA": "Timeline.1", "tracks": {"OTIO_SCHEMA": "Evil.1"}}', "schema 'Evil.1'"),
])
def test_malformed_otio_json_is_refused_by_python_first(tmp_path, text, words):
    path = tmp_path / "bad.otio"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BeatBoardError, match=words):
        read_edit_timeline(path)


def test_an_edl_read_at_the_wrong_rate_says_how_to_give_the_rate(tmp_path):
    import pytest
    from beatboard.core.errors import BeatBoardFileError
    from beatboard.interchange.edit_timeline import read_edit_timeline
    edl = tmp_path / "cut25.edl"
    edl.write_text("TITLE: t\nFCM: NON-DROP FRAME\n\n001  AX       V     C        "
                   "00:00:00:00 00:00:01:24 00:00:00:00 00:00:01:24\n* FROM CLIP NAME: a\n")
    with pytest.raises(BeatBoardFileError) as err:
        read_edit_timeline(edl, edl_rate=24)
    assert "cut25.edl" in str(err.value) and "--fps" in str(err.value)
    assert abs(read_edit_timeline(edl).clips[0].duration_s - 49 / 25) < 1e-9  # rate guessed
