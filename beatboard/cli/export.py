"""``beatboard export FORMAT ...``: each format registers itself from its own module."""
from __future__ import annotations

import importlib

EXPORT_MODULES = (
    "beatboard.cli.export_pdf",
    "beatboard.cli.export_interchange",
    "beatboard.cli.export_frames",
    "beatboard.cli.export_animatic",
    "beatboard.cli.export_editorial",
)


def register(sub) -> None:
    p = sub.add_parser("export", help="export a .beatboard file "
                                      "(pdf, frames, animatic, editorial, fountain, csv, otio, schema)")
    formats = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    for name in EXPORT_MODULES:
        importlib.import_module(name).register(formats)
