"""``beatboard retime FILE EDIT [-o OUT] [--dry-run]``: take the editor's timing back.

Prints the review panel by panel, applies what it proposes (durations, order, panels
dropped in the edit; ``--add-new`` also adds a panel per clip that shows none), and
writes FILE (or OUT) atomically. Exit 0 done, 1 done but the edit brought rule errors
into the episode, 2 the input could not be read (nothing written).
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..core.errors import BeatBoardError
from ..core.fileio import load, save
from .open_guard import refuse_if_open


def register(sub) -> None:
    p = sub.add_parser("retime", help="take the timing of an edited timeline back onto the boards",
                       description="Read an edited timeline (.otio, FCP 7 .xml, .fcpxml, .edl), "
                                   "match its clips to panels, print the review and apply it. "
                                   "Exit code: 0 done, 1 done but the episode now has rule "
                                   "errors it did not have, 2 nothing could be done.")
    p.add_argument("file", metavar="FILE", help="the .beatboard file")
    p.add_argument("edit", metavar="EDIT", help="the edited timeline")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of FILE")
    p.add_argument("--dry-run", action="store_true", help="print the review, write nothing")
    p.add_argument("--add-new", action="store_true",
                   help="add a panel for each clip that shows no panel")
    p.add_argument("--fps", type=float, default=None, metavar="RATE",
                   help="frame rate an EDL was cut at (an EDL names none; default: "
                        "guessed from its timecodes, 24, 25 or 30)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..edit import EditError
    from ..interchange.edit_timeline import read_edit_timeline
    from ..roundtrip.apply import proposal_edit
    from ..roundtrip.proposal import propose
    from ..roundtrip.review import review_lines, rules_after
    from .check import finding_line
    path = Path(args.file)
    if args.fps is not None and not 1 <= args.fps <= 240:
        raise BeatBoardError(f"--fps {args.fps:g}: give a frame rate between 1 and 240")
    out = Path(args.output) if args.output else path
    if not args.dry_run:
        refuse_if_open(out if out.exists() else path,
                       "use File › Update Timing from Edit… in the editor")
    project = load(path)
    prop = propose(project, read_edit_timeline(args.edit, edl_rate=args.fps))
    if args.add_new:
        for r in prop.changes:
            r.accepted = True
    for line in review_lines(prop):
        print(line)
    edit = proposal_edit(project, prop)
    if edit is None:
        print("nothing to apply; " + ("nothing written" if out == path or args.dry_run
                                      else f"writing {out} unchanged"))
        if args.dry_run or out == path:
            return 0
        save(project, out)
        _carry(path, out)
        return 0
    try:
        new, gone = rules_after(project, prop, edit, keep=not args.dry_run)
    except EditError as e:
        raise BeatBoardError(f"could not apply the timing of {args.edit}: {e}") from None
    for f in new:
        print("new: " + finding_line(f))
    for rule, message in gone:
        print(f"cleared: {rule}: {message}")
    if args.dry_run:
        print("dry run: nothing written")
    else:
        save(project, out)
        _carry(path, out)
        print(f"updated {out}")
    return 1 if any(f.severity.value == "error" for f in new) else 0


def _carry(path: Path, out: Path) -> None:
    """-o wrote a new file: its named versions follow it (or a line says why not)."""
    if out.resolve() != path.resolve():
        from ..versioning.versions import carry_versions_note
        note = carry_versions_note(path, out)
        if note:
            print(f"note: {note}", file=sys.stderr)
