"""``beatboard export pdf FILE -o OUT.pdf``: printed boards, overview and shot lists."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.export_guard import check_export_target


def register(formats) -> None:
    p = formats.add_parser(
        "pdf", help="printed storyboards, series overview and shot lists",
        description="Export printable boards: episode board pages (emotion curve and 9:16 "
                    "panels), a series overview with rule findings, and shot lists.")
    p.add_argument("file", help="the .beatboard file")
    p.add_argument("-o", "--output", help="the PDF to write (default: FILE with .pdf)")
    p.add_argument("--paper", default="A4", help="A4, Letter, A3 or Tabloid (default A4)")
    p.add_argument("--orientation", default="portrait", help="portrait or landscape")
    p.add_argument("--panels", default="6",
                   help="panels (shots) per board page: 6, 8 or 12, or 1 for one large "
                        "panel per page")
    p.add_argument("--layout", choices=("grid", "single"), default=None,
                   help="'single' prints one large panel per page (same as --panels 1)")
    p.add_argument("--episodes", help="episode numbers: ranges and lists, e.g. '1-3,7'")
    p.add_argument("--variants", default="all",
                   help="'all' prints variant and choice beats after the main line; "
                        "'main' prints the main line only")
    p.add_argument("--bw", action="store_true", help="grey-scale for black-and-white printers")
    p.add_argument("--lang", default="en", help="labels on the page: en or zh")
    p.add_argument("--sections", default="boards,overview,shotlist",
                   help="comma list of boards, overview, shotlist, audience (printed in "
                        "this order; audience: a page per episode with retention data)")
    p.add_argument("--since", metavar="VERSION",
                   help="mark what changed since VERSION (a named version of FILE, or "
                        "another project file): an asterisk by each changed beat and "
                        "panel, and the revision colour's name in the page header")
    p.set_defaults(func=run)


def options_from_args(args: argparse.Namespace):
    from ..export.pdf.options import PdfOptions, parse_episode_spec, parse_sections
    try:
        panels = int(args.panels)
    except ValueError:
        raise BeatBoardError(f"--panels must be 1, 6, 8 or 12, not {args.panels!r}") from None
    if getattr(args, "layout", None) == "single":
        panels = 1
    episodes = parse_episode_spec(args.episodes) if args.episodes is not None else None
    return PdfOptions(paper=args.paper, orientation=args.orientation, panels=panels,
                      episodes=episodes, variants=args.variants, bw=args.bw, lang=args.lang,
                      sections=parse_sections(args.sections))


def run(args: argparse.Namespace) -> int:
    from ..core.fileio import load
    from ..export.pdf.document import export_pdf

    options = options_from_args(args)  # check the options before reading the file
    src = Path(args.file)
    out = Path(args.output) if args.output else src.with_suffix(".pdf")
    check_export_target(out, src)
    project = load(src)
    if getattr(args, "since", None):
        import dataclasses
        from ..export.pdf.revision import revision_since
        options = dataclasses.replace(options, revision=revision_since(project, src, args.since))
    result = export_pdf(project, out, options, source_name=src.name,
                        base_dir=src.resolve().parent)
    print(f"wrote {out} ({result.pages} pages, {result.seconds:.1f} s)", file=sys.stderr)
    return 0
