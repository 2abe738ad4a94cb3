"""``beatboard [FILE]``: start the editor (the only place outside gui/ that imports Qt)."""
from __future__ import annotations

import sys


def import_editor() -> None:
    """Import the editor's modules, the Qt-free stack (models, edits, rules) first: once
    PySide6 is imported, its import hook reads the source of every module imported after
    it (looking for ``from __feature__``), which cost about a tenth of opening a series.
    Then the imported objects, alive for the whole session, leave the garbage collector's
    care (``gc.freeze``): each full collection walked all of them again while the window
    was being built, and they are still freed by reference counting if ever unreferenced."""
    import gc

    import beatboard.core.graph  # noqa: F401
    import beatboard.edit  # noqa: F401
    import beatboard.rules  # noqa: F401
    import beatboard.gui.main_window  # noqa: F401
    gc.freeze()


def launch_editor(argv: list[str]) -> int:
    """Open FILE (or a new document) in the editor and run the event loop."""
    args = [a for a in argv if not a.startswith("-")]
    if len(args) > 1:
        print("beatboard: give at most one file to open", file=sys.stderr)
        return 2
    from .display_check import display_problem

    problem = display_problem()
    if problem:
        print(f"beatboard: {problem}", file=sys.stderr)
        return 2
    import_editor()
    from .gui.app import create_app
    from .gui.main_window import MainWindow
    from .gui.quit_signals import QuitOnSignals

    app = create_app([a for a in argv if a.startswith("-")])
    window = MainWindow()
    window.show()
    QuitOnSignals(window)
    recovered = window.offer_recovery()
    if args and not recovered:
        # Through the window's Open, so a document in use elsewhere is noticed.
        window.files.failed.connect(lambda message: print(f"beatboard: {message}",
                                                          file=sys.stderr))
        window.files.open_path(args[0], ask=False)
    return app.exec()
