"""Every picture chooser offers the files a drop or folder import accepts (WebP too)."""
from PySide6.QtWidgets import QFileDialog

from beatboard.gui import image_assets


def test_chooser_filter_lists_every_accepted_suffix(qtbot, monkeypatch):
    asked = {}

    def fake_open(parent, title, start, filters):
        asked.update(title=title, filters=filters)
        return "/tmp/ref.webp", filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    assert image_assets.choose_image_file(None, "Panel image") == "/tmp/ref.webp"
    assert asked["title"] == "Panel image"
    for suffix in image_assets.IMAGE_SUFFIXES:
        assert f"*{suffix}" in asked["filters"]


def test_cancelled_chooser_gives_no_path(qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a: ("", "")))
    assert image_assets.choose_image_file(None, "Reference image") == ""
