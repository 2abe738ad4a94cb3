"""Generate realistic BeatBoard series for benchmarks and load tests.

``make_series`` builds a seeded, deterministic series: every episode opens on a hook,
closes on a cliffhanger, mixes pressure and release beats, carries dialogue in English
or Chinese, and has A/B variant beats that leave the main line and rejoin it.
``make_wide_variant_episode`` builds one episode with ``n`` independent A/B variants
(2**n cuts), the worst case for anything that walks cuts.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``beatboard`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from beatboard.core.model import (  # noqa: E402
    Beat, Character, Emotion, Episode, Link, Location, Point, Project, Series, Shot)
from beatboard.core.vocab import CAMERA_MOVES, SHOT_SIZES, Direction  # noqa: E402

CARD_DX = 240.0  # canvas spacing between beat cards
LANE_DY = 180.0

_UP_TAGS = ("payoff", "sweet", "thrill", "warmth", "comic")
_DOWN_TAGS = ("suffering", "indignation", "humiliation", "dread")

_EN_LINES = (
    "LIN: You think you can humiliate me in front of everyone?",
    "CEO: Sign the contract, or leave this house tonight.",
    "MOTHER: I never wanted you here. (turns away)",
    "LIN: Then watch what happens when I stop pretending.",
    "ASSISTANT: Sir, the board is waiting for your answer.",
    "RIVAL: She is nobody. A servant in a borrowed dress.",
    "LIN: Remember this day. You will regret it.",
    "CEO: Who gave you permission to touch my wife?",
)
_ZH_LINES = (
    "林夏：你以为当着所有人的面羞辱我，我就会认输吗？",
    "总裁：签了这份合同，否则今晚就离开这个家。",
    "母亲：我从来就不想要你。（转身）",
    "林夏：那就看看我不再伪装会发生什么。",
    "助理：陆总，董事会还在等您的答复。",
    "情敌：她算什么东西？穿着借来裙子的佣人罢了。",
    "林夏：记住今天，你会后悔的。",
    "总裁：谁允许你碰我的妻子？",
)
_TITLES_EN = ("Slap at the gala", "Contract ultimatum", "Cold shoulder", "Hidden card",
              "Board meeting", "Public insult", "Vow of revenge", "He steps in",
              "The ring", "DNA result", "Locked door", "Old photo", "Car in the rain",
              "The will", "Kneel")
_TITLES_ZH = ("宴会耳光", "合同最后通牒", "冷眼相待", "底牌", "董事会", "当众羞辱", "复仇誓言",
              "他出手了", "戒指", "亲子鉴定", "锁住的门", "旧照片", "雨中车", "遗嘱", "下跪")
_ACTIONS = ("She freezes, glass in hand.", "He slams the door.", "推开门，众人回头。",
            "Close on the signed page.", "她攥紧拳头，眼眶发红。", "Phone lights up: UNKNOWN.")
_COMPLIANCE = ("violence", "drinking", "wealth-flaunting", "smoking", "gambling",
               "extreme-revenge", "blood")


def _kind_for(i: int, beats: int, rng: random.Random) -> str:
    if i == 0:
        return "hook"
    if i == beats - 1:
        return "cliffhanger"
    if i == 1:
        return "setup"
    return rng.choice(("escalation", "escalation", "turn", "payoff", "setup", "other"))


def _emotion(kind: str, rng: random.Random) -> Emotion:
    if kind == "hook":
        return Emotion(tag=rng.choice(("humiliation", "indignation")),
                       direction=Direction.DOWN, intensity=rng.choice((4, 5)))
    if kind == "cliffhanger":
        if rng.random() < 0.5:
            return Emotion(tag="suspense", direction=Direction.LEVEL, intensity=rng.choice((4, 5)))
        return Emotion(tag="dread", direction=Direction.DOWN, intensity=rng.choice((3, 4, 5)))
    if kind == "payoff":
        return Emotion(tag=rng.choice(_UP_TAGS), direction=Direction.UP,
                       intensity=rng.randint(3, 5))
    roll = rng.random()
    if roll < 0.45:
        return Emotion(tag=rng.choice(_DOWN_TAGS), direction=Direction.DOWN,
                       intensity=rng.randint(2, 5))
    if roll < 0.8:
        return Emotion(tag=rng.choice(_UP_TAGS), direction=Direction.UP,
                       intensity=rng.randint(2, 5))
    return Emotion(tag="suspense", direction=Direction.LEVEL, intensity=rng.randint(2, 4))


def _beat(beat_id: str, kind: str, rng: random.Random, zh: bool, x: float, y: float,
          minor_name: str | None) -> Beat:
    lines = _ZH_LINES if zh else _EN_LINES
    n_lines = rng.choice((0, 1, 1, 2))
    dialogue = "\n".join(rng.choice(lines) for _ in range(n_lines))
    # About a third of beats carry an explicit duration; the rest are estimated.
    duration = round(rng.uniform(2.5, 9.0), 1) if (n_lines == 0 or rng.random() < 0.3) else None
    if kind == "hook":
        duration = round(rng.uniform(1.5, 2.9), 1)
    compliance: list[str] = []
    characters = ["Lin Xia" if not zh else "林夏"]
    if rng.random() < 0.08:
        compliance.append(rng.choice(_COMPLIANCE))
    if minor_name and rng.random() < 0.05:
        characters.append(minor_name)
    titles = _TITLES_ZH if zh else _TITLES_EN
    return Beat(
        id=beat_id, title=rng.choice(titles), kind=kind, duration_s=duration,
        emotion=_emotion(kind, rng), action=rng.choice(_ACTIONS), dialogue=dialogue,
        shot=Shot(size=rng.choice(SHOT_SIZES), move=rng.choice(CAMERA_MOVES)),
        characters=characters, location=rng.choice(("Gala hall", "宴会厅", "Office")),
        compliance=compliance, pos=Point(x=x, y=y))


def make_episode(number: int, beats: int = 15, variants: int = 3, seed: int = 0,
                 zh: bool = False, minor_name: str | None = None) -> Episode:
    """One episode: a main line of ``beats`` beats plus ``variants`` A/B beats.

    Each variant beat leaves main beat i by a ``variant`` link and rejoins at beat i+2,
    so it is an alternative to beat i+1.
    """
    rng = random.Random(seed * 100003 + number)
    prefix = f"e{number:03d}"
    main = [_beat(f"{prefix}b{i + 1:02d}", _kind_for(i, beats, rng), rng, zh,
                  i * CARD_DX, 0.0, minor_name) for i in range(beats)]
    links = [Link(**{"from": a.id, "to": b.id}) for a, b in zip(main, main[1:])]
    extra: list[Beat] = []
    slots = list(range(1, beats - 2)) if beats > 3 else []
    rng.shuffle(slots)
    for k, i in enumerate(sorted(slots[:variants])):
        alt = _beat(f"{prefix}v{k + 1:02d}", main[i + 1].kind, rng, zh,
                    (i + 1) * CARD_DX, LANE_DY * (1 + k % 2), minor_name)
        alt = alt.model_copy(update={"title": alt.title + " (B)"})
        extra.append(alt)
        links.append(Link(**{"from": main[i].id, "to": alt.id, "kind": "variant"}))
        links.append(Link(**{"from": alt.id, "to": main[i + 2].id}))
    title = (f"第{number}集" if zh else f"Episode {number}")
    return Episode(id=f"ep{number:03d}", number=number, title=title,
                   beats=main + extra, links=links)


def make_series(episodes: int = 100, beats: int = 15, variants: int = 3, seed: int = 0) -> Project:
    """A seeded series; odd episodes speak English, even ones Chinese."""
    minor = "Xiaobao"
    series = Series(
        title="The Hidden Heiress 隐藏的千金", language="en", genre="revenge",
        profile="overseas",
        logline="A humiliated maid is the lost heiress of the city's richest family.",
        characters=[Character(name="Lin Xia"), Character(name="林夏"),
                    Character(name="Lu Chen", description="CEO"),
                    Character(name=minor, minor=True, description="her son, 5")],
        locations=[Location(name="Gala hall"), Location(name="宴会厅"), Location(name="Office")])
    eps = [make_episode(n, beats, variants, seed, zh=(n % 2 == 0), minor_name=minor)
           for n in range(1, episodes + 1)]
    if episodes > 1:  # the first paid episode is 10 (or the last one of a short series)
        series.paywall_after = eps[min(10, episodes) - 2].id
    return Project(series=series, episodes=eps)


def make_wide_variant_episode(n: int = 20, number: int = 1, beat_s: float = 2.0) -> Episode:
    """An episode of ``n`` independent A/B variants in a row: 2**n cuts.

    Main beats m00..m{2n}; variant i is an alternative to main beat 2i+1. Every beat
    lasts ``beat_s`` seconds except the last variant, which is long, so exactly one
    family of cuts (those taking it) is the longest.
    """
    main: list[Beat] = []
    for i in range(2 * n + 1):
        kind = "hook" if i == 0 else ("cliffhanger" if i == 2 * n else "escalation")
        direction = Direction.DOWN if i % 2 else Direction.UP
        main.append(Beat(id=f"w{number}m{i:02d}", title=f"Main {i}", kind=kind,
                         duration_s=beat_s,
                         emotion=Emotion(direction=direction, intensity=5 if i == 2 * n else 3),
                         pos=Point(x=i * CARD_DX, y=0.0)))
    links = [Link(**{"from": a.id, "to": b.id}) for a, b in zip(main, main[1:])]
    alts: list[Beat] = []
    for i in range(n):
        alt = Beat(id=f"w{number}v{i:02d}", title=f"Variant {i}", kind="escalation",
                   duration_s=beat_s if i < n - 1 else beat_s * 10,
                   emotion=Emotion(direction=Direction.LEVEL, intensity=3),
                   pos=Point(x=(2 * i + 1) * CARD_DX, y=LANE_DY))
        alts.append(alt)
        links.append(Link(**{"from": main[2 * i].id, "to": alt.id, "kind": "variant"}))
        links.append(Link(**{"from": alt.id, "to": main[2 * i + 2].id}))
    return Episode(id=f"wide{number}", number=number, title=f"{n} variants",
                   beats=main + alts, links=links)


if __name__ == "__main__":
    import argparse

    from beatboard.core.fileio import save

    ap = argparse.ArgumentParser(description="Write a generated series to a .beatboard file.")
    ap.add_argument("out")
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--beats", type=int, default=15)
    ap.add_argument("--variants", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    save(make_series(a.episodes, a.beats, a.variants, a.seed), a.out)
    print(a.out)
