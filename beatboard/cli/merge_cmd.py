"""``beatboard merge BASE OURS THEIRS -o OUT``: a three-way merge by ids (a git merge driver).

Exit code: 0 merged cleanly, 1 merged with conflicts (OUT keeps ours' value in each and
the conflicts are listed), 2 nothing was written (a file could not be read, the files
are from different series, or the result would not be a project).
"""
from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from ..core.atomic import atomic_write_chunks
from ..core.errors import BeatBoardError
from ..core.fileio import MAX_FILE_BYTES, encoded_chunks, loads
from ..core.userfiles import read_user_file
from ..versioning import merge_projects
from .check import tolerant_stdout


def register(sub) -> None:
    p = sub.add_parser("merge", help="three-way merge of a project (git merge driver)",
                       description="Merge OURS and THEIRS, two versions of BASE, by ids at "
                                   "field level: both sides' episodes, beats, panels, threads "
                                   "and data are kept; a field both changed keeps ours and "
                                   "is reported as a conflict. Exit code: 0 merged, 1 merged "
                                   "with conflicts, 2 nothing written.")
    p.add_argument("base", help="the common ancestor (git's %%O)")
    p.add_argument("ours", help="our version (git's %%A)")
    p.add_argument("theirs", help="their version (git's %%B)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="where to write the merged project (may be OURS)")
    p.add_argument("--path", metavar="P",
                   help="the project's real path (git's %%P): OURS may be a temporary file; "
                        "messages name P and asset paths stay relative to its folder")
    p.add_argument("--author", help="who is merging (default: $BEATBOARD_AUTHOR, else the "
                                    "user name)")
    p.add_argument("--theirs-author", default="theirs", metavar="NAME",
                   help="who wrote THEIRS, for the conflict records (default: theirs)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="how conflicts are reported on standard error")
    p.set_defaults(func=run)


def author(given: str | None) -> str:
    if given:
        return given
    env = os.environ.get("BEATBOARD_AUTHOR", "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _load(file: str, label: str | None):
    return loads(read_user_file(file, "BeatBoard file", MAX_FILE_BYTES), label or file)


def run(args) -> int:
    tolerant_stdout()
    real = args.path
    base = _load(args.base, f"{real} (base)" if real else None)
    ours = _load(args.ours, real)
    theirs = _load(args.theirs, f"{real} (theirs)" if real else None)
    result = merge_projects(base, ours, theirs, (author(args.author), args.theirs_author))
    try:
        atomic_write_chunks(Path(args.output), encoded_chunks(result.project))
    except OSError as e:
        raise BeatBoardError(f"{args.output}: cannot write the merged project ({e.strerror or e})")
    name = real or args.output
    if not result.conflicts:
        return 0
    if args.format == "json":
        json.dump({"file": name, "conflicts": [c.to_dict() for c in result.conflicts]},
                  sys.stderr, ensure_ascii=False, indent=2)
        sys.stderr.write("\n")
    else:
        for c in result.conflicts:
            print(f"{name}: conflict: {c.line()}", file=sys.stderr)
        n = len(result.conflicts)
        print(f"{name}: merged with {n} conflict{'' if n == 1 else 's'}; the file keeps "
              f"ours' value in each", file=sys.stderr)
    return 1
