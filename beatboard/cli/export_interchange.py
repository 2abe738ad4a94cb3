"""``beatboard export fountain|csv|otio FILE -o OUT`` and ``beatboard export schema -o OUT``."""
from __future__ import annotations

import json
from pathlib import Path

from ..core.atomic import atomic_write_text
from ..core.errors import BeatBoardFileError
from ..core.export_guard import check_export_target
from ..core.fileio import load


def register(formats) -> None:
    for name, helptext in (("fountain", "a Fountain screenplay with BeatBoard annotations"),
                           ("csv", "a shot list for Excel/WPS (UTF-8 with BOM)"),
                           ("otio", "OpenTimelineIO timelines (30 fps): a still clip per "
                                    "panel, stills in OUT_stills/ beside")):
        p = formats.add_parser(name, help=helptext)
        p.add_argument("file", metavar="FILE")
        p.add_argument("-o", "--output", required=True, metavar="OUT")
        if name == "otio":
            p.add_argument("--episode", type=int, metavar="N",
                           help="write only episode N as a single Timeline")
        p.set_defaults(func=run)
    p = formats.add_parser("schema", help="the JSON Schema of the .beatboard format")
    p.add_argument("--sketch", action="store_true",
                   help="the schema of sketch files (*.sketch.json) instead")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.set_defaults(func=run)


def project_schema() -> dict:
    try:
        from ..core.schema import json_schema
    except ImportError:  # the schema module may not be there yet
        from ..core.model import Project
        return Project.model_json_schema(by_alias=True)
    return json_schema()


def render(fmt: str, args) -> str:
    if fmt == "schema":
        if getattr(args, "sketch", False):
            from ..core.sketch import json_schema as sketch_schema
            return json.dumps(sketch_schema(), ensure_ascii=False, indent=2) + "\n"
        return json.dumps(project_schema(), ensure_ascii=False, indent=2) + "\n"
    project = load(args.file)
    if fmt == "fountain":
        from ..export.tables.fountain_export import export_fountain
        return export_fountain(project)
    if fmt == "csv":
        from ..export.tables.csv_export import export_csv
        return export_csv(project)
    raise ValueError(fmt)


def run(args) -> int:
    out = Path(args.output)
    check_export_target(out, getattr(args, "file", None))
    if args.format == "otio":
        return run_otio(args, out)
    text = render(args.format, args)
    try:
        atomic_write_text(out, text)
    except OSError as e:
        raise BeatBoardFileError(out, "", f"could not write ({e.strerror or e})") from None
    print(f"wrote {out}")
    return 0


def run_otio(args, out: Path) -> int:
    """The main cut of each episode as the editorial export's timeline (one still clip
    per panel), the stills in a folder beside OUT."""
    from ..export.editorial.otio_file import stills_folder, write_otio_file
    check_export_target(stills_folder(out), args.file)
    project = load(args.file)
    src = Path(args.file)
    result = write_otio_file(project, src.resolve().parent, out, args.episode)
    print(f"wrote {out} and {result.stills} stills in {stills_folder(out)}")
    return 0
