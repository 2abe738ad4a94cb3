"""What each episode prints: beats and their panels in reading order, shot numbers, times.

Main-line beats come first with times along the main line; variant and choice beats
follow, each saying where it leaves the main line, what it replaces and where it rejoins.
Every time printed is asked of ``core.timeline.EpisodeTimes``, the timeline the animatic
plays. Every panel is one shot: shot numbers run on across the export, panel by panel.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...core.graph import branch_beats, episode_graph
from ...core.model import Beat, Episode, Panel
from ...core.timeline import EpisodeTimes, Timeline
from ...core.vocab import LinkKind
from .shots import episode_captions


@dataclass(frozen=True)
class Branch:
    kind: str  # "variant" or "choice"
    from_id: str | None  # the main-line beat it leaves from
    replaces: tuple[str, ...]  # main-line beats it stands in for
    rejoin_id: str | None  # the main-line beat it rejoins at


@dataclass
class ShotPlan:
    """One panel as printed: its shot number, times on the episode clock and caption."""

    beat: "BeatPlan"
    panel: Panel
    index: int  # 0-based position in its beat
    shot: int  # continuous across the export
    start_s: float
    end_s: float
    caption: str
    cues: tuple[str, ...] = ()  # the caption cue by cue ("A: ...\nB: ..." spoken at once)

    @property
    def seconds(self) -> float:
        return self.end_s - self.start_s

    @property
    def first(self) -> bool:
        return self.index == 0

    @property
    def last(self) -> bool:
        return self.index == len(self.beat.shots) - 1


@dataclass
class BeatPlan:
    beat: Beat
    start_s: float
    end_s: float
    branch: Branch | None = None
    shots: list[ShotPlan] = field(default_factory=list)


@dataclass
class EpisodePlan:
    episode: Episode
    main: list[BeatPlan] = field(default_factory=list)
    variants: list[BeatPlan] = field(default_factory=list)
    duration_s: float = 0.0

    @property
    def beats(self) -> list[BeatPlan]:
        return self.main + self.variants

    @property
    def shots(self) -> list[ShotPlan]:
        return [s for b in self.beats for s in b.shots]


def _beat_plan(beat: Beat, timeline: Timeline | None, shot: int,
               captions: dict[str, tuple[str, ...]],
               branch: Branch | None = None) -> BeatPlan:
    """The beat at its place on ``timeline``; at 0 when no cut plays it (an orphan)."""
    start = (timeline.beat_start(beat.id) if timeline is not None else None) or 0.0
    spans = timeline.panel_spans(beat) if timeline is not None else []
    if not spans:
        spans = [(start, start)] * len(beat.panels)
    bp = BeatPlan(beat, start, start + beat.seconds, branch)
    for i, (panel, (a, b)) in enumerate(zip(beat.panels, spans)):
        cues = captions.get(panel.id, ())
        bp.shots.append(ShotPlan(bp, panel, i, shot + i, a, b, "\n".join(cues), cues))
    return bp


def plan_episode(ep: Episode, first_shot: int, with_variants: bool,
                 speakers: frozenset[str] = frozenset()) -> EpisodePlan:
    captions = episode_captions(ep, speakers)
    g = episode_graph(ep)
    times = EpisodeTimes(ep)
    line = list(times.main.cuts[0].beats)
    plan = EpisodePlan(ep)
    shot = first_shot
    for beat in line:
        plan.main.append(_beat_plan(beat, times.main, shot, captions))
        shot += len(beat.panels)
    plan.duration_s = plan.main[-1].end_s if plan.main else 0.0
    if not with_variants:
        return plan
    order = {b.id: i for i, b in enumerate(ep.beats)}
    main_ids = [b.id for b in line]
    main_index = {bid: i for i, bid in enumerate(main_ids)}

    def first(ids):
        return min(ids, key=lambda i: order.get(i, 1 << 30)) if ids else None

    for beat in branch_beats(ep, g):
        # Walk back to the main line: where the branch leaves it.
        cur, kind, seen = beat.id, LinkKind.VARIANT, {beat.id}
        from_id = None
        while True:
            pred = first(list(g.predecessors(cur)))
            if pred is None or pred in seen:
                break
            kind = g.edges[pred, cur]["kind"]
            if pred in main_index:
                from_id = pred
                break
            seen.add(pred)
            cur = pred
        cur, rejoin, seen = beat.id, None, {beat.id}
        while True:
            nxt = first(list(g.successors(cur)))
            if nxt is None or nxt in seen:
                break
            if nxt in main_index:
                rejoin = nxt
                break
            seen.add(nxt)
            cur = nxt
        lo = main_index[from_id] + 1 if from_id is not None else 0
        hi = main_index[rejoin] if rejoin is not None else len(main_ids)
        if from_id is None and rejoin is None:
            lo = hi = 0  # an orphan beat replaces nothing
        kind_name = kind.value if isinstance(kind, LinkKind) else str(kind)
        branch = Branch(kind_name, from_id, tuple(main_ids[lo:hi]), rejoin)
        plan.variants.append(_beat_plan(beat, times.timeline_for(beat.id), shot, captions,
                                        branch))
        shot += len(beat.panels)
    return plan


def plan_episodes(episodes: list[Episode], with_variants: bool,
                  speakers: frozenset[str] = frozenset()) -> list[EpisodePlan]:
    plans, shot = [], 1
    for ep in episodes:
        p = plan_episode(ep, shot, with_variants, speakers)
        shot += len(p.shots)
        plans.append(p)
    return plans
