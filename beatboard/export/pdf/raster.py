"""Raster pictures for print: read safely, scaled to about 300 dpi at frame size, JPEG.

A 9:16 frame of 70 x 125 pt needs 290 x 520 pixels at 300 dpi; a full-HD panel image is
four times that. Pictures are downsampled with Pillow before embedding and stored as JPEG
(DCT, passed through by reportlab undecoded), so a 100-episode PDF stays small. Results
are cached per (file, its size and time, pixel size, grey), so a picture used on several
frames of one size is scaled once, and reportlab embeds identical bytes only once.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from reportlab.lib.utils import ImageReader

from ...core import assets
from ...core.errors import BeatBoardError

PRINT_DPI = 300
JPEG_QUALITY = 88


class Unreadable(Exception):
    """The picture cannot be printed; ``kind`` is the ``AssetProblem`` kind (missing,
    unreadable, ...) that picks the placeholder's words."""

    def __init__(self, kind: str, detail: str):
        super().__init__(detail)
        self.kind = kind


def pixels_for(points: float) -> int:
    return max(1, round(points / 72.0 * PRINT_DPI))


def locate(rel: str, base_dir: str | Path | None) -> tuple[Path, tuple[int, int]]:
    """The real file and its (mtime, size) stamp; ``Unreadable`` when it cannot be used."""
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    try:  # refuses paths out of the project folder, also through symlinks
        path = assets.resolve(base, rel)
        st = path.stat()
    except BeatBoardError as e:
        kind = getattr(e, "kind", "unreadable")
        raise Unreadable(kind, str(e)) from None
    except OSError as e:
        raise Unreadable("missing", str(e)) from None
    return path, (st.st_mtime_ns, st.st_size)


def print_image(rel: str, base_dir: str | Path | None, w_pt: float, h_pt: float,
                grey: bool, alpha_white: bool = True):
    """An ImageReader for the picture fitted in ``w_pt`` x ``h_pt`` at ~300 dpi."""
    path, stamp = locate(rel, base_dir)
    return _scaled(str(path), stamp, pixels_for(w_pt), pixels_for(h_pt), grey)


@lru_cache(maxsize=256)
def _scaled(path: str, stamp, max_w: int, max_h: int, grey: bool):
    from PIL import Image
    try:
        assets.check_image(path, decode=False)  # format and pixel cap before decoding
        with Image.open(path) as im:
            if im.format == "JPEG":
                im.draft(im.mode, (max_w, max_h))  # decode big photos at a reduced scale
            im.load()
            im = _flatten(im)
    except BeatBoardError as e:
        raise Unreadable("unreadable", str(e)) from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError,
            Image.DecompressionBombError) as e:
        raise Unreadable("unreadable", f"{path}: {e}") from None
    if grey:
        im = im.convert("L")
    if im.width > max_w or im.height > max_h:
        # Fit inside the frame's pixels; never upscale (that only adds bytes).
        k = min(max_w / im.width, max_h / im.height)
        im = im.resize((max(1, round(im.width * k)), max(1, round(im.height * k))),
                       Image.LANCZOS)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    out.seek(0)
    return ImageReader(out)


def _flatten(im):
    """RGB (or L) on white: transparent parts print as paper."""
    from PIL import Image
    if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        bg = Image.new("RGB", im.size, (255, 255, 255))
        bg.paste(im, mask=im.getchannel("A"))
        return bg
    if im.mode not in ("RGB", "L"):
        return im.convert("RGB")
    return im
