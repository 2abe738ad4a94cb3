"""``beatboard comments FILE [--open] [--format text|csv]`` lists the review comments;
``beatboard comments FILE --add --on ID --text T [--author A] [--at X,Y | --time S-E
[--cut NAME]]`` adds one, for scripted review."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..core.errors import BeatBoardError
from .open_guard import apply_and_save


def register(sub) -> None:
    p = sub.add_parser(
        "comments", help="list review comments, or add one",
        description="List the review comments of FILE (place, author, time, status, text, "
                    "replies), or add one with --add. The author is --author, else "
                    "$BEATBOARD_AUTHOR, else the name kept in the settings file, else the "
                    "operating system's user name.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--open", action="store_true", help="list only the open comments")
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.add_argument("--add", action="store_true", help="add a comment (needs --on and --text)")
    p.add_argument("--on", metavar="ID", help="the episode, beat or panel id it is on (or an episode number: 3, E3)")
    p.add_argument("--text", metavar="T", help="the comment; @names mention people")
    p.add_argument("--author", metavar="A", help="who writes it")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--at", metavar="X,Y",
                       help="a point on the panel's picture, 0..1 across and down")
    where.add_argument("--time", metavar="S-E", help="a time range in seconds, e.g. 3.5-6")
    p.add_argument("--cut", default="main", metavar="NAME",
                   help="the cut --time is in: main (the default) or a variant's name")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..core.fileio import load
    if args.add:
        return run_add(args)
    if args.on or args.text or args.at or args.time:
        raise BeatBoardError("--on, --text, --at and --time go with --add")
    project = load(args.file)
    from ..core.review import review_order
    comments = [c for c in review_order(project) if c.is_open or not args.open]
    print(listing_csv(project, comments) if args.format == "csv"
          else listing_text(project, comments), end="")
    return 0


def listing_text(project, comments) -> str:
    from ..core.review import place_text
    if not comments:
        return "No comments.\n"
    out = []
    for c in comments:
        status = c.status if c.is_open else f"resolved by {c.resolved_by or '?'} {c.resolved_at or ''}".rstrip()
        out.append(f"[{c.id}] {place_text(project, c)}\n"
                   f"  {c.author or '?'}  {c.created}  {status}\n  {c.text}\n")
        for r in c.replies:
            out.append(f"    ↳ {r.author or '?'}  {r.time}: {r.text}\n")
    n_open = sum(c.is_open for c in comments)
    out.append(f"{len(comments)} comments, {n_open} open.\n")
    return "".join(out)


def listing_csv(project, comments) -> str:
    from ..core.review import locate, place_text
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "episode", "beat", "panel", "place", "author", "created", "status",
                "resolved_by", "resolved_at", "text", "replies"])
    for c in comments:
        place = locate(project, c)
        replies = " | ".join(f"{r.author} {r.time}: {r.text}" for r in c.replies)
        w.writerow([c.id, place.episode.number if place.episode else c.episode, c.beat or "",
                    c.panel or "", place_text(project, c), c.author, c.created, c.status,
                    c.resolved_by or "", c.resolved_at or "", c.text, replies])
    return buf.getvalue()


def run_add(args) -> int:
    from ..core.author import resolve_author
    from ..core.fileio import load
    from ..edit.review_edits import AddComment
    if not args.on or args.text is None:
        raise BeatBoardError("--add needs --on ID and --text T")
    path = Path(args.file)
    project = load(path)
    fields = target_fields(project, args.on, path)
    if args.at:
        fields.update(point_fields(project, fields, args.at))
    if args.time:
        fields["time"] = time_fields(project, fields["episode"], args.time, args.cut)
    from ..core.review_model import Comment
    try:
        comment = Comment(id="new", author=resolve_author(args.author), text=args.text, **fields)
    except ValueError as e:
        raise BeatBoardError(f"could not add the comment: {_first_error(e)}") from None
    edit = AddComment(comment)
    apply_and_save(project, edit, path, "comment from the editor", "could not add the comment")
    print(f"added comment {edit.comment_id} on {args.on} by {comment.author}; saved {path}")
    return 0


def target_fields(project, target: str, path: Path) -> dict:
    """The comment's episode, beat and panel for an id of any of the three."""
    ep = project.episode(target)
    if ep is not None:
        return {"episode": ep.id}
    hit = project.find_beat(target)
    if hit is not None:
        return {"episode": hit[0].id, "beat": hit[1].id}
    for ep in project.episodes:
        for b in ep.beats:
            if b.panel(target) is not None:
                return {"episode": ep.id, "beat": b.id, "panel": target}
    m = re.fullmatch(r"(?i)(?:ep|e)?0*(\d+)", target.strip())  # "3", "E3", "ep03": by number
    numbered = next((e for e in project.episodes if m and e.number == int(m.group(1))), None)
    if numbered is not None:
        return {"episode": numbered.id}
    raise BeatBoardError(f"{path}: no episode, beat or panel has the id {target!r}, and no "
                         "episode has that number (see 'beatboard info FILE' for the ids)")


def point_fields(project, fields: dict, text: str) -> dict:
    m = re.fullmatch(r"\s*([0-9.]+)\s*,\s*([0-9.]+)\s*", text)
    try:
        x, y = (float(m.group(1)), float(m.group(2))) if m else (-1.0, -1.0)
    except ValueError:
        x = y = -1.0
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise BeatBoardError(f"--at {text!r}: expected X,Y between 0 and 1, e.g. 0.5,0.3")
    if "panel" not in fields:
        if "beat" not in fields:
            raise BeatBoardError("--at needs a panel (or a beat with one panel) for --on")
        beat = project.find_beat(fields["beat"])[1]
        if len(beat.panels) != 1:
            raise BeatBoardError(f"--at: beat {beat.id!r} has {len(beat.panels)} panels; "
                                 "give one of their ids to --on")
        fields = {**fields, "panel": beat.panels[0].id}
    return {**fields, "at": {"x": x, "y": y}}


def time_fields(project, episode_id: str, text: str, cut: str) -> dict:
    from ..core.cuts import all_cuts
    m = re.fullmatch(r"\s*([0-9.]+)\s*-\s*([0-9.]+)\s*", text)
    try:
        start, end = (float(m.group(1)), float(m.group(2))) if m else (0.0, -1.0)
    except ValueError:
        start, end = 0.0, -1.0
    if end < start:
        raise BeatBoardError(f"--time {text!r}: expected START-END in seconds, e.g. 3.5-6")
    ep = project.episode(episode_id)
    names = [c.name for c in all_cuts(ep)]
    if cut not in names:
        raise BeatBoardError(f"--cut {cut!r}: episode {ep.number} has the cuts "
                             + ", ".join(names))
    return {"start": start, "end": end, "cut": cut}


def _first_error(e: ValueError) -> str:
    errors = getattr(e, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        return (where + ": " if where else "") + first["msg"].removeprefix("Value error, ")
    return str(e)
