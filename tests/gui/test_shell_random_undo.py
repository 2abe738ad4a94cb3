"""Random edit sequences pushed through the UndoController: undo-all restores the exact
starting document and redo-all the exact final one, with the live findings following."""
from __future__ import annotations

import random

from beatboard.core import fileio
from beatboard.edit import Document
from beatboard.gui.findings_hub import FindingsHub
from beatboard.gui.undo import UndoController
from beatboard.rules import RuleChecker, resolve_profile

from conftest import small_project
from edit.random_edits import random_edit

SEQUENCES = 300
EDITS_PER_SEQUENCE = 10


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
