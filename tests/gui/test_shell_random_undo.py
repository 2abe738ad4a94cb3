"""Random edit sequences pushed through the UndoController: undo-all restores the exact
starting document and redo-all the exact final one, with the live findings following."""
from __future__ import annotations

import random

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Project
from beatboard.core.vocab import Direction, LinkKind
from beatboard.edit import (AddBeat, AddEpisode, AddLink, Compound, Document, DuplicateAsVariant,
                            DuplicateEpisode, MergeEpisodes, MoveBeatInLine, MoveCards,
                            MoveEpisode, PasteBeats, RemoveBeats, RemoveEpisodes, RemoveLink,
                            SetField, SetLinkKind, SplitEpisode, new_id)
from beatboard.gui.findings_hub import FindingsHub
from beatboard.gui.undo import UndoController
from beatboard.rules import RuleChecker, resolve_profile

from conftest import small_project

SEQUENCES = 300
EDITS_PER_SEQUENCE = 10


def random_edit(rng: random.Random, p: Project):
    ep = rng.choice(p.episodes)
    ids = [b.id for b in ep.beats] or ["missing"]
    pick = lambda: rng.choice(ids)  # noqa: E731
    taken = {b.id for e in p.episodes for b in e.beats}
    others = [e.id for e in p.episodes]
    makers = [
        lambda: SetField.beat(ep.id, pick(), "title", rng.choice(["耳光", "Slap", ""])),
        lambda: SetField.beat(ep.id, pick(), "emotion.intensity", rng.randint(1, 5)),
        lambda: SetField.beat(ep.id, pick(), "duration_s", rng.choice([None, 3.0, 41.5])),
        lambda: SetField.beat(ep.id, pick(), "compliance", rng.choice([[], ["minors", "smoking"]])),
        lambda: SetField.beat(ep.id, pick(), "kind",
                              rng.choice(["hook", "cliffhanger", "bad kind"])),
        lambda: Compound("Set emotion", [SetField.beat(ep.id, pick(), "emotion.tag", "sweet"),
                                         SetField.beat(ep.id, pick(), "emotion.direction",
                                                       Direction.UP)]),
        lambda: SetField.episode(ep.id, "title", rng.choice(["第一集", "Pilot"])),
        lambda: SetField.series("genre", rng.choice(["revenge", "suspense", "family"])),
        lambda: SetField.series("paywall_episode", rng.choice([None, 1, 2, 3])),
        lambda: AddBeat(ep.id, Beat(id=new_id("b", taken), kind="hook"),
                        after=rng.choice(ids + [None])),
        lambda: RemoveBeats(ep.id, rng.sample(ids, min(len(ids), rng.randint(1, 2)))),
        lambda: MoveBeatInLine(ep.id, pick(), rng.choice(ids + [None])),
        lambda: AddLink(ep.id, pick(), pick(), rng.choice(list(LinkKind))),
        lambda: RemoveLink(ep.id, pick(), pick()),
        lambda: SetLinkKind(ep.id, pick(), pick(), LinkKind.CHOICE),
        lambda: DuplicateAsVariant(ep.id, [pick()]),
        lambda: PasteBeats(ep.id, ep.beats[:2], [], after=rng.choice(ids + [None])),
        lambda: MoveCards(ep.id, {pick(): (rng.random() * 500, rng.random() * 300)}),
        lambda: SplitEpisode(ep.id, pick()),
        lambda: MergeEpisodes(ep.id, rng.choice(others)),
        lambda: MoveEpisode(ep.id, rng.randint(0, len(others))),
        lambda: DuplicateEpisode(ep.id),
        lambda: RemoveEpisodes([ep.id]) if len(others) > 1 else None,
        lambda: AddEpisode(Episode(id=new_id("ep", set(others)), number=1),
                           rng.randint(0, len(others))),
    ]
    return rng.choice(makers)()


def run_sequence(controller: UndoController, rng: random.Random) -> int:
    pushed = 0
    for _ in range(EDITS_PER_SEQUENCE):
        edit = random_edit(rng, controller.project)
        if edit is not None and controller.push(edit):
            pushed += 1
    return pushed


def test_random_sequences_undo_and_redo_exactly(qapp):
    controller = UndoController(Document(small_project()))
    hub = FindingsHub(controller)
    refused = []
    controller.refused.connect(refused.append)
    pushed_total = 0
    for seed in range(SEQUENCES):
        rng = random.Random(seed)
        controller.set_document(Document(small_project()))
        start = fileio.dumps(controller.project)
        pushed = run_sequence(controller, rng)
        pushed_total += pushed
        end = fileio.dumps(controller.project)
        assert controller.stack.count() == pushed
        while controller.stack.canUndo():
            controller.stack.undo()
        assert fileio.dumps(controller.project) == start, f"seed {seed}"
        while controller.stack.canRedo():
            controller.stack.redo()
        assert fileio.dumps(controller.project) == end, f"seed {seed}"
        if seed % 50 == 0:  # the incremental findings match a fresh full check
            fresh = RuleChecker(resolve_profile(controller.project)).check(controller.project)
            assert hub.findings == fresh, f"seed {seed}"
    assert pushed_total > SEQUENCES * 3  # most random edits were valid and applied
    assert refused  # and invalid ones were refused with a message, not a crash


def test_random_edits_with_the_full_window_open(make_window):
    w = make_window(small_project())
    start = fileio.dumps(w.controller.project)
    rng = random.Random(7)
    for _ in range(4):
        w.selection.select(rng.choice(w.controller.project.episodes).id, [])
        run_sequence(w.controller, rng)
    end = fileio.dumps(w.controller.project)
    while w.controller.stack.canUndo():
        w.acts.undo.trigger()
    assert fileio.dumps(w.controller.project) == start
    assert w.docks.navigator.tree.topLevelItemCount() == len(w.controller.project.episodes)
    while w.controller.stack.canRedo():
        w.acts.redo.trigger()
    assert fileio.dumps(w.controller.project) == end
