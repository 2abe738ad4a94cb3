"""Each timeline format of two cuts of the sample's episode 3, read back by a reader other
than the adapter that wrote it (lxml, pycmx) and by OpenTimelineIO: clip count, order,
durations within one frame of the cut's clips, media that exists, markers, temp sound."""
from pathlib import Path

import opentimelineio as otio
import pytest

from beatboard.core.cuts import all_cuts
from beatboard.core.editorial_names import METADATA_KEY, parse_still_file_name, reel_name
from beatboard.core.timeline import EpisodeTimes, build_timeline

from .conftest import EPISODE, SOUND_OFFSET, SOUND_S
from .readers import read_edl, read_fcp7, read_fcpx, url_path

FPS, START = 30, 3600 * 30
SUFFIX = {"fcp7": ".xml", "fcpx": ".fcpxml", "edl": ".edl", "otio": ".otio"}


def cuts(project):
    ep = project.episode_by_number(EPISODE)
    found = all_cuts(ep)
    assert [c.name for c in found] == ["main", "via-e03-b05b"]
    # The main cut's times as every printed view sees them; the variant's from its own cut.
    return [(found[0], EpisodeTimes(ep).main), (found[1], build_timeline([found[1]]))]


def expected(timeline):
    return [(c.panel.id, c.duration * FPS) for c in timeline.clips if c.panel is not None]


def read(fmt, path):
    return {"fcp7": read_fcp7, "fcpx": read_fcpx, "edl": lambda p: read_edl(p, FPS)}[fmt](path)


@pytest.mark.parametrize("fmt", ["fcp7", "fcpx", "edl"])
def test_other_readers_see_every_panel_in_order_with_its_duration(exported, fmt):
    project, out, _ = exported
    for cut, timeline in cuts(project):
        seq = read(fmt, out / f"E{EPISODE:03d}_{cut.name}{SUFFIX[fmt]}")
        want = expected(timeline)
        assert len(seq.video) == len(want), (fmt, cut.name)
        assert seq.start_frame == START, fmt
        at = 0
        for item, (panel_id, frames) in zip(seq.video, want):
            assert item.start == at and abs(item.frames - frames) <= 1, (fmt, item)
            at = item.end
        if fmt != "edl":
            assert (seq.width, seq.height, seq.rate) == (720, 1280, FPS)
        if fmt == "edl":
            assert [i.reel for i in seq.video] == [reel_name(p) for p, _ in want]
            assert all(i.name.startswith(f"E{EPISODE:02d}-") for i in seq.video)
        if fmt == "edl":  # pycmx keeps no media path: the adapter's comment line holds it
            text = (out / f"E{EPISODE:03d}_{cut.name}.edl").read_text("utf-8")
            for item in seq.video:
                item.url = text.split(f"NAME:  {item.name}\n* FROM CLIP: ", 1)[1].split("\n")[0]
        urls = [url_path(i.url) for i in seq.video]
        assert all(u.is_file() for u in urls), fmt
        assert [parse_still_file_name(u.name)[1] for u in urls] == [p for p, _ in want]


@pytest.mark.parametrize("fmt", ["fcp7", "fcpx", "edl"])
def test_temp_sound_sits_at_its_offset_for_its_length(exported, fmt):
    project, out, _ = exported
    for cut, timeline in cuts(project):
        seq = read(fmt, out / f"E{EPISODE:03d}_{cut.name}{SUFFIX[fmt]}")
        assert len(seq.audio) == 1, fmt
        sound = seq.audio[0]
        assert sound.start == round(SOUND_OFFSET * FPS), fmt
        assert sound.frames == round(SOUND_S * FPS)
        if fmt == "edl":
            assert sound.reel == "TEMPSND" and sound.name == "E003_temp.wav"
        else:
            assert url_path(sound.url).is_file() and url_path(sound.url).parent.name == "sound"


def test_fcp7_sequence_format_is_vertical_at_the_rate(exported):
    _, out, _ = exported
    from lxml import etree
    root = etree.parse(str(out / f"E{EPISODE:03d}_main.xml")).getroot()
    fmt = root.find(".//sequence/media/video/format")
    assert fmt is root.find(".//sequence/media/video")[0]  # before the tracks
    sc = fmt.find("samplecharacteristics")
    assert [sc.findtext(t) for t in ("width", "height", "rate/timebase", "pixelaspectratio")] \
        == ["720", "1280", "30", "square"]


def test_fcpx_format_and_start_timecode(exported):
    _, out, _ = exported
    from lxml import etree
    root = etree.parse(str(out / f"E{EPISODE:03d}_main.fcpxml")).getroot()
    (fmt,) = root.findall("./resources/format")
    assert (fmt.get("frameDuration"), fmt.get("width"), fmt.get("height")) == ("100/3000s", "720", "1280")
    assert fmt.get("name") is None  # no landscape preset name
    assert root.find(".//project/sequence").get("tcStart") == "3600/1s"


@pytest.mark.parametrize("fmt", ["otio", "fcp7", "fcpx", "edl"])
def test_opentimelineio_reads_every_format_back(exported, fmt):
    project, out, _ = exported
    for cut, timeline in cuts(project):
        path = str(out / f"E{EPISODE:03d}_{cut.name}{SUFFIX[fmt]}")
        # An EDL carries no frame rate: its reader is told, as an editor tells the importer.
        tl = otio.adapters.read_from_file(path, **({"rate": FPS} if fmt == "edl" else {}))
        if isinstance(tl, otio.schema.SerializableCollection):
            tl = next(iter(tl))
        video = [c for c in tl.video_tracks()[0].find_clips()]
        want = expected(timeline)
        assert len(video) == len(want), (fmt, cut.name)
        for clip, (panel_id, frames) in zip(video, want):
            assert abs(clip.duration().rescaled_to(FPS).value - frames) <= 1
            assert url_path(clip.media_reference.target_url).name.endswith(f"_{panel_id}.png")
        names = [m.name.lower() for c in video for m in c.markers]
        beats = [b for b in cut.beats if b.panels]
        assert sum(n.startswith(("beat ", "cliffhanger ")) for n in names) == len(beats), fmt
        assert any(n.startswith("hook zone ends") for n in names)
        assert any(n.startswith("cliffhanger ") for n in names)
        assert sum(n.startswith("caption:") for n in names) == len(timeline.captions or
                                                                   build_timeline([cut]).captions)
        if fmt == "otio":  # ids travel in metadata where the format keeps it
            assert tl.global_start_time.to_frames() == START
            meta = video[0].metadata[METADATA_KEY]
            assert set(meta) >= {"series_id", "episode_id", "beat_id", "panel_id", "cut"}
            assert [c.metadata[METADATA_KEY]["panel_id"] for c in video] == [p for p, _ in want]
            assert tl.metadata[METADATA_KEY]["cut"] == cut.name
            assert video[0].metadata[METADATA_KEY]["camera"].startswith("Camera: ")


def test_stills_are_drawn_once_and_shared_by_both_cuts(exported):
    project, out, result = exported
    panels = {c.panel.id for _, tl in cuts(project) for c in tl.clips}
    stills = sorted((out / "stills").iterdir())
    assert len(stills) == len(panels) == result.stills
    assert {parse_still_file_name(p.name)[1] for p in stills} == panels
    from PySide6.QtGui import QImage
    img = QImage(str(stills[0]))
    assert (img.width(), img.height()) == (720, 1280)


def test_srt_beside_each_timeline_holds_the_captions(exported):
    import pysubs2
    project, out, _ = exported
    for cut, _ in cuts(project):
        subs = pysubs2.load(str(out / f"E{EPISODE:03d}_{cut.name}.srt"))
        want = build_timeline([cut]).captions
        assert len(subs) == len(want) and subs[0].start == round(want[0].start * 1000)


def test_clip_names_say_episode_shot_size_and_characters(exported):
    _, out, _ = exported
    seq = read_edl(out / f"E{EPISODE:03d}_main.edl", FPS)
    assert seq.video[0].name == "E03-001 CU Ethan"
    assert [int(i.name[4:7]) for i in seq.video[:5]] == [1, 2, 3, 4, 5]


def test_temp_sound_in_the_otio_timeline(exported):
    project, out, _ = exported
    for cut, _ in cuts(project):
        tl = otio.adapters.read_from_file(str(out / f"E{EPISODE:03d}_{cut.name}.otio"))
        (track,) = tl.audio_tracks()
        (clip,) = track.find_clips()
        rng = clip.range_in_parent()
        assert (rng.start_time.to_frames(), rng.duration.to_frames()) == \
            (round(SOUND_OFFSET * FPS), round(SOUND_S * FPS))
        assert url_path(clip.media_reference.target_url).is_file()


def test_camera_note_travels_as_a_comment_and_a_note(exported):
    project, out, _ = exported
    from lxml import etree
    from beatboard.export.editorial.plan import camera_note
    ep = project.episode_by_number(EPISODE)
    beat = ep.beats[0]
    want = camera_note(beat, beat.panels[0])
    assert want.startswith("Camera: CU")
    fcp7 = etree.parse(str(out / f"E{EPISODE:03d}_main.xml")).getroot()
    first = fcp7.find(".//sequence/media/video/track/clipitem")
    assert first.findtext("comments/mastercomment1") == want
    assert beat.panels[0].id in first.findtext("comments/mastercomment2")
    fcpx = etree.parse(str(out / f"E{EPISODE:03d}_main.fcpxml")).getroot()
    name = fcpx.find(".//project/sequence/spine/clip").get("name")
    notes = {c.get("name"): c.findtext("note") for c in fcpx.iter("asset-clip")}
    assert notes[name] == want
