"""``beatboard export animatic FILE -o OUT``: the boards played in time, as H.264 MP4."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.export_guard import check_export_target


def register(formats) -> None:
    p = formats.add_parser(
        "animatic", help="timed vertical video of the boards (H.264 MP4, captions, SRT)",
        description="Play the panels in time as a 9:16 video. OUT ending in .mp4 gets the "
                    "main cut of the chosen episodes back to back; any other OUT is a folder "
                    "that gets one video per episode (--cuts main) or per cut of each "
                    "episode (--cuts all), an SRT beside each and a manifest.csv.")
    p.add_argument("file", help="the .beatboard file")
    p.add_argument("-o", "--output", required=True, help="an .mp4 file or a folder")
    p.add_argument("--episodes", help="episode numbers: ranges and lists, e.g. '1-3,7'")
    p.add_argument("--cuts", default="main", choices=("main", "all"),
                   help="main: the main line; all: every variant and choice cut")
    p.add_argument("--size", default="720x1280", help="720x1280 (preview) or 1080x1920")
    p.add_argument("--fps", default=30, type=int, help="24, 25 or 30 (default 30)")
    p.add_argument("--captions", default="burn", choices=("burn", "srt", "none"),
                   help="burn into the picture (and write the SRT), SRT only, or none")
    p.add_argument("--cfr", action="store_true",
                   help="constant frame rate: every frame stored (editing applications "
                        "handle the default variable rate badly; the file grows a little)")
    p.add_argument("--title-cards", action="store_true",
                   help="a two-second title card before each episode")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import load
    from ..export.pdf.options import parse_episode_spec
    from ..export.animatic import AnimaticOptions, export_animatic, parse_size
    from ..render.app import ensure_gui_app

    width, height = parse_size(args.size)
    episodes = parse_episode_spec(args.episodes) if args.episodes is not None else None
    options = AnimaticOptions(width=width, height=height, fps=args.fps, captions=args.captions,
                              cuts=args.cuts, episodes=episodes, title_cards=args.title_cards,
                              cfr=args.cfr)
    src = Path(args.file)
    out = Path(args.output)
    check_export_target(out, src)
    project = load(src)
    ensure_gui_app()
    last = [-1]

    def progress(fraction: float, name: str) -> None:
        pct = int(fraction * 100)
        if pct != last[0] and sys.stderr.isatty():
            print(f"\r{pct:3d}% {name}", end="", file=sys.stderr, flush=True)
        last[0] = pct

    result = export_animatic(project, src.resolve().parent, out, options, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for f in result.files:
        print(f"wrote {f}")
    if result.manifest is not None:
        print(f"wrote {result.manifest}")
    return 0
