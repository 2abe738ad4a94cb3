"""Per-beat retention of each dataset, kept until the dataset or its cut's timing changes.

The overlays on the curve, the scrubber and the beat table ask for the same tables after
every edit; mapping a curve of thousands of points onto the beats each time would slow
edit -> screen. Datasets are replaced, never mutated (edit/audience_edits), so an entry
is valid while it holds the very same dataset object and the cut's beats and lengths
are those it was computed for.
"""
from __future__ import annotations

from .audience_model import RetentionDataset
from .model import Episode
from .retention import CutRetention, DropThresholds, cut_retention, find_cut


def cut_timing(ep: Episode | None, cut_name: str) -> tuple | None:
    if ep is None:
        return None
    cut = find_cut(ep, cut_name)
    return None if cut is None else (ep.number,
                                     tuple((b.id, b.seconds, b.title) for b in cut.beats))


class RetentionCache:
    def __init__(self, limit: int = 512):
        self.limit = limit
        self._entries: dict[str, tuple[RetentionDataset, tuple | None, DropThresholds, CutRetention]] = {}
        self.computed = 0  # how many tables were mapped (tests check hits)

    def get(self, ep: Episode | None, dataset: RetentionDataset,
            thresholds: DropThresholds = DropThresholds()) -> CutRetention:
        timing = cut_timing(ep, dataset.cut)
        entry = self._entries.get(dataset.id)
        if entry is not None and entry[0] is dataset and entry[1] == timing \
                and entry[2] == thresholds:
            return entry[3]
        table = cut_retention(ep, dataset, thresholds)
        self.computed += 1
        if len(self._entries) >= self.limit:
            self._entries.pop(next(iter(self._entries)))
        self._entries[dataset.id] = (dataset, timing, thresholds, table)
        return table
