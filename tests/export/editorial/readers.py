"""Readers other than the adapters that wrote the files: lxml for FCP 7 XML and FCPXML,
pycmx for CMX 3600 EDL. Each returns plain data the tests compare against the cut."""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from urllib.parse import unquote, urlparse

import pycmx
from lxml import etree

PARSER = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def url_path(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


def _xml(path: Path):
    return etree.parse(str(path), etree.XMLParser(**PARSER)).getroot()


@dataclass
class Item:
    name: str
    start: int  # frames from the sequence's start
    end: int
    url: str = ""
    source_in: int = 0
    markers: list[str] = field(default_factory=list)

    @property
    def frames(self) -> int:
        return self.end - self.start


@dataclass
class Sequence:
    width: int
    height: int
    rate: float
    start_frame: int
    video: list[Item]
    audio: list[Item]


def read_fcp7(path: Path) -> Sequence:
    """The first sequence: its <format> size and rate, its clipitems in track order."""
    root = _xml(path)
    seq = next(root.iter("sequence"))
    sc = seq.find("./media/video/format/samplecharacteristics")
    assert sc is not None, f"{path}: the sequence has no <format><samplecharacteristics>"
    width, height = int(sc.findtext("width")), int(sc.findtext("height"))
    rate = int(sc.findtext("rate/timebase") or seq.findtext("rate/timebase"))
    urls = {f.get("id"): f.findtext("pathurl") for f in root.iter("file") if f.findtext("pathurl")}
    tc = seq.find("timecode")
    start = int(tc.findtext("frame")) if tc is not None and tc.findtext("frame") else 0

    def items(kind: str) -> list[Item]:
        out = []
        for track in seq.findall(f"./media/{kind}/track"):
            for ci in track.findall("clipitem"):
                f = ci.find("file")
                url = (f.findtext("pathurl") or urls.get(f.get("id"), "")) if f is not None else ""
                out.append(Item(ci.findtext("name") or "", int(ci.findtext("start")),
                                int(ci.findtext("end")), url, int(ci.findtext("in") or 0),
                                [m.findtext("name") or "" for m in ci.findall("marker")]))
        return out
    return Sequence(width, height, rate, start, items("video"), items("audio"))


def seconds(text: str | None) -> Fraction:
    """FCPXML time: "1001/30000s", "5s", "0s"."""
    assert text and text.endswith("s"), text
    return Fraction(text[:-1])


def read_fcpx(path: Path) -> Sequence:
    """The first project's sequence: format frameDuration, width, height; the spine's clips
    with their asset src (lane 0: video; negative lanes: audio)."""
    root = _xml(path)
    formats = {f.get("id"): f for f in root.iter("format")}
    assets = {a.get("id"): a for a in root.iter("asset")}
    for a in assets.values():
        assert a.get("src"), f"{path}: asset {a.get('id')} has no src"
    project = next(root.iter("project"))
    seq = project.find("sequence")
    fmt = formats[seq.get("format")]
    for attr in ("frameDuration", "width", "height"):
        assert fmt.get(attr), f"{path}: format {fmt.get('id')} has no {attr}"
    fd = seconds(fmt.get("frameDuration"))
    rate = float(1 / fd)
    start = round(seconds(seq.get("tcStart") or "0s") / fd)

    def ref_of(el) -> str:
        ref = el.get("ref") or next((c.get("ref") for c in el.iter("video", "audio")
                                     if c.get("ref")), "")
        return assets[ref].get("src") if ref in assets else ""

    video, audio = [], []
    for el in seq.find("spine"):
        if el.tag in ("gap", "transition"):
            lanes = [c for c in el if c.get("lane")]
        else:
            lanes = [c for c in el if c.get("lane")]
            off = seconds(el.get("offset") or "0s")
            dur = seconds(el.get("duration"))
            video.append(Item(el.get("name") or "", round(off / fd), round((off + dur) / fd),
                              ref_of(el), markers=[m.get("value") for m in el.findall("marker")]))
        base = seconds(el.get("offset") or "0s") - seconds(el.get("start") or "0s")
        for child in lanes:
            if int(child.get("lane")) < 0 and child.tag in ("clip", "asset-clip"):
                off = base + seconds(child.get("offset") or "0s")
                dur = seconds(child.get("duration"))
                audio.append(Item(child.get("name") or "", round(off / fd),
                                  round((off + dur) / fd), ref_of(child),
                                  round(seconds(child.get("start") or "0s") / fd)))
    return Sequence(int(fmt.get("width")), int(fmt.get("height")), rate, start, video, audio)


def tc_frames(tc: str, fps: int) -> int:
    h, m, s, f = (int(x) for x in tc.replace(";", ":").split(":"))
    return ((h * 60 + m) * 60 + s) * fps + f


def read_edl(path: Path, fps: int) -> Sequence:
    with open(path, encoding="utf-8") as f:
        edl = pycmx.parse_cmx3600(f)
    video, audio = [], []
    for event in edl.events:
        for edit in event.edits:
            item = Item(edit.clip_name or "", tc_frames(edit.record_in, fps),
                        tc_frames(edit.record_out, fps), edit.source_file or "",
                        tc_frames(edit.source_in, fps))
            item.reel = edit.source  # type: ignore[attr-defined]
            (video if edit.channels.video else audio).append(item)
    start = min((i.start for i in video + audio), default=0)  # record times: from the start TC
    for i in video + audio:
        i.start, i.end = i.start - start, i.end - start
    return Sequence(0, 0, fps, start, video, audio)
