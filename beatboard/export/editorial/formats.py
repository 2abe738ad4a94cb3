"""Each timeline format written through its OpenTimelineIO adapter, then completed where
the adapter leaves out what an editing application needs.

- FCP 7 XML (``fcp_xml``): the adapter writes an empty ``<format>`` under the sequence's
  video (OTIO issue #839: Resolve needs it present; empty, Premiere and Resolve make a
  landscape or unusable sequence). We fill its ``samplecharacteristics``.
- FCPXML (``fcpx_xml``): the adapter's ``<format>`` has ``frameDuration`` and a name
  guessed from the first clip by ``ffprobe`` (a landscape ``FFVideoFormat720p30`` for a
  vertical still); we set ``width``/``height``, drop the wrong name and set the
  sequence's start timecode, which the adapter never writes.
- CMX 3600 EDL (``cmx_3600``): reels come from each clip's ``cmx_3600`` metadata
  (``reel_name``); the adapter writes ``* FROM CLIP NAME:`` and ``* LOC:`` lines itself,
  but only the video track and record times from zero: we shift the record times to the
  start timecode and add the temp sound as an audio (``A``) event.

The XML we complete is the adapter's own output, parsed with ElementTree (no entities,
no external DTD: the documents are ours, made a moment before).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from fractions import Fraction

import opentimelineio as otio

from ...core.errors import BeatBoardError
from .options import ADAPTERS


def timeline_text(tl: otio.schema.Timeline, fmt: str, width: int, height: int,
                  fps: int, start_frame: int) -> str:
    try:
        if fmt == "edl":
            # The TITLE line is the file's stem: an EDL is read as ASCII by older systems,
            # and an episode title may be Chinese.
            name, tl.name = tl.name, tl.metadata.get("beatboard", {}).get("stem", tl.name)
            try:
                text = otio.adapters.write_to_string(tl, "cmx_3600", rate=fps, style="avid",
                                                     reelname_len=8)
            finally:
                tl.name = name
            return complete_edl(text, tl, fps, start_frame)
        text = otio.adapters.write_to_string(tl, ADAPTERS[fmt])
    except Exception as e:  # noqa: BLE001 - an adapter's failure, named for the user
        raise BeatBoardError(f"{tl.name}: the {fmt} adapter could not write the timeline "
                             f"({type(e).__name__}: {e})") from None
    if fmt == "fcp7":
        return complete_fcp7(text, width, height, fps)
    if fmt == "fcpx":
        return complete_fcpx(text, width, height, fps, start_frame)
    return text


_EVENT = re.compile(r"^(\d{3,6}\s+\S+\s+\S+\s+C\s+\S+ \S+ )(\S+) (\S+)\s*$")


def complete_edl(text: str, tl: otio.schema.Timeline, fps: int, start_frame: int) -> str:
    def tc(frames: int) -> str:
        return otio.opentime.to_timecode(otio.opentime.RationalTime(frames, fps), fps)

    def shift(m: re.Match) -> str:
        rec_in = otio.opentime.from_timecode(m.group(2), fps).to_frames() + start_frame
        rec_out = otio.opentime.from_timecode(m.group(3), fps).to_frames() + start_frame
        return f"{m.group(1)}{tc(rec_in)} {tc(rec_out)}"

    lines = [_EVENT.sub(shift, line) if start_frame else line for line in text.splitlines()]
    events = sum(1 for line in lines if _EVENT.match(line))
    for track in tl.audio_tracks():
        for clip in track.find_clips():
            src = clip.source_range
            rec = clip.range_in_parent()
            events += 1
            reel = clip.metadata.get("cmx_3600", {}).get("reel", "AX")
            lines.append(f"{events:03d}  {reel:8} A     C        "
                         f"{tc(src.start_time.to_frames())} "
                         f"{tc(src.end_time_exclusive().to_frames())} "
                         f"{tc(rec.start_time.to_frames() + start_frame)} "
                         f"{tc(rec.end_time_exclusive().to_frames() + start_frame)}")
            lines.append(f"* FROM CLIP NAME:  {clip.name}")
            lines.append(f"* FROM CLIP: {clip.media_reference.target_url}")
    return "\n".join(lines) + "\n"


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = parent.find(tag)
    if el is None:
        el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def complete_fcp7(text: str, width: int, height: int, fps: int) -> str:
    root = ET.fromstring(text)
    for seq in root.iter("sequence"):
        video = seq.find("./media/video")
        if video is None:
            continue
        fmt = video.find("format")
        if fmt is None:
            fmt = ET.Element("format")
            video.insert(0, fmt)
        sc = _sub(fmt, "samplecharacteristics")
        sc.clear()
        rate = ET.SubElement(sc, "rate")
        ET.SubElement(rate, "timebase").text = str(fps)
        ET.SubElement(rate, "ntsc").text = "FALSE"
        for tag, value in (("width", width), ("height", height), ("anamorphic", "FALSE"),
                           ("pixelaspectratio", "square"), ("fielddominance", "none"),
                           ("colordepth", 24)):
            ET.SubElement(sc, tag).text = str(value)
        # The format element must come first under <video>, before the tracks.
        video.remove(fmt)
        video.insert(0, fmt)
    return _serialise(root, "xmeml")


def complete_fcpx(text: str, width: int, height: int, fps: int, start_frame: int) -> str:
    root = ET.fromstring(text)
    for fmt in root.iter("format"):
        fmt.set("width", str(width))
        fmt.set("height", str(height))
        fmt.attrib.pop("name", None)  # a custom (vertical) format has no preset name
    start = Fraction(start_frame, fps)
    for seq in root.iter("sequence"):
        seq.set("tcStart", f"{start.numerator}/{start.denominator}s" if start else "0s")
        seq.set("tcFormat", "NDF")
    return _serialise(root, "fcpxml")


def _serialise(root: ET.Element, doctype: str) -> str:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE {doctype}>\n{body}\n'
