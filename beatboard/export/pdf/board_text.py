"""The words printed for a shot and for a beat, in the PDF's language.

Domain words (kinds, emotions, shot sizes, angles, moves, genres, compliance) come from
``core.vocab_labels``, the table the editor uses too.
"""
from __future__ import annotations

from ...core import vocab_labels as vl
from ...core.panel_timing import is_out_of_cut
from ...core.picture_plan import DROPPED_TEXT
from ...core.vocab import Direction
from .flowtext import Para
from .labels import label
from .plan import BeatPlan, ShotPlan
from .style import RGB

NOTE_GREY: RGB = (0.28, 0.28, 0.28)


def timecode(seconds: float) -> str:
    """mm:ss.s"""
    tenths = int(round(seconds * 10))
    m, rest = divmod(tenths, 600)
    return f"{m:02d}:{rest // 10:02d}.{rest % 10}"


def seconds_text(seconds: float, estimated: bool = False) -> str:
    return f"{'≈' if estimated else ''}{seconds:.1f} s"


def duration_text(beat) -> str:
    return seconds_text(beat.seconds, beat.is_estimated)


def shot_of(shot: ShotPlan):
    """The panel's shot fields, each falling back to the beat's."""
    own, beat = shot.panel.shot, shot.beat.beat.shot
    return (own.size or beat.size, own.angle or beat.angle, own.move or beat.move)


def camera_text(shot: ShotPlan, lang: str) -> str:
    size, angle, move = shot_of(shot)
    parts = [vl.label("shot", size, lang) if size else "",
             vl.label("angle", angle, lang) if angle else "",
             vl.label("move", move, lang) if move else ""]
    return " · ".join(p for p in parts if p) or "—"


def shot_estimated(shot: ShotPlan) -> bool:
    return shot.panel.duration_s is None and shot.beat.beat.is_estimated


def shot_head(shot: ShotPlan) -> str:
    return f"#{shot.shot}  {timecode(shot.start_s)}"


def shot_facts(shot: ShotPlan, lang: str) -> str:
    if is_out_of_cut(shot.beat.beat, shot.panel):  # struck through, out of the cut
        return f"{DROPPED_TEXT['zh' if lang == 'zh' else 'en']} · {camera_text(shot, lang)}"
    return f"{seconds_text(shot.seconds, shot_estimated(shot))} · {camera_text(shot, lang)}"


def shot_paras(shot: ShotPlan, lang: str) -> list[Para]:
    ref = f"#{shot.shot}"
    paras = [Para(shot_head(shot), ref, bold=True),
             Para(shot_facts(shot, lang), ref, scale=0.95)]
    paras += caption_paras(shot, ref, lang)
    if shot.panel.notes.strip():
        paras.append(Para(f"{label('note', lang)}: {shot.panel.notes}", ref, label("note", lang),
                          NOTE_GREY, scale=0.95))
    return paras


def caption_paras(shot: ShotPlan, ref: str, lang: str) -> list[Para]:
    """The shot's cues: runs of single cues as one paragraph, two speeches spoken at
    once (dual dialogue) side by side."""
    paras: list[Para] = []
    run: list[str] = []
    name = label("caption", lang)
    for cue in shot.cues:
        pair = cue.split("\n")
        if len(pair) == 2:
            if run:
                paras.append(Para("\n".join(run), ref, name))
                run = []
            paras.append(Para(cue, ref, name, columns=(pair[0], pair[1])))
        else:
            run.append(cue)
    if run:
        paras.append(Para("\n".join(run), ref, name))
    return paras


def beat_paras(bp: BeatPlan, lang: str, full: bool = False) -> list[Para]:
    """The beat's own text; ``full`` (the one-panel page) adds every fact of the beat."""
    beat = bp.beat
    ref = beat.id
    fields = []
    if bp.branch is not None:
        fields.append(("branch", "↳ " + branch_text(bp, lang)))
    if full:
        emo = beat.emotion
        fields.append(("beat", f"{label('beat', lang)}: {beat.id} · {kind_text(beat.kind, lang)}"
                               f" · {timecode(bp.start_s)}–{timecode(bp.end_s)} "
                               f"({duration_text(beat)})"))
        fields.append(("emotion", f"{label('emotion', lang)}: {emotion_text(beat, lang)} · "
                                  f"{direction_text(emo.direction, lang)} · "
                                  f"{label('intensity', lang)} {emo.intensity}/5"))
        for key, value in (("location", beat.location),
                           ("characters", ", ".join(beat.characters)),
                           ("compliance", compliance_text(beat.compliance, lang))):
            if value:
                fields.append((key, f"{label(key, lang)}: {value}"))
    for key, value in (("action", beat.action), ("transition", beat.transition),
                       ("sound", beat.sound), ("props", ", ".join(beat.props)),
                       ("notes", beat.notes)):
        if value and value.strip():
            fields.append((key, f"{label(key, lang)}: {value.strip()}"))
    return [Para(text, ref, label(key, lang), NOTE_GREY if key == "notes" else (0, 0, 0),
                 scale=0.95) for key, text in fields]


def rule_paras(bp: BeatPlan, findings, lang: str) -> list[Para]:
    """The rule findings about this beat, in words (the one-panel page)."""
    out = []
    for f in findings or []:
        if bp.beat.id in f.beats:
            sev = f.severity.value if hasattr(f.severity, "value") else str(f.severity)
            mark = "✕" if sev == "error" else "△" if sev == "warning" else "·"
            out.append(Para(f"{mark} {f.rule}: {f.text(lang)}", bp.beat.id, label("status", lang),
                            scale=0.95))
    return out


def branch_text(bp: BeatPlan, lang: str) -> str:
    b = bp.branch
    parts = [label("choice" if b.kind == "choice" else "variant", lang)]
    if b.from_id:
        parts.append(f"{label('branches_from', lang)} {b.from_id}")
    if b.replaces:
        rep = b.replaces[0] if len(b.replaces) == 1 else f"{b.replaces[0]}–{b.replaces[-1]}"
        parts.append(f"{label('replaces', lang)} {rep}")
    if b.rejoin_id:
        parts.append(f"{label('rejoins', lang)} {b.rejoin_id}")
    return " · ".join(parts)


def banner(kind: str, lang: str) -> str:
    if kind == "hook":
        return label("hook", lang)
    if kind == "cliffhanger":
        return label("cliff", lang)
    return ""


def kind_text(kind: str, lang: str) -> str:
    return vl.label("kind", kind, lang)


def emotion_text(beat, lang: str) -> str:
    emo = beat.emotion
    return vl.tag_label(emo.tag, lang) if emo.tag else "—"


def direction_text(direction: Direction, lang: str) -> str:
    return vl.label("direction", direction.value, lang)


def compliance_text(tags, lang: str) -> str:
    return ", ".join(vl.label("compliance", t, lang) for t in tags)


def genre_text(genre: str, lang: str) -> str:
    return vl.label("genre", genre, lang)
