"""Small projects and PDF readers for the PDF export tests."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from beatboard.core.model import (Beat, Emotion, Episode, Link, Project, Series, Shot,
                                  paywall_anchor_for)
from beatboard.export.pdf import PdfOptions, export_pdf

TAGS = ("humiliation", "payoff", "suspense", "sweet", "indignation", "thrill")


def make_beat(ep: int, i: int, kind: str = "setup", **kw) -> Beat:
    tag = TAGS[i % len(TAGS)]
    fields = dict(id=f"e{ep}b{i}", title=f"Beat title E{ep}B{i}", kind=kind,
                  duration_s=8.0, emotion=Emotion(tag=tag, intensity=1 + i % 5),
                  action=f"Action text {ep}-{i}", dialogue=f"LIN: Line {ep}-{i}.",
                  shot=Shot(size="CU", move="push-in"), characters=["Lin Xia"],
                  location="Gala hall", props=[f"prop{ep}x{i}"])
    fields.update(kw)
    return Beat(**fields)


def make_episode(number: int, beats: int = 8, variants: int = 0) -> Episode:
    """``beats`` main-line beats (hook first, cliffhanger last) and ``variants`` branch beats."""
    kinds = ["hook"] + ["setup"] * (beats - 2) + ["cliffhanger"] if beats >= 2 else ["hook"] * beats
    main = [make_beat(number, i + 1, kind) for i, kind in enumerate(kinds)]
    links = [Link(**{"from": a.id, "to": b.id}) for a, b in zip(main, main[1:])]
    extra = []
    for v in range(variants):  # each variant replaces main beat 2 + v
        b = make_beat(number, 100 + v, "setup", id=f"e{number}v{v + 1}",
                      title=f"Variant title E{number}V{v + 1}")
        extra.append(b)
        links.append(Link(**{"from": main[v].id, "to": b.id, "kind": "variant"}))
        links.append(Link(**{"from": b.id, "to": main[v + 2].id, "kind": "next"}))
    return Episode(id=f"ep{number}", number=number, title=f"Episode {number}",
                   beats=main + extra, links=links if variants else [])


def make_project(episodes: int = 3, beats: int = 8, variants: int = 0, **series) -> Project:
    first_paid = series.pop("paywall_episode", None)
    eps = [make_episode(n, beats, variants) for n in range(1, episodes + 1)]
    s = Series(title=series.pop("title", "Test Series 测试"), genre="revenge",
               paywall_after=paywall_anchor_for(eps, first_paid), **series)
    return Project(series=s, episodes=eps)


def export(tmp_path: Path, project: Project, name: str = "out.pdf", **opts) -> Path:
    out = tmp_path / name
    export_pdf(project, out, PdfOptions(**opts), source_name="test.beatboard",
               base_dir=tmp_path)
    return out


def have_tool(name: str) -> bool:
    """Poppler's tools are optional: tests that need them skip on a machine without."""
    return shutil.which(name) is not None and not os.environ.get("BEATBOARD_TEST_NO_POPPLER")


def page_texts(pdf: Path) -> list[str]:
    """Text of each page in drawing order (pdftotext -raw, else pypdf)."""
    if not have_tool("pdftotext"):
        from pypdf import PdfReader
        return [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squash(text: str) -> str:
    """Drop whitespace so wrapped lines compare equal to the source text."""
    return re.sub(r"\s+", "", text)


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(str(pdf)).pages)


def sample_sketch(seed: int, strokes: int = 40, eraser: bool = False):
    """A storyboard-like sketch made with the app's stroke model: a horizon, a figure
    (head and body) placed by ``seed``, and hatching strokes."""
    import math
    import random

    from beatboard.core import sketch as sk

    rnd = random.Random(seed)
    s = sk.new_sketch()
    rough, ink = s.layer("rough"), s.layer("ink")
    horizon = 1100 + rnd.randint(-150, 150)
    rough.strokes.append(sk.make_stroke("pencil", "grey", 8, [(x, horizon + 10 * math.sin(x / 90), 0.6)
                                                           for x in range(40, 1060, 20)]))
    cx, cy, r = 300 + rnd.randint(0, 480), 600 + rnd.randint(0, 300), 120
    ink.strokes.append(sk.make_stroke("pen", "black", 10, [
        (cx + r * math.cos(a / 20 * 2 * math.pi), cy + r * math.sin(a / 20 * 2 * math.pi),
         0.3 + 0.7 * a / 20) for a in range(21)]))
    ink.strokes.append(sk.make_stroke("pen", "black", 12, [(cx - 200, cy + 700, 0.5),
                                                           (cx - 150, cy + 220, 0.9),
                                                           (cx + 150, cy + 220, 0.9),
                                                           (cx + 200, cy + 700, 0.5)]))
    for i in range(max(0, strokes - 3)):
        x0, y0 = rnd.randint(60, 1000), rnd.randint(1200, 1800)
        rough.strokes.append(sk.make_stroke(
            "marker" if i % 7 == 0 else "pencil", "blue" if i % 5 == 0 else "grey", 14,
            [(x0 + t * 12, y0 - t * 6 + rnd.randint(-3, 3), 0.4 + t / 20) for t in range(8)]))
    if eraser:  # clears a band through the figure's body in the ink layer
        ink.strokes.append(sk.make_stroke("eraser", "black", 60,
                                          [(cx - 260, cy + 450, 1.0), (cx + 260, cy + 450, 1.0)]))
    return s


def sketched_project(folder: Path, episodes: int = 1, beats: int = 4, panels: int = 3,
                     strokes: int = 40) -> Project:
    """Episodes whose beats have ``panels`` panels, each with its own stored sketch."""
    from beatboard.core import assets
    from beatboard.core.model import Panel

    project = make_project(episodes=episodes, beats=beats)
    path = folder / "test.beatboard"
    n = 0
    for ep in project.episodes:
        for beat in ep.beats:
            beat.panels = [Panel(id=f"{beat.id}-p{i + 1}",
                                 sketch=assets.store_sketch(path, sample_sketch(n + i, strokes)))
                           for i in range(panels)]
            n += panels
    return project
