"""Property: any sequence of moves across episodes keeps every beat, id, panel and thread,
and undoing them all restores the exact file."""
from hypothesis import given, settings
from hypothesis import strategies as st

from beatboard.core import fileio
from beatboard.core.integrity import integrity_problems
from beatboard.core.model import Beat, Episode, Link, Panel, Project, Series, Thread
from beatboard.edit import (EditError, MergeEpisodes, MoveEpisode, SplitEpisode, move_beats)
from beatboard.edit.move_edits import main_line


def start() -> Project:
    eps = []
    for e in range(1, 5):
        beats = [Beat(id=f"e{e}b{i}", notes=f"n{e}{i}",
                      panels=[Panel(id=f"e{e}b{i}-p{k}") for k in range(1, 1 + i % 3 + 1)])
                 for i in range(1, 5)]
        links = []
        if e % 2 == 0:  # explicit links with a variant in every other episode
            beats.append(Beat(id=f"e{e}v"))
            ids = [b.id for b in beats[:4]]
            links = [Link(**{"from": a, "to": b}) for a, b in zip(ids, ids[1:])]
            links += [Link(**{"from": ids[0], "to": f"e{e}v", "kind": "variant"}),
                      Link(**{"from": f"e{e}v", "to": ids[2]})]
        eps.append(Episode(id=f"e{e}", number=e, beats=beats, links=links))
    return Project(series=Series(paywall_after="e2"), episodes=eps,
                   threads=[Thread(id="t1", setup="e1b1", payoff="e4b4"),
                            Thread(id="t2", setup="e2b3", payoff=None)])


def inventory(p: Project):
    beats = {b.id: (b.notes, tuple(x.id for x in b.panels)) for ep in p.episodes for b in ep.beats}
    return beats, [t.model_dump() for t in p.threads]


def make_move(p: Project, choice: int, a: int, b: int, c: int):
    eps = p.ordered_episodes()
    src = eps[a % len(eps)]
    line = main_line(src)
    kind = choice % 4
    if kind == 0 and line:  # a stretch to a place in some episode
        dst = eps[b % len(eps)]
        i = c % len(line)
        stretch = line[i:i + 1 + b % 2]
        targets = [None] + [x for x in main_line(dst) if x not in stretch]
        return move_beats(p, src.id, stretch, dst.id, targets[c % len(targets)])
    if kind == 1:
        return MoveEpisode(src.id, b % len(eps))
    if kind == 2 and len(line) > 1:
        return SplitEpisode(src.id, src.beats[1 + c % (len(src.beats) - 1)].id)
    if kind == 3 and len(eps) > 1:
        i = eps.index(src)
        nxt = eps[i + 1] if i + 1 < len(eps) else eps[i - 1]
        first, second = (src, nxt) if i + 1 < len(eps) else (nxt, src)
        return MergeEpisodes(first.id, second.id)
    return None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 50), st.integers(0, 50),
                          st.integers(0, 50)), min_size=1, max_size=12))
def test_random_moves_keep_everything_and_undo_all_is_exact(steps):
    p = start()
    original, kept = fileio.dumps(p), inventory(p)
    done = []
    for step in steps:
        edit = make_move(p, *step)
        if edit is None:
            continue
        try:
            edit.apply(p)
        except EditError:
            assert inventory(p) == kept
            continue
        done.append(edit)
        assert integrity_problems(p) == []
        assert inventory(p) == kept
        assert p.paywall_episode is not None
    for edit in reversed(done):
        edit.revert(p)
    assert fileio.dumps(p) == original
