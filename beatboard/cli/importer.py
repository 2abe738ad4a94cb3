"""``beatboard import SCRIPT -o OUT.beatboard``: Fountain (.fountain, .spmd, .txt) or
Final Draft (.fdx) to a new BeatBoard project (reading: interchange/script_import.py)."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.fileio import save
from ..interchange.script_import import BEAT_MODES, parse_script


def register(sub) -> None:
    p = sub.add_parser("import", help="import a Fountain or Final Draft script",
                       description="Read a Fountain (.fountain, .spmd, .txt) or Final Draft "
                                   "(.fdx) script and write a .beatboard project.")
    p.add_argument("script", metavar="SCRIPT")
    p.add_argument("-o", "--output", metavar="OUT.beatboard",
                   help="the project to write (with --update: defaults to SERIES itself)")
    p.add_argument("--update", metavar="SERIES.beatboard",
                   help="re-sync an existing series with this revised script, keeping "
                        "each matched beat's id, emotion, timing, shot, panels and notes")
    p.add_argument("--dry-run", action="store_true",
                   help="with --update: print what would change and write nothing")
    p.add_argument("--allow-set-aside", action="store_true",
                   help="with --update: apply even when more than half the series' beats "
                        "would be set aside (gone from the script)")
    p.add_argument("--episode-marker", metavar="REGEX",
                   help="regular expression for episode headings; group 'n' is the number "
                        "(default: 'Episode 3', 'EP 3 - Title', '第3集')")
    p.add_argument("--beats", choices=BEAT_MODES, default=None,
                   help="one beat per scene (the default) or per action paragraph with "
                        "the dialogue after it; [[beat]] marks win either way. With "
                        "--update: the way the series was imported, recorded in it")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.update:
        from .resync_cmd import run_update
        return run_update(args, parse_script)
    if args.dry_run:
        raise BeatBoardError("--dry-run goes with --update SERIES.beatboard")
    if args.allow_set_aside:
        raise BeatBoardError("--allow-set-aside goes with --update SERIES.beatboard")
    if not args.output:
        raise BeatBoardError("give the project to write with -o OUT.beatboard "
                             "(or --update SERIES.beatboard to re-sync a series)")
    out = Path(args.output)
    if out.exists() and not args.force:
        raise BeatBoardError(f"{out} already exists; use --force to replace it")
    project = parse_script(Path(args.script), args.episode_marker, beats=args.beats or "scene")
    save(project, out)
    beats = sum(len(ep.beats) for ep in project.episodes)
    print(f"imported {len(project.episodes)} episodes, {beats} beats, "
          f"{len(project.series.characters)} characters into {out}")
    return 0
