"""Give every beat of the Iron Heiress sample its panels, and sketch episodes 1 and 2.

Run from the repository root::

    python samples/tools/iron_heiress_panels.py

Panels: episodes 1 and 2 follow a director's shot breakdown written out below; the
other episodes get a rule-based breakdown (1-3 panels by the beat's length, the first
panel in the beat's own shot, then closer shots). Captions stay automatic (the beat's
dialogue split across the panels) except where a panel shows an action instead.

Sketches: every panel of episodes 1 and 2 is drawn with BeatBoard's own stroke model, as
a storyboard artist would block it: a grey pencil rough of the set and the figures, black
pen ink over it with tapered pressure, grey marker on hair and dark shapes, red camera
arrows. The layout of each drawing comes from the automatic frame of the panel's shot
(so shot sizes, characters and moves match the board), redrawn by hand-like strokes
with wobble, overshoot and pressure. Deterministic: the same file every run.
"""
from __future__ import annotations

import hashlib
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from beatboard.core import assets  # noqa: E402
from beatboard.core import sketch as sk  # noqa: E402
from beatboard.core.autoframe import Arrow, Ellipse, Label, Shape, auto_frame  # noqa: E402
from beatboard.core.fileio import load, save  # noqa: E402
from beatboard.core.model import Beat, Panel, Project, Shot  # noqa: E402

SAMPLE = ROOT / "samples" / "iron-heiress.beatboard"
SKETCHED_EPISODES = (1, 2)

# (size, move, caption) per panel; None caption = the dialogue, split automatically.
# The first panel's size and move may be "" (= the beat's own shot).
BREAKDOWN: dict[str, list[tuple[str, str, str | None]]] = {
    "e01-b01": [("INSERT", "static", "Hot soup splashes across Ava's apron."),
                ("", "", None)],
    "e01-b02": [("", "", None), ("CU", "static", None), ("MCU", "static", None)],
    "e01-b03": [("", "", "Father: Three years are up. Your promise is kept. Come home."),
                ("CU", "static", "Ava turns the phone face down.")],
    "e01-b04": [("MS", "", None), ("INSERT", "static", "Divorce papers sink into the soup tureen."),
                ("CU", "static", None)],
    "e01-b05": [("", "", None),
                ("INSERT", "static", "Flash: the jade bracelet at a hospital cashier's window."),
                ("CU", "static", None)],
    "e01-b06": [("", "", None), ("INSERT", "static", "She signs, slides off the ring and drops "
                                                     "it into the soup."),
                ("CU", "push-in", None)],
    "e01-b07": [("", "", None), ("CU", "static", None)],
    "e01-b08": [("", "", None), ("OTS", "static", None)],
    "e01-b09": [("", "", "Black cars turn into the drive in perfect formation."),
                ("ECU", "push-in", None)],
    "e02-b01": [("WS", "", "Margaret hurls the suitcase down the front steps."),
                ("CU", "static", None)],
    "e02-b02": [("INSERT", "static", "Chloe's heel grinds into the wedding photo."),
                ("", "", None)],
    "e02-b03": [("", "", None), ("MS", "static", None),
                ("CU", "static", "Ava looks up at the fleet.")],
    "e02-b04": [("INSERT", "static", "Margaret's umbrella slips from her hand."),
                ("", "", None)],
    "e02-b05": [("", "", None), ("CU", "static", None)],
    "e02-b06": [("", "", None), ("CU", "static", None),
                ("ECU", "static", "She presses the towel to her face and lets herself shake.")],
    "e02-b07": [("", "", "Sterling-Hale merger, $2 billion. Pending: signature of the "
                         "Sterling heir."),
                ("OTS", "static", None), ("CU", "static", None)],
    "e02-b08": [("", "", None), ("MS", "static", None)],
    "e02-b09": [("INSERT", "static", "Ethan's phone rings."), ("MS", "", None)],
}

NEXT_SIZES = {"EWS": ["WS", "CU"], "WS": ["MS", "CU"], "MLS": ["MS", "CU"], "MWS": ["MS", "CU"],
              "MS": ["CU", "CU"], "MCU": ["CU", "MS"], "CU": ["CU", "MCU"], "ECU": ["CU", "MS"],
              "OTS": ["OTS", "CU"], "INSERT": ["CU", "MS"], "POV": ["CU", "MS"]}


def rule_breakdown(beat: Beat) -> list[tuple[str, str, str | None]]:
    n = 1 if beat.seconds < 6 else 2 if beat.seconds < 10 else 3
    lines = len([l for l in beat.dialogue.splitlines() if l.strip()])
    n = min(n, max(lines, 1) + 1)
    follow = NEXT_SIZES.get(beat.shot.size.upper(), ["CU", "MS"])
    out: list[tuple[str, str, str | None]] = [("", "", None)]
    for k in range(1, n):
        size = follow[k - 1]
        move = "static"
        if k == n - 1 and beat.kind == "cliffhanger":
            size, move = "ECU", "push-in"  # end the episode on the eyes
        out.append((size, move, None))
    return out


def give_panels(project: Project) -> None:
    for ep in project.ordered_episodes():
        for beat in ep.beats:
            plan = BREAKDOWN.get(beat.id) or rule_breakdown(beat)
            first = beat.panels[0] if beat.panels else None
            panels = []
            for k, (size, move, caption) in enumerate(plan, start=1):
                panel = Panel(id=f"{beat.id}-p{k}", shot=Shot(size=size, move=move),
                              caption=caption)
                if k == 1 and first is not None:  # keep what the first panel already had
                    panel.image, panel.notes = first.image, first.notes
                panels.append(panel)
            beat.panels = panels


# --- hand-drawn strokes -------------------------------------------------------------

def to_canvas(p):
    return (p[0] * sk.CANVAS_W, p[1] * sk.CANVAS_H)


def hand_line(rng: random.Random, pts, tool="pen", colour="black", width=6.0, wobble=1.6,
              step=9.0, pmin=0.3, pmax=0.9, overshoot=6.0) -> sk.Stroke | None:
    """A hand-drawn stroke along a canvas polyline: wobble, overshoot, tapered pressure."""
    pts = [p for i, p in enumerate(pts) if i == 0 or math.dist(p, pts[i - 1]) > 0.5]
    if len(pts) < 2:
        return None
    (x0, y0), (x1, y1) = pts[0], pts[1]
    d = math.dist(pts[0], pts[1]) or 1
    start = (x0 - (x1 - x0) / d * overshoot * rng.random(), y0 - (y1 - y0) / d * overshoot * rng.random())
    (xa, ya), (xb, yb) = pts[-2], pts[-1]
    d = math.dist(pts[-2], pts[-1]) or 1
    end = (xb + (xb - xa) / d * overshoot * rng.random(), yb + (yb - ya) / d * overshoot * rng.random())
    path = [start] + pts[1:-1] + [end]
    total = sum(math.dist(a, b) for a, b in zip(path, path[1:]))
    f1, f2 = rng.uniform(0.004, 0.01), rng.uniform(0.02, 0.04)
    ph1, ph2 = rng.uniform(0, 6.3), rng.uniform(0, 6.3)
    out = []
    s = 0.0
    for a, b in zip(path, path[1:]):
        seg = math.dist(a, b)
        if seg == 0:
            continue
        nx, ny = -(b[1] - a[1]) / seg, (b[0] - a[0]) / seg
        k = 0
        while k * step < seg:
            t = k * step / seg
            dist = s + k * step
            w = wobble * (0.7 * math.sin(f1 * dist + ph1) + 0.3 * math.sin(f2 * dist + ph2))
            x = a[0] + (b[0] - a[0]) * t + nx * w + rng.gauss(0, 0.25)
            y = a[1] + (b[1] - a[1]) * t + ny * w + rng.gauss(0, 0.25)
            u = dist / total if total else 0
            pr = pmin + (pmax - pmin) * (math.sin(math.pi * u) ** 0.6) + rng.gauss(0, 0.02)
            out.append((x, y, min(1, max(0.05, pr))))
            k += 1
        s += seg
    out.append((path[-1][0], path[-1][1], pmin))
    return sk.make_stroke(tool, colour, width, out)


def polyline_strokes(rng, pts, closed, **kw) -> list[sk.Stroke]:
    """Long outlines are drawn in a few overlapping strokes, as an artist does."""
    pts = list(pts) + ([pts[0]] if closed else [])
    chunk = rng.randint(4, 6)
    strokes = []
    i = 0
    while i < len(pts) - 1:
        piece = pts[i:i + chunk + 1]
        s = hand_line(rng, piece, **kw)
        if s:
            strokes.append(s)
        i += chunk
    return strokes


def ellipse_points(cx, cy, rx, ry, a0=0.0, sweep=2 * math.pi, n=28):
    return [(cx + rx * math.cos(a0 + sweep * k / n), cy + ry * math.sin(a0 + sweep * k / n))
            for k in range(n + 1)]


def hatch(rng, poly, spacing=16.0, tool="marker", colour="grey", width=14.0,
          inset: float = 0.0) -> list[sk.Stroke]:
    """Diagonal hatching clipped to a polygon (scanlines in a 45° rotated frame)."""
    c, s_ = math.cos(math.pi / 4), math.sin(math.pi / 4)
    rot = [(x * c + y * s_, -x * s_ + y * c) for x, y in poly]
    vs = [p[1] for p in rot]
    out = []
    wipe: list[tuple[float, float, float]] = []  # the eraser zigzags row to row in one stroke
    v = min(vs) + spacing / 2
    while v < max(vs):
        xs = []
        for (ua, va), (ub, vb) in zip(rot, rot[1:] + rot[:1]):
            if (va - v) * (vb - v) < 0:
                xs.append(ua + (ub - ua) * (v - va) / (vb - va))
        xs.sort()
        for u0, u1 in zip(xs[::2], xs[1::2]):
            u0, u1 = u0 + inset, u1 - inset
            if u1 - u0 < 6:
                continue
            a = (u0 * c - v * s_, u0 * s_ + v * c)
            b = (u1 * c - v * s_, u1 * s_ + v * c)
            if tool == "eraser":  # an even wipe, back and forth like a hand erasing
                if len(xs) != 2 and wipe:
                    out.append(sk.make_stroke("eraser", colour, width, wipe))
                    wipe = []
                if not (-40 < a[1] < sk.CANVAS_H + 40 or -40 < b[1] < sk.CANVAS_H + 40):
                    v += 0  # a row outside the frame: nothing to erase there
                    continue
                ends = [(*a, 1.0), (*b, 1.0)]
                wipe += ends if len(wipe) % 4 == 0 else ends[::-1]
                continue
            st = hand_line(rng, [a, b], tool=tool, colour=colour, width=width, wobble=0.8,
                           step=14, pmin=0.5, pmax=0.8, overshoot=2)
            if st:
                out.append(st)
        v += spacing
    if wipe:
        out.append(sk.make_stroke("eraser", colour, width, wipe))
    return out


def draw_panel(beat: Beat, panel: Panel) -> sk.Sketch:
    seed = int(hashlib.sha256(panel.id.encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    frame = auto_frame(beat, panel)
    sketch = sk.new_sketch()
    rough, ink = sketch.layer("rough"), sketch.layer("ink")
    for item in frame.items:
        if isinstance(item, Label):
            continue
        if isinstance(item, Ellipse):
            cx, cy = to_canvas((item.cx, item.cy))
            rx, ry = item.rx * sk.CANVAS_W, item.ry * sk.CANVAS_H
            a0 = rng.uniform(0, 2 * math.pi)
            pts = ellipse_points(cx, cy, rx, ry, a0, 2 * math.pi + rng.uniform(0.2, 0.45),
                                 n=max(10, min(40, int((rx + ry) / 6))))
            closed, fill = False, item.fill
            poly = ellipse_points(cx, cy, rx, ry)
        elif isinstance(item, (Shape, Arrow)):
            pts = [to_canvas(p) for p in item.points]
            closed = isinstance(item, Shape) and item.closed
            fill = item.fill if isinstance(item, Shape) else None
            poly = pts
        else:
            continue
        xs, ys = [x for x, _ in poly], [y for _, y in poly]
        if max(xs) < -40 or min(xs) > sk.CANVAS_W + 40 or max(ys) < -40 \
                or min(ys) > sk.CANVAS_H + 40:
            continue  # wholly out of the frame: an artist would not draw it
        width = max(3.0, item.width * sk.CANVAS_W * 0.9)
        if item.role == "set" or item.tone == "light":
            rough.strokes += polyline_strokes(rng, pts, closed, tool="pencil", colour="grey",
                                              width=max(3.0, width * 0.8), wobble=2.5)
            continue
        if item.role in ("move", "guide"):
            colour = "red" if item.role == "move" else "grey"
            if getattr(item, "dashed", False):
                for a, b in zip(pts, pts[1:] + ([pts[0]] if closed else [])):
                    n = max(1, int(math.dist(a, b) / 60))
                    for k in range(n):
                        p0 = (a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n)
                        p1 = (a[0] + (b[0] - a[0]) * (k + 0.55) / n, a[1] + (b[1] - a[1]) * (k + 0.55) / n)
                        st = hand_line(rng, [p0, p1], colour=colour, width=6, wobble=0.5)
                        if st:
                            ink.strokes.append(st)
                continue
            st = hand_line(rng, pts, colour=colour, width=max(8.0, width), wobble=1.0, step=12)
            if st:
                ink.strokes.append(st)
            if isinstance(item, Arrow):  # two quick flicks for the head
                (xa, ya), (xb, yb) = pts[-2], pts[-1]
                ang = math.atan2(yb - ya, xb - xa)
                size = item.head * sk.CANVAS_W
                for side in (-1, 1):
                    a = ang + math.pi - side * 0.45
                    tail = (xb + size * math.cos(a), yb + size * math.sin(a))
                    st = hand_line(rng, [tail, (xb, yb)], colour=colour, width=max(8.0, width),
                                   wobble=0.4, overshoot=1)
                    if st:
                        ink.strokes.append(st)
            continue
        # figures and props: what this shape hides is erased from the ink first (the
        # eraser clears its own layer only), then a loose pencil rough and the ink line
        if fill is not None and (closed or isinstance(item, Ellipse)) and len(poly) > 2:
            ink.strokes += hatch(rng, poly, spacing=30, tool="eraser", colour="black",
                                 width=40, inset=16)
        if rng.random() < 0.6 and len(pts) > 2:
            rough_pts = [(x + rng.gauss(0, 3), y + rng.gauss(0, 3)) for x, y in pts]
            rough.strokes += polyline_strokes(rng, rough_pts, closed, tool="pencil",
                                              colour="grey", width=4.0, wobble=3.0)
        ink.strokes += polyline_strokes(rng, pts, closed, tool="pen", colour="black",
                                        width=max(4.0, width * 1.2), wobble=1.2)
        if fill in ("mid", "ink") and len(poly) > 2:
            ink_fill = fill == "ink"
            w_box, h_box = max(xs) - min(xs), max(ys) - min(ys)
            if min(w_box, h_box) < 45:  # an eye or a button: one dab of the pen
                dot = sk.make_stroke("pen", "black" if ink_fill else "grey",
                                     max(4.0, min(w_box, h_box) * 0.9),
                                     [(sum(xs) / len(xs), sum(ys) / len(ys), 1.0)])
                ink.strokes.append(dot)
            else:  # marker tone kept inside the outline
                width = 12 if ink_fill else 16
                rough.strokes += hatch(rng, poly, spacing=10 if ink_fill else 18,
                                       colour="black" if ink_fill else "grey", width=width,
                                       inset=width * 0.6)
    return sketch


def sketch_episodes(project: Project, project_path: Path, numbers=SKETCHED_EPISODES) -> int:
    count = 0
    for n in numbers:
        ep = project.episode_by_number(n)
        for beat in ep.beats:
            for panel in beat.panels:
                panel.sketch = assets.store_sketch(project_path, draw_panel(beat, panel))
                count += 1
    return count


def main() -> int:
    project = load(SAMPLE)
    give_panels(project)
    folder = assets.assets_dir(SAMPLE)
    before = set(folder.glob("*")) if folder.exists() else set()
    count = sketch_episodes(project, SAMPLE)
    save(project, SAMPLE)
    used = {SAMPLE.parent / rel for rel in assets.assets_used(project, SAMPLE.parent)}
    for stale in before - used:  # drawings of an earlier run of this script
        stale.unlink()
    panels = sum(len(b.panels) for e in project.episodes for b in e.beats)
    print(f"{panels} panels, {count} sketches in {folder.name}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
