"""The findings dock shows broken asset files from open and save, not from each edit."""
from __future__ import annotations

from beatboard.core.fileio import load
from tests.cli.test_check_assets import SAMPLE, broken_assets_project


def _assets(w):
    return [f for f in w.docks.findings_panel.model.rows if f.rule == "ASSET_BROKEN"]


def test_broken_assets_show_at_open_and_refresh_on_save_only(make_window, tmp_path):
    path, panel = broken_assets_project(tmp_path)
    w = make_window(load(path), str(path))
    assert len(_assets(w)) == 4
    assert any(f"Panel {panel['sketch']}" in f.text("en") for f in _assets(w))
    good = next((SAMPLE / "iron-heiress.assets").glob("*.sketch.json"))
    (tmp_path / "p.assets/bad.sketch.json").write_bytes(good.read_bytes())
    other = w.controller.project.episodes[1]
    w.selection.select(other.id, [other.beats[0].id])
    w.acts.delete.trigger()  # an edit elsewhere: the disk is not read again
    assert len(_assets(w)) == 4
    assert w.files.save()
    left = _assets(w)
    assert len(left) == 3 and not any(panel["sketch"] in f.message for f in left)
