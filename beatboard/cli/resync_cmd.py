"""``beatboard import REVISED --update SERIES [-o OUT] [--dry-run]``: re-sync a series."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.fileio import load, save
from ..edit import EditError
from ..interchange.resync import plan_resync, resync_edit, summary_lines


def run_update(args, import_script) -> int:
    series_path = Path(args.update)
    project = load(series_path)
    revised = import_script(Path(args.script), args.episode_marker)
    plan = plan_resync(project, revised)
    for line in summary_lines(project, plan):
        print(line)
    if args.dry_run:
        print("dry run: nothing written")
        return 0
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
