"""Read an edited timeline back: OpenTimelineIO, FCP 7 XML, FCPXML or CMX 3600 EDL.

Only what ``retime`` needs leaves this module: the clips of the first video track in
order, each with its time in seconds, its media file name, reel, name and BeatBoard
metadata. Files come from outside (an editor, a mail attachment), so XML is refused
before any parser sees it when it is huge or declares a DOCTYPE or ENTITY (billion
laughs, external entities); every failure is a ``BeatBoardFileError`` naming the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse

from ..core.editorial_names import METADATA_KEY
from ..core.errors import BeatBoardFileError
from .otio_guard import check_otio_json

MAX_TIMELINE_BYTES = 50 * 1024 * 1024
DEFAULT_EDL_RATE = 24.0
EDL_RATES = (24.0, 25.0, 30.0)  # the rates BeatBoard exports at, slowest first
_TIMECODE = re.compile(r"\b\d{2}:\d{2}:\d{2}[:;](\d{2})\b")
ADAPTERS = {".otio": "otio_json", ".xml": "fcp_xml", ".fcpxml": "fcpx_xml", ".edl": "cmx_3600"}
FORMAT_NAMES = {".otio": "OpenTimelineIO", ".xml": "FCP 7 XML", ".fcpxml": "FCPXML",
                ".edl": "CMX 3600 EDL"}
_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
# FCP 7 XML and FCPXML open with a bare ``<!DOCTYPE xmeml>`` / ``<!DOCTYPE fcpxml>``; a
# DOCTYPE with an internal subset ([...]) or an external id (SYSTEM, PUBLIC) is refused.
_DOCTYPE = re.compile(rb"<!\s*DOCTYPE\b([^>]*)>?", re.IGNORECASE)
_BARE_DOCTYPE = re.compile(rb"^\s*[A-Za-z_][\w.:-]*\s*$")


@dataclass(frozen=True)
class EditClip:
    """One clip of the edited video track, in the order the editor left it."""

    index: int  # 1-based position on the track, for messages
    name: str
    start_s: float  # from the start of the track
    duration_s: float
    frames: int  # duration in frames at ``rate``
    media_name: str = ""  # the file name (no folder) of the clip's media, if any
    reel: str = ""
    metadata: dict = field(default_factory=dict)  # the clip's "beatboard" metadata


@dataclass
class EditTimeline:
    path: Path
    format: str  # one of FORMAT_NAMES' values
    rate: float
    clips: list[EditClip]
    metadata: dict = field(default_factory=dict)  # the timeline's "beatboard" metadata
    notes: list[str] = field(default_factory=list)
    gaps: list[tuple[int, float]] = field(default_factory=list)  # (clips before it, seconds)

    @property
    def name(self) -> str:
        return self.path.name


def read_edit_timeline(path: str | Path, edl_rate: float | None = None) -> EditTimeline:
    """The edited timeline at ``path``; ``edl_rate`` is the frame rate an EDL (which
    names none) was cut at; None guesses it from the EDL's timecodes."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in ADAPTERS:
        raise BeatBoardFileError(path, "", "is not a timeline BeatBoard reads (expected "
                                 ".otio, .xml (FCP 7), .fcpxml or .edl)")
    raw = _read_limited(path)
    if ext in (".xml", ".fcpxml"):
        _refuse_hostile_xml(path, raw)
    text = _decode(path, raw)
    if ext == ".otio":
        check_otio_json(path, text)
    if edl_rate is None:
        edl_rate = guess_edl_rate(text) if ext == ".edl" else DEFAULT_EDL_RATE
    otio_tl = _parse(path, ext, text, edl_rate)
    try:
        return _convert(path, FORMAT_NAMES[ext], otio_tl)
    except BeatBoardFileError:
        raise
    except Exception as e:  # what the adapter built is not a timeline we can walk
        raise BeatBoardFileError(path, "", f"is not a usable timeline ({str(e)[:200]})") from None


def guess_edl_rate(text: str) -> float:
    """The slowest export rate whose frame count holds every timecode's frames field:
    BeatBoard's own EDLs default to 30 fps, and a frame 24..29 cannot be 24 fps."""
    top = max((int(m.group(1)) for m in _TIMECODE.finditer(text)), default=0)
    return next((r for r in EDL_RATES if top < r), EDL_RATES[-1])


def _read_limited(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TIMELINE_BYTES:
            raise BeatBoardFileError(path, "", f"is {size / 1e6:.0f} MB; a timeline BeatBoard "
                                     f"reads is at most {MAX_TIMELINE_BYTES // 2**20} MB")
        with open(path, "rb") as f:
            raw = f.read(MAX_TIMELINE_BYTES + 1)
    except OSError as e:
        raise BeatBoardFileError(path, "", f"cannot be read: {e.strerror or e}") from None
    if len(raw) > MAX_TIMELINE_BYTES:  # grew while we looked
        raise BeatBoardFileError(path, "", "is too large to be a timeline")
    return raw


def _refuse_hostile_xml(path: Path, raw: bytes) -> None:
    """No DOCTYPE, no ENTITY: editing applications never need them, attackers do."""
    candidates = [raw]
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or raw[:1] == b"\x00" or raw[1:2] == b"\x00":
        for enc in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                candidates.append(raw.decode(enc).encode("utf-8"))
                break
            except UnicodeDecodeError:
                continue
    for data in candidates:
        bad = _ENTITY.search(data)
        what = "an ENTITY"
        if bad is None:
            bad = next((m for m in _DOCTYPE.finditer(data)
                        if not _BARE_DOCTYPE.match(m.group(1))), None)
            what = "a DOCTYPE with declarations"
        if bad is not None:
            line = data[:bad.start()].count(b"\n") + 1
            raise BeatBoardFileError(
                path, f"line {line}", f"declares {what}; BeatBoard refuses XML with entity "
                "or document type declarations (they can expand without end or read "
                "other files)")


def _decode(path: Path, raw: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        return raw.decode("latin-1")  # old EDLs; XML and JSON are UTF-8 or say so
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        raise BeatBoardFileError(path, "", "is not text") from None


def _parse(path: Path, ext: str, text: str, edl_rate: float):
    import opentimelineio as otio  # imported here: only retime needs it
    kwargs = {"rate": edl_rate} if ext == ".edl" else {}
    try:
        result = otio.adapters.read_from_string(text, adapter_name=ADAPTERS[ext], **kwargs)
    except Exception as e:  # adapters raise anything from KeyError to their own errors
        problem = str(e).strip().splitlines()[0][:300] if str(e).strip() else type(e).__name__
        hint = (f"; read at {edl_rate:g} fps: if it was cut at another rate, give it "
                "with --fps" if ext == ".edl" else "")
        raise BeatBoardFileError(path, "", f"is not a readable {FORMAT_NAMES[ext]} timeline "
                                 f"({problem}){hint}") from None
    if isinstance(result, otio.schema.SerializableCollection):
        timelines = list(result.find_children(descended_from_type=otio.schema.Timeline))
        if not timelines:
            raise BeatBoardFileError(path, "", "holds no timeline")
        result = timelines[0]
    if not isinstance(result, otio.schema.Timeline):
        raise BeatBoardFileError(path, "", "holds no timeline")
    return result


def _convert(path: Path, fmt: str, tl) -> EditTimeline:
    import opentimelineio as otio
    tracks = [t for t in tl.tracks if t.kind == otio.schema.TrackKind.Video]
    track = next((t for t in tracks if any(isinstance(c, otio.schema.Clip) for c in t)), None)
    if track is None:
        raise BeatBoardFileError(path, "", "has no video track with clips")
    rate = _track_rate(track, tl)
    clips: list[EditClip] = []
    gaps: list[tuple[int, float]] = []
    t = 0.0
    try:
        for item in track:
            if isinstance(item, otio.schema.Transition):
                continue  # a dissolve overlaps its neighbours; their cuts stay where they are
            dur = item.trimmed_range().duration
            seconds = dur.to_seconds()
            if isinstance(item, otio.schema.Clip):
                clips.append(EditClip(
                    len(clips) + 1, item.name or "", t, seconds,
                    int(round(dur.rescaled_to(rate).value)), _media_name(item),
                    _reel(item), _meta(item.metadata)))
            elif seconds > 0:
                gaps.append((len(clips), seconds))
            t += seconds
    except Exception as e:  # OTIO's own errors (no range, bad rate) are not ValueErrors
        raise BeatBoardFileError(path, f"clip {len(clips) + 1}",
                                 f"has no usable time ({str(e)[:200]})") from None
    return EditTimeline(path, fmt, rate, clips, _meta(tl.metadata), gaps=gaps)


def _meta(metadata) -> dict:
    """The ``beatboard`` metadata as plain values (anything else in a file: none)."""
    try:
        raw = metadata.get(METADATA_KEY)
        items = raw.items() if hasattr(raw, "items") else ()
        return {str(k): v for k, v in items if isinstance(v, (str, int, float, bool))}
    except Exception:  # a metadata tree OpenTimelineIO cannot hand over
        return {}


def _track_rate(track, tl) -> float:
    for item in track:
        try:
            r = float(item.trimmed_range().duration.rate)
        except Exception:
            continue
        if r > 0:
            return r
    start = tl.global_start_time
    return float(start.rate) if start is not None and start.rate > 0 else DEFAULT_EDL_RATE


def _media_name(clip) -> str:
    ref = clip.media_reference
    url = getattr(ref, "target_url", None) or ""
    if not url:
        return ""
    parsed = urlparse(url)
    raw = unquote(parsed.path if parsed.scheme in ("file", "http", "https") else url)
    name = PureWindowsPath(raw).name if "\\" in raw else PurePosixPath(raw).name
    return name


def _reel(clip) -> str:
    cmx = clip.metadata.get("cmx_3600")
    if hasattr(cmx, "get") and cmx.get("reel"):
        return str(cmx["reel"]).strip()
    return ""
