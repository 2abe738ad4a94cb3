"""The ``beatboard`` entry point: a command runs in beatboard.cli, anything else opens the editor.

It sits above both, so the command line never imports the GUI."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from .cli import main as cli_main, wants_editor

    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_editor(argv):
        from .app_launch import launch_editor  # imports Qt only when the editor opens
        return launch_editor(argv)
    return cli_main(argv)


def run() -> None:
    from .cli.quiet_exit import run_quietly
    run_quietly(main)
