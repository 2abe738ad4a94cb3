"""Qt-free, reversible edits of a project. The editor wraps each in a QUndoCommand."""
from .audience_edits import AddDataset, ImportSeriesAudience, RemoveDataset, SetPrimaryDataset
from .base import Change, Compound, Edit, EditError
from .beat_edits import (AddBeat, AddLink, DuplicateAsVariant, MoveBeatInLine, PasteBeats,
                         RemoveBeats, RemoveLink, SetLinkKind, copy_beats)
from .document import Document
from .episode_edits import (AddEpisode, DuplicateEpisode, MergeEpisodes, MoveEpisode,
                            RemoveEpisodes, SplitEpisode)
from .field_edits import MoveCards, SetField
from .ids import new_id
from .replace_content import ReplaceContent
from .split_beat import SplitBeat
from .panel_edits import (AddPanel, DuplicatePanel, MovePanel, RemovePanel, SetPanelPicture,
                          SplitPanel)
from .thread_edits import AddThread, RemoveThread, SetThread
from .move_edits import MoveBeats, MoveBeatsToEpisode, move_beats, shift_target

__all__ = [
    "AddDataset", "ImportSeriesAudience", "RemoveDataset", "SetPrimaryDataset",
    "AddBeat", "AddEpisode", "AddLink", "AddPanel", "AddThread", "DuplicatePanel", "MovePanel",
    "RemovePanel", "RemoveThread", "SetPanelPicture", "SetThread", "SplitPanel", "Change",
    "Compound", "Document", "DuplicateAsVariant",
    "DuplicateEpisode", "Edit", "EditError", "MergeEpisodes", "MoveBeatInLine", "MoveCards",
    "MoveBeats", "MoveBeatsToEpisode", "MoveEpisode", "PasteBeats", "RemoveBeats", "RemoveEpisodes", "RemoveLink", "ReplaceContent", "SetField",
    "SetLinkKind", "SplitBeat", "SplitEpisode", "copy_beats", "move_beats", "new_id", "shift_target",
]
