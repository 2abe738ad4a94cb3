"""Everything outside beatboard.gui and beatboard.app_launch works with Qt unavailable."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys, tempfile
    from pathlib import Path

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"Qt is blocked in this test: {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the Qt blocker does not work")

    import beatboard
    imported = []
    def skip(name):
        # __main__ runs the command line when imported; it is covered by cli.main below.
        # The launcher opens the editor when no command is named; beatboard.render draws
        # pictures with QtGui (tested below: never QtWidgets), and so do the exports that
        # paint the animatic's frames.
        return (name in ("beatboard.app_launch", "beatboard.__main__", "beatboard.launcher",
                         "beatboard.export.animatic", "beatboard.export.animatic_video")
                or name.startswith("beatboard.gui") or name.startswith("beatboard.render"))
    for mod in pkgutil.walk_packages(beatboard.__path__, "beatboard.",
                                     onerror=lambda name: None):
        if skip(mod.name):
            continue
        importlib.import_module(mod.name)
        imported.append(mod.name)

    from beatboard.cli import main
    from beatboard.core.fileio import save
    from beatboard.core.skeleton import make_skeleton
    from beatboard.rules import check_project
    project = make_skeleton("revenge", 12, title="复仇 Revenge", paywall=10)
    project.episodes[3].beats[0].kind = "setup"  # no hook any more: an error finding
    findings = check_project(project)
    assert any(f.rule == "HOOK_MISSING" and f.episode_number == 4 for f in findings)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.beatboard"
        save(project, path)
        code = main(["check", str(path)])
    assert code == 1, code
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    assert not leaked, leaked
    print("IMPORTED", len(imported), " ".join(imported))
""")


def test_core_imports_and_checks_without_qt():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("IMPORTED")][0]
    imported = line.split()[2:]
    for required in ("beatboard.core.model", "beatboard.core.fileio", "beatboard.rules.checker",
                     "beatboard.cli.check", "beatboard.cli.info", "beatboard.cli.new",
                     "beatboard.edit.document"):
        assert required in imported
    assert not any(name.startswith("beatboard.gui") for name in imported)


RENDER_SCRIPT = textwrap.dedent("""
    import sys
    import beatboard.render, beatboard.cli
    from beatboard.cli import build_parser
    build_parser()
    from beatboard.render import ensure_gui_app
    ensure_gui_app()
    widgets = sorted(m for m in sys.modules if m.startswith("PySide6.QtWidgets"))
    assert not widgets, widgets
    assert not any(m.startswith("beatboard.gui") for m in sys.modules)
    print("OK")
""")


def test_renderer_uses_qtgui_only_and_runs_without_a_screen():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-c", RENDER_SCRIPT], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "OK" in result.stdout
