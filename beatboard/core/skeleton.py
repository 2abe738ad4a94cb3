"""A new series as a sensible starting point: every episode shaped by its genre preset.

Each episode runs hook, setup, escalation, turn, payoff, cliffhanger with placeholder
durations (60-110 s an episode), emotion directions from the genre preset in the domain
brief, and a note on each beat saying what it is for. Episodes differ by their place in
the series' arc (skeleton_arc.py): extra beats, waves of intensity, a run-up to the
paywall and a finale. The last free episode before the paywall gets the series'
strongest cliffhanger. A fresh
skeleton passes the default rulebook, so every finding a writer sees later comes from
their own changes.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import BeatBoardError
from .model import Beat, Emotion, Episode, Point, Project, Series, paywall_anchor_for
from .series_id import new_series_id
from .skeleton_arc import CLIFF_S, HOOK_S, PHASE_NOTES, EpisodeArc, episode_arc
from .vocab import GENRES, tag_info

MAX_EPISODES = 500
CARD_DX = 190.0  # matches the canvas column pitch, so cards start where layout puts them
BEAT_KINDS = ("hook", "setup", "escalation", "turn", "payoff", "cliffhanger")
CLIFFHANGER_INTENSITY = 4
PAYWALL_CLIFFHANGER_INTENSITY = 5


@dataclass(frozen=True)
class _Step:
    tag: str  # emotion tag id; its direction comes from the vocabulary
    intensity: int
    note_en: str
    note_zh: str


_s = _Step


# One step per BEAT_KINDS entry. Directions alternate enough to keep every default
# limit (turn gap, pressure run, 甜 count) satisfied with the placeholder durations.
GENRE_SHAPES: dict[str, tuple[_Step, ...]] = {
    "revenge": (
        _s("humiliation", 5, "Open on humiliation or betrayal.", "开场即受辱或被背叛。"),
        _s("suspense", 2, "Hint at the hidden power.", "暗示主角隐藏的底牌。"),
        _s("indignation", 4, "The enemy pushes harder.", "仇人变本加厉。"),
        _s("thrill", 4, "She strikes back.", "主角开始反击。"),
        _s("payoff", 5, "Face-slap payoff: the enemy pays.", "打脸爽点：仇人付出代价。"),
        _s("suspense", CLIFFHANGER_INTENSITY, "Threat, or a half-reveal of the hidden power.",
           "新的威胁，或身份半揭露。"),
    ),
    "sweet-romance": (
        _s("indignation", 4, "Meet-cute collision.", "欢喜冤家式的相遇冲突。"),
        _s("sweet", 3, "A first spark between the leads.", "两人之间第一次心动。"),
        _s("suffering", 3, "A rival or a misunderstanding.", "情敌出现或误会加深。"),
        _s("warmth", 3, "He protects her.", "男主出手维护。"),
        _s("sweet", 4, "The sweet payoff.", "甜蜜高光时刻。"),
        _s("suspense", CLIFFHANGER_INTENSITY, "Interruption, rival, near-kiss.",
           "被打断、情敌搅局或差点接吻。"),
    ),
    "billionaire": (
        _s("humiliation", 4, "The hidden CEO is humiliated.", "隐藏身份的总裁受辱。"),
        _s("suffering", 3, "Nobody believes who he is.", "无人相信他的身份。"),
        _s("suspense", 3, "A sign of his true identity.", "真实身份露出端倪。"),
        _s("thrill", 4, "The identity turns the room.", "身份亮出，局势反转。"),
        _s("payoff", 5, "The doubters are slapped down.", "质疑者被当众打脸。"),
        _s("suspense", CLIFFHANGER_INTENSITY, "His identity is almost exposed.",
           "身份险些暴露。"),
    ),
    "fantasy": (
        _s("humiliation", 5, "Public rejection.", "当众被拒绝、被驱逐。"),
        _s("suffering", 3, "Cast out and alone.", "孤立无援。"),
        _s("dread", 4, "A danger closes in.", "危险逼近。"),
        _s("thrill", 4, "A power awakens.", "力量觉醒。"),
        _s("payoff", 4, "Those who rejected her see it.", "曾经拒绝她的人目睹这一切。"),
        _s("suspense", CLIFFHANGER_INTENSITY, "A fated-mate or prophecy reveal.",
           "命定之人或预言揭晓。"),
    ),
    "family": (
        _s("suffering", 4, "Injustice at home.", "家中受到不公对待。"),
        _s("warmth", 3, "A moment of warmth with the child.", "与孩子的温情时刻。"),
        _s("suffering", 4, "The family turns on them.", "家人再次刁难。"),
        _s("warmth", 3, "Someone stands up for them.", "有人挺身而出。"),
        _s("payoff", 4, "The bully is exposed.", "恶人被揭穿。"),
        _s("suspense", CLIFFHANGER_INTENSITY, "A secret surfaces: a DNA test.",
           "秘密浮出水面：亲子鉴定。"),
    ),
    "suspense": (
        _s("suspense", 4, "Open on the mystery.", "开场抛出谜团。"),
        _s("dread", 3, "Something is wrong.", "不对劲的迹象。"),
        _s("suspense", 3, "The investigation digs in.", "调查深入。"),
        _s("dread", 4, "A false lead, or a new victim.", "线索中断或新的受害者。"),
        _s("payoff", 3, "A clue is found.", "找到关键线索。"),
        _s("suspense", CLIFFHANGER_INTENSITY, "A clue reveal.", "线索揭晓，悬念升级。"),
    ),
    "other": (
        _s("indignation", 4, "Open on the conflict.", "开场即冲突。"),
        _s("suspense", 2, "Set up what is at stake.", "交代利害关系。"),
        _s("suffering", 3, "Raise the pressure.", "加压。"),
        _s("thrill", 3, "Reversal.", "反转。"),
        _s("payoff", 4, "Release: the payoff.", "释放：爽点。"),
        _s("suspense", CLIFFHANGER_INTENSITY, "End on an open question.", "以悬念收尾。"),
    ),
}

_KIND_TITLES = {
    "en": {"hook": "Hook", "setup": "Setup", "escalation": "Escalation", "turn": "Turn",
           "payoff": "Payoff", "cliffhanger": "Cliffhanger", "other": "Breather"},
    "zh": {"hook": "钩子", "setup": "铺垫", "escalation": "升级", "turn": "反转",
           "payoff": "爽点", "cliffhanger": "卡点", "other": "喘息"},
}


def _lang(language: str) -> str:
    return "zh" if language.lower().startswith("zh") else "en"


def check_skeleton_args(genre: str, episodes: int, paywall: int | None) -> None:
    """Raise BeatBoardError with a message a writer can act on."""
    if genre not in GENRES:
        raise BeatBoardError(f"unknown genre {genre!r} (choose one of: {', '.join(GENRES)})")
    if isinstance(episodes, bool) or not isinstance(episodes, int):
        raise BeatBoardError(f"the number of episodes must be a whole number, got {episodes!r}")
    if not 1 <= episodes <= MAX_EPISODES:
        raise BeatBoardError(
            f"the number of episodes must be between 1 and {MAX_EPISODES}, got {episodes}")
    if paywall is not None:
        if isinstance(paywall, bool) or not isinstance(paywall, int):
            raise BeatBoardError(f"the paywall episode must be a whole number, got {paywall!r}")
        if episodes < 2:
            raise BeatBoardError("a one-episode series has no paywall: "
                                 "leave out the paywall episode")
        if not 2 <= paywall <= episodes:
            raise BeatBoardError(f"the paywall (first paid episode) must be between 2 and "
                                 f"{episodes}, got {paywall}")


def make_skeleton(genre: str, episodes: int, title: str = "", language: str = "en",
                  paywall: int | None = None) -> Project:
    """A new series of ``episodes`` episodes shaped by ``genre``.

    ``paywall`` is the first paid episode; the episode before it carries the strongest
    cliffhanger. Raises BeatBoardError for an unknown genre or an out-of-range count.
    """
    check_skeleton_args(genre, episodes, paywall)
    lang = _lang(language)
    eps = [_episode(n, GENRE_SHAPES[genre], lang, paywall, episodes)
           for n in range(1, episodes + 1)]
    series = Series(title=title, language=language, genre=genre,
                    paywall_after=paywall_anchor_for(eps, paywall), id=new_series_id())
    return Project(series=series, episodes=eps)


def _steps(shape: tuple[_Step, ...], arc: EpisodeArc, lang: str) -> list[tuple[str, _Step]]:
    """(kind, step) in play order: the genre's six beats plus the arc's extra ones."""
    steps = list(zip(BEAT_KINDS, shape))
    if arc.extra_pair:  # a second round of pressure and release after the turn
        steps[4:4] = [("escalation", shape[2]), ("turn", shape[3])]
    if arc.breather:
        steps.insert(2, ("other", BREATHER))
    return steps


BREATHER = _s("comic", 2, "Breather: a light moment before the pressure returns.",
              "喘息：压力回归前的轻松时刻。")


def _episode(number: int, shape: tuple[_Step, ...], lang: str, paywall: int | None,
             total: int = 1) -> Episode:
    last_free = paywall is not None and number == paywall - 1
    arc = episode_arc(number, total, paywall)
    beats = []
    for i, (kind, step) in enumerate(_steps(shape, arc, lang)):
        seconds = HOOK_S if kind == "hook" else CLIFF_S if kind == "cliffhanger" else arc.beat_s
        intensity = step.intensity
        if kind not in ("hook", "cliffhanger"):
            intensity = max(1, min(5, intensity + arc.delta))
        if kind == "payoff" and arc.phase in ("answer", "finale"):
            intensity = 5
        note = step.note_zh if lang == "zh" else step.note_en
        if kind == "cliffhanger" and last_free:
            intensity = PAYWALL_CLIFFHANGER_INTENSITY
            note += (" 付费前最后一集：全剧最强卡点，不要解决悬念。" if lang == "zh" else
                     " Last free episode: the strongest cliffhanger so far; do not resolve it.")
        info = tag_info(step.tag)
        beats.append(Beat(
            id=f"e{number:03d}b{i + 1}", title=_KIND_TITLES[lang][kind], kind=kind,
            duration_s=seconds,
            emotion=Emotion(tag=step.tag, direction=info.direction, intensity=intensity),
            notes=note, pos=Point(x=i * CARD_DX, y=0.0)))
    notes = PHASE_NOTES[arc.phase][1 if lang == "zh" else 0]
    title = f"第{number}集" if lang == "zh" else f"Episode {number}"
    return Episode(id=f"ep{number:03d}", number=number, title=title, beats=beats, notes=notes)
