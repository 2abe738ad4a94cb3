"""The one place that says how a domain word reads in English and in Chinese.

Stored values never change with the language (a beat keeps kind "hook", shot size "CU",
tag "payoff"); this table gives the words shown for them, on screen and on printed boards.
Qt-free, so the PDF export and the command line use it as the GUI does.

    label("move", "push-in", "zh")  -> "推镜头"
    tag_label("payoff", "zh")       -> "爽 爽点"
"""
from __future__ import annotations

from .vocab import EMOTION_TAGS, canonical_tag

LANGS = ("en", "zh")

# kind of word -> stored value -> (English, Chinese)
_TABLE: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {
        "hook": ("hook", "钩子"),
        "setup": ("setup", "铺垫"),
        "escalation": ("escalation", "升级"),
        "turn": ("turn (reversal)", "反转"),
        "payoff": ("payoff", "爽点"),
        "cliffhanger": ("cliffhanger", "卡点"),
        "other": ("other", "其他"),
    },
    "tag": {
        "payoff": ("payoff", "爽点"),
        "sweet": ("sweet", "甜蜜"),
        "thrill": ("thrill", "热血"),
        "warmth": ("warmth", "温情"),
        "comic": ("comic", "搞笑"),
        "suffering": ("suffering", "虐心"),
        "indignation": ("indignation", "愤怒"),
        "humiliation": ("humiliation", "屈辱"),
        "dread": ("dread", "恐惧"),
        "suspense": ("suspense", "悬念"),
    },
    "direction": {
        "up": ("up: release", "上扬：释放"),
        "down": ("down: pressure", "下压：压抑"),
        "level": ("level: suspense", "持平：悬念"),
    },
    # Crews say the abbreviations in English; Chinese crews say the words.
    "shot": {
        "ECU": ("ECU", "大特写"),
        "CU": ("CU", "特写"),
        "MCU": ("MCU", "近景"),
        "MS": ("MS", "中景"),
        "MWS": ("MWS", "中全景"),
        "WS": ("WS", "全景"),
        "EWS": ("EWS", "远景"),
        "OTS": ("OTS", "过肩镜头"),
        "POV": ("POV", "主观镜头"),
        "INSERT": ("INSERT", "插入镜头"),
    },
    "angle": {
        "eye-level": ("eye level", "平视"),
        "high": ("high angle", "俯拍"),
        "low": ("low angle", "仰拍"),
        "birds-eye": ("bird's eye", "鸟瞰"),
        "dutch": ("Dutch angle", "斜角"),
    },
    "move": {
        "static": ("static", "固定镜头"),
        "push-in": ("push-in", "推镜头"),
        "pull-out": ("pull-out", "拉镜头"),
        "pan": ("pan", "横摇"),
        "tilt": ("tilt", "竖摇"),
        "track": ("track", "跟拍"),
        "handheld": ("handheld", "手持"),
        "crane": ("crane", "升降镜头"),
        "whip": ("whip pan", "甩镜头"),
        "zoom": ("zoom", "变焦"),
        "orbit": ("orbit", "环绕"),
    },
    "genre": {
        "revenge": ("revenge / rebirth", "复仇／重生"),
        "sweet-romance": ("sweet romance", "甜宠"),
        "billionaire": ("hidden billionaire / CEO", "隐藏身份／霸总"),
        "fantasy": ("werewolf / fantasy", "狼人／奇幻"),
        "family": ("family / kids", "家庭／萌宝"),
        "suspense": ("suspense", "悬疑"),
        "other": ("other", "其他"),
    },
    "compliance": {
        "violence": ("violence / slap", "暴力／打耳光"),
        "blood": ("blood", "血腥"),
        "smoking": ("smoking", "吸烟"),
        "drinking": ("drinking", "饮酒"),
        "intimacy": ("intimacy", "亲密戏"),
        "abuse": ("abuse / bullying", "虐待／霸凌"),
        "minors": ("minors", "未成年人"),
        "gambling": ("gambling", "赌博"),
        "self-harm": ("self-harm", "自残"),
        "wealth-flaunting": ("wealth-flaunting", "拜金／炫富"),
        "extreme-revenge": ("extreme revenge", "极端复仇"),
    },
    "link": {
        "next": ("next", "主线"),
        "variant": ("variant", "变体"),
        "choice": ("choice", "互动选择"),
    },
    # Built-in rule profiles, by id.
    "profile": {
        "overseas": ("Overseas apps (ReelShort, DramaBox...)",
                     "海外平台（ReelShort、DramaBox 等）"),
        "china": ("China (NRTA review)", "国内（广电总局审核）"),
    },
    # A beat off the main line (an A/B variant or a choice), marked on its card.
    "line": {
        "branch": ("branch", "分支"),
        "main": ("main line", "主线"),
    },
}

KINDS_OF_WORD = tuple(_TABLE)


def _lang(lang: str) -> int:
    return 1 if lang.lower().startswith("zh") else 0


def label(kind: str, value: str, lang: str) -> str:
    """The word shown for a stored value; an unknown value is shown as it is stored."""
    if kind not in _TABLE:
        raise KeyError(f"no labels for {kind!r}; known: {', '.join(_TABLE)}")
    if kind == "tag":
        value = canonical_tag(value)
    pair = _TABLE[kind].get(value)
    return pair[_lang(lang)] if pair else value


def values(kind: str) -> tuple[str, ...]:
    """The stored values this table knows for a kind of word, in display order."""
    return tuple(_TABLE[kind])


def tag_label(tag: str, lang: str) -> str:
    """An emotion tag with its glyph: '爽 payoff' in English, '爽 爽点' in Chinese."""
    tag_id = canonical_tag(tag)
    info = EMOTION_TAGS.get(tag_id)
    return f"{info.glyph} {label('tag', tag_id, lang)}" if info else tag
