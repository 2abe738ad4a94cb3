"""Fountain import at scale: time and peak memory for 1, 4 and 16 MB scripts.

Run: python3 tests/bench/bench_fountain_scale.py [--sizes 1 4 16] [--parse-only]

Two kinds of script per size: a normal series (episodes, scenes, cues, dialogue, notes,
emphasis) and an adversarial one (long runs of unclosed ``[[``, ``/*``, ``**`` and ``(``
mixed into ordinary paragraphs). Prints seconds, peak traced memory (tracemalloc) and the
peak as a multiple of the file size, then the growth ratios between sizes: linear growth
means time and memory roughly x4 from 1 to 4 MB and from 4 to 16 MB.
"""
from __future__ import annotations

import argparse
import sys
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
    runs = ("[[" * 200, "/*" * 200, "**" * 200 + " _" * 100, "(" * 300)
    while total < size:
        k += 1
        para = f"Action line {k} " + runs[k % 4] + " and the scene goes on.\n\nBOB\n" + runs[(k + 1) % 4] + "\n\n"
        out.append(para)
        total += len(para.encode())
    return "\n".join(out)


def measure(fn, text: str) -> tuple[float, int]:
    tracemalloc.start()
    t = time.perf_counter()
    fn(text)
    seconds = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16])
    ap.add_argument("--parse-only", action="store_true", help="time the parser, not the builder")
    a = ap.parse_args()
    fn = parse_fountain if a.parse_only else import_fountain
    rows = {}
    print(f"{'script':<12}{'MB':>6}{'seconds':>10}{'peak MB':>10}{'peak/file':>11}")
    for kind, make in (("normal", normal_script), ("adversarial", adversarial_script)):
        for mb in a.sizes:
            text = make(int(mb * MB))
            file_mb = len(text.encode()) / MB
            seconds, peak = measure(fn, text)
            rows[kind, mb] = (seconds, peak)
            print(f"{kind:<12}{file_mb:>6.1f}{seconds:>10.2f}{peak / MB:>10.1f}"
                  f"{peak / MB / file_mb:>10.1f}x", flush=True)
    print("growth between sizes (linear: time and memory grow like the size)")
    for kind in ("normal", "adversarial"):
        for small, big in zip(a.sizes, a.sizes[1:]):
            (t0, m0), (t1, m1) = rows[kind, small], rows[kind, big]
            print(f"{kind:<12}{small:g} -> {big:g} MB (x{big / small:g}): "
                  f"time x{t1 / t0:.2f}, peak memory x{m1 / m0:.2f}")


if __name__ == "__main__":
    main()
