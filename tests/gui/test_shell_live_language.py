"""Preferences switches the UI language at once: menus, docks, inspector, canvas cards,
combos and findings retranslate without a restart; stored values never change."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from beatboard.gui.i18n import install_language
from beatboard.gui.preferences import PreferencesDialog

from conftest import small_project


@pytest.fixture
def switch(monkeypatch, qtbot):
    """Choose a language in Preferences and press OK; returns once the UI has caught up."""
    def choose(window, code: str) -> None:
        def exec_(dialog):
            dialog.language.setCurrentIndex(dialog.language.findData(code))
            return True
        monkeypatch.setattr(PreferencesDialog, "exec", exec_)
        window.acts.preferences.trigger()
        QApplication.processEvents()  # LanguageChange is posted to every window
    yield choose
    install_language(QApplication.instance(), "en")


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_preferences_switch_the_whole_ui_to_chinese_and_back(make_window, switch):
    w = make_window(small_project())
    w.selection.select("ep1", ["s1"])
    w.selection.select("ep2", ["h2"])
    w.acts.delete.trigger()  # HOOK_MISSING in episode 2, for the findings panel
    w.selection.select("ep1", ["s1"])
    form = w.inspector.beat_form
    card = w.canvas.canvas_scene.card
    assert w.menus["file"].title() == "&File" and card("s1")._text["emotion"] == "怒 indignation"

    switch(w, "zh_CN")
    assert [m.title() for m in w.menus.values()] == ["文件(&F)", "编辑(&E)", "视图(&V)", "剧集(&S)",
                                                     "帮助(&H)"]
    assert w.acts.add_beat.text() == "添加节拍(&B)"
    assert w.acts.undo.text() == "撤销(&U) 删除节拍"  # the history entry, retitled too
    assert w.docks.inspector_dock.windowTitle() == "属性"
    assert w.docks.findings_dock.windowTitle().startswith("检查结果")
    assert w.docks.navigator.actions_.add.text() == "添加分集"
    assert form.form.labelForField(form.emotion).text() == "情绪"
    assert form.form.labelForField(form.shot_move).text() == "运镜"
    assert "爽 爽点 ↑" in combo_texts(form.emotion.tag)
    assert form.emotion.tag.currentText() == "怒 愤怒 ↓"
    assert "钩子 (hook)" in combo_texts(form.kind)
    assert "特写" in combo_texts(form.shot_size) and "推镜头" in combo_texts(form.shot_move)
    assert card("s1")._text["emotion"] == "怒 愤怒"
    assert card("v1")._text["start"] == "分支"  # the variant off the main line
    assert card("h1")._text["banner"] == "钩子"
    from beatboard.edit import SetField
    w.controller.push(SetField.beat("ep1", "h1", "shot.size", "CU"))
    assert card("h1")._text["shot"] == "特写"
    assert form.shot_size.findData("CU") == combo_texts(form.shot_size).index("特写")
    assert w.acts.profile_actions["china"].text() == "国内（广电总局审核）"
    assert w.acts.genre_actions["revenge"].text() == "复仇／重生"
    panel = w.docks.findings_panel
    rules = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    assert "HOOK_MISSING  缺少钩子" in rules  # the id stays; its title beside it
    assert panel.model.headerData(1, Qt.Horizontal) == "规则"
    assert w.summary.text().startswith("2 集")
    # Stored values never change with the language.
    beat = w.controller.project.episode("ep1").beat("s1")
    assert beat.emotion.tag == "indignation" and beat.kind == "setup"
    assert w.controller.document.path is None and w.settings.get("ui/language") == "zh_CN"

    switch(w, "en")
    assert w.menus["file"].title() == "&File"
    assert form.form.labelForField(form.emotion).text() == "Emotion"
    assert card("s1")._text["emotion"] == "怒 indignation"
    assert card("v1")._text["start"] == "branch"
    assert card("h1")._text["shot"] == "CU"
    assert "HOOK_MISSING  Hook missing" in [panel.model.index(r, 1).data()
                                            for r in range(panel.model.rowCount())]


def test_choosing_a_profile_in_chinese_stores_its_id(make_window, switch):
    w = make_window(small_project())
    switch(w, "zh_CN")
    w.acts.profile_actions["china"].trigger()
    assert w.controller.project.series.profile == "china"
    series = w.inspector.series_form
    w.selection.set_beats([])
    assert series.profile.currentText() == "国内（广电总局审核）"
    assert series.genre.currentText() == "复仇／重生"


def _menu_texts(menu_owner) -> list[str]:
    out = []
    for act in menu_owner.actions():
        out.append(act.text())
        if act.menu() is not None:
            out.extend(_menu_texts(act.menu()))
    return out


def _visible_words(w) -> dict[str, list[str]]:
    form = w.inspector.beat_form
    return {
        "menus": _menu_texts(w.menuBar()),
        "docks": [d.windowTitle() for d in w.docks.all()],
        "beat form": [form.form.itemAt(i).widget().text() for i in range(form.form.count())
                      if hasattr(form.form.itemAt(i).widget(), "text")
                      and form.form.itemAt(i).widget().parent() is form],
        "navigator": [a.text() for a in w.docks.navigator.actions_.all()],
    }


def test_a_live_switch_shows_what_a_fresh_start_in_that_language_shows(make_window, switch):
    """Every menu entry, dock title and inspector label, including ones added later: an
    action created with a literal text but never retranslated would show up here."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from pending_i18n import PendingTranslator

    app = QApplication.instance()
    live = make_window(small_project())
    live.selection.select("ep1", ["s1"])
    switch(live, "zh_CN")
    pending = PendingTranslator(app)
    app.installTranslator(pending)  # strings waiting for the .ts merge count too
    try:
        QApplication.processEvents()
        fresh = make_window(small_project())
        fresh.selection.select("ep1", ["s1"])
        assert _visible_words(live) == _visible_words(fresh)
    finally:
        app.removeTranslator(pending)
