"""Ending quietly when the reader goes away: a closed pipe (``beatboard info f | head``)
or Ctrl+C gives the shell's conventional exit code and no traceback."""
from __future__ import annotations

import os
import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl+C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what `git log | head` reports


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        pass


def broken_pipe() -> int:
    silence_stdout()
    return EXIT_BROKEN_PIPE


def run_quietly(main) -> None:
    """sys.exit(main()), ending quietly on Ctrl+C (also while modules still load) or a
    closed pipe, and after flushing what the reader should get."""
    try:
        try:
            code = main()
        except SystemExit as e:  # argparse's --help and usage errors
            code = e.code
        sys.stdout.flush()
    except KeyboardInterrupt:
        code = interrupted()
    except BrokenPipeError:
        code = broken_pipe()
    sys.exit(code)


def interrupted() -> int:
    try:
        print("\nbeatboard: interrupted", file=sys.stderr)
    except (OSError, ValueError):  # stderr is gone too
        pass
    return EXIT_INTERRUPTED
