"""Render the main window on the sample series offscreen, for the README and reviews.

    python -m beatboard.gui.screenshots OUTDIR [SAMPLE]

Writes editor-<lang>-<theme>.png for English and Chinese, light and dark.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def render(outdir: Path, sample: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)  # never touch the user's settings or recovery
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from ..edit import Document
    from .app import setup_app
    from .i18n import install_language
    from .main_window import MainWindow
    from .settings import Settings

    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "zh_CN"):
            for theme in ("light", "dark"):
                settings = Settings(QSettings(os.path.join(tmp, f"{lang}-{theme}.ini"),
                                              QSettings.IniFormat))
                settings.set("ui/language", lang)
                settings.set("ui/theme", theme)
                setup_app(app, settings)
                window = MainWindow(Document.open(sample), settings)
                window.resize(1600, 1000)
                window.show()
                project = window.controller.project
                eps = project.ordered_episodes()
                ep = eps[min(1, len(eps) - 1)]
                if ep.beats:
                    window.selection.select(ep.id, [ep.beats[min(2, len(ep.beats) - 1)].id])
                for _ in range(5):
                    app.processEvents()
                if window.canvas is not None and hasattr(window.canvas, "fit"):
                    window.canvas.show_start()
                    app.processEvents()
                target = outdir / f"editor-{lang.split('_')[0]}-{theme}.png"
                window.grab().save(str(target))
                written.append(target)
                window.close()
                window.deleteLater()
                app.processEvents()
        install_language(app, "en")
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m beatboard.gui.screenshots OUTDIR [SAMPLE]", file=sys.stderr)
        return 2
    from ..resources import RESOURCES
    default = RESOURCES.parent / "samples" / "iron-heiress.beatboard"
    sample = Path(argv[1]) if len(argv) > 1 else default
    for path in render(Path(argv[0]), sample):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
