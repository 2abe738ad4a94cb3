"""Named versions: snapshots kept beside the project, sharing its asset store.

``<stem>.versions/`` beside ``<stem>.beatboard`` holds one canonical project file per
version (``<NNN>-<slug>.beatboard.json``) and ``index.json`` with each version's name,
message, author, time and revision colour. A snapshot's panels keep the project's own
relative asset paths, so it is read against the project's folder (``base_dir``): the
pictures are the same content-addressed files, never copied (BeatBoard never deletes
an asset, so a version's pictures stay). The versions are not in the project file.

A missing folder means no versions; a damaged index or a missing snapshot is reported
as a problem (a message for the user) and the snapshots found are still listed.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from ..core import fileio
from ..core.atomic import atomic_write_bytes, atomic_write_text
from ..core.errors import BeatBoardError
from ..core.model import Project

VERSIONS_SUFFIX = ".versions"
INDEX_NAME = "index.json"
SNAPSHOT_SUFFIX = ".beatboard.json"
# The standard sequence of revision colours (the first draft is white).
REVISION_COLOURS = ("white", "blue", "pink", "yellow", "green", "goldenrod", "buff",
                    "salmon", "cherry")
COLOUR_NAMES = {
    "en": {c: c.capitalize() for c in REVISION_COLOURS},
    "zh": {"white": "白色", "blue": "蓝色", "pink": "粉色", "yellow": "黄色",
           "green": "绿色", "goldenrod": "金菊色", "buff": "浅黄褐色", "salmon": "鲑红色",
           "cherry": "樱桃红"},
}
_SNAPSHOT = re.compile(r"^(\d{3,})-(.*)" + re.escape(SNAPSHOT_SUFFIX) + "$")
MAX_NAME = 200


class VersionError(BeatBoardError):
    """A version cannot be saved, found or read; the message is for the user."""


@dataclass(frozen=True)
class Version:
    number: int
    name: str
    message: str
    author: str
    time: str  # ISO 8601, UTC
    colour: str  # one of REVISION_COLOURS
    file: str  # the snapshot's name inside the versions folder

    @property
    def date(self) -> str:
        return self.time[:10]


@dataclass
class VersionList:
    versions: list[Version]
    problems: list[str]  # damaged index, missing snapshots: shown, never fatal


def current_author(explicit: str | None = None) -> str:
    """--author, else BEATBOARD_AUTHOR, else the name kept in the settings file, else
    the operating system's user name (core.author, as comments are signed)."""
    from ..core.author import resolve_author
    return resolve_author(explicit)


def colour_for(number: int) -> str:
    return REVISION_COLOURS[(number - 1) % len(REVISION_COLOURS)]


def colour_name(colour: str, lang: str = "en") -> str:
    return COLOUR_NAMES.get(lang, COLOUR_NAMES["en"]).get(colour, colour)


def versions_dir(project_path: str | Path) -> Path:
    p = Path(project_path)
    return p.parent / f"{p.stem}{VERSIONS_SUFFIX}"


def slug(name: str) -> str:
    s = re.sub(r"[^\w]+", "-", name.strip().lower(), flags=re.UNICODE).strip("-")
    return s[:40] or "version"


# --- reading -------------------------------------------------------------------------

def list_versions(project_path: str | Path) -> VersionList:
    folder = versions_dir(project_path)
    if not folder.exists():
        return VersionList([], [])
    if not folder.is_dir():
        return VersionList([], [f"{folder}: not a folder; no versions can be listed"])
    problems: list[str] = []
    versions: list[Version] = []
    index = folder / INDEX_NAME
    if index.exists():
        try:
            versions = _read_index(index)
        except (OSError, ValueError, TypeError, KeyError) as e:
            problems.append(f"{index}: the version index is damaged ({_why(e)}); "
                            "listing the snapshots found in the folder")
    elif any(_SNAPSHOT.match(p.name) for p in folder.iterdir()):
        problems.append(f"{index}: the version index is missing; listing the snapshots "
                        "found in the folder")
    listed = {v.file for v in versions}
    present = {p.name for p in folder.iterdir() if _SNAPSHOT.match(p.name)}
    for v in versions:
        if v.file not in present:
            problems.append(f"{folder / v.file}: the snapshot of version {v.number} "
                            f"“{v.name}” is missing")
    for name in sorted(present - listed):  # snapshots the index does not know
        m = _SNAPSHOT.match(name)
        number = int(m.group(1))
        versions.append(Version(number, m.group(2), "", "", _mtime(folder / name),
                                colour_for(number), name))
    versions = [v for v in versions if v.file in present]
    versions.sort(key=lambda v: v.number)
    return VersionList(versions, problems)


def _why(e: Exception) -> str:
    return e.strerror if isinstance(e, OSError) and e.strerror else str(e) or type(e).__name__


def _mtime(path: Path) -> str:
    t = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.timezone.utc)
    return t.replace(microsecond=0).isoformat()


def _read_index(index: Path) -> list[Version]:
    data = json.loads(index.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("versions"), list):
        raise ValueError('expected {"versions": [...]}')
    out = []
    for i, item in enumerate(data["versions"]):
        if not isinstance(item, dict):
            raise ValueError(f"entry {i + 1} is not an object")
        number = item["number"]
        if not isinstance(number, int) or number < 1:
            raise ValueError(f"entry {i + 1}: bad number {number!r}")
        file = str(item["file"])
        if not _SNAPSHOT.match(file) or "/" in file or "\\" in file:
            raise ValueError(f"entry {i + 1}: bad file name {file!r}")
        colour = str(item.get("colour", colour_for(number)))
        out.append(Version(number, str(item.get("name", "")), str(item.get("message", "")),
                           str(item.get("author", "")), str(item.get("time", "")),
                           colour if colour in REVISION_COLOURS else colour_for(number), file))
    return out


def find_version(versions: list[Version], key: str) -> Version | None:
    """By name (exact, then ignoring case), or by number."""
    for v in versions:
        if v.name == key:
            return v
    for v in versions:
        if v.name.casefold() == key.casefold():
            return v
    if key.isdigit():
        return next((v for v in versions if v.number == int(key)), None)
    return None


def snapshot_path(project_path: str | Path, version: Version) -> Path:
    return versions_dir(project_path) / version.file


def load_version(project_path: str | Path, version: Version) -> Project:
    """The project as it was; its assets resolve against the project's own folder."""
    return fileio.load(snapshot_path(project_path, version))


def assets_in_versions(project_path: str | Path) -> tuple[set[str], list[str]]:
    """Every asset path the versions' panels name (what a clean-up of the asset store
    must keep), and the snapshots that could not be read."""
    from ..core.assets import panel_asset_paths
    from ..core.errors import BeatBoardError as _Error
    used: set[str] = set()
    problems: list[str] = []
    for version in list_versions(project_path).versions:
        try:
            used.update(panel_asset_paths(load_version(project_path, version)))
        except _Error as e:
            problems.append(str(e))
    return used, problems


def next_colour(project_path: str | Path) -> str:
    """The colour the next saved version takes (blue after the white first draft)."""
    versions = list_versions(project_path).versions
    return colour_for(max((v.number for v in versions), default=0) + 1)


# --- writing -------------------------------------------------------------------------

def save_version(project: Project, project_path: str | Path, name: str, message: str = "",
                 author: str | None = None, now: _dt.datetime | None = None) -> Version:
    """Snapshot ``project`` (as it is in memory) as the next version of the file at
    ``project_path``. A damaged index is rebuilt from the snapshots found."""
    name = " ".join(name.split())
    if not name:
        raise VersionError("a version needs a name")
    if len(name) > MAX_NAME:
        raise VersionError(f"a version name has at most {MAX_NAME} characters")
    folder = versions_dir(project_path)
    listed = list_versions(project_path)
    if any(v.name.casefold() == name.casefold() for v in listed.versions):
        raise VersionError(f"{folder}: there is already a version named “{name}”")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as e:
        raise VersionError(f"{folder}: cannot create the versions folder ({_why(e)})") from None
    number = max((v.number for v in listed.versions), default=0) + 1
    when = (now or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
    version = Version(number, name, message.strip(), current_author(author),
                      when.replace(microsecond=0).isoformat(), colour_for(number),
                      f"{number:03d}-{slug(name)}{SNAPSHOT_SUFFIX}")
    try:  # the snapshot first: an index entry never points at nothing
        atomic_write_bytes(folder / version.file, fileio.dump_bytes(project))
        write_index(folder, listed.versions + [version])
    except OSError as e:
        raise VersionError(f"{folder}: could not save the version ({_why(e)})") from None
    return version


def write_index(folder: Path, versions: list[Version]) -> None:
    data = {"format": "beatboard-versions", "versions": [asdict(v) for v in versions]}
    atomic_write_text(folder / INDEX_NAME, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- Save As ---------------------------------------------------------------------------

def carry_versions(old_path: str | Path, new_path: str | Path) -> tuple[str, str] | None:
    """Copy the named versions of ``old_path`` beside ``new_path`` (the project was saved
    as a new file). None when they were copied or there were none; else why they stay
    beside the old file: ("other_folder", "") when the new file is in another folder
    (the snapshots' relative picture paths lead only from the project's own folder),
    ("exists", folder) when the new file already has a versions folder (never mixed), or
    ("failed", reason). The folder is copied whole under a temporary name, then renamed:
    never half a folder."""
    old, new = Path(old_path).resolve(), Path(new_path).resolve()
    src, dst = versions_dir(old), versions_dir(new)
    if old == new or not src.is_dir():
        return None
    if old.parent != new.parent:
        return ("other_folder", "")
    if dst.exists():
        return ("exists", dst.name)
    part = dst.with_name(dst.name + ".part")
    try:
        if part.exists():
            shutil.rmtree(part)
        shutil.copytree(src, part)
        part.rename(dst)
    except OSError as e:
        shutil.rmtree(part, ignore_errors=True)
        return ("failed", _why(e))
    return None


def carry_versions_note(old_path: str | Path, new_path: str | Path) -> str | None:
    """``carry_versions`` for the command line: None, or a line saying where they stayed."""
    why = carry_versions(old_path, new_path)
    if why is None:
        return None
    kind, detail = why
    reason = {"other_folder": "the new file is in another folder",
              "exists": f"{detail} already exists beside the new file",
              "failed": f"they could not be copied ({detail})"}[kind]
    return f"the named versions stay beside {Path(old_path).name}: {reason}"
