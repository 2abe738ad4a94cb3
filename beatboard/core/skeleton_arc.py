"""How a skeleton episode differs from the next: its place in the series' arc.

Deterministic (the same arguments give the same series). Waves of eight episodes rise to
a mini-climax and fall back to a breather; the run-up to the paywall and the finale
push every beat harder; episodes carry one to three extra beats (a breather after the
setup, a second pressure-and-release pair after the turn) and run 60-110 s. Directions
still alternate, so the default rulebook stays clean.
"""
from __future__ import annotations

from dataclasses import dataclass

WAVE = 8
MAX_EPISODE_S = 110.0
HOOK_S, CLIFF_S = 3.0, 7.0


@dataclass(frozen=True)
class EpisodeArc:
    phase: str  # opening | build | peak | breather | run-up | answer | finale
    delta: int  # added to every beat's intensity but the hook and the cliffhanger
    breather: bool  # an extra light beat after the setup
    extra_pair: bool  # a second escalation and turn after the turn
    beat_s: float  # seconds of each beat between the hook and the cliffhanger


def episode_arc(number: int, total: int, paywall: int | None) -> EpisodeArc:
    finale_from = total - max(1, total // 10) + 1
    if paywall is not None and paywall - 3 <= number <= paywall - 1:
        phase, delta = "run-up", 1
    elif paywall is not None and number == paywall:
        phase, delta = "answer", 1
    elif total >= 10 and number >= finale_from:
        phase, delta = "finale", 1
    elif number <= 2:
        phase, delta = "opening", 0
    elif number % WAVE in (6, 7):
        phase, delta = "peak", 1
    elif number % WAVE in (0, 1):
        phase, delta = "breather", -1
    else:
        phase, delta = "build", 0
    breather = phase in ("breather", "build") and number % 3 != 0
    extra_pair = phase in ("peak", "run-up", "finale") or (number * 5) % 7 < 3
    middle = 4 + int(breather) + 2 * int(extra_pair)
    longest = (MAX_EPISODE_S - HOOK_S - CLIFF_S) / middle
    beat_s = min(longest, 13.0 + (number * 7) % 5)
    return EpisodeArc(phase, delta, breather, extra_pair, round(beat_s, 1))


PHASE_NOTES = {
    "opening": ("Opening: establish the conflict and the hidden power.",
                "开篇：立住冲突，埋下主角的底牌。"),
    "build": ("Build: raise the stakes step by step.", "铺陈：层层加码。"),
    "peak": ("Mini-climax of this stretch: pay off what the last episodes built.",
             "阶段高潮：兑现前几集的铺垫。"),
    "breather": ("Breather: a lighter episode before the next wave.",
                 "缓冲：下一波冲突前的喘息。"),
    "run-up": ("Run-up to the paywall: every beat harder than the last.",
               "付费卡点前的冲刺：一集比一集更紧。"),
    "answer": ("First paid episode: the paywall cliffhanger is answered here.",
               "第一集付费内容：在本集给出付费卡点的答案。"),
    "finale": ("Finale: the strongest payoffs of the series.", "大结局：全剧最强的爽点。"),
}
