"""``beatboard import SCRIPT -o OUT.beatboard``: Fountain (.fountain, .spmd, .txt) or
Final Draft (.fdx) to a new BeatBoard project (reading: interchange/script_import.py)."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.fileio import save
from ..interchange.script_import import parse_script


def register(sub) -> None:
    p = sub.add_parser("import", help="import a Fountain or Final Draft script",
                       description="Read a Fountain (.fountain, .spmd, .txt) or Final Draft "
                                   "(.fdx) script and write a .beatboard project.")
    p.add_argument("script", metavar="SCRIPT")
    p.add_argument("-o", "--output", required=True, metavar="OUT.beatboard")
    p.add_argument("--episode-marker", metavar="REGEX",
                   help="regular expression for episode headings; group 'n' is the number "
                        "(default: 'Episode 3', 'EP 3 - Title', '第3集')")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=run)


def run(args) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        raise BeatBoardError(f"{out} already exists; use --force to replace it")
    project = parse_script(Path(args.script), args.episode_marker)
    save(project, out)
    beats = sum(len(ep.beats) for ep in project.episodes)
    print(f"imported {len(project.episodes)} episodes, {beats} beats, "
          f"{len(project.series.characters)} characters into {out}")
    return 0
