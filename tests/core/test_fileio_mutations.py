"""Property: 1,000 random mutations of valid documents (numbers at and beyond their
bounds, NaN, Infinity, huge integers, wrong types, keys given twice, missing and unknown
fields) give either the typed error or a document that saves as standard JSON and loads
back identically. Never another exception (issue 8, property test)."""
from __future__ import annotations

import json
import signal
from collections import Counter

import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import dumps, loads
from beatboard.core.model import Project

from .mutations import mutated_text

CASES = 1000
HANG_GUARD_S = 20  # far beyond any one case: only a hang reaches it


def _refuse_constant(name):
    raise AssertionError(f"saved file holds non-standard JSON {name}")


def load_save_reload(text: str) -> Project | None:
    """None for the typed error; else the project, after checking it round-trips."""
    try:
        project = loads(text, "mutant.beatboard")
    except BeatBoardFileError as e:
        assert e.problem and str(e).startswith("mutant.beatboard: ")
        return None
    saved = dumps(project)
    json.loads(saved, parse_constant=_refuse_constant)
    again = loads(saved)
    # Same content as the project that was saved (files list episodes by number and
    # links in beat order, so the lists may come back in that order).
    assert dumps(again) == saved
    return project


@pytest.fixture
def hang_guard():
    """Turn a hang into a failure naming the case (POSIX only)."""
    if not hasattr(signal, "SIGALRM"):
        yield lambda: None
        return

    def on_alarm(*_):
        raise TimeoutError("a case took longer than any should; it hangs")

    old = signal.signal(signal.SIGALRM, on_alarm)
    yield lambda: signal.alarm(HANG_GUARD_S)
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_a_thousand_mutations_give_the_typed_error_or_a_sound_document(hang_guard):
    outcomes = Counter()
    for seed in range(CASES):
        text, actions = mutated_text(seed)
        hang_guard()
        try:
            project = load_save_reload(text)
        except Exception as e:  # noqa: BLE001 - report which case, then fail
            pytest.fail(f"mutated_text({seed}) {actions}: {type(e).__name__}: {e}")
        outcomes["valid" if project is not None else "refused"] += 1
    # Both answers occur: the mutations neither all break nor all spare the document.
    assert outcomes["valid"] > 50 and outcomes["refused"] > 300, outcomes
