"""The markers of one cut's timeline: beat starts, the hook zone's end, the cliffhanger,
the rule findings of the cut and the captions. Times in seconds on the cut's clock;
``otio_timeline`` places each on the clip it falls in (every adapter writes clip markers,
and a marker on a clip moves with it when the editor trims).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...core.editorial_names import METADATA_KEY
from ...core.timeline import Timeline
from ...rules import Finding

# Colour names OpenTimelineIO knows (otio.schema.MarkerColor values).
COLOURS = {"beat": "BLUE", "hook": "ORANGE", "cliffhanger": "RED", "hook_zone": "YELLOW",
           "error": "RED", "warning": "PURPLE", "info": "CYAN", "caption": "WHITE"}


# The words of the markers and notes, in the export's language (--lang).
WORDS = {"en": {"beat": "Beat", "cliffhanger": "Cliffhanger", "hook_zone": "Hook zone ends",
                "rule": "Rule", "caption": "Caption", "untitled": "(untitled)"},
         "zh": {"beat": "节拍", "cliffhanger": "卡点", "hook_zone": "钩子区结束",
                "rule": "规则", "caption": "字幕", "untitled": "（无标题）"}}


@dataclass(frozen=True)
class MarkerSpec:
    time: float
    name: str
    colour: str
    duration: float = 0.0
    metadata: dict = field(default_factory=dict, hash=False, compare=False)


def cut_markers(timeline: Timeline, findings: list[Finding],
                lang: str = "en") -> list[MarkerSpec]:
    w = WORDS["zh" if lang.startswith("zh") else "en"]
    beats = {b.id: b for cut in timeline.cuts for b in cut.beats}
    out: list[MarkerSpec] = []
    for m in timeline.markers:
        if m.kind == "hook_zone":
            if m.time <= timeline.duration:
                out.append(MarkerSpec(m.time, w["hook_zone"], COLOURS["hook_zone"],
                                      metadata={METADATA_KEY: {"marker": "hook_zone"}}))
            continue
        beat = beats.get(m.beat_id)
        if beat is None:
            continue  # the episode marker: the timeline's start
        emo = beat.emotion
        feeling = " ".join(p for p in (emo.tag, emo.direction.value, str(emo.intensity)) if p)
        head = w["cliffhanger"] if m.kind == "cliffhanger" else w["beat"]
        name = f"{head} {beat.id}: {beat.title or w['untitled']} [{beat.kind}; {feeling}]"
        colour = COLOURS.get(beat.kind if beat.kind in ("hook", "cliffhanger") else "beat")
        out.append(MarkerSpec(m.time, name, colour, metadata={METADATA_KEY: {
            "marker": "cliffhanger" if m.kind == "cliffhanger" else "beat",
            "beat_id": beat.id, "title": beat.title, "kind": beat.kind,
            "emotion": {"tag": emo.tag, "direction": emo.direction.value,
                        "intensity": emo.intensity}}}))
    for f in findings:
        at = [timeline.beat_start(b) for b in f.beats]
        t = min((x for x in at if x is not None), default=0.0)
        out.append(MarkerSpec(t, f"{w['rule']} {f.rule} ({f.severity.value}): {f.text(lang)}",
                              COLOURS.get(f.severity.value, "PURPLE"),
                              metadata={METADATA_KEY: {"marker": "finding", "rule": f.rule,
                                                       "severity": f.severity.value,
                                                       "beats": list(f.beats)}}))
    for ev in timeline.captions:
        text = " / ".join(line.strip() for line in ev.text.splitlines() if line.strip())
        if ev.speaker:
            text = f"{ev.speaker}: {text}"
        out.append(MarkerSpec(ev.start, f"{w['caption']}: {text}", COLOURS["caption"],
                              ev.end - ev.start,
                              metadata={METADATA_KEY: {"marker": "caption", "text": ev.text,
                                                       "speaker": ev.speaker}}))
    out.sort(key=lambda s: s.time)
    return out


def findings_of_cut(findings: list[Finding], episode_id: str, beat_ids: list[str]) -> list[Finding]:
    """The project's findings that concern this cut: the episode's own findings that name
    no cut or name this one, and whose beats (if any) the cut plays."""
    path = tuple(beat_ids)
    on_cut = set(beat_ids)
    out = []
    for f in findings:
        if f.episode != episode_id:
            continue
        if f.path and tuple(f.path) != path:
            continue
        if f.beats and not any(b in on_cut for b in f.beats):
            continue
        out.append(f)
    return out
