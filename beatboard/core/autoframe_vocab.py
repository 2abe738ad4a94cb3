"""The shot words the automatic frame understands: sizes (``cu``, ``Close-up``, ``特写``),
camera moves and angles, from the free text the board prints."""
from __future__ import annotations

from .model import Beat, Panel, Shot


_SIZE_ALIASES = {
    "ECU": "ECU", "XCU": "ECU", "BCU": "ECU", "EXTREME CLOSE-UP": "ECU", "大特写": "ECU",
    "CU": "CU", "CLOSE-UP": "CU", "CLOSE UP": "CU", "CLOSEUP": "CU", "特写": "CU",
    "MCU": "MCU", "MEDIUM CLOSE-UP": "MCU", "近景": "MCU", "中近景": "MCU",
    "MS": "MS", "MEDIUM": "MS", "MEDIUM SHOT": "MS", "MID": "MS", "中景": "MS",
    "MLS": "MLS", "MWS": "MLS", "MFS": "MLS", "COWBOY": "MLS", "中全景": "MLS",
    "WS": "WS", "LS": "WS", "FS": "WS", "WIDE": "WS", "WIDE SHOT": "WS", "FULL SHOT": "WS",
    "全景": "WS",
    "EWS": "EWS", "ELS": "EWS", "XWS": "EWS", "XLS": "EWS", "ESTABLISHING": "EWS", "远景": "EWS",
    "大远景": "EWS",
    "OTS": "OTS", "OVER THE SHOULDER": "OTS", "OVER-THE-SHOULDER": "OTS", "过肩": "OTS",
    "POV": "POV", "主观": "POV", "主观镜头": "POV",
    "INSERT": "INSERT", "CUTAWAY": "INSERT", "插入": "INSERT", "道具特写": "INSERT",
}


def normal_size(size: str) -> str:
    """The shot size the frame draws, from free text (``cu``, ``Close-up``, ``特写``)."""
    key = " ".join(size.strip().upper().split())
    return _SIZE_ALIASES.get(key, _SIZE_ALIASES.get(key.split(" ")[0] if key else "", ""))


def effective_shot(beat: Beat, panel: Panel) -> Shot:
    """The panel's shot with empty fields taken from the beat's."""
    own, base = panel.shot, beat.shot
    return Shot(size=own.size or base.size, move=own.move or base.move,
                angle=own.angle or base.angle)


def move_kind(move: str) -> str:
    m = move.strip().lower()
    table = (
        (("push", "dolly in", "zoom in", "zoom-in", "推"), "push-in"),
        (("pull", "dolly out", "zoom out", "zoom-out", "拉"), "pull-out"),
        (("whip", "甩"), "whip"),
        (("pan", "摇"), "pan"),
        (("tilt", "俯仰"), "tilt"),
        (("track", "truck", "dolly", "follow", "跟", "移"), "track"),
        (("handheld", "hand-held", "shaky", "手持"), "handheld"),
        (("crane", "jib", "boom", "升", "降"), "crane"),
        (("orbit", "arc", "360", "环绕"), "orbit"),
        (("zoom", "变焦"), "push-in"),
    )
    for words, kind in table:
        if any(w in m for w in words):
            return kind
    return "static" if m in ("", "static", "locked", "fixed", "固定") else "static"


def angle_kind(angle: str) -> str:
    a = angle.strip().lower()
    if any(w in a for w in ("bird", "overhead", "top", "鸟瞰", "顶")):
        return "bird"
    if any(w in a for w in ("worm", "虫")):
        return "worm"
    if any(w in a for w in ("low", "仰")):
        return "low"
    if any(w in a for w in ("high", "俯")):
        return "high"
    if any(w in a for w in ("dutch", "canted", "tilted", "斜", "倾")):
        return "dutch"
    return "eye"
