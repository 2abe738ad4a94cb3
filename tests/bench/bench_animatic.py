"""Animatic benchmark: export speed against real time and against bare PyAV, and preview
playback frame drops.

Run: python3 tests/bench/bench_animatic.py
Targets (2-core machine): a 90 s episode at 720x1280 with burnt-in captions exports at
least 30x faster than real time when panels hold, at least 5x with a camera move on every
panel; within 1.3x of a bare PyAV script encoding the same pictures with the same
settings; preview playback at 30 fps drops under 1% of frames.

The bare script gets every picture of the video already drawn (the player's rendering of
each frame) and only converts and encodes; ours also draws the panel pictures and
captions. Ours and bare alternate and medians are compared: this machine's speed drifts.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import av  # noqa: E402
from av.video.reformatter import VideoReformatter  # noqa: E402

from beatboard.core.model import (Beat, Emotion, Episode, FrameRect, Framing, Panel,  # noqa: E402
                                  Project, Series, Shot)
from beatboard.export import video  # noqa: E402
from beatboard.export.animatic import AnimaticOptions, export_animatic  # noqa: E402

SIZES = ("CU", "MCU", "MS", "WS", "ECU", "OTS")
LINES = ("MARGARET: Three years in this house and you still cook like a servant.",
         "AVA: (quietly) It was your son's favourite.", "LUCAS: Mother, enough.",
         "AVA: 我会让你们每一个人都付出代价。", "MARGARET: Get out of my sight.")
RUNS = 3
PUSH = Framing(start=FrameRect(), end=FrameRect(x=0.2, y=0.15, w=0.6, h=0.6))


def episode(seconds: float = 90.0, beats: int = 10, panels: int = 3,
            moving: bool = False) -> Project:
    per_beat = seconds / beats
    bs = []
    for i in range(beats):
        ps = [Panel(id=f"b{i}p{j}", shot=Shot(size=SIZES[(i + j) % len(SIZES)]),
                    framing=PUSH if moving else None) for j in range(panels)]
        bs.append(Beat(id=f"b{i}", title=f"Beat {i}", kind="hook" if i == 0 else "escalation",
                       duration_s=per_beat, emotion=Emotion(tag="辱", intensity=4),
                       characters=["Ava", "Margaret"], location="Hale Mansion",
                       dialogue="\n".join(LINES[(i + k) % len(LINES)] for k in range(panels)),
                       panels=ps))
    return Project(series=Series(title="Bench 基准"),
                   episodes=[Episode(id="e1", number=1, title="Ninety seconds", beats=bs)])


def timed_export(project: Project, folder: Path, name: str) -> float:
    t0 = time.perf_counter()
    export_animatic(project, folder, folder / name, AnimaticOptions(captions="burn"))
    return time.perf_counter() - t0


def recorded_pictures(project: Project, folder: Path) -> list[tuple[bytes, int, int]]:
    """Every picture of the export's video, drawn whole, with how many frames it shows:
    the input a bare encoder script would get. Recorded in an untimed run."""
    import beatboard.export.animatic_video as av_module
    pictures: list[tuple[bytes, int, int]] = []

    def record(feeder, state, count):
        image = feeder.frames.frame(state)
        pictures.append((bytes(image.constBits()), image.bytesPerLine(), count))

    original = av_module.Feeder.put
    av_module.Feeder.put = record
    try:
        timed_export(project, folder, "recorded.mp4")
    finally:
        av_module.Feeder.put = original
    return pictures


def bare_pyav(pictures, path: Path, width=720, height=1280, fps=30) -> float:
    """The same pictures, holds and encoder settings, written with PyAV alone."""
    t0 = time.perf_counter()
    out = av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"})
    stream = out.add_stream("libx264", rate=fps)
    stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
    stream.time_base = Fraction(1, fps)
    stream.options = {"preset": "ultrafast", "crf": "21"}
    stream.thread_type = "AUTO"
    to_yuv = VideoReformatter()
    pts, step = 0, int(video.MAX_HOLD_S * fps)
    last, tail = None, False
    for data, _line, repeat in pictures:
        frame = av.VideoFrame(width, height, "bgra")
        frame.planes[0].update(data)
        last = to_yuv.reformat(frame, format="yuv420p", interpolation="FAST_BILINEAR")
        for offset in range(0, repeat, step):
            last.pts = pts + offset
            for packet in stream.encode(last):
                out.mux(packet)
        pts += repeat
        tail = repeat > 1 and (repeat - 1) % step != 0
    if tail:
        last.pts = pts - 1
        for packet in stream.encode(last):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
    out.close()
    return time.perf_counter() - t0


def playback_drops(project: Project, seconds: float = 10.0) -> tuple[int, int]:
    """Play the episode in the editor's player for ``seconds`` of real time at 30 fps."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from beatboard.edit import Document
    from beatboard.gui.findings_hub import FindingsHub
    from beatboard.gui.player import AnimaticPlayer
    from beatboard.gui.selection import Selection
    from beatboard.gui.undo import UndoController
    controller = UndoController(Document(project))
    selection = Selection()
    findings = FindingsHub(controller)
    player = AnimaticPlayer(controller, selection, findings)
    player.resize(420, 900)
    player.show()
    selection.set_episode("e1")
    shown: list[int] = []
    player.positionChanged.connect(lambda t: shown.append(int(t * 30)))
    player.toggle()
    t_end = time.monotonic() + seconds
    while time.monotonic() < t_end:
        app.processEvents()
        time.sleep(0.001)
    player.toggle()
    due = shown[-1] - shown[0] + 1 if shown else 0
    return due - len(set(shown)), due


def main() -> None:
    print(f"machine: {os.cpu_count()} cores; PyAV {av.__version__}; 720x1280, 30 fps, "
          "captions burnt in")
    from PySide6.QtWidgets import QApplication
    QApplication.instance() or QApplication([])  # widgets later need a QApplication
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        holds = timed_export(episode(), folder, "holds.mp4")
        print(f"90 s episode, panels hold:    {holds:6.2f} s  = {90 / holds:6.1f}x real time "
              "(target >= 30x)")
        moving = timed_export(episode(moving=True), folder, "moving.mp4")
        print(f"90 s episode, every panel moves: {moving:6.2f} s  = {90 / moving:6.1f}x real time "
              "(target >= 5x)")

        for label, project in (("holds", episode()),
                               ("moves (20 s excerpt)", episode(20.0, 2, 3, moving=True))):
            pictures = recorded_pictures(project, folder)
            # This machine's speed drifts from run to run: ours and bare alternate, and
            # the medians are compared.
            ours, bare = [], []
            for run in range(RUNS):
                ours.append(timed_export(project, folder, f"ours-{label[:5]}.mp4"))
                bare.append(bare_pyav(pictures, folder / f"bare-{label[:5]}.mp4"))
            o, b = statistics.median(ours), statistics.median(bare)
            print(f"{label:22s} ours {o:6.2f} s, bare PyAV {b:6.2f} s on the same "
                  f"{len(pictures)} pictures (medians of {RUNS}): ratio {o / b:4.2f} "
                  "(target <= 1.3)")
        dropped, due = playback_drops(episode())
        print(f"preview playback, 10 s at 30 fps: {dropped} of {due} frames dropped "
              f"({100 * dropped / max(1, due):.2f} %, target < 1 %)")


if __name__ == "__main__":
    main()
