"""``beatboard diff OLD NEW``: what changed between two versions of a project, by ids.

Exit code as diff(1): 0 the same, 1 different, 2 a file could not be read.
``beatboard diff --textconv FILE`` prints one project as canonical text, for git.
"""
from __future__ import annotations

import json
import sys

from ..core.errors import BeatBoardError
from ..core.fileio import load
from ..versioning import Change, diff_projects
from ..versioning.textconv import project_text
from .check import tolerant_stdout


def register(sub) -> None:
    p = sub.add_parser("diff", help="show what changed between two versions of a project",
                       description="List the changes from OLD to NEW by ids: episodes, beats "
                                   "and panels added, removed and moved, each changed field "
                                   "old → new, with timing shifts and findings under the "
                                   "change that caused them. Exit code: 0 the same, "
                                   "1 different, 2 a file cannot be read.")
    p.add_argument("old", nargs="?", help="the older .beatboard file")
    p.add_argument("new", nargs="?", help="the newer .beatboard file")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="output format (default: text)")
    p.add_argument("--textconv", metavar="FILE",
                   help="print FILE as canonical readable text (git's diff textconv) and exit")
    p.set_defaults(func=run)


def change_lines(c: Change, indent: str = "") -> list[str]:
    lines = [indent + c.summary]
    if c.kind == "changed" and c.is_text:
        lines += [f"{indent}    {line}" for line in c.line_diff()]
    for k in c.consequences:
        lines.append(f"{indent}    → {k.summary}")
    return lines


def run(args) -> int:
    tolerant_stdout()
    if args.textconv is not None:
        sys.stdout.write(project_text(load(args.textconv)))
        return 0
    if args.old is None or args.new is None:
        raise BeatBoardError("diff needs OLD and NEW files (or --textconv FILE)")
    diff = diff_projects(load(args.old), load(args.new))
    if args.format == "json":
        json.dump(diff.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for c in diff.changes:
            print("\n".join(change_lines(c)))
        n = len(diff.changes)
        print(f"{n} change{'' if n == 1 else 's'}." if n else "No changes.")
    return 0 if diff.is_empty else 1
