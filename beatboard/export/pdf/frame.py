"""The 9:16 frame of a panel: the beat's image, or an empty frame with safe-area guides."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib.utils import ImageReader

from ...core.errors import BeatBoardError
from ...core.userfiles import open_user_file
from ...core.assets import MAX_IMAGE_FILE_BYTES as MAX_SOURCE_BYTES
from ...interchange.images import MAX_PIXELS as MAX_SOURCE_PIXELS
from ...interchange.images import resolve_image as resolve_in_project
from .draw import Painter
from .labels import label
from .layout import Rect
from .style import GUIDE_GREY, INK, LIGHT, Style

MAX_IMAGE_PX = 900  # long side after downscaling: sharp at print size, small files


def frame_rect(area: Rect) -> Rect:
    """The largest 9:16 rectangle centred at the top of ``area``."""
    w = min(area.w, area.h * 9 / 16)
    h = w * 16 / 9
    return Rect(area.x + (area.w - w) / 2, area.top - h, w, h)


@lru_cache(maxsize=256)
def _load_image(path: str, grey: bool, stamp: tuple[int, int] | None):
    """An ImageReader for ``path``, or the label key explaining why there is none."""
    from PIL import Image, UnidentifiedImageError  # Pillow comes with reportlab

    p = Path(path)
    if stamp is None:
        return "image_missing"
    try:
        with open_user_file(p, "image", MAX_SOURCE_BYTES) as f, Image.open(f) as im:
            if im.width * im.height > MAX_SOURCE_PIXELS:
                return "image_unreadable"  # refuse decompression bombs before decoding
            im.load()
            im = im.convert("L" if grey else "RGB")
    except (BeatBoardError, UnidentifiedImageError, OSError, ValueError,
            Image.DecompressionBombError):
        return "image_unreadable"
    im.thumbnail((MAX_IMAGE_PX, MAX_IMAGE_PX))
    return ImageReader(im)


def resolve_image(image: str | None, base_dir: str | Path | None, grey: bool):
    if not image:
        return None
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    try:  # paths that lead out of the project folder (also through symlinks) are refused
        path = resolve_in_project(base, image)
    except BeatBoardError:
        return "image_unreadable"
    try:  # the file's size and time join the cache key: an edited image is reloaded
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size) if path.is_file() else None
    except OSError:
        stamp = None
    return _load_image(str(path), grey, stamp)


def _zone_label(f: Rect, lang: str, size: float):
    from .fonts import fit_line, text_width
    zone = Rect(f.x, f.y, f.w, f.h * 0.2)
    box = Rect(zone.x + 2, zone.y + zone.h * 0.3, zone.w - 4, zone.h * 0.4)
    text, s = fit_line(label("subtitles", lang), box.w, max(size * 0.75, 6))
    x = box.x + (box.w - text_width(text, s)) / 2
    return x, box.y + max((box.h - s) / 2, 0) + 0.22 * s, text, s


def _empty_frame(p: Painter, f: Rect, lang: str, size: float) -> None:
    # Subtitle / app-button zone: bottom 20%, lightly hatched so nothing is sketched there.
    zone = Rect(f.x, f.y, f.w, f.h * 0.2)
    p.rect(zone, fill=LIGHT)
    p.hatch(zone, GUIDE_GREY, step=4.0, width=0.3)
    x, y, text, s = _zone_label(f, lang, size)
    p.string(x, y, text, s, INK)
    _guides(p, f)


def _guides(p: Painter, f: Rect) -> None:
    """Action-safe (90%) dashed, title-safe (80%) dotted."""
    for frac, dash in ((0.9, (3, 2)), (0.8, (1, 2))):
        g = Rect(f.x + f.w * (1 - frac) / 2, f.y + f.h * (1 - frac) / 2, f.w * frac, f.h * frac)
        p.rect(g, stroke=GUIDE_GREY, width=0.4, dash=dash)


def draw_frame(p: Painter, area: Rect, image, style: Style, lang: str, size: float,
               image_name: str | None = None) -> Rect:
    f = frame_rect(area)
    p.rect(f, fill=(1.0, 1.0, 1.0), stroke=INK, width=0.8)
    if image is not None and not isinstance(image, str):
        iw, ih = image.getSize()
        k = min(f.w / iw, f.h / ih)
        w, h = iw * k, ih * k
        p.c.drawImage(image, f.x + (f.w - w) / 2, f.y + (f.h - h) / 2, w, h)
        _guides(p, f)
    else:
        # The empty frame is the same on every panel of a layout: draw it once as a form.
        name = f"frame_{f.w:.1f}_{f.h:.1f}_{lang}_{size:.2f}"
        if name not in p.forms:
            p.define_form(name, lambda: _empty_frame(p, Rect(0, 0, f.w, f.h), lang, size))
        p.use_form(name, f.x, f.y)
        lab = _zone_label(f, lang, size)
        p.record_line(*lab)
    p.rect(f, stroke=INK, width=0.8)
    if isinstance(image, str):
        box = Rect(f.x + 3, f.y + f.h * 0.45, f.w - 6, f.h * 0.25)
        p.text_box(box, label(image, lang) + ("\n" + image_name if image_name else ""),
                   max(size * 0.95, 6), style.colour("#C62828"))
    return f
