"""Random edit sequences: undo-all gives back the exact start, redo-all the exact end."""
import random

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Panel, Project
from beatboard.edit import Document, EditError

from .random_edits import random_edit


def start_project() -> Project:
    eps = []
    for e in range(1, 4):
        beats = [Beat(id=f"e{e}b{i}", title=f"beat {i}", duration_s=10) for i in range(1, 6)]
        # Some beats start with a strip of several panels, with captions and timings.
        beats[0].panels = [Panel(id=f"e{e}p{k}", caption=f"Line {k}. Then more.",
                                 duration_s=2.0 * k) for k in range(1, 4)]
        eps.append(Episode(id=f"e{e}", number=e, beats=beats))
    return Project(episodes=eps)


def test_undo_all_and_redo_all_are_exact():
    for seed in range(300):
        rng = random.Random(seed)
        doc = Document(start_project())
        start = fileio.dumps(doc.project)
        done = []
        for _ in range(12):
            edit = random_edit(rng, doc.project)
            if edit is None:
                continue
            try:
                doc.apply(edit)
            except EditError:
                continue
            done.append(edit)
        end = fileio.dumps(doc.project)
        fileio.loads(end)  # every reachable state is still a valid file
        for edit in reversed(done):
            doc.revert(edit)
        assert fileio.dumps(doc.project) == start, f"seed {seed}"
        for edit in done:
            doc.apply(edit)
        assert fileio.dumps(doc.project) == end, f"seed {seed}"
