"""Render the main window on the sample series offscreen, for the README and reviews.

    python -m beatboard.gui.screenshots OUTDIR [SAMPLE]

Writes editor-<lang>-<theme>.png for English and Chinese, light and dark, and (English,
light) series-board.png, sketch-pad.png and animatic.png.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _settle(app, seconds: float = 0.0) -> None:
    """Let lazy work finish (thumbnails render in slices and on a worker thread)."""
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


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
                _settle(app)
                if window.canvas is not None and hasattr(window.canvas, "fit"):
                    window.canvas.show_start()
                _settle(app, 4.0)
                target = outdir / f"editor-{lang.split('_')[0]}-{theme}.png"
                window.grab().save(str(target))
                written.append(target)
                if (lang, theme) == ("en", "light"):
                    written += _views(app, window, ep, outdir)
                window.close()
                window.deleteLater()
                app.processEvents()
        install_language(app, "en")
    return written


def _views(app, window, ep, outdir: Path) -> list[Path]:
    """The series board, the sketch pad on a sketched panel and the animatic player."""
    out = []
    board = window.show_series_board()
    _settle(app, 3.0)
    out.append(outdir / "series-board.png")
    board.grab().save(str(out[-1]))
    board.close()
    sketched = next(((b.id, p.id) for b in ep.beats for p in b.panels if p.sketch), None)
    if sketched is not None:
        window.selection.select(ep.id, [sketched[0]])
        window.open_panel(*sketched)
        pad = window.sketch_pad
        pad.resize(1200, 900)
        _settle(app, 2.0)
        out.append(outdir / "sketch-pad.png")
        pad.grab().save(str(out[-1]))
        pad.close()
    player = window.player
    player.dock.show()
    player.dock.raise_()
    player.player.seek(5.0)
    _settle(app, 1.0)
    out.append(outdir / "animatic.png")
    window.grab().save(str(out[-1]))
    return out


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
