"""Adapter: the vector sketch of a panel and the content-addressed asset folder.

Stand-in for ``core.sketch`` and ``core.assets`` (being written on another branch) with
the API the sketch pad needs: strokes with pressure and tilt on named layers, a compact
JSON file, and ``store_asset`` that names a file by its hash so it is never overwritten.
Qt-free. Once the core modules land this file shrinks to imports from them.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ...core.atomic import atomic_write_bytes
from ...core.errors import BeatBoardError
from ...core.model import check_relative_path

FRAME_W, FRAME_H = 1080, 1920
LAYERS = ("background", "rough", "ink")  # bottom to top; reference is an image below them
TOOLS = ("pencil", "pen", "marker", "eraser")
MAX_POINTS = 200_000  # in one sketch file; a bigger file is refused, not loaded slowly
MAX_FILE_BYTES = 20 * 1024 * 1024
SKETCH_SUFFIX = ".bbsketch"


@dataclass
class Stroke:
    tool: str
    colour: str  # "#rrggbb"
    size: float  # width in frame pixels at full pressure
    points: list[tuple[float, float, float, float]] = field(default_factory=list)  # x y p tilt

    def to_json(self) -> dict:
        flat: list[float] = []
        for x, y, p, t in self.points:
            flat += [round(x, 1), round(y, 1), round(p, 3), round(t, 2)]
        return {"tool": self.tool, "colour": self.colour, "size": round(self.size, 2),
                "pts": flat}


@dataclass
class Sketch:
    layers: dict[str, list[Stroke]] = field(default_factory=lambda: {n: [] for n in LAYERS})
    reference: str | None = None  # image asset under the strokes
    reference_opacity: float = 0.5

    def strokes(self) -> list[tuple[str, Stroke]]:
        return [(name, s) for name in LAYERS for s in self.layers.get(name, [])]

    def copy(self) -> "Sketch":
        return Sketch({n: list(self.layers.get(n, [])) for n in LAYERS}, self.reference,
                      self.reference_opacity)

    @property
    def empty(self) -> bool:
        return not any(self.layers.values()) and not self.reference

    def dumps(self) -> bytes:
        doc = {"format": "beatboard-sketch", "version": 1, "size": [FRAME_W, FRAME_H],
               "layers": {n: [s.to_json() for s in self.layers.get(n, [])] for n in LAYERS}}
        if self.reference:
            doc["reference"] = {"image": self.reference,
                                "opacity": round(self.reference_opacity, 2)}
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes, where: str) -> Sketch:
    """Parse a sketch file; BeatBoardError naming ``where`` when it is broken or hostile."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BeatBoardError(f"{where}: not a sketch file ({e})") from None
    if not isinstance(doc, dict) or doc.get("format") != "beatboard-sketch":
        raise BeatBoardError(f"{where}: not a BeatBoard sketch file")
    sketch = Sketch()
    total = 0
    layers = doc.get("layers") or {}
    if not isinstance(layers, dict):
        raise BeatBoardError(f"{where}: 'layers' must be an object")
    for name in LAYERS:
        for i, raw in enumerate(layers.get(name) or []):
            place = f"{where}: layer {name}, stroke {i + 1}"
            try:
                pts = raw["pts"]
                tool, colour, size = str(raw["tool"]), str(raw["colour"]), float(raw["size"])
            except (KeyError, TypeError, ValueError):
                raise BeatBoardError(f"{place}: missing tool, colour, size or points") from None
            if tool not in TOOLS or not (0 < size <= 500) or len(pts) % 4:
                raise BeatBoardError(f"{place}: unknown tool, bad size or point list")
            total += len(pts) // 4
            if total > MAX_POINTS:
                raise BeatBoardError(f"{where}: more than {MAX_POINTS} points; refused")
            try:
                vals = [float(v) for v in pts]
            except (TypeError, ValueError):
                raise BeatBoardError(f"{place}: points must be numbers") from None
            if not all(math.isfinite(v) and abs(v) < 1e5 for v in vals):
                raise BeatBoardError(f"{place}: a point is not a finite number")
            points = [(vals[k], vals[k + 1], min(1.0, max(0.0, vals[k + 2])),
                       min(1.0, max(0.0, vals[k + 3]))) for k in range(0, len(vals), 4)]
            sketch.layers[name].append(Stroke(tool, colour[:9], size, points))
    ref = doc.get("reference")
    if isinstance(ref, dict) and isinstance(ref.get("image"), str):
        try:
            sketch.reference = check_relative_path(ref["image"])
        except ValueError as e:
            raise BeatBoardError(f"{where}: reference image: {e}") from None
        try:
            sketch.reference_opacity = min(1.0, max(0.0, float(ref.get("opacity", 0.5))))
        except (TypeError, ValueError):
            pass
    return sketch


def assets_folder(project_path: str | Path) -> Path:
    p = Path(project_path)
    return p.parent / f"{p.stem}.assets"


def store_asset(project_path: str | Path, data: bytes, suffix: str) -> str:
    """Write ``data`` beside the project under its content hash; the relative path.
    An existing file with the same name already holds these bytes: it is left alone."""
    folder = assets_folder(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(data).hexdigest()[:24] + suffix
    target = folder / name
    if not target.exists():
        atomic_write_bytes(target, data)
    return f"{folder.name}/{name}"


def resolve(base_dir: str | Path | None, rel: str | None) -> Path | None:
    """The file a relative asset path names, refusing anything outside the project."""
    if not rel or base_dir is None:
        return None
    base = Path(base_dir).resolve()
    target = (base / check_relative_path(rel)).resolve()
    if base != target and base not in target.parents:
        return None  # a symlink that leads out of the project folder
    return target


def load_sketch(base_dir, rel: str | None) -> Sketch:
    """The sketch a panel names, or an empty one; BeatBoardError when it is broken."""
    path = resolve(base_dir, rel)
    if path is None:
        return Sketch()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BeatBoardError(f"{rel}: sketch file too large ({size // 2**20} MB)")
        data = path.read_bytes()
    except OSError as e:
        raise BeatBoardError(f"{rel}: cannot read the sketch ({e.strerror or e})") from None
    return loads(data, rel)


def save_sketch(project_path, sketch: Sketch) -> str | None:
    """Store the sketch as a new asset; None for an empty sketch (the panel has none)."""
    if sketch.empty:
        return None
    return store_asset(project_path, sketch.dumps(), SKETCH_SUFFIX)
