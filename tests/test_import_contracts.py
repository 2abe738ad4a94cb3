"""The house layering rules (.importlinter) hold, and the check really catches a breach."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LINT = "from importlinter.cli import lint_imports; import sys; " \
       "sys.exit(lint_imports(config_filename='.importlinter', no_cache=True, no_logo=True))"


def lint(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", LINT], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_layering_contracts_are_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_the_layers_contract_names_every_top_level_module():
    """A new package must be given its place in the layers, not slip past the check."""
    import configparser
    import pkgutil

    import beatboard

    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    layers = config["importlinter:contract:layers"]["layers"].split()
    named = {m for m in layers if m != "|"}
    modules = {f"beatboard.{m.name}" for m in pkgutil.iter_modules(beatboard.__path__)}
    assert named == modules
    order = [m for m in layers if m != "|"]
    assert order.index("beatboard.gui") < order.index("beatboard.export") < \
        order.index("beatboard.render") < order.index("beatboard.interchange") < \
        order.index("beatboard.edit") < order.index("beatboard.core")


# (file, line added at its end, what the report names)
BREACHES = [
    ("beatboard/core/model.py", "import PySide6.QtCore  # noqa", "beatboard.core.model -> PySide6"),
    ("beatboard/rules/checker.py", "from ..gui import settings  # noqa",
     "beatboard.rules.checker -> beatboard.gui"),
    ("beatboard/export/pdf/plan.py", "from ...cli import check  # noqa",
     "beatboard.export.pdf.plan -> beatboard.cli"),
    ("beatboard/cli/info.py", "from ..gui import settings  # noqa",
     "beatboard.cli.info -> beatboard.gui"),
    ("beatboard/export/pdf/overview.py", "from .document import plan_pages  # noqa",
     "No cycles are allowed in beatboard.export.pdf"),
    ("beatboard/render/panel.py", "from ..export import frames  # noqa",
     "beatboard.render.panel -> beatboard.export"),
    ("beatboard/edit/asset_edits.py", "from ..interchange import timing  # noqa",
     "beatboard.edit.asset_edits -> beatboard.interchange"),
    ("beatboard/core/cuts.py", "from ..rules import checker  # noqa",
     "beatboard.core.cuts -> beatboard.rules"),
    ("beatboard/export/tables/csv_export.py", "from ...render import cache  # noqa",
     "beatboard.export.tables.csv_export -> beatboard.render"),
    ("beatboard/gui/actions.py",
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .main_window import MainWindow",
     "No cycles are allowed in beatboard.gui"),
]


@pytest.mark.parametrize("path, line, named", BREACHES, ids=[b[0] for b in BREACHES])
def test_a_forbidden_import_breaks_the_contract(tmp_path, path, line, named):
    shutil.copytree(ROOT / "beatboard", tmp_path / "beatboard",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".importlinter", tmp_path)
    with open(tmp_path / path, "a", encoding="utf-8") as f:
        f.write("\n" + line + "\n")
    result = lint(tmp_path)
    assert result.returncode == 1, result.stdout[-3000:]
    assert named in result.stdout, result.stdout[-3000:]
