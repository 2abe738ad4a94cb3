"""``beatboard export editorial FILE -o FOLDER``: timelines for editing applications."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.export_guard import check_export_target


def register(formats) -> None:
    p = formats.add_parser(
        "editorial", help="timelines for editing applications (OTIO, FCP 7 XML, FCPXML, EDL)",
        description="For each episode and cut, a timeline with one still clip per panel, "
                    "the temp sound, markers at beats, hook zone, cliffhanger and rule "
                    "findings, in every chosen format: E001_main.otio (DaVinci Resolve "
                    "18.5+), .xml (FCP 7 XML: Premiere Pro, Resolve), .fcpxml (Final Cut "
                    "Pro 10.4.1+, Resolve), .edl (CMX 3600: any editor, Avid); the "
                    "captions as E001_main.srt, the animatic as E001_main.mp4 at a constant "
                    "frame rate; the stills in FOLDER/stills.")
    p.add_argument("file", metavar="FILE", help="the .beatboard file")
    p.add_argument("-o", "--output", required=True, metavar="FOLDER",
                   help="folder to write (created if missing; files of the same name are "
                        "replaced)")
    p.add_argument("--episodes", help="episode numbers: ranges and lists, e.g. '1-10' or '1-3,7'")
    p.add_argument("--cuts", default="main", help="main: the main line; all: every A/B cut")
    p.add_argument("--format", default="otio,fcp7,fcpx,edl",
                   help="comma-separated: otio, fcp7, fcpx, edl (default all four)")
    p.add_argument("--size", default="720x1280", help="720x1280 (default) or 1080x1920")
    p.add_argument("--fps", default="30", help="24, 25 or 30 (default 30)")
    p.add_argument("--start-tc", default="00:00:00:00",
                   help="the timelines' start timecode (default 00:00:00:00; e.g. 01:00:00:00)")
    p.add_argument("--lang", default="en", choices=("en", "zh"),
                   help="the language of markers and clip notes (default en)")
    p.add_argument("--no-video", action="store_true", help="skip the animatic MP4s (faster)")
    p.set_defaults(func=run)


def options_from_args(args: argparse.Namespace):
    from ..core.errors import BeatBoardError
    from ..export.editorial.options import (EditorialOptions, parse_formats, parse_fps,
                                            parse_size)
    from ..export.pdf.options import parse_episode_spec
    if args.cuts not in ("main", "all"):
        raise BeatBoardError(f"--cuts must be main or all, not {args.cuts!r}")
    episodes = parse_episode_spec(args.episodes) if args.episodes is not None else None
    width, height = parse_size(args.size)
    return EditorialOptions(formats=parse_formats(args.format), width=width, height=height,
                            fps=parse_fps(args.fps), start_tc=args.start_tc, cuts=args.cuts,
                            episodes=episodes, video=not args.no_video, lang=args.lang)


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import load
    from ..export.editorial import write_editorial
    from ..export.editorial.options import chosen_episodes, check_writable_folder

    options = options_from_args(args)
    src = Path(args.file)
    out = Path(args.output)
    check_export_target(out, src)
    check_writable_folder(out)
    project = load(src)
    chosen_episodes(project, options.episodes, args.episodes)
    tty = sys.stderr.isatty()
    last = [-1]

    def progress(fraction: float, name: str) -> None:
        pct = int(fraction * 100)
        if tty and pct != last[0]:
            print(f"\r{pct:3d}% {name:40.40}", end="", file=sys.stderr, flush=True)
        last[0] = pct

    result = write_editorial(project, src.resolve().parent, out, options, progress,
                             warn=lambda m: print(f"beatboard: warning: {m}", file=sys.stderr),
                             spec=args.episodes)
    if tty:
        print(file=sys.stderr)
    print(f"wrote {result.stills} stills and {len(result.files)} files to {out} "
          f"({result.seconds:.1f} s)")
    return 0
