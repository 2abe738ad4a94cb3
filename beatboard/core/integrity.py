"""Cross-object checks a file must pass: unique ids and numbers, links to known beats."""
from __future__ import annotations

from .model import Project


def integrity_problems(project: Project) -> list[tuple[str, str]]:
    """(place, problem) pairs; empty when the project is whole."""
    problems: list[tuple[str, str]] = []
    ep_ids: set[str] = set()
    numbers: dict[int, str] = {}
    beat_owner: dict[str, str] = {}
    panel_owner: dict[str, str] = {}
    for i, ep in enumerate(project.episodes):
        where = f"episode {ep.number} (id {ep.id!r}, #{i + 1} in the list)"
        if ep.id in ep_ids:
            problems.append((where, f"duplicate episode id {ep.id!r}"))
        ep_ids.add(ep.id)
        if ep.number in numbers:
            problems.append((where, f"episode number {ep.number} is also used by "
                                    f"episode id {numbers[ep.number]!r}"))
        numbers.setdefault(ep.number, ep.id)
        local: set[str] = set()
        for b in ep.beats:
            if b.id in beat_owner:
                problems.append((f"{where}, beat {b.id!r}",
                                 f"duplicate beat id (also in episode id {beat_owner[b.id]!r})"))
            beat_owner.setdefault(b.id, ep.id)
            local.add(b.id)
        for b in ep.beats:
            for panel in b.panels:
                if panel.id in panel_owner:
                    problems.append((f"{where}, beat {b.id!r}, panel {panel.id!r}",
                                     f"duplicate panel id (also in beat {panel_owner[panel.id]!r})"))
                panel_owner.setdefault(panel.id, b.id)
        for j, link in enumerate(ep.links):
            for end, bid in (("from", link.from_), ("to", link.to)):
                if bid not in local:
                    problems.append((f"{where}, link #{j + 1} ({link.from_} -> {link.to})",
                                     f"'{end}' names unknown beat {bid!r}"))
    for b in project.unplaced:
        where = f"set-aside beat {b.id!r}"
        if b.id in beat_owner:
            problems.append((where, f"duplicate beat id (also in episode id {beat_owner[b.id]!r})"))
        beat_owner.setdefault(b.id, "(set aside)")
        for panel in b.panels:
            if panel.id in panel_owner:
                problems.append((f"{where}, panel {panel.id!r}",
                                 f"duplicate panel id (also in beat {panel_owner[panel.id]!r})"))
            panel_owner.setdefault(panel.id, b.id)
    anchor = project.series.paywall_after
    if anchor is not None and anchor not in ep_ids:
        problems.append(("series, field paywall_after", f"names unknown episode {anchor!r}"))
    thread_ids: set[str] = set()
    for i, thread in enumerate(project.threads):
        where = f"thread #{i + 1} (id {thread.id!r})"
        if thread.id in thread_ids:
            problems.append((where, f"duplicate thread id {thread.id!r}"))
        thread_ids.add(thread.id)
        for end in ("setup", "payoff"):
            bid = getattr(thread, end)
            if bid is not None and bid not in beat_owner:
                problems.append((where, f"'{end}' names unknown beat {bid!r}"))
    problems += _repeated_ids(project.audience, "audience dataset", "dataset")
    # A comment's beat or panel may be gone (it stays with its episode): only ids matter.
    problems += _repeated_ids(project.comments, "comment", "comment")
    rows: set[str] = set()
    for i, row in enumerate(project.series_audience):
        if row.episode in rows:  # one row per episode: an import replaces that episode's
            problems.append((f"series audience row #{i + 1}",
                             f"a second row for episode id {row.episode!r}"))
        rows.add(row.episode)
    return problems


def _repeated_ids(items, place: str, noun: str) -> list[tuple[str, str]]:
    """A problem for every item whose id an earlier item of the list already has."""
    seen: set[str] = set()
    out = []
    for i, item in enumerate(items):
        if item.id in seen:
            out.append((f"{place} #{i + 1} (id {item.id!r})", f"duplicate {noun} id {item.id!r}"))
        seen.add(item.id)
    return out
