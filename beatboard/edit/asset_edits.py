"""Giving a panel a picture or a sketch, or an episode a sound: one operation each way.

Every way in (the beat and panel inspectors, a drop, a paste, a folder import, the sketch
pad, the player's sound button) stores the bytes by content in the project's assets
folder (``core.assets``) and gets back the undoable edit that points at them. Storing
first is safe: a content-named file is never changed, so undoing the edit leaves only an
unused file, and redoing it needs nothing copied back.
"""
from __future__ import annotations

from pathlib import Path

from ..core import assets
from ..core.errors import BeatBoardError
from ..core.sketch import Sketch, new_sketch
from ..core.userfiles import read_user_file
from .field_edits import SetField
from .panel_edits import SetPanelPicture

MAX_SOUND_FILE_BYTES = 500 * 1024 * 1024  # a 20-minute WAV is about 230 MB
SOUND_SUFFIXES = ("wav", "mp3", "m4a", "aac", "flac", "ogg")


def stored_picture(project_path: str | Path, source) -> str:
    """Store a picture given as a file path or as encoded image bytes; return its path."""
    if isinstance(source, (bytes, bytearray)):
        return assets.store_image_bytes(project_path, bytes(source))
    return assets.store_image_file(project_path, source)


def give_panel_picture(project_path: str | Path, episode_id: str, beat_id: str,
                       panel_id: str, source, label: str | None = None) -> SetPanelPicture:
    """The edit that makes ``source`` (a file path or image bytes) the panel's picture.
    Raises ``BeatBoardError`` naming the file and the problem when it cannot be used."""
    rel = stored_picture(project_path, source)
    return SetPanelPicture(episode_id, beat_id, panel_id, image=rel, label=label)


def give_panel_sketch(project_path: str | Path, episode_id: str, beat_id: str,
                      panel_id: str, sketch: Sketch, image=SetPanelPicture.KEEP,
                      label: str | None = None) -> SetPanelPicture:
    """The edit that makes ``sketch`` the panel's sketch. One that is still a new pad's
    (no strokes, the default layers) clears it; renamed or added layers are kept."""
    rel = None if sketch == new_sketch() else assets.store_sketch(project_path, sketch)
    return SetPanelPicture(episode_id, beat_id, panel_id, image=image, sketch=rel, label=label)


def give_episode_sound(project_path: str | Path, episode_id: str, source: str | Path,
                       offset_s: float = 0.0, label: str | None = None) -> SetField:
    """The edit that makes the sound file ``source`` the episode's temp sound."""
    source = Path(source)
    ext = source.suffix.lstrip(".").lower()
    if ext not in SOUND_SUFFIXES:
        raise BeatBoardError(f"{source}: not a sound file BeatBoard plays "
                             f"({', '.join(SOUND_SUFFIXES)})")
    data = read_user_file(source, "sound", MAX_SOUND_FILE_BYTES)
    if not data:
        raise BeatBoardError(f"{source}: the sound is empty")
    rel = assets.store_bytes(project_path, data, ext)
    return SetField(("episode", episode_id), "audio", {"path": rel, "offset_s": offset_s},
                    label or "Set temp sound")
