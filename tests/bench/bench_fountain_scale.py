"""Fountain import at scale: time and peak memory for 1, 4 and 16 MB scripts.

Run: python3 tests/bench/bench_fountain_scale.py [--sizes 1 4 16] [--parse-only]

Two kinds of script per size: a normal series (episodes, a scene every ~350 bytes as in
micro-dramas, cues, dialogue, notes, emphasis) and an adversarial one (long runs of
unclosed ``[[``, ``/*``, ``**`` and ``(`` mixed into ordinary paragraphs). Prints CPU and
wall seconds, the peak traced memory (tracemalloc) and its multiple of the file size, and
the memory the resulting Project keeps; then the growth ratios between sizes: linear
growth means time and memory roughly x4 from 1 to 4 MB and from 4 to 16 MB. CPU time is
the steadier figure on a shared machine. With --rss, each size also runs `beatboard
import` on the script file in a fresh process and reports its peak RSS above the RSS of
the interpreter with BeatBoard imported (target: at most 20x the file size).
"""
from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from beatboard.interchange.fountain_import import import_fountain  # noqa: E402
from beatboard.interchange.fountain_parse import parse_fountain  # noqa: E402

MB = 1024 * 1024


def normal_script(size: int) -> str:
    out = ["Title: _**SCALE TEST**_", "Author: bench", ""]
    total, ep, scene = 0, 0, 0
    while total < size:
        if scene % 12 == 0:
            ep += 1
            out += [f"# Episode {ep}: Part {ep}", "", "= The heiress returns.", ""]
        scene += 1
        chunk = [
            f"INT. GALA HALL {scene % 40} - NIGHT", "", "[[hook]] [[emotion: 怒 down 4]]", "",
            "Lin Xia walks in, *soaked*, holding the **contract**. The room goes quiet.", "",
            "LIN XIA (V.O.)", "(quietly)", "You sold the house while I was away.", "",
            "LU CHEN ^", "It was never yours to keep.", "",
            "林夏", "（低声）", "你骗了我。", "",
            "陆晨：我没有。", "",
            "/* cut: a longer version of the argument */", "",
            "> CUT TO:", "",
        ]
        text = "\n".join(chunk) + "\n"
        out.append(text)
        total += len(text.encode())
    return "\n".join(out)


def adversarial_script(size: int) -> str:
    out, total, k = ["INT. ROOM - DAY", ""], 0, 0
    # Openers that never close: no ']]', '*/' or matching '**' anywhere in the script.
    runs = ("[[" * 200, "/* " * 200, "** " * 200 + " _x" * 100, "(" * 300 + "[[" * 100)
    while total < size:
        k += 1
        para = f"Action line {k} " + runs[k % 4] + " and the scene goes on.\n\nBOB\n" + runs[(k + 1) % 4] + "\n\n"
        out.append(para)
        total += len(para.encode())
    return "\n".join(out)


def measure(fn, text: str) -> tuple[float, float, int, int]:
    """CPU seconds and wall seconds of one run (no tracing: tracemalloc slows Python down
    several times), then the traced peak and the memory the result keeps, from a second run."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    fn(text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    gc.collect()
    tracemalloc.start()
    result = fn(text)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return cpu, wall, peak, kept


# The peak is VmHWM, the high-water mark of this process's own memory: ru_maxrss also
# counts the parent's peak, which Linux carries into a child across fork and exec.
RSS_CHILD = """
import sys
from beatboard.cli import main
import beatboard.cli.importer  # BeatBoard imported: the baseline includes the command
def status(field):
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) * 1024 for l in f if l.startswith(field + ":"))
base = status("VmRSS")
code = main(["import", sys.argv[1], "-o", sys.argv[2]])
print(status("VmHWM") - base)
"""


def rss_above_baseline(text: str) -> int:
    """Peak RSS of a fresh ``beatboard import`` of ``text`` above its RSS once imported."""
    with tempfile.TemporaryDirectory() as tmp:
        script, out = os.path.join(tmp, "s.fountain"), os.path.join(tmp, "s.beatboard")
        with open(script, "w", encoding="utf-8") as f:
            f.write(text)
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
        done = subprocess.run([sys.executable, "-c", RSS_CHILD, script, out], env=env,
                              capture_output=True, text=True, check=True)
        return int(done.stdout.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16])
    ap.add_argument("--parse-only", action="store_true", help="time the parser, not the builder")
    ap.add_argument("--rss", action="store_true",
                    help="also the peak RSS of a whole `beatboard import` above its baseline")
    a = ap.parse_args()
    fn = parse_fountain if a.parse_only else import_fountain
    rows = {}
    print(f"{'script':<12}{'MB':>6}{'cpu s':>8}{'wall s':>8}{'peak MB':>9}{'peak/file':>10}"
          f"{'result MB':>10}" + (f"{'RSS+ MB':>9}{'RSS+/file':>10}" if a.rss else ""))
    for kind, make in (("normal", normal_script), ("adversarial", adversarial_script)):
        for mb in a.sizes:
            text = make(int(mb * MB))
            file_mb = len(text.encode()) / MB
            cpu, wall, peak, kept = measure(fn, text)
            rows[kind, mb] = (cpu, peak)
            rss = ""
            if a.rss:
                above = rss_above_baseline(text) / MB
                rss = f"{above:>9.1f}{above / file_mb:>9.1f}x"
            print(f"{kind:<12}{file_mb:>6.1f}{cpu:>8.2f}{wall:>8.2f}{peak / MB:>9.1f}"
                  f"{peak / MB / file_mb:>9.1f}x{kept / MB:>10.1f}{rss}", flush=True)
    print("growth between sizes (linear: time and memory grow like the size)")
    for kind in ("normal", "adversarial"):
        for small, big in zip(a.sizes, a.sizes[1:]):
            (t0, m0), (t1, m1) = rows[kind, small], rows[kind, big]
            print(f"{kind:<12}{small:g} -> {big:g} MB (x{big / small:g}): "
                  f"cpu time x{t1 / t0:.2f}, peak memory x{m1 / m0:.2f}")


if __name__ == "__main__":
    main()
