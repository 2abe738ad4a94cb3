"""Animatic export: decode the MP4s back and check what a producer would see and hear."""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import av
import pytest
from PySide6.QtGui import QImage

from beatboard.cli import main
from beatboard.core.fileio import save
from beatboard.core.model import AudioTrack
from beatboard.render.animatic_frames import AnimaticFrames
from beatboard.export.animatic import AnimaticOptions, export_animatic
from beatboard.render.app import ensure_gui_app
from beatboard.render.panel import render_panel

from .helpers import project

W, H, FPS = 360, 640, 25
OPTIONS = AnimaticOptions(width=W, height=H, fps=FPS)


@pytest.fixture(autouse=True)
def gui_app():
    ensure_gui_app()


def decode(path: Path) -> tuple[list[tuple[float, QImage]], av.container.InputContainer]:
    container = av.open(str(path))
    stream = container.streams.video[0]
    frames = []
    for f in container.decode(stream):
        rgb = f.to_rgb()
        img = QImage(bytes(rgb.planes[0]), rgb.width, rgb.height, rgb.planes[0].line_size,
                     QImage.Format_RGB888).copy()
        frames.append((float(f.pts * stream.time_base), img))
    return frames, container


def shown_at(frames, t: float) -> QImage:
    return max((f for f in frames if f[0] <= t + 1e-6), key=lambda f: f[0])[1]


def difference(a: QImage, b: QImage, top: float = 0.0, bottom: float = 1.0) -> float:
    """Mean absolute RGB difference (0-255) over a band of rows, sampled on a grid."""
    a = a.convertToFormat(QImage.Format_RGB888)
    b = b.convertToFormat(QImage.Format_RGB888).scaled(a.size())
    total, n = 0, 0
    for y in range(int(a.height() * top), int(a.height() * bottom), 7):
        for x in range(0, a.width(), 7):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
            n += 3
    return total / max(1, n)


def changed_fraction(a: QImage, b: QImage, top: float, bottom: float) -> float:
    """The share of sampled pixels in a band of rows that clearly differ (caption ink)."""
    a = a.convertToFormat(QImage.Format_RGB888)
    b = b.convertToFormat(QImage.Format_RGB888).scaled(a.size())
    changed = n = 0
    for y in range(int(a.height() * top), int(a.height() * bottom), 3):
        for x in range(0, a.width(), 3):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            d = abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
            changed += d > 90
            n += 1
    return changed / max(1, n)


def test_main_cut_plays_every_panel_for_its_time(tmp_path):
    p = project()
    out = tmp_path / "ep1.mp4"
    result = export_animatic(p, tmp_path, out, OPTIONS)
    assert result.files == [out] and out.is_file()
    frames, container = decode(out)
    stream = container.streams.video[0]
    assert (stream.codec_context.name, stream.codec_context.pix_fmt) == ("h264", "yuv420p")
    assert (stream.width, stream.height) == (W, H)
    length = frames[-1][0] + 1 / FPS
    assert abs(length - 60.5) <= 1 / FPS
    assert len(frames) < 60.5 * FPS / 2  # held panels are not re-encoded frame by frame

    ep = p.episodes[0]
    renders = AnimaticFrames(p, tmp_path, W, H)
    from beatboard.core.cuts import cut_for_choices
    from beatboard.core.timeline import build_timeline, frame_at
    timeline = build_timeline([cut_for_choices(ep)])
    for clip in timeline.clips:
        if clip.panel.framing is not None:
            continue
        mid = shown_at(frames, clip.start + clip.duration / 2)
        picture = render_panel(p, tmp_path, clip.beat, clip.panel, (W, H))
        # The picture above the caption band is the panel's own picture.
        assert difference(mid, picture, 0.0, 0.6) < 6, clip.panel.id
        assert difference(mid, renders.picture(clip), 0.0, 0.6) < 6
    # Captions: "You dare?" is burnt into h1; h2 has none, so its band is the bare picture.
    band = renders.caption_rect()
    top, bottom = band.top() / H, band.bottom() / H
    h1, h2 = timeline.clips[0], timeline.clips[1]
    with_caption = renders.frame(frame_at(timeline, 0.5))
    assert difference(shown_at(frames, 0.5), with_caption, top, bottom) < 4
    assert changed_fraction(shown_at(frames, 0.5),
                            render_panel(p, tmp_path, h1.beat, h1.panel, (W, H)), top, bottom) > 0.04
    assert changed_fraction(shown_at(frames, 1.6),
                            render_panel(p, tmp_path, h2.beat, h2.panel, (W, H)), top, bottom) < 0.005


def test_srt_times_match_the_panels(tmp_path):
    import pysubs2
    export_animatic(project(), tmp_path, tmp_path / "ep1.mp4", OPTIONS)
    subs = pysubs2.load(str(tmp_path / "ep1.srt"))
    got = [(e.start, e.end, e.plaintext) for e in subs]
    assert got[0] == (0, 1000, "LIN: You dare?")
    assert got[1] == (2500, 9500, "A first")  # a cue stays at most 7 s
    assert got[-1] == (54500, 60500, "The will!")


def still(p):
    for beat in p.episodes[0].beats:
        for panel in beat.panels:
            panel.framing = None
    return p


def test_every_cut_gets_its_own_file_and_a_manifest(tmp_path):
    result = export_animatic(still(project()), tmp_path, tmp_path / "cuts",
                             AnimaticOptions(width=W, height=H, fps=FPS, cuts="all",
                                             captions="srt"))
    names = sorted(f.name for f in result.files)
    assert names == ["E001_main.mp4", "E001_via-a2+b2.mp4", "E001_via-a2.mp4", "E001_via-b2.mp4"]
    rows = result.manifest.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "file,episode,cut,duration_s,findings"
    main_row = next(r for r in rows if r.startswith("E001_main.mp4"))
    assert ",main,60.50," in main_row
    short = next(r for r in rows if r.startswith("E001_via-a2+b2.mp4"))
    assert "51.50" in short and "EPISODE_TOO_SHORT" in short
    for f in result.files:
        frames, _ = decode(f)
        assert frames and f.with_suffix(".srt").is_file()


def _tone(path: Path, seconds: float, rate: int = 44100) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"".join(struct.pack("<h", int(9000 * math.sin(2 * math.pi * 440 * i / rate)))
                               for i in range(int(rate * seconds))))


def test_temp_sound_is_muxed_as_aac_for_the_whole_cut(tmp_path):
    p = project()
    _tone(tmp_path / "temp.wav", 10.0)
    p.episodes[0].audio = AudioTrack(path="temp.wav", offset_s=2.0)
    out = tmp_path / "ep1.mp4"
    export_animatic(p, tmp_path, out, OPTIONS)
    with av.open(str(out)) as c:
        audio = c.streams.audio[0]
        assert audio.codec_context.name == "aac"
        samples = []
        for frame in c.decode(audio):
            samples.append((float(frame.pts * audio.time_base), frame.samples, frame.to_ndarray()
                            if False else bytes(frame.planes[0])))
    length = sum(n for _, n, _ in samples) / 48000
    assert abs(length - 60.5) < 0.1
    # The offset: silence for the first two seconds, the tone after.
    def loud(t):
        chunk = next(data for start, n, data in samples if start <= t < start + n / 48000)
        values = struct.unpack(f"<{len(chunk) // 4}f", chunk)
        return max(abs(v) for v in values)
    assert loud(1.0) < 0.01 and loud(3.0) > 0.1 and loud(20.0) < 0.01


def test_bad_sound_and_bad_folders_leave_nothing_behind(tmp_path):
    p = project()
    (tmp_path / "broken.mp3").write_bytes(b"this is not audio")
    p.episodes[0].audio = AudioTrack(path="broken.mp3")
    out = tmp_path / "ep1.mp4"
    with pytest.raises(Exception) as err:
        export_animatic(p, tmp_path, out, OPTIONS)
    assert "broken.mp3" in str(err.value)
    assert list(tmp_path.glob("*.mp4")) == [] and not list(tmp_path.glob(".*partial*"))
    p.episodes[0].audio = None
    with pytest.raises(Exception) as err:
        export_animatic(p, tmp_path, tmp_path / "missing-folder" / "x.mp4", OPTIONS)
    assert "missing-folder" in str(err.value)


def test_cancel_leaves_no_file(tmp_path):
    out = tmp_path / "ep1.mp4"
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Exception):
        export_animatic(project(), tmp_path, out, OPTIONS, cancelled=cancelled)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_cli_export_animatic(tmp_path, capsys):
    src = tmp_path / "s.beatboard"
    save(still(project()), src)  # holds only: the CLI test is about files, not motion
    before = src.read_bytes()
    code = main(["export", "animatic", str(src), "-o", str(tmp_path / "out"), "--cuts", "all",
                 "--size", "720x1280", "--fps", "24", "--captions", "none"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "E001_via-a2+b2.mp4" in out and "manifest.csv" in out
    assert src.read_bytes() == before
    assert not list((tmp_path / "out").glob("*.srt"))
    code = main(["export", "animatic", str(src), "-o", str(src)])
    _, err = capsys.readouterr()
    assert code == 2 and "project file" in err
    assert src.read_bytes() == before
    code = main(["export", "animatic", str(src), "-o", str(tmp_path / "x.mp4"), "--size", "99x9"])
    _, err = capsys.readouterr()
    assert code == 2 and "720x1280 or 1080x1920" in err


def test_an_episode_without_panels_is_refused_clearly(tmp_path):
    from beatboard.core.model import Episode
    p = project()
    p.episodes.append(Episode(id="ep2", number=2, title="Empty"))
    with pytest.raises(Exception) as err:
        export_animatic(p, tmp_path, tmp_path / "cuts",
                        AnimaticOptions(width=W, height=H, fps=FPS, episodes=(2,)))
    assert "no episode matches" in str(err.value) or "no panels" in str(err.value)


def test_save_as_copies_the_temp_sound(tmp_path):
    from beatboard.core.assets import copy_for_save_as, store_bytes
    p = project()
    old = tmp_path / "a" / "s.beatboard"
    old.parent.mkdir()
    _tone(tmp_path / "t.wav", 0.5)
    rel = store_bytes(old, (tmp_path / "t.wav").read_bytes(), "wav")
    p.episodes[0].audio = AudioTrack(path=rel)
    new = tmp_path / "b" / "copy.beatboard"
    new.parent.mkdir()
    assert copy_for_save_as(p, old.parent, new) == []
    assert (new.parent / rel).read_bytes() == (tmp_path / "t.wav").read_bytes()


def test_a_sound_path_outside_the_project_is_refused_not_read(tmp_path):
    p = project()
    p.episodes[0].audio = AudioTrack(path="../../etc/passwd")
    with pytest.raises(Exception) as err:
        export_animatic(p, tmp_path, tmp_path / "ep1.mp4", OPTIONS)
    assert "etc/passwd" in str(err.value) and not (tmp_path / "ep1.mp4").exists()
