"""The ``beatboard`` command.

``beatboard COMMAND ...`` runs a command (``beatboard FILE`` opens the editor, which
beatboard.launcher decides, so this package never imports the GUI).
Each command lives in its own module with ``register(subparsers)``; the handler it sets
(``func``) returns the exit code: 0 fine, 1 the file has rule errors, 2 the input could
not be read or the arguments are wrong.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from ..core.errors import BeatBoardError
from ..core.gc_pause import gc_paused
from .quiet_exit import broken_pipe, interrupted, run_quietly

COMMAND_MODULES = (
    "beatboard.cli.check",
    "beatboard.cli.info",
    "beatboard.cli.new",
    "beatboard.cli.export",
    "beatboard.cli.importer",
    "beatboard.cli.audience",
    "beatboard.cli.retime_cmd",
    "beatboard.cli.versions_cmd",
    "beatboard.cli.diff_cmd",
    "beatboard.cli.merge_cmd",
    "beatboard.cli.config_git",
    "beatboard.cli.comments",
)
# The command each module registers, so running one imports only its module (the
# others pull in the interchange formats, the exports...); see build_parser.
COMMAND_OF_MODULE = {
    "beatboard.cli.check": "check",
    "beatboard.cli.info": "info",
    "beatboard.cli.new": "new",
    "beatboard.cli.export": "export",
    "beatboard.cli.importer": "import",
    "beatboard.cli.audience": "audience",
    "beatboard.cli.retime_cmd": "retime",
    "beatboard.cli.versions_cmd": "versions",
    "beatboard.cli.diff_cmd": "diff",
    "beatboard.cli.merge_cmd": "merge",
    "beatboard.cli.config_git": "config-git",
    "beatboard.cli.comments": "comments",
}


def _module_of(command: str | None) -> str | None:
    """The one module that registers ``command``, when it is a known command."""
    return next((m for m in COMMAND_MODULES if COMMAND_OF_MODULE.get(m) == command), None)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or only of ``command`` when that is a known one."""
    parser = argparse.ArgumentParser(
        prog="beatboard",
        description="Storyboard and emotion-beat editor for vertical micro-short dramas. "
                    "'beatboard FILE' opens FILE in the editor.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    only = _module_of(command)
    with gc_paused():  # importing builds many objects and no garbage
        modules = [importlib.import_module(name)
                   for name in (COMMAND_MODULES if only is None else (only,))]
    for module in modules:
        module.register(sub)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    return set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def wants_editor(argv: list[str]) -> bool:
    """No command named (``beatboard`` or ``beatboard FILE``): the editor should open."""
    if not argv:
        return True
    if _module_of(argv[0]) is not None:
        return False
    return argv[0] not in command_names(build_parser()) and not argv[0].startswith("-")


def main(argv: list[str] | None = None) -> int:
    """Run one command; the editor itself is started by beatboard.launcher."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except BeatBoardError as e:
        print(f"beatboard: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return interrupted()
    except BrokenPipeError:
        return broken_pipe()


def run() -> None:
    """Commands only. The ``beatboard`` script now starts at beatboard.launcher:run (which
    also opens the editor); this keeps scripts installed before that change working."""
    run_quietly(main)
