"""BeatBoard's inline script annotations: ``[[hook]]``, ``[[emotion: 怒 down 4]]``...

Parsing and formatting live together so export and import stay inverse to each other.
See resources/docs/fountain.md for the list. A note whose key is not listed here is a plain note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.vocab import CAMERA_MOVES, SHOT_SIZES, Direction, KNOWN_KINDS
from .fountain_scan import escape_note

BARE_KINDS = tuple(k for k in KNOWN_KINDS if k != "other")
LIST_KEYS = ("compliance", "characters", "props")
LINK_KEYS = ("next", "variant", "choice")
TEXT_KEYS = ("beat", "id", "kind", "emotion", "duration", "shot", "location", "sound",
             "note", "dialogue")
KEYS = TEXT_KEYS + LIST_KEYS + LINK_KEYS

_KEYED = re.compile(r"^\s*([A-Za-z]+|[\u4e00-\u9fff]{2})\s*[:：]\s*(.*)$", re.S)
# Chinese spellings for writers of Chinese scripts: [[情绪: 怒 down 4]], [[卡点]].
ZH_KEYS = {"节拍": "beat", "编号": "id", "类型": "kind", "情绪": "emotion", "时长": "duration",
           "镜头": "shot", "合规": "compliance", "地点": "location", "角色": "characters",
           "道具": "props", "音效": "sound", "备注": "note", "台词": "dialogue"}
ZH_KINDS = {"钩子": "hook", "铺垫": "setup", "升级": "escalation", "反转": "turn",
            "爽点": "payoff", "卡点": "cliffhanger"}
_DIRECTIONS = {"up": Direction.UP, "down": Direction.DOWN, "level": Direction.LEVEL,
               "↑": Direction.UP, "↓": Direction.DOWN, "→": Direction.LEVEL}
_SIZES_UPPER = {s.upper() for s in SHOT_SIZES}


@dataclass(frozen=True)
class Annotation:
    key: str
    value: str


def parse_annotation(note: str) -> Annotation | None:
    """The annotation a note carries, or None when it is a plain note."""
    bare = note.strip().lower()
    if bare in BARE_KINDS or bare in ZH_KINDS:
        return Annotation("kind", ZH_KINDS.get(bare, bare))
    if bare in ("beat", "节拍"):
        return Annotation("beat", "")
    m = _KEYED.match(note)
    if m:
        key = ZH_KEYS.get(m.group(1), m.group(1).lower())
        if key in KEYS:
            value = m.group(2).strip()
            return Annotation(key, ZH_KINDS.get(value, value) if key == "kind" else value)
    return None


def split_list(value: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,，、;；]", value) if p.strip()]


# Chinese compliance words map to the ids the rules check.
ZH_COMPLIANCE = {"暴力": "violence", "打耳光": "violence", "血腥": "blood", "吸烟": "smoking",
                 "抽烟": "smoking", "饮酒": "drinking", "喝酒": "drinking", "亲密": "intimacy",
                 "霸凌": "abuse", "虐待": "abuse", "未成年": "minors", "赌博": "gambling",
                 "自残": "self-harm", "炫富": "wealth-flaunting", "拜金": "wealth-flaunting",
                 "极端复仇": "extreme-revenge"}


def parse_compliance(value: str) -> list[str]:
    return [ZH_COMPLIANCE.get(tag, tag) for tag in split_list(value)]


def parse_emotion(value: str) -> dict:
    """'怒 down 4' / 'payoff 5' / 'up 2' to Emotion fields; ValueError when unclear."""
    out: dict = {}
    tag_parts = []
    for token in value.split():
        low = token.lower()
        if low in _DIRECTIONS and "direction" not in out:
            out["direction"] = _DIRECTIONS[low]
        elif re.fullmatch(r"\d+", token) and "intensity" not in out:
            n = int(token)
            if not 1 <= n <= 5:
                raise ValueError(f"emotion intensity must be 1 to 5, got {n}")
            out["intensity"] = n
        else:
            tag_parts.append(token)
    if tag_parts:
        out["tag"] = " ".join(tag_parts)
    if not out:
        raise ValueError("expected a tag, a direction (up, down, level) and an intensity 1-5")
    return out


def format_emotion(tag: str, direction: Direction, intensity: int) -> str:
    return " ".join(p for p in (tag, direction.value, str(intensity)) if p)


def parse_duration(value: str) -> float:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds|秒)?\s*", value, re.I)
    if not m:
        raise ValueError(f"expected seconds such as 12 or 4.5, got {value!r}")
    seconds = float(m.group(1))
    if not 0 < seconds <= 600:
        raise ValueError(f"a beat lasts more than 0 and at most 600 seconds, got {value!r}")
    return seconds


def format_duration(seconds: float) -> str:
    return f"{seconds:g}"


def parse_shot(value: str) -> tuple[str, str]:
    """'CU push-in' -> ('CU', 'push-in'); 'size / move' when either holds spaces."""
    value = value.strip()
    if "/" in value:
        size, move = value.split("/", 1)
        return size.strip(), move.strip()
    tokens = value.split()
    if not tokens:
        return "", ""
    if tokens[0].upper() in _SIZES_UPPER:
        return tokens[0], " ".join(tokens[1:])
    if value.lower() in CAMERA_MOVES:
        return "", value
    return tokens[0], " ".join(tokens[1:])


def format_shot(size: str, move: str) -> str:
    plain = f"{size} {move}".strip()
    if "/" not in plain and parse_shot(plain) == (size, move):
        return plain
    return f"{size} / {move}".strip()


def parse_links(value: str) -> list[str]:
    return split_list(value)


def note(key: str, value: str = "") -> str:
    """One annotation as Fountain text that reads back as the same value, brackets,
    backslashes and empty lines included (see fountain_scan.escape_note)."""
    return f"[[{key}: {escape_note(value)}]]" if value else f"[[{key}]]"
