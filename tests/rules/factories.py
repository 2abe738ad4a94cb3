"""Small builders for rule tests: beats, links, episodes and projects in a line or two."""
from __future__ import annotations

from beatboard.core.model import (Beat, Character, Emotion, Episode, Link, Project, Series,
                                  paywall_anchor_for)
from beatboard.rules import BUILTIN_PROFILES, RuleChecker

DIRS = {"up": "up", "down": "down", "level": "level", "u": "up", "d": "down", "l": "level"}


def beat(id: str, kind: str = "other", s: float | None = 10.0, d: str = "level", i: int = 3,
         title: str | None = None, tags: tuple[str, ...] = (), chars: tuple[str, ...] = (),
         dialogue: str = "") -> Beat:
    return Beat(id=id, title=title if title is not None else id.upper(), kind=kind,
                duration_s=s, emotion=Emotion(direction=DIRS[d], intensity=i),
                compliance=list(tags), characters=list(chars), dialogue=dialogue)


def link(a: str, b: str, kind: str = "next") -> Link:
    return Link(**{"from": a, "to": b, "kind": kind})


def episode(number: int, beats: list[Beat], links: list[Link] | None = None,
            id: str | None = None) -> Episode:
    return Episode(id=id or f"ep{number}", number=number, title=f"Episode {number}",
                   beats=beats, links=links or [])


def clean_beats(n: int) -> list[Beat]:
    """72 s that pass every default rule: early hook, alternating emotion, strong ending."""
    p = f"e{n}b"
    return [
        beat(p + "1", "hook", 2, "down", 4),
        beat(p + "2", "setup", 10, "up", 3),
        beat(p + "3", "escalation", 10, "down", 4),
        beat(p + "4", "payoff", 10, "up", 4),
        beat(p + "5", "turn", 10, "level", 3),
        beat(p + "6", "escalation", 10, "down", 4),
        beat(p + "7", "payoff", 10, "up", 5),
        beat(p + "8", "cliffhanger", 10, "level", 5),
    ]


def clean_episode(n: int) -> Episode:
    return episode(n, clean_beats(n))


def project(*episodes: Episode, genre: str = "other", profile: str = "overseas",
            paywall: int | None = None, characters: list[Character] | None = None) -> Project:
    return Project(series=Series(title="Test", genre=genre, profile=profile,
                                 paywall_after=paywall_anchor_for(list(episodes), paywall),
                                 characters=characters or []),
                   episodes=list(episodes))


def check(proj: Project, profile=None):
    return RuleChecker(profile or BUILTIN_PROFILES["overseas"]).check(proj)


def of(findings, rule: str):
    return [f for f in findings if f.rule == rule]


def rules(findings) -> set[str]:
    return {f.rule for f in findings}


def wide_episode(n: int = 20, long_variant: int = 13) -> Episode:
    """n A/B variants in a row (2**n cuts); main beats 3 s, variants 2 s except one 100 s."""
    main = [beat(f"m{i}", "hook" if i == 0 else ("cliffhanger" if i == 2 * n else "setup"),
                 3.0, "up" if i % 2 == 0 else "down", 5 if i == 2 * n else 3)
            for i in range(2 * n + 1)]
    alts = [beat(f"v{i}", "setup", 100.0 if i == long_variant else 2.0, "level")
            for i in range(n)]
    links = [link(a.id, b.id) for a, b in zip(main, main[1:])]
    for i in range(n):
        links += [link(f"m{2 * i}", f"v{i}", "variant"), link(f"v{i}", f"m{2 * i + 2}")]
    return episode(1, main + alts, links)
