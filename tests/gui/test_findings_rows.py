"""The findings table follows an edit by row: what it shows matches the hub, rows the
edit did not touch keep their place (and the user's selection), and the columns still
fit their contents."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from beatboard.edit import SetField
from beatboard.rules import Finding, Severity
from beatboard.gui.findings_panel import FindingsModel

from conftest import small_project


def _texts(model):
    return [[model.data(model.index(r, c)) for c in range(model.COLUMNS)]
            for r in range(model.rowCount())]


def _f(rule, ep, n, msg="m"):
    return Finding(rule, Severity.WARNING, msg, episode=ep, episode_number=n)


def test_set_rows_inserts_removes_and_changes_only_what_differs(qtbot):
    model = FindingsModel()
    resets, inserted, removed = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    a, b, c, d = _f("A", "e1", 1), _f("B", "e2", 2), _f("C", "e3", 3), _f("D", "e2", 2)
    model.set_rows([a, b, c])
    model.set_rows([a, b, d, c])
    assert model.rows == [a, b, d, c] and inserted[-1] == (2, 2)
    model.set_rows([a, c])
    assert model.rows == [a, c] and removed[-1] == (1, 2)
    model.set_rows([a, _f("C", "e3", 3, "changed")])
    assert _texts(model)[1][3] == "changed"
    assert not resets


def test_edits_update_rows_keep_an_untouched_selection_and_fit_columns(make_window):
    w = make_window(small_project())
    panel, view = w.docks.findings_panel, w.docks.findings_panel.view
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    w.selection.select("ep2", ["h2"])
    w.acts.delete.trigger()  # HOOK_MISSING in episode 2
    assert panel.model.rows == panel.shown()
    row = next(i for i, f in enumerate(panel.model.rows) if f.rule == "HOOK_MISSING")
    picked = panel.model.rows[row]
    view.selectionModel().select(panel.model.index(row, 0),
                                 QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    ep1 = w.controller.project.episode("ep1")
    assert w.controller.push(SetField.beat("ep1", ep1.beats[0].id, "title", "Renamed"))
    assert panel.model.rows == panel.shown()
    assert panel.model.rows[view.selectionModel().selectedRows()[0].row()] == picked
    w.acts.undo.trigger()
    w.acts.undo.trigger()
    assert panel.model.rows == panel.shown()
    assert not any(f.rule == "HOOK_MISSING" and f.episode == "ep2" for f in panel.model.rows)
    assert not resets
    w.selection.select("ep2", ["h2"])
    w.acts.delete.trigger()
    for col in range(3):
        needed = max(view.sizeHintForColumn(col), view.header().sectionSizeHint(col))
        assert view.header().sectionSize(col) >= needed
