"""The one decision of what a panel's picture shows, for every view and output.

``plan_panel`` returns a ``PicturePlan``: plain data in frame units (0..1 across and
down the 9:16 frame, y downward; widths as a share of the frame's width) that a backend
only fills and strokes. Qt (``render``) and reportlab (``export.pdf``) are the backends.
The rules live here once:

* the panel's image is placed by ``place_image`` with the panel's fit (fill = crop,
  the default, or fit = letterbox);
* the sketch's visible layers are painted over it (reference pictures always fill, as
  the sketch pad shows them);
* with no image and an empty or absent sketch, the automatic frame is drawn;
* a picture that cannot be shown gives the faint automatic frame, a hatch, a warning
  triangle and one wording of the problem (``PLACEHOLDER_TEXT``);
* guides come from one ``GuideSpec``.

Qt-free.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Union

from . import sketch as sk
from .assets import AssetProblem, resolve
from .autoframe import AutoFrame, auto_frame
from .errors import BeatBoardError
from .model import Beat, Panel, Project
from .panel_timing import is_out_of_cut
from .sketch_cache import load_sketch_cached

FRAME_ASPECT = 9 / 16  # width / height of the vertical frame
PURPOSES = ("canvas", "inspector", "sketchpad", "onion", "series_card", "frames", "animatic",
            "print")
# Views that show only the artist's own drawing (no automatic frame, no placeholder).
_DRAWING_ONLY = {"sketchpad", "onion"}

RGBA = tuple[float, float, float, float]  # 0..1 each
PAPER: RGBA = (1.0, 1.0, 1.0, 1.0)


@dataclass(frozen=True)
class Box:
    """A rectangle in frame units."""
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


WHOLE = Box(0.0, 0.0, 1.0, 1.0)


def place_image(iw: float, ih: float, fit: Optional[str] = None,
                frame_aspect: float = FRAME_ASPECT) -> tuple[Box, Box]:
    """Where an ``iw`` x ``ih`` picture goes in the frame: ``(crop, dest)``, the crop a
    share of the source (0..1, centred) and the destination in frame units. ``fill``
    (the default) crops the overflow; ``fit`` letterboxes the whole picture."""
    if iw <= 0 or ih <= 0:
        return WHOLE, WHOLE
    image_aspect = iw / ih
    if (fit or "fill") == "fit":
        if image_aspect > frame_aspect:  # wider: full width, bars above and below
            h = frame_aspect / image_aspect
            return WHOLE, Box(0.0, (1 - h) / 2, 1.0, h)
        w = image_aspect / frame_aspect
        return WHOLE, Box((1 - w) / 2, 0.0, w, 1.0)
    if image_aspect > frame_aspect:  # wider: keep the middle of it
        w = frame_aspect / image_aspect
        return Box((1 - w) / 2, 0.0, w, 1.0), WHOLE
    h = image_aspect / frame_aspect
    return Box(0.0, (1 - h) / 2, 1.0, h), WHOLE


@dataclass(frozen=True)
class GuideSpec:
    """Frame guides: action/title safe areas and the zones vertical apps cover with their
    own interface. Defaults from practitioners' measurements on 1080x1920 (see the domain
    brief). One spec for the board, the sketch pad, frames and print."""

    safe_areas: bool = True
    ui_zones: bool = True
    action_safe: float = 0.90
    title_safe: float = 0.80
    ui_top: float = 0.10
    ui_bottom: float = 0.20
    ui_right: float = 0.14
    ui_left: float = 0.05

    def safe_boxes(self) -> list[tuple[Box, str]]:
        """(rectangle, dash) for action-safe (dashed) and title-safe (dotted)."""
        return [(_inset(self.action_safe), "dash"), (_inset(self.title_safe), "dot")]

    def zone_boxes(self) -> dict[str, Box]:
        mid = 1 - self.ui_top - self.ui_bottom
        return {"top": Box(0, 0, 1, self.ui_top),
                "bottom": Box(0, 1 - self.ui_bottom, 1, self.ui_bottom),
                "right": Box(1 - self.ui_right, self.ui_top, self.ui_right, mid),
                "left": Box(0, self.ui_top, self.ui_left, mid)}


SAFE_LINE: RGBA = (40 / 255, 90 / 255, 180 / 255, 0.8)
ZONE_FILL: RGBA = (214 / 255, 40 / 255, 40 / 255, 0.16)
ZONE_HATCH: RGBA = (214 / 255, 40 / 255, 40 / 255, 0.27)
SAFE_LINE_WIDTH = 1.5 / 540  # of the frame's width: 1.5 px on a 540 px frame
PRINT_GUIDES = GuideSpec(ui_zones=False)  # paper shows what the artist composed to


def _inset(share: float) -> Box:
    m = (1 - share) / 2
    return Box(m, m, share, share)


# -- what a plan holds, in drawing order

@dataclass(frozen=True)
class ImageItem:
    """A picture file drawn with the share ``crop`` of it (0..1 of its upright size)
    filling ``dest`` (frame units)."""
    rel: str  # relative to the project folder
    crop: Box = WHOLE
    dest: Box = WHOLE
    opacity: float = 1.0


@dataclass(frozen=True)
class LayerItem:
    """One sketch layer: its reference picture (if any), then its strokes (erasers clear
    only this layer), composited at ``opacity``."""
    strokes: tuple[sk.Stroke, ...]
    opacity: float
    image: Optional[ImageItem] = None

    @property
    def needs_own_image(self) -> bool:
        return (self.opacity < 1.0 or self.image is not None
                or any(s.erases for s in self.strokes))


@dataclass(frozen=True)
class AutoFrameItem:
    frame: AutoFrame
    opacity: float = 1.0
    labels: bool = True


@dataclass(frozen=True)
class RectItem:
    box: Box
    fill: Optional[RGBA] = None
    stroke: Optional[RGBA] = None
    width: float = 0.0  # share of the frame width
    dash: Optional[str] = None  # dash | dot
    hatch: bool = False  # diagonal hatch in ``fill``


@dataclass(frozen=True)
class WarningItem:
    """The yellow warning triangle, centred at (cx, cy) with ``side`` in frame widths."""
    cx: float
    cy: float
    side: float


@dataclass(frozen=True)
class TextItem:
    text: str
    box: Box
    size: float  # text height as a share of the frame height
    colour: RGBA = (20 / 255, 20 / 255, 20 / 255, 1.0)
    background: Optional[RGBA] = None


@dataclass(frozen=True)
class LineItem:
    """A straight stroke from (x1, y1) to (x2, y2) in frame units (a strike-through)."""

    x1: float
    y1: float
    x2: float
    y2: float
    colour: RGBA
    width: float  # share of the frame width


Item = Union[ImageItem, LayerItem, AutoFrameItem, RectItem, WarningItem, TextItem, LineItem]


@dataclass
class PicturePlan:
    purpose: str
    items: list[Item] = field(default_factory=list)
    source: str = "auto"  # image | sketch | image+sketch | auto | placeholder | none
    problems: list[AssetProblem] = field(default_factory=list)
    paper: Optional[RGBA] = PAPER  # None: transparent ground (onion skins)


# The one wording of a picture or sketch that cannot be shown, on screen and on paper:
# (what, problem kind) per language.
PLACEHOLDER_TEXT = {
    "en": {("image", "missing"): "Picture missing",
           ("image", "outside"): "Picture outside the project",
           ("image", "not_a_file"): "Picture is not a file",
           ("image", "unreadable"): "Picture damaged or not an image",
           ("sketch", "missing"): "Sketch missing",
           ("sketch", "outside"): "Sketch outside the project",
           ("sketch", "not_a_file"): "Sketch is not a file",
           ("sketch", "unreadable"): "Sketch damaged"},
    "zh": {("image", "missing"): "图片缺失",
           ("image", "outside"): "图片在项目文件夹之外",
           ("image", "not_a_file"): "图片不是文件",
           ("image", "unreadable"): "图片已损坏或不是图片",
           ("sketch", "missing"): "草图缺失",
           ("sketch", "outside"): "草图在项目文件夹之外",
           ("sketch", "not_a_file"): "草图不是文件",
           ("sketch", "unreadable"): "草图已损坏"},
}


def language_of(project: Optional[Project]) -> str:
    lang = (project.series.language or "").lower() if project is not None else ""
    return "zh" if lang.startswith("zh") else "en"


def placeholder_text(problem: AssetProblem, lang: str) -> str:
    table = PLACEHOLDER_TEXT.get(lang, PLACEHOLDER_TEXT["en"])
    what = "sketch" if problem.rel.endswith(".json") else "image"
    words = table.get((what, problem.kind), table[(what, "unreadable")])
    return words + "\n" + problem.rel


# A backend's reader: the picture's upright (width, height) as it will decode it, or
# the problem that stops it from being shown.
Measure = Callable[[str], tuple[Optional[tuple[int, int]], Optional[AssetProblem]]]


def image_item(measure: Measure, rel: str, fit: Optional[str],
               problems: list[AssetProblem]) -> Optional[ImageItem]:
    size, problem = measure(rel)
    if size is None:
        if problem is not None:
            problems.append(problem)
        return None
    crop, dest = place_image(size[0], size[1], fit)
    return ImageItem(rel, crop, dest)


def plan_panel(project: Optional[Project], base_dir: str | Path | None, beat: Beat,
               panel: Panel, purpose: str = "canvas", guides: Optional[GuideSpec] = None,
               reference_dim: float = 1.0, measure: Optional[Measure] = None,
               lang: Optional[str] = None) -> PicturePlan:
    """Everything drawn for ``panel`` in a view or output ``purpose`` (see ``PURPOSES``).
    ``guides`` overrides the purpose's own (print: safe areas over the artist's picture).
    ``measure`` is the backend's picture reader (default: Pillow's header). Never raises
    for a bad asset: problems are listed and drawn. ``lang`` (en|zh) overrides the
    series language for the placeholder's words."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown picture purpose {purpose!r}")
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    measure = measure or header_measure(base)
    drawing_only = purpose in _DRAWING_ONLY
    plan = PicturePlan(purpose, paper=None if purpose == "onion" else PAPER)
    shown: list[str] = []
    if panel.image:
        item = image_item(measure, panel.image, panel.fit, plan.problems)
        if item is not None:
            plan.items.append(item)
            shown.append("image")
    if panel.sketch:
        sketch, problem = load_sketch_cached(base, panel.sketch)
        if sketch is not None and not sketch.is_empty:
            plan.items.extend(sketch_layers(measure, sketch, reference_dim, plan.problems))
            shown.append("sketch")
        elif problem is not None:
            plan.problems.append(problem)
    if shown:
        plan.source = "+".join(shown)
        if plan.problems and not drawing_only:
            plan.items.append(warning_badge())
    elif drawing_only:
        plan.source = "none"
    elif plan.problems:
        plan.source = "placeholder"
        plan.items.extend(placeholder(beat, panel, plan.problems[0],
                                      lang or language_of(project)))
    else:
        plan.items.append(AutoFrameItem(auto_frame(beat, panel)))
    if guides is None and purpose == "print" and shown:
        guides = PRINT_GUIDES
    if guides is not None:
        plan.items.extend(guide_items(guides))
    if purpose in _SHOWS_DROPPED and is_out_of_cut(beat, panel):
        plan.items.extend(dropped_items(lang or language_of(project)))
    return plan


# The views and the printed board show a dropped panel struck through; the outputs that
# play the cut (frames, animatic) never get one, the drawing tools draw the picture.
_SHOWS_DROPPED = {"canvas", "inspector", "series_card", "print"}
DROPPED_TEXT = {"en": "dropped in the edit", "zh": "剪辑时删除"}
_STRIKE = (200 / 255, 30 / 255, 30 / 255, 0.9)


def dropped_items(lang: str) -> list[Item]:
    """Dimmed, crossed out, and saying so in both languages (the series' first)."""
    other = "zh" if lang == "en" else "en"
    words = DROPPED_TEXT.get(lang, DROPPED_TEXT["en"]) + "\n" + DROPPED_TEXT[other]
    return [RectItem(WHOLE, fill=(1.0, 1.0, 1.0, 0.62)),
            LineItem(0.04, 0.04, 0.96, 0.96, _STRIKE, 0.035),
            LineItem(0.96, 0.04, 0.04, 0.96, _STRIKE, 0.035),
            TextItem(words, Box(0.06, 0.44, 0.88, 0.12), 0.04, colour=_STRIKE,
                     background=(1.0, 1.0, 1.0, 0.92))]


def sketch_layers(measure: Measure, sketch: sk.Sketch, reference_dim: float,
                  problems: list[AssetProblem]) -> list[LayerItem]:
    out: list[LayerItem] = []
    for layer in sketch.layers:
        if not layer.visible or (not layer.strokes and not layer.image):
            continue
        opacity = layer.opacity * (reference_dim if layer.kind == "reference" else 1.0)
        # a reference picture fills the frame, as the sketch pad shows it under the strokes
        image = image_item(measure, layer.image, "fill", problems) if layer.image else None
        out.append(LayerItem(tuple(layer.strokes), opacity, image))
    return out


def guide_items(spec: GuideSpec) -> list[Item]:
    items: list[Item] = []
    if spec.ui_zones:
        for z in spec.zone_boxes().values():
            items.append(RectItem(z, fill=ZONE_FILL))
            items.append(RectItem(z, fill=ZONE_HATCH, hatch=True))
    if spec.safe_areas:
        for box, dash in spec.safe_boxes():
            items.append(RectItem(box, stroke=SAFE_LINE, width=SAFE_LINE_WIDTH, dash=dash))
    return items


def warning_badge() -> WarningItem:
    """A small mark in the corner: part of the picture (e.g. its reference) is missing."""
    side = 0.12
    return WarningItem(1 - side * 0.75, side * 0.7 * FRAME_ASPECT, side)


def placeholder(beat: Beat, panel: Panel, problem: AssetProblem, lang: str) -> list[Item]:
    side = 0.28
    cy = 0.42
    return [AutoFrameItem(auto_frame(beat, panel), opacity=0.28, labels=False),
            RectItem(WHOLE, fill=(120 / 255, 120 / 255, 120 / 255, 90 / 255), hatch=True),
            WarningItem(0.5, cy, side),
            TextItem(placeholder_text(problem, lang),
                     Box(0.06, cy + side * 0.6 * FRAME_ASPECT, 0.88, 0.11), 0.026,
                     background=(1.0, 1.0, 1.0, 0.9))]


def header_measure(base: Path) -> Measure:
    """Sizes from the file's header (Pillow, EXIF orientation applied), without decoding."""
    def measure(rel: str):
        try:
            path = resolve(base, rel)
            from PIL import Image  # only here: the core reads no pixels otherwise
            with Image.open(path) as im:
                w, h = im.size
                if im.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # turned a quarter
                    w, h = h, w
            return (w, h), None
        except BeatBoardError as e:
            return None, AssetProblem.from_error(rel, e)
        except (OSError, ValueError) as e:
            return None, AssetProblem(rel, "unreadable", f"{rel}: the image is damaged ({e})")
    return measure
