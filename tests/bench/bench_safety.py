"""Data-safety benchmark: what the save guards cost on a large series.

Run: python3 tests/bench/bench_safety.py [--episodes 100] [--repeat 20]
Prints median times for: a plain save, a Document save with the on-disk change check, the
change check after a touch (a content hash), temp-file cleaning in a folder of 2,000 files,
a lock cycle, and listing 50 recovery files.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gen_series import make_series  # noqa: E402

from beatboard.core import fileio  # noqa: E402
from beatboard.core.atomic import clean_stale_temps  # noqa: E402
from beatboard.core.lock import DocumentLock  # noqa: E402
from beatboard.core.recovery import RecoveryStore  # noqa: E402
from beatboard.core.session import Owner, SessionRegistry  # noqa: E402
from beatboard.edit import Document  # noqa: E402


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    project = make_series(args.episodes)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc_path = folder / "series.beatboard"
        fileio.save(project, doc_path)
        size = doc_path.stat().st_size
        print(f"series: {args.episodes} episodes, {size / 1e6:.1f} MB on disk")
        save_ms = median_ms(lambda: fileio.save(project, doc_path), args.repeat)
        print(f"fileio.save (atomic, temp cleaning):  {save_ms:8.1f} ms")
        doc = Document.open(doc_path)
        print(f"Document.save (with change check):    {median_ms(doc.save, args.repeat):8.1f} ms")

        def touched_check():
            later = time.time() + 1
            os.utime(doc_path, (later, later))
            doc.changed_on_disk()

        print(f"change check after a touch (hash):     {median_ms(touched_check, args.repeat):8.1f} ms")
        for i in range(2000):
            (folder / f"shot_{i:04d}.png").touch()
        print(f"clean_stale_temps, 2,000 files:       "
              f"{median_ms(lambda: clean_stale_temps(doc_path), args.repeat):8.1f} ms")

        def lock_cycle():
            lock = DocumentLock(doc_path, Owner.current())
            lock.acquire()
            lock.refresh()
            lock.release()

        print(f"lock acquire + heartbeat + release:   {median_ms(lock_cycle, args.repeat):8.1f} ms")
        rec = folder / "recovery"
        small = make_series(3)
        for i in range(50):  # crashed editors' autosaves (no heartbeat since 1970)
            gone = Owner(f"gone{i}", "elsewhere", 1, "", 0, 0)
            dead = RecoveryStore(rec, SessionRegistry(rec, gone))
            dead.write(dead.new_file(doc_path), small, doc_path)
        store = RecoveryStore(rec)
        count = len(store.entries())
        print(f"list {count} recovery files:            {median_ms(store.entries, args.repeat):8.1f} ms")


if __name__ == "__main__":
    main()
