"""Audience datasets: add, remove and mark the one that drives the overlay and the rules;
store a series table of starts, completions and next-episode starts."""
from __future__ import annotations

from ..core.audience_model import RetentionDataset
from ..core.model import Project
from ..core.series_audience_model import SeriesAudienceRow
from .base import Change, EditError
from .ids import new_id
from .structure import ProjectListEdit


class _AudienceListEdit(ProjectListEdit):
    attr = "audience"

    def change(self, project: Project, items: list) -> Change:
        # The retention rules of the datasets' episodes re-check.
        return Change(episodes=frozenset(d.episode for d in items))


class AddDataset(_AudienceListEdit):
    """Add a dataset; it gets a fresh id (``dataset_id`` after apply)."""

    label = "Import audience data"

    def __init__(self, dataset: RetentionDataset):
        super().__init__()
        self.dataset = dataset
        self.dataset_id: str | None = None

    def build(self, project: Project) -> list[RetentionDataset]:
        if project.episode(self.dataset.episode) is None:
            raise EditError(f"episode {self.dataset.episode!r} does not exist")
        self.dataset_id = new_id("a", {d.id for d in project.audience})
        added = self.dataset.model_copy(update={"id": self.dataset_id})
        others = project.audience
        if added.primary:  # one primary per cut
            others = [_unmarked(d) if _same_cut(d, added) and d.primary else d for d in others]
        return list(others) + [added]

    def change(self, project: Project, items: list) -> Change:
        # Only the added dataset's episode: a primary unmarked is of the same cut, so of
        # the same episode; naming every dataset's episode grew with the list.
        return Change(episodes=frozenset((self.dataset.episode,)))


class RemoveDataset(_AudienceListEdit):
    label = "Remove audience data"

    def __init__(self, dataset_id: str):
        super().__init__()
        self.dataset_id = dataset_id

    def build(self, project: Project) -> list[RetentionDataset]:
        kept = [d for d in project.audience if d.id != self.dataset_id]
        if len(kept) == len(project.audience):
            raise EditError(f"there is no audience dataset {self.dataset_id!r}")
        return kept


class SetPrimaryDataset(_AudienceListEdit):
    """Mark a dataset as the one its cut is judged by (and unmark the others of the cut);
    ``primary=False`` unmarks it, so the newest drives again."""

    label = "Set primary audience data"

    def __init__(self, dataset_id: str, primary: bool = True):
        super().__init__()
        self.dataset_id = dataset_id
        self.primary = primary

    def build(self, project: Project) -> list[RetentionDataset]:
        target = next((d for d in project.audience if d.id == self.dataset_id), None)
        if target is None:
            raise EditError(f"there is no audience dataset {self.dataset_id!r}")
        out = []
        for d in project.audience:
            if d.id == self.dataset_id:
                out.append(d.model_copy(update={"primary": self.primary}))
            elif self.primary and d.primary and _same_cut(d, target):
                out.append(_unmarked(d))
            else:
                out.append(d)
        return out


def _same_cut(a: RetentionDataset, b: RetentionDataset) -> bool:
    return a.episode == b.episode and a.cut == b.cut


def _unmarked(d: RetentionDataset) -> RetentionDataset:
    return d.model_copy(update={"primary": False})


class ImportSeriesAudience(ProjectListEdit):
    """Store a series table: its rows replace those of the same episodes, others stay."""

    attr = "series_audience"
    label = "Import series audience table"

    def __init__(self, rows: list[SeriesAudienceRow]):
        super().__init__()
        self.rows = list(rows)

    def build(self, project: Project) -> list[SeriesAudienceRow]:
        ids = [r.episode for r in self.rows]
        if not ids:
            raise EditError("the series table has no rows")
        if len(set(ids)) != len(ids):
            raise EditError("the series table has two rows for one episode")
        known = {ep.id for ep in project.episodes}
        missing = [i for i in ids if i not in known]
        if missing:
            raise EditError(f"episode {missing[0]!r} does not exist")
        new = set(ids)
        return [r for r in project.series_audience if r.episode not in new] + self.rows

    def change(self, project: Project, items: list) -> Change:
        # The series board's strip and the series views follow.
        return Change(series=True)
