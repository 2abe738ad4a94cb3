"""Qt-free, reversible edits of a project. The editor wraps each in a QUndoCommand."""
from .base import Change, Compound, Edit, EditError
from .beat_edits import (AddBeat, AddLink, DuplicateAsVariant, MoveBeatInLine, PasteBeats,
                         RemoveBeats, RemoveLink, SetLinkKind, copy_beats)
from .document import Document
from .episode_edits import (AddEpisode, DuplicateEpisode, MergeEpisodes, MoveEpisode,
                            RemoveEpisodes, SplitEpisode)
from .field_edits import MoveCards, SetField
from .ids import new_id
from .panel_edits import (AddPanel, DuplicatePanel, MovePanel, RemovePanel, SetPanelPicture,
                          SplitPanel)

__all__ = [
    "AddBeat", "AddEpisode", "AddLink", "AddPanel", "DuplicatePanel", "MovePanel",
    "RemovePanel", "SetPanelPicture", "SplitPanel", "Change", "Compound", "Document", "DuplicateAsVariant",
    "DuplicateEpisode", "Edit", "EditError", "MergeEpisodes", "MoveBeatInLine", "MoveCards",
    "MoveEpisode", "PasteBeats", "RemoveBeats", "RemoveEpisodes", "RemoveLink", "SetField",
    "SetLinkKind", "SplitEpisode", "copy_beats", "new_id",
]
