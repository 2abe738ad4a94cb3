"""Pictures and sketches stored with the project, named by their content.

Every asset lives in ``<project stem>.assets/`` beside the .beatboard file and is named
``<first 16 hex digits of its SHA-256>.<ext>`` (sketches: ``.sketch.json``). Panels store
the path relative to the project folder. A file named by its content never changes: it
is written once, atomically, and never overwritten or deleted by BeatBoard, so undo,
redo, the recovery file and Save As never need to guess which version a panel meant,
and git stores each drawing once. (An existing file whose bytes no longer match its name
is damaged and is repaired by writing the right bytes.) Older ``<stem>.images/`` paths
are plain relative paths and keep working.

Reading is defensive: ``resolve`` refuses paths that climb out of the project folder,
symbolic links that point outside it and anything that is not a regular file; images
are checked from their header (pixel count) before any decoding; ``inspect_asset`` and
``try_load_sketch`` turn every problem into an ``AssetProblem`` the UI shows as a warning
and a placeholder, never an exception.

Qt-free. Pillow is imported only by the functions that decode images.
"""
from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from . import sketch as sketch_io
from .atomic import atomic_write_bytes
from .errors import BeatBoardError, BeatBoardFileError
from .model import Project, check_relative_path

ASSETS_SUFFIX = ".assets"
HASH_CHARS = 16  # 64 bits of SHA-256: no collision in any real series
# Images: what is accepted, and the caps checked before decoding.
IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
MAX_PIXELS = 40_000_000  # header check: a larger image is refused, never decoded
MAX_IMAGE_FILE_BYTES = 100 * 1024 * 1024
MAX_STORED_SIDE = 2048  # long side of a stored picture: sharp at 300 dpi frame size
MAX_ASSET_BYTES = MAX_IMAGE_FILE_BYTES


class AssetError(BeatBoardError):
    """An asset cannot be used. ``kind``: outside, missing, not_a_file, unreadable."""

    def __init__(self, message: str, kind: str = "unreadable", rel: str = ""):
        super().__init__(message)
        self.kind = kind
        self.rel = rel


@dataclass(frozen=True)
class AssetProblem:
    """Why a panel's picture cannot be shown; the UI draws a placeholder with a warning."""

    rel: str  # the path as the panel stores it
    kind: str  # outside | missing | not_a_file | unreadable
    message: str  # for the user: names the file and the problem

    @classmethod
    def from_error(cls, rel: str, err: BeatBoardError) -> "AssetProblem":
        return cls(rel, getattr(err, "kind", "unreadable"), str(err))


# --- where assets live -------------------------------------------------------------

def assets_dir(project_path: str | Path) -> Path:
    project_path = Path(project_path)
    return project_path.parent / f"{project_path.stem}{ASSETS_SUFFIX}"


def content_name(data: bytes, ext: str) -> str:
    return f"{hashlib.sha256(data).hexdigest()[:HASH_CHARS]}.{ext.lstrip('.')}"


def resolve(base_dir: str | Path, rel: str, must_exist: bool = True) -> Path:
    """The real file for a stored relative path.

    Refuses absolute paths, paths that climb out of ``base_dir``, symbolic links that
    lead outside it, and (with ``must_exist``) anything but an existing regular file.
    """
    try:
        norm = check_relative_path(rel)
    except ValueError as e:
        raise AssetError(str(e), "outside", rel) from None
    base = Path(base_dir).resolve()
    real = (base / norm).resolve()
    if not real.is_relative_to(base):
        raise AssetError(f"{base / norm}: points outside the project folder "
                         f"(through a symbolic link)", "outside", rel)
    if must_exist:
        if not real.exists():
            raise AssetError(f"{base / norm}: file not found", "missing", rel)
        if not real.is_file():
            raise AssetError(f"{base / norm}: not a regular file", "not_a_file", rel)
    return real


def read_asset(base_dir: str | Path, rel: str, max_bytes: int = MAX_ASSET_BYTES) -> bytes:
    path = resolve(base_dir, rel)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise AssetError(f"{path}: file is too large ({size} bytes)", "unreadable", rel)
        return path.read_bytes()
    except OSError as e:
        raise AssetError(f"{path}: cannot read the file ({e.strerror or e})", "unreadable",
                         rel) from None


# --- storing ---------------------------------------------------------------------

def store_bytes(project_path: str | Path, data: bytes, ext: str) -> str:
    """Store ``data`` under its content name; return the path relative to the project
    folder. Storing the same bytes twice returns the same path and writes nothing."""
    folder = assets_dir(project_path)
    name = content_name(data, ext)
    target = folder / name
    rel = f"{folder.name}/{name}"
    try:
        if target.is_symlink():
            raise AssetError(f"{target}: is a symbolic link; BeatBoard will not write "
                             f"through it", "outside", rel)
        if target.is_file() and _same_bytes(target, data):
            return rel
        folder.mkdir(exist_ok=True)
        atomic_write_bytes(target, data)
    except OSError as e:
        raise AssetError(f"{target}: cannot store the file ({e.strerror or e})",
                         "unreadable", rel) from None
    return rel


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def store_sketch(project_path: str | Path, sketch: sketch_io.Sketch) -> str:
    """Store a sketch as a content-named ``.sketch.json`` file; return its relative path."""
    return store_bytes(project_path, sketch_io.dumps(sketch).encode("utf-8"),
                       sketch_io.FILE_SUFFIX.lstrip("."))


def store_image_file(project_path: str | Path, source: str | Path) -> str:
    """Check, orient and downscale a PNG/JPEG/WebP file, then store it by content."""
    source = Path(source)
    try:
        size = source.stat().st_size
    except OSError as e:
        raise AssetError(f"{source}: cannot read the image ({e.strerror or e})", "missing",
                         str(source)) from None
    if size > MAX_IMAGE_FILE_BYTES:
        raise AssetError(f"{source}: the image file is too large "
                         f"({size // (1024 * 1024)} MB)", "unreadable", str(source))
    try:
        data = source.read_bytes()
    except OSError as e:
        raise AssetError(f"{source}: cannot read the image ({e.strerror or e})",
                         "unreadable", str(source)) from None
    return store_image_bytes(project_path, data, str(source))


def store_image_bytes(project_path: str | Path, data: bytes, name: str = "pasted image") -> str:
    """Like ``store_image_file`` for bytes from the clipboard or a drop (``name`` is what
    messages call it)."""
    out, ext = prepare_image(data, name)
    return store_bytes(project_path, out, ext)


def prepare_image(data: bytes, name: str = "image") -> tuple[bytes, str]:
    """The bytes to store and their extension: the original when it is already upright
    and within ``MAX_STORED_SIDE``, else re-encoded upright and downscaled.
    ``AssetError`` for anything unsafe or damaged."""
    from PIL import Image, ImageOps

    if len(data) > MAX_IMAGE_FILE_BYTES:
        raise AssetError(f"{name}: the image file is too large", "unreadable", name)
    with _pillow_errors(name):
        with Image.open(io.BytesIO(data)) as img:
            fmt = _check_header(name, img)
            orientation = img.getexif().get(0x0112, 1)
            animated = getattr(img, "is_animated", False)
            header_size = img.size
            if fmt == "JPEG":  # decode big photos at a reduced scale: much faster
                img.draft(img.mode, (MAX_STORED_SIDE, MAX_STORED_SIDE))
            img.load()  # decodes fully: a truncated or damaged file fails here
            if (orientation in (None, 1) and not animated
                    and max(img.size) <= MAX_STORED_SIDE and img.size == header_size):
                return data, IMAGE_FORMATS[fmt]
            img = ImageOps.exif_transpose(img)
            img.thumbnail((MAX_STORED_SIDE, MAX_STORED_SIDE), Image.LANCZOS)
            return _encode(img, fmt)


def _encode(img, fmt: str) -> tuple[bytes, str]:
    out = io.BytesIO()
    if fmt == "JPEG":
        if img.mode not in ("RGB", "L", "CMYK"):
            img = img.convert("RGB")
        img.save(out, "JPEG", quality=90)
        return out.getvalue(), "jpg"
    if fmt == "WEBP":
        try:
            img.save(out, "WEBP", quality=90)
            return out.getvalue(), "webp"
        except (OSError, KeyError, ValueError):  # Pillow built without WebP writing
            out = io.BytesIO()
    if img.mode not in ("RGB", "RGBA", "L", "LA", "P", "1"):
        img = img.convert("RGBA")
    img.save(out, "PNG")
    return out.getvalue(), "png"


class _pillow_errors:
    """Turn Pillow's many failures into one clear AssetError naming the file."""

    def __init__(self, name: str):
        self.name = name
        self._warn = warnings.catch_warnings()

    def __enter__(self):
        from PIL import Image
        self._warn.__enter__()
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._warn.__exit__(exc_type, exc, tb)
        if exc_type is None or issubclass(exc_type, AssetError):
            return False
        from PIL import Image, UnidentifiedImageError
        name = self.name
        if issubclass(exc_type, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
            raise AssetError(f"{name}: the image is too large (more than "
                             f"{MAX_PIXELS // 1_000_000} megapixels)", "unreadable", name) from None
        if issubclass(exc_type, UnidentifiedImageError):
            raise AssetError(f"{name}: not a PNG, JPEG or WebP image, or the image is damaged",
                             "unreadable", name) from None
        if issubclass(exc_type, (OSError, SyntaxError, ValueError, EOFError, MemoryError)):
            raise AssetError(f"{name}: the image is damaged ({exc})", "unreadable", name) from None
        return False


def _check_header(name: str, img) -> str:
    fmt = img.format
    if fmt not in IMAGE_FORMATS:
        raise AssetError(f"{name}: only PNG, JPEG and WebP images can be used "
                         f"(this is {fmt or 'an unknown format'})", "unreadable", name)
    w, h = img.size
    if w * h > MAX_PIXELS:
        raise AssetError(f"{name}: the image is too large ({w}×{h} pixels; "
                         f"at most {MAX_PIXELS // 1_000_000} megapixels)", "unreadable", name)
    return fmt


def check_image(path: str | Path, decode: bool = True) -> str:
    """The image's format ('PNG', 'JPEG' or 'WEBP'); ``AssetError`` when it is not a safe
    image. ``decode=False`` checks only the header (format and pixel count)."""
    from PIL import Image

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise AssetError(f"{path}: cannot read the image ({e.strerror or e})", "missing",
                         str(path)) from None
    if size > MAX_IMAGE_FILE_BYTES:
        raise AssetError(f"{path}: the image file is too large ({size // (1024 * 1024)} MB)",
                         "unreadable", str(path))
    with _pillow_errors(str(path)):
        with Image.open(path) as img:
            fmt = _check_header(str(path), img)
            if decode:
                img.load()
    return fmt


# --- reading for display -----------------------------------------------------------

def load_sketch(base_dir: str | Path, rel: str) -> sketch_io.Sketch:
    """The sketch a panel names; ``BeatBoardError`` (naming the file) on any problem."""
    path = resolve(base_dir, rel)
    return sketch_io.load(path)


def try_load_sketch(base_dir: str | Path, rel: str
                    ) -> tuple[Optional[sketch_io.Sketch], Optional[AssetProblem]]:
    """``(sketch, None)`` or ``(None, problem)``: never raises for a bad file."""
    try:
        return load_sketch(base_dir, rel), None
    except BeatBoardFileError as e:
        return None, AssetProblem(rel, "unreadable", str(e))
    except BeatBoardError as e:
        return None, AssetProblem.from_error(rel, e)
    except (OSError, MemoryError, RecursionError) as e:
        return None, AssetProblem(rel, "unreadable", f"{rel}: cannot read the sketch ({e})")


def inspect_asset(base_dir: str | Path, rel: str) -> Optional[AssetProblem]:
    """A cheap check (no decoding) for the open-time warnings list: None when the file
    is there, inside the project and a regular file."""
    try:
        resolve(base_dir, rel)
    except BeatBoardError as e:
        return AssetProblem.from_error(rel, e)
    return None


def panel_asset_paths(project: Project) -> list[str]:
    """Every image and sketch path the panels name, in story order, without repeats."""
    seen: dict[str, None] = {}
    for ep in project.ordered_episodes():
        for beat in ep.beats:
            for panel in beat.panels:
                for rel in (panel.sketch, panel.image):
                    if rel:
                        seen.setdefault(rel, None)
    return list(seen)


def assets_used(project: Project, base_dir: str | Path | None = None,
                extra: Iterable[str] = ()) -> set[str]:
    """The relative paths the project needs: panel images and sketches, plus (with
    ``base_dir``) the reference pictures those sketches name, plus ``extra`` (paths the
    undo history or the recovery file still hold)."""
    used = set(panel_asset_paths(project)) | {p for p in extra if p}
    used |= {ep.audio.path for ep in project.episodes if ep.audio is not None}
    if base_dir is not None:
        for rel in list(used):
            if rel.endswith(sketch_io.FILE_SUFFIX):
                sk, _ = try_load_sketch(base_dir, rel)
                for layer in sk.layers if sk else ():
                    if layer.image:
                        used.add(layer.image)
    return used


def problems(project: Project, base_dir: str | Path) -> list[AssetProblem]:
    """Missing, outside or non-file assets (cheap: no decoding), for a warning list."""
    out = []
    for rel in panel_asset_paths(project):
        p = inspect_asset(base_dir, rel)
        if p is not None:
            out.append(p)
    return out


def copy_for_save_as(project: Project, old_base: str | Path, new_project_path: str | Path,
                     extra: Iterable[str] = ()) -> list[AssetProblem]:
    """Copy every asset the project needs from ``old_base`` to the same relative path
    beside ``new_project_path``, so the saved file's relative paths keep working.

    Nothing is ever overwritten (content-named files are identical) or deleted. Returns
    the assets that could not be copied (missing, outside the project, unreadable); the
    caller saves anyway and shows them as warnings.
    """
    old = Path(old_base).resolve()
    new = Path(new_project_path).resolve().parent
    out: list[AssetProblem] = []
    if old == new:
        return out
    for rel in sorted(assets_used(project, old, extra)):
        try:
            src = resolve(old, rel)
            dst = resolve(new, rel, must_exist=False)
            if dst.is_file() and _same_file(src, dst):
                continue
            data = read_asset(old, rel)
            dst.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(dst, data)
        except BeatBoardError as e:
            out.append(AssetProblem.from_error(rel, e))
        except OSError as e:
            out.append(AssetProblem(rel, "unreadable", f"{rel}: could not copy ({e.strerror or e})"))
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with a.open("rb") as fa, b.open("rb") as fb:
            return fa.read() == fb.read()
    except OSError:
        return False
