"""Props in the automatic frame: which prop a panel shows and the glyph drawn for it."""
from __future__ import annotations

import math

from .autoframe_items import ASPECT, Drawing, Ellipse, Label, Shape, towards
from .model import Beat


def prop_for(beat: Beat, index: int) -> str:
    """The prop an insert shows: the first one the panel's caption names (by its name or
    its last word), else one by the panel's position."""
    if not beat.props:
        return "INSERT"
    caption = ""
    if index < len(beat.panels):
        caption = (beat.panels[index].caption or "").lower()
    for prop in beat.props:
        low = prop.lower()
        if caption and (low in caption or low.split()[-1] in caption.split()
                        or low.split()[-1] + "." in caption.split()):
            return prop
    return beat.props[index % len(beat.props)]


_PROP_KINDS = (
    (("phone", "mobile", "手机"), "phone"),
    (("tablet", "laptop", "screen", "平板", "电脑"), "tablet"),
    (("paper", "contract", "letter", "will", "document", "file", "folder", "agreement",
      "photo", "envelope", "report", "合同", "信", "遗嘱", "照片", "文件", "协议"), "paper"),
    (("ring", "bracelet", "necklace", "pearls", "戒指", "手镯", "项链"), "ring"),
    (("bowl", "soup", "cup", "glass", "tureen", "mug", "碗", "杯", "汤"), "bowl"),
)


def prop_kind(name: str) -> str:
    low = name.lower()
    for words, kind in _PROP_KINDS:
        if any(w in low for w in words):
            return kind
    return "box"


def object_box(d: Drawing, cx: float, cy: float, w: float, label: str) -> None:
    """The prop on a table edge, drawn as what it is (a phone, papers, a ring, a bowl) or
    as a box, with its name."""
    kind = prop_kind(label)
    if kind != "box":
        _prop_glyph(d, kind, cx, cy, w)
        d.top.append(Label(cx, min(0.9, cy + w * 0.75), label, size=0.024, role="prop"))
        return
    h = w * 0.38
    dx, dy = w * 0.16, -w * 0.16
    x0, x1 = cx - w / 2, cx + w / 2
    y0, y1 = cy - h / 2 * ASPECT * 0.5, cy + h / 2 * ASPECT * 0.5
    d.back.append(Shape(((0.0, y0 + 0.02), (1.0, y0 + 0.02)), 0.005, "ink", role="set"))
    d.back.append(Shape(((0.0, y0 - 0.1), (1.0, y0 - 0.1)), 0.003, "light", role="set"))
    d.items.append(Shape(((x0, y0), (x0 + dx, y0 + dy), (x1 + dx, y0 + dy), (x1, y0)),
                         0.007, "ink", True, "light"))
    d.items.append(Shape(((x1, y0), (x1 + dx, y0 + dy), (x1 + dx, y1 + dy), (x1, y1)),
                         0.007, "ink", True, "mid"))
    d.items.append(Shape(((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 0.007, "ink", True, "paper"))
    d.top.append(Label(cx, (y0 + y1) / 2, label, size=0.024, role="prop"))


def _prop_glyph(d: Drawing, kind: str, cx: float, cy: float, w: float) -> None:
    lw = 0.007
    table = cy - w * 0.3  # the table's far edge, behind the prop lying on it
    d.back.append(Shape(((0.0, table), (1.0, table)), 0.005, "ink", role="set"))
    d.back.append(Shape(((0.0, table - 0.12), (1.0, table - 0.12)), 0.003, "light", role="set"))
    hw = w / 2

    def rect(x0, y0, x1, y1, fill, width=lw):
        d.items.append(Shape(((x0, y0), (x1, y0), (x1, y1), (x0, y1)), width, "ink", True, fill))

    if kind in ("phone", "tablet"):
        bw, bh = (hw * 0.55, w * 0.62) if kind == "phone" else (hw, w * 0.42)
        rect(cx - bw, cy - bh, cx + bw, cy + bh * 0.55, "ink")
        rect(cx - bw * 0.85, cy - bh * 0.9, cx + bw * 0.85, cy + bh * 0.45, "paper", lw * 0.5)
        for k in range(3):  # a message on the lit screen
            y = cy - bh * 0.6 + k * bh * 0.22
            d.items.append(Shape(((cx - bw * 0.65, y), (cx + bw * (0.6 - 0.25 * k), y)), lw * 0.8,
                                 "mid"))
    elif kind == "paper":
        sheet = ((cx - hw, cy + w * 0.3), (cx - hw * 0.7, cy - w * 0.45),
                 (cx + hw * 0.95, cy - w * 0.42), (cx + hw * 0.8, cy + w * 0.34))
        d.items.append(Shape(sheet, lw, "ink", True, "paper"))
        for k in range(6):
            t = 0.15 + k * 0.12
            a = towards(sheet[0], sheet[1], 1 - t)
            b = towards(sheet[3], sheet[2], 1 - t)
            d.items.append(Shape((towards(a, b, 0.12), towards(a, b, 0.85 - 0.2 * (k == 5))),
                                 lw * 0.6, "mid"))
    elif kind == "ring":
        d.items.append(Ellipse(cx, cy, hw * 0.8, w * 0.16, lw * 2.2, "ink", None))
        d.items.append(Ellipse(cx, cy - w * 0.01, hw * 0.68, w * 0.12, lw * 0.7, "mid", None))
        d.items.append(Shape(((cx - w * 0.07, cy - w * 0.16), (cx, cy - w * 0.26),
                              (cx + w * 0.07, cy - w * 0.16), (cx, cy - w * 0.12)), lw, "ink",
                             True, "light"))
    else:  # bowl
        rim = cy - w * 0.12
        body = tuple((cx + hw * math.cos(a), rim + w * 0.38 * math.sin(a))
                     for a in [math.pi * k / 16 for k in range(17)])
        d.items.append(Shape(body, lw, "ink", True, "paper"))
        d.items.append(Ellipse(cx, rim, hw, w * 0.1, lw, "ink", "light"))
        for k in range(2):  # steam
            x = cx - w * 0.1 + k * w * 0.2
            d.items.append(Shape(tuple((x + 0.02 * math.sin(j), rim - 0.02 - j * 0.02)
                                       for j in range(6)), lw * 0.6, "mid"))
