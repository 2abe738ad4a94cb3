"""Killing BeatBoard mid-save leaves the old document or the new one, whole."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from beatboard.core.fileio import dumps, load
from beatboard.core.model import Beat, Emotion, Episode, Project, Series

ROOT = Path(__file__).resolve().parents[2]
KILLS = 6

SAVER = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from beatboard.core import atomic
    from beatboard.core.fileio import loads, save
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    versions = [loads((folder / name).read_bytes()) for name in ("a.json", "b.json")]
    target = folder / "series.beatboard"
    real_replace = os.replace
    i = 0

    def slow_replace(src, dst):
        # A slow disk: the new data sits in the temp file, not yet renamed.
        if i >= 2:
            print("renaming", flush=True)
            time.sleep(30)
        real_replace(src, dst)

    if mode == "before-rename":
        atomic.os.replace = slow_replace
    while True:
        save(versions[i % 2], target)
        if i == 1:
            print("saving", flush=True)
        i += 1
""")


def large_project(title: str) -> Project:
    """About 3 MB of JSON: 120 episodes of 20 beats with bilingual dialogue."""
    episodes = []
    for n in range(1, 121):
        beats = [Beat(id=f"e{n}b{i}", title=f"第{n}集 beat {i}", kind="escalation",
                      emotion=Emotion(tag="虐" if i % 2 else "爽", intensity=1 + i % 5),
                      dialogue="林夏：你以为我会认输吗？\nLIN: Then watch what happens. " * 10,
                      action="She freezes, glass in hand. 她攥紧拳头。" * 5)
                 for i in range(20)]
        episodes.append(Episode(id=f"ep{n}", number=n, beats=beats))
    return Project(series=Series(title=title, id="0" * 32), episodes=episodes)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_during_saves_leaves_a_whole_document(tmp_path):
    old, new = dumps(large_project("old 旧")), dumps(large_project("new 新"))
    assert len(old) > 1_000_000
    (tmp_path / "a.json").write_text(old, encoding="utf-8")
    (tmp_path / "b.json").write_text(new, encoding="utf-8")
    target = tmp_path / "series.beatboard"
    target.write_text(old, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(20261122)
    modes = ["random", "before-rename"] * (KILLS // 2)
    for mode in modes:
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(tmp_path), mode], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = child.stdout.readline()
            assert line.strip() == "saving", child.stderr.read()
            if mode == "before-rename":
                assert child.stdout.readline().strip() == "renaming"
                before = target.read_text(encoding="utf-8")
            else:
                time.sleep(rng.uniform(0.0, 0.25))  # a random moment within a few saves
            child.stdout.close()
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        content = target.read_text(encoding="utf-8")
        assert content in (old, new)
        if mode == "before-rename":
            assert content == before  # the interrupted save never reached the file
            assert any(p.suffix == ".tmp" for p in tmp_path.iterdir())
        assert load(target).series.title in ("old 旧", "new 新")
        # A temp file left by the kill must never pass for a document.
        for leftover in tmp_path.iterdir():
            if leftover.name in ("a.json", "b.json", "series.beatboard"):
                continue
            assert leftover.name.startswith(".") and leftover.suffix == ".tmp", leftover.name
            assert not leftover.name.endswith(".beatboard")
