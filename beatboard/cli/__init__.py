"""The ``beatboard`` command.

``beatboard FILE`` opens the editor; ``beatboard COMMAND ...`` runs a command.
Each command lives in its own module with ``register(subparsers)``; the handler it sets
(``func``) returns the exit code: 0 fine, 1 the file has rule errors, 2 the input could
not be read or the arguments are wrong.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from ..core.errors import BeatBoardError

COMMAND_MODULES = (
    "beatboard.cli.check",
    "beatboard.cli.info",
    "beatboard.cli.new",
    "beatboard.cli.export",
    "beatboard.cli.importer",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="beatboard",
        description="Storyboard and emotion-beat editor for vertical micro-short dramas. "
                    "'beatboard FILE' opens FILE in the editor.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        from ..app_launch import launch_editor  # imports Qt only when the editor opens
        return launch_editor(argv)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BeatBoardError as e:
        print(f"beatboard: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("beatboard: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    sys.exit(main())
