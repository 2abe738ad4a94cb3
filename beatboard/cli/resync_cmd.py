"""``beatboard import REVISED --update SERIES [-o OUT] [--dry-run] [--allow-set-aside]``:
re-sync a series."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.fileio import load, save
from ..edit import EditError
from ..interchange.resync import plan_resync, resync_edit, summary_lines
from ..interchange.script_import import recorded_beats
from ..interchange.script_guard import require_script_content, set_aside_count, sets_aside_most


def run_update(args, import_script) -> int:
    series_path = Path(args.update)
    project = load(series_path)
    beats = recorded_beats(project)
    if args.beats and args.beats != beats:
        raise BeatBoardError(f"{series_path} was imported with --beats {beats}; a re-sync "
                             f"reads the script the same way (drop --beats {args.beats})")
    revised = import_script(Path(args.script), args.episode_marker, beats=beats)
    require_script_content(revised, args.script)
    plan = plan_resync(project, revised)
    for line in summary_lines(project, plan):
        print(line)
    if args.dry_run:
        print("dry run: nothing written")
        return 0
    if sets_aside_most(project, plan) and not args.allow_set_aside:
        gone, total = set_aside_count(project, plan)
        raise BeatBoardError(f"{args.script} would set aside {gone} of the {total} beats of "
                             f"{series_path}; nothing written. Check that it is the right "
                             "script, or add --allow-set-aside to apply it")
    out = Path(args.output) if args.output else series_path
    if out.exists() and out.resolve() != series_path.resolve() and not args.force:
        raise BeatBoardError(f"{out} already exists; use --force to replace it")
    if plan.is_empty:
        print(f"nothing to change; {out} left as it was" if out == series_path
              else f"nothing changed; writing {out}")
        if out == series_path:
            return 0
    else:
        try:
            resync_edit(project, plan).apply(project)
        except EditError as e:
            raise BeatBoardError(f"could not apply the update: {e}") from None
    save(project, out)
    print(f"updated {out}")
    return 0
