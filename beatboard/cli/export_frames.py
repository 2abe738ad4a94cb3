"""``beatboard export frames FILE -o DIR``: one PNG per panel, drawn by the panel renderer."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.export_guard import check_export_target

MIN_W, MAX_W = 90, 2160


def register(formats) -> None:
    p = formats.add_parser(
        "frames", help="one PNG per panel (sketch, image or automatic frame)",
        description="Write every panel's picture as a 9:16 PNG, exactly as the boards draw "
                    "it. Story order: episodes by number; in each, the main line's beats in "
                    "playing order, then variant and choice beats (their names say so); in "
                    "each beat, its panels. Names sort in that order: "
                    "e001_0001_<beat id>_p1.png, e001_0014_variant_<beat id>_p1.png.")
    p.add_argument("file", metavar="FILE", help="the .beatboard file")
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="folder for the PNGs (created if missing; files of the same name "
                        "are replaced, others left alone)")
    p.add_argument("--episodes", help="episode numbers: ranges and lists, e.g. '1-10' or '1-3,7'")
    p.add_argument("--size", default="720x1280",
                   help="frame size WxH in pixels, 9:16 (default 720x1280; 1080x1920 for masters)")
    p.add_argument("--variants", default="all",
                   help="'all' adds variant and choice beats after the main line; 'main' only "
                        "the main line")
    p.add_argument("--guides", action="store_true",
                   help="draw safe areas and the platform UI zones over the frames")
    p.set_defaults(func=run)


def parse_size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not m:
        raise BeatBoardError(f"--size: {text!r} is not WIDTHxHEIGHT, e.g. 720x1280")
    w, h = int(m.group(1)), int(m.group(2))
    if abs(w * 16 - h * 9) > 16:
        raise BeatBoardError(f"--size: {w}x{h} is not 9:16 (try {w}x{round(w * 16 / 9)})")
    if not MIN_W <= w <= MAX_W:
        raise BeatBoardError(f"--size: the width must be {MIN_W} to {MAX_W} pixels")
    return w, h


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import load
    from ..export.frames import frame_jobs, prepare_folder, write_frames
    from ..export.pdf.options import parse_episode_spec

    size = parse_size(args.size)
    if args.variants not in ("all", "main"):
        raise BeatBoardError(f"--variants must be 'all' or 'main', not {args.variants!r}")
    episodes = parse_episode_spec(args.episodes) if args.episodes is not None else None
    out = Path(args.output)
    src = Path(args.file)
    check_export_target(out, src)
    if out.exists() and not out.is_dir():
        prepare_folder(out)  # says it is not a folder, before the project is read
    project = load(src)
    jobs = frame_jobs(project, episodes, variants=args.variants == "all")
    if episodes is not None and not jobs:
        raise BeatBoardError(f"--episodes {args.episodes}: no such episode in {src}")
    tty = sys.stderr.isatty()

    def progress(done, total, job) -> None:
        if tty:
            print(f"\rframes: {done}/{total}", end="", file=sys.stderr, flush=True)
        elif done == total or jobs[done].episode is not job.episode:
            print(f"frames: episode {job.episode.number} done ({done}/{total})",
                  file=sys.stderr)

    result = write_frames(project, src.resolve().parent, jobs, out, size, args.guides,
                          progress=progress,
                          warn=lambda m: print(f"beatboard: warning: {m}", file=sys.stderr))
    if tty:
        print(file=sys.stderr)
    print(f"wrote {result.written} frames to {out} ({result.seconds:.1f} s)", file=sys.stderr)
    return 0
