"""``beatboard versions FILE [--format text|json]`` lists the named versions kept beside
FILE; ``beatboard versions FILE --save NAME [-m MSG] [--author A]`` saves one."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from ..core.errors import BeatBoardError


def register(sub) -> None:
    p = sub.add_parser("versions", help="list or save named versions of a project",
                       description="Named versions are snapshots kept in FILE's .versions "
                                   "folder; they share the project's pictures.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--save", metavar="NAME", help="save FILE as it is now as a new version")
    p.add_argument("-m", "--message", default="", metavar="MSG", help="what the version is")
    p.add_argument("--author", metavar="A",
                   help="who saves it (default: BEATBOARD_AUTHOR, else your user name)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..core.fileio import load
    from ..versioning.versions import colour_name, list_versions, save_version
    path = Path(args.file)
    if args.save is not None:
        from .audience import refuse_if_open
        project = load(path)
        refuse_if_open(path)  # the editor may hold newer, unsaved work
        version = save_version(project, path, args.save, args.message, args.author)
        print(f"saved version {version.number} “{version.name}” "
              f"({colour_name(version.colour)}) of {path}")
        return 0
    if not path.is_file():
        raise BeatBoardError(f"{path}: no such file")
    listed = list_versions(path)
    for problem in listed.problems:
        print(f"beatboard: warning: {problem}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps({"versions": [asdict(v) for v in listed.versions],
                          "problems": listed.problems}, ensure_ascii=False, indent=2))
        return 0
    if not listed.versions:
        print(f"{path.name}: no named versions")
    for v in listed.versions:
        by = f" by {v.author}" if v.author else ""
        print(f"{v.number:3d}  {v.name}  [{colour_name(v.colour)}]  {v.time}{by}")
        if v.message:
            print(f"     {v.message}")
    return 0
