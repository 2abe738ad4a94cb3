"""The Chinese UI: the compiled translations ship, load, and translate the main menus."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from beatboard.gui.i18n import install_language
from beatboard.resources import resource_path

from conftest import small_project


@pytest.fixture
def chinese_ui():
    app = QApplication.instance()
    assert install_language(app, "zh_CN")
    yield
    install_language(app, "en")


def test_compiled_translation_is_shipped():
    qm = resource_path("i18n", "beatboard_zh_CN.qm")
    ts = resource_path("i18n", "beatboard_zh_CN.ts")
    assert qm.is_file() and qm.stat().st_size > 1000
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")


def test_switching_to_chinese_translates_menus_and_docks(make_window, chinese_ui):
    w = make_window(small_project())
    # (the Panel menu's translation is pending in resources/i18n/pending/sketchpad.json)
    titles = [w.menus[k].title() for k in ("file", "edit", "view", "series", "help")]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "剧集(&S)", "帮助(&H)"]
    assert w.acts.add_beat.text() == "添加节拍(&B)"
    assert w.docks.nav_dock.windowTitle() == "分集"
    assert w.windowTitle().startswith("未命名")
    w.selection.select("ep1", ["s1"])
    assert w.inspector.beat_form.estimate.text().startswith("按台词估算")


def test_english_setting_gives_english_menus(make_window, isolated):
    isolated.set("ui/language", "en")
    install_language(QApplication.instance(), "en")
    w = make_window(small_project())
    assert [m.title() for m in w.menus.values()][0] == "&File"


def test_history_names_edits_in_chinese(make_window, chinese_ui):
    w = make_window(small_project())
    w.selection.select("ep2", ["s2"])
    w.acts.add_beat.trigger()
    from beatboard.edit import SetField
    w.controller.push(SetField.beat("ep2", "s2", "emotion.intensity", 2))
    stack = w.controller.stack
    assert [stack.command(i).text() for i in range(stack.count())] == ["添加节拍", "设置强度"]
    assert w.acts.undo.text() == "撤销(&U) 设置强度"
