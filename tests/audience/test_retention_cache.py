"""Tables mapped once per dataset and cut timing; cuts found anew when links change."""
from __future__ import annotations

from beatboard.core.audience_model import RetentionDataset
from beatboard.core.retention import find_cut
from beatboard.core.retention_cache import RetentionCache

from .factories import forty_second_project, link


def _dataset(points=((0.0, 1.0), (40.0, 0.4))):
    return RetentionDataset(id="d1", episode="ep-x", points=list(points), cut_s=40.0,
                            cut_beats=["hook", "b2", "b3", "b4", "cliff"])


def test_same_dataset_and_timing_is_not_mapped_again():
    project = forty_second_project()
    ep, d = project.episode("ep-x"), _dataset()
    cache = RetentionCache()
    first = cache.get(ep, d)
    assert cache.get(ep, d) is first and cache.computed == 1
    ep.beats[1].title = "Renamed"  # the table shows titles
    assert cache.get(ep, d).beats[1].title == "Renamed" and cache.computed == 2
    ep.beats[2].duration_s = 12.0  # the cut's timing changed: stale now
    assert cache.get(ep, d).stale and cache.computed == 3
    other = _dataset(((0.0, 1.0), (40.0, 0.2)))  # same id, another object (undo + re-add)
    ep.beats[2].duration_s = 10.0
    assert cache.get(ep, other).points[-1] == (40.0, 0.2)


def test_find_cut_follows_link_changes():
    project = forty_second_project()
    ep = project.episode("ep-y")
    assert [b.id for b in find_cut(ep, "via-b1").beats] == ["h", "b1", "c"]
    ep.links = [link("h", "a1"), link("a1", "c")]  # the variant is gone
    assert find_cut(ep, "via-b1") is None
    assert [b.id for b in find_cut(ep, "main").beats] == ["h", "a1", "c"]
    ep.links = [link("h", "b1"), link("b1", "a1"), link("a1", "c")]
    assert [b.id for b in find_cut(ep, "main").beats] == ["h", "b1", "a1", "c"]
    assert find_cut(ep, "main").beats[1] is ep.beat("b1")  # the current beat objects
