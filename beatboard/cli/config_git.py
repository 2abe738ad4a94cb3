"""``beatboard config-git [--global]``: make git merge and diff projects with BeatBoard.

Writes the merge driver (``beatboard merge %O %A %B -o %A --path %P``), the diff
textconv (``beatboard diff --textconv``) and the attributes line
``*.beatboard merge=beatboard diff=beatboard``: in this repository (.git/config and
.gitattributes) or, with --global, in ~/.gitconfig and git's global attributes file.
"""
from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

from ..core.atomic import atomic_write_text
from ..core.errors import BeatBoardError

PATTERN = "*.beatboard"
ATTRIBUTES = f"{PATTERN} merge=beatboard diff=beatboard"


def register(sub) -> None:
    p = sub.add_parser("config-git", help="set git up to merge and diff .beatboard files",
                       description="Configure git to merge .beatboard files by ids "
                                   "(beatboard merge) and show their changes as text "
                                   "(beatboard diff --textconv), as nbdime does for notebooks.")
    p.add_argument("--global", dest="global_", action="store_true",
                   help="for every repository of this user (~/.gitconfig and the global "
                        "attributes file) instead of the current repository")
    p.add_argument("--command", default="beatboard", metavar="CMD",
                   help="how git should run BeatBoard (default: beatboard)")
    p.set_defaults(func=run)


def git(*args: str, cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=cwd,
                              check=False)
    except OSError as e:
        raise BeatBoardError(f"cannot run git: {e}") from None
    if done.returncode != 0:
        raise BeatBoardError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return done.stdout.strip()


def settings(command: str) -> dict[str, str]:
    return {
        "merge.beatboard.name": "BeatBoard three-way merge by ids",
        "merge.beatboard.driver": f"{command} merge %O %A %B -o %A --path %P",
        "diff.beatboard.textconv": f"{command} diff --textconv",
    }


def global_attributes_file() -> Path:
    try:
        configured = git("config", "--global", "--path", "core.attributesFile")
    except BeatBoardError:
        configured = ""
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "git" / "attributes"


def add_line(path: Path, line: str) -> bool:
    """Append ``line`` unless the file has it; True when the file changed."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if line in text.splitlines():
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text + line + "\n")
    return True


def run(args) -> int:
    command = args.command if args.command == "beatboard" else shlex.join(shlex.split(args.command))
    scope = ["--global"] if args.global_ else []
    if args.global_:
        attributes = global_attributes_file()
    else:
        root = Path(git("rev-parse", "--show-toplevel"))
        attributes = root / ".gitattributes"
    for key, value in settings(command).items():
        git("config", *scope, key, value)
        print(f"git config {' '.join(scope + [key])} {shlex.quote(value)}")
    changed = add_line(attributes, ATTRIBUTES)
    print(f"{attributes}: {ATTRIBUTES}" + ("" if changed else " (already there)"))
    return 0
