"""Write the invented retention curves in samples/audience/ (see samples/README.md).

Run from the repository root: ``python samples/tools/audience_samples.py``. The numbers
are made up to show the feature; they are no platform's measurements.
"""
from __future__ import annotations

import math
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "audience"


def smooth(t: float) -> float:
    """A typical short-drama curve: steep for the first seconds, then a slow decline."""
    return (0.74 + 0.26 * math.exp(-t / 1.3)) * math.exp(-max(t - 3, 0) / 150)


def ramp(t: float, start: float, end: float, points: float) -> float:
    """``points`` (0-1) lost evenly from ``start`` to ``end``."""
    return points * min(max(t - start, 0), end - start) / (end - start)


def episode_1(t: float) -> float:
    # Ten points leave during "A text from Father" (16-24 s): RETENTION_DROP fires there.
    return smooth(t) - ramp(t, 17, 23, 0.10)


def episode_3(t: float, chair_turns: bool) -> float:
    # The two reveals of Ava (32-44 s): the walk-in loses 9 points, the chair 3.
    return smooth(t) - ramp(t, 33, 43, 0.03 if chair_turns else 0.09)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    rows = ["elapsedVideoTimeRatio,audienceWatchRatio,relativeRetentionPerformance,audienceType"]
    for i in range(101):
        t = 82 * i / 100
        rows.append(f"{i / 100:.2f},{episode_1(t):.4f},0.62,ORGANIC")
        rows.append(f"{i / 100:.2f},{episode_1(t) ** 1.8:.4f},0.31,AD_INSTREAM")
    (OUT / "ep01-youtube-retention.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    # Episode 2 as a European spreadsheet saves it: semicolons, decimal commas, a BOM.
    eu = ["Sekunde;Zuschauer %"] + [f"{t};{smooth(t) * 100:.1f}".replace(".", ",")
                                   for t in range(89)]
    (OUT / "ep02-retention-eu.csv").write_text("\ufeff" + "\r\n".join(eu) + "\r\n",
                                               encoding="utf-8")
    for name, chair in (("ep03-A-walks-in.csv", False), ("ep03-B-chair-turns.csv", True)):
        lines = ["seconds,retention"] + [f"{t},{episode_3(t, chair):.4f}" for t in range(84)]
        (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
