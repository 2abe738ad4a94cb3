"""Property tests: random edit scripts on two branches from one base merge without
losing any change that does not conflict; every conflict holds both values; merging a
branch with itself or with its base changes nothing."""
from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beatboard.core.fileio import dumps
from beatboard.core.integrity import integrity_problems
from beatboard.core.model import Beat, Panel
from beatboard.edit import (AddBeat, AddPanel, AddThread, EditError, MoveBeatInLine,
                            MoveBeatsToEpisode, RemoveBeats, RemovePanel, SetField, SetThread)
from beatboard.core.graph import main_line
from beatboard.versioning import diff_projects, merge_projects
from beatboard.versioning.conflicts import value_text
from beatboard.versioning.walk import flatten, project_data

from .scripted import sample

_BASE = None


def base():
    global _BASE
    if _BASE is None:
        p = sample()
        p.episodes = p.episodes[:3]  # ep03 has explicit links and an A/B variant
        p.series.paywall_after = None
        AddThread("The ring", "e01-b02", "e03-b06").apply(p)
        _BASE = p
    return _BASE.model_copy(deep=True)


VALUES = {"title": ["Rain", "The ring", "Door"], "notes": ["Wider.", "Reshoot", ""],
          "duration_s": [4.0, 9.5, 12.0], "emotion.intensity": [1, 3, 5],
          "dialogue": ["AVA: No.", "AVA: No.\nETHAN: Yes.", ""], "shot.size": ["CU", "WS"]}


def random_edit(p, rnd: random.Random, n: int):
    eps = p.episodes
    ep = rnd.choice(eps)
    beat = rnd.choice(ep.beats)
    line = [b.id for b in main_line(ep)]
    op = rnd.randrange(10)
    if op <= 2:
        name = rnd.choice(list(VALUES))
        return SetField.beat(ep.id, beat.id, name, rnd.choice(VALUES[name]))
    if op == 3:
        return SetField.panel(ep.id, beat.id, rnd.choice(beat.panels).id, "caption",
                              rnd.choice(["LIN: Go.", "Silence.", None]))
    if op == 4:
        return AddPanel(ep.id, beat.id) if rnd.random() < 0.6 else \
            RemovePanel(ep.id, beat.id, rnd.choice(beat.panels).id)
    if op == 5 and beat.id in line:
        return MoveBeatInLine(ep.id, beat.id, rnd.choice([None, *line]))
    if op == 6 and beat.id in line:
        target = rnd.choice(eps)
        tline = [b.id for b in main_line(target)]
        return MoveBeatsToEpisode(ep.id, [beat.id], target.id, rnd.choice([None, *tline]))
    if op == 7:
        bid = f"n{n}x{rnd.randrange(10**6)}"
        return AddBeat(ep.id, Beat(id=bid, title=f"New {n}", duration_s=5.0,
                                   panels=[Panel(id=f"{bid}-p1")]), after=rnd.choice(line))
    if op == 8 and len(ep.beats) > 2:
        return RemoveBeats(ep.id, [beat.id])
    if op == 9 and rnd.random() < 0.5:
        return SetField.beat(ep.id, beat.id, "characters",
                             beat.characters + [rnd.choice(["Ava", "Ethan", "Graves"])])
    if p.threads and rnd.random() < 0.5:
        return SetThread(p.threads[0].id, label=rnd.choice(["Ring", "Bracelet"]))
    return SetField.episode(ep.id, "title", rnd.choice(["Pilot", "Night", "Gala"]))


def branch(seed: int, steps: int):
    p = base()
    rnd = random.Random(seed)
    for n in range(steps):
        edit = random_edit(p, rnd, n)
        try:
            edit.apply(p)
        except EditError:
            continue
        if integrity_problems(p):  # a state the file could not hold (a thread's beat gone)
            edit.revert(p)
    return p


def conflict_keys(result):
    return {(c.item_type if c.item_type != "series" else "project", c.item_id,
             (f"series.{c.field}" if c.item_type == "series" else c.field))
            for c in result.conflicts}


def check_side_kept(b, side, merged, conflicts):
    bn, sn, mn = flatten(project_data(b)), flatten(project_data(side)), flatten(project_data(merged))
    for ident, node in sn.items():
        if ident not in bn:
            assert ident in mn, f"{ident} added on a side is lost"
            continue
        before = bn[ident]
        if ident not in mn:
            # removed in the merge: the other side removed it and this side left it alone
            assert node.data == before.data, f"{ident} changed on a side but removed"
            continue
        for name, value in node.leaves.items():
            if name == "links" or value == before.leaves.get(name):
                continue
            if (ident[0], ident[1], name) not in conflicts:
                got = mn[ident].leaves.get(name)
                if isinstance(value, list) and got != value:  # both added to the list
                    assert all(x in got for x in value), (ident, name)
                else:
                    assert got == value, (ident, name)
        if (node.parent, node.container) != (before.parent, before.container) and \
                (ident[0], ident[1], None) not in conflicts:
            assert (mn[ident].parent, mn[ident].container) == (node.parent, node.container), ident
    for ident, node in bn.items():
        if ident not in sn and ident in mn:  # kept, with the item around it, as a conflict
            up, recorded = ident, False
            while up is not None and not recorded:
                recorded = (up[0], up[1], None) in conflicts
                up = mn[up].parent
            assert recorded, f"{ident} removed on a side but kept silently"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 6), st.integers(0, 6))
def test_two_branches_merge_without_losing_work(seed_o, seed_t, n_o, n_t):
    b, o, t = base(), branch(seed_o, n_o), branch(seed_t, n_t)
    result = merge_projects(b, o, t)
    merged = result.project
    keys = conflict_keys(result)
    check_side_kept(b, o, merged, keys)
    check_side_kept(b, t, merged, keys)
    # every field both changed differently is a conflict holding both values
    bn, on, tn = (flatten(project_data(x)) for x in (b, o, t))
    merged_nodes = flatten(project_data(merged))
    by_key = {k: c for k, c in zip([(c.item_type if c.item_type != "series" else "project",
                                     c.item_id, f"series.{c.field}" if c.item_type == "series"
                                     else c.field) for c in result.conflicts], result.conflicts)}
    for ident in set(on) & set(tn) & set(bn):
        for name, ov in on[ident].leaves.items():
            bv, tv = bn[ident].leaves.get(name), tn[ident].leaves.get(name)
            if name == "links" or ov == tv or bv in (ov, tv):
                continue
            if isinstance(bv, list) and ov[:len(bv)] == bv and tv[:len(bv)] == bv:
                assert all(x in merged_nodes[ident].leaves[name] for x in ov + tv)
                continue
            c = by_key[(ident[0], ident[1], name)]
            assert (c.ours, c.theirs, c.base) == (ov, tv, bv)
    comments = {c.id: c for c in merged.comments}
    for c in result.conflicts:
        assert c.ours != c.theirs
        note = comments[c.comment_id]  # every conflict is an open comment with both values
        assert note.status == "open" and value_text(c.ours) in note.text
        assert value_text(c.theirs) in note.text
        assert note.target_id in (c.item_id, note.episode)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**9), st.integers(1, 8))
def test_merging_with_itself_or_the_base_changes_nothing(seed, steps):
    b, s = base(), branch(seed, steps)
    text = dumps(s)
    for ours, theirs in ((s, s), (s, b), (b, s)):
        result = merge_projects(b, ours, theirs)
        assert not result.conflicts
        assert dumps(result.project) == text
        assert diff_projects(s, result.project, consequences=False).is_empty
