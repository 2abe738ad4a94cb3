"""The series strip redraws only the columns an edit touched: what it shows afterwards is
exactly what a freshly drawn strip shows."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from beatboard.core.model import Episode
from beatboard.edit import SetField
from beatboard.gui.curve import SeriesStripWidget
from beatboard.rules.findings import Severity

from canvas_fixtures import finding, make_editor
from conftest import small_project


def _many_episodes(n: int = 12):
    project = small_project()
    first, second = project.episodes
    eps = []
    for i in range(n):
        src = first if i % 2 == 0 else second
        ep = Episode(id=f"ep{i + 1}", number=i + 1, title=f"Episode {i + 1}",
                     beats=[b.model_copy(update={"id": f"{b.id}_{i}"}, deep=True) for b in src.beats],
                     links=[lk.model_copy(update={"from_": f"{lk.from_}_{i}",
                                                  "to": f"{lk.to}_{i}"}) for lk in src.links])
        eps.append(ep)
    project.episodes = eps
    return project


class PaintedRegions(QObject):
    def __init__(self, widget):
        super().__init__()
        self.rects = []
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            self.rects.append(event.region().boundingRect())
        return False


def _strip(qtbot, controller, selection, findings):
    w = SeriesStripWidget(controller, selection, findings)
    qtbot.addWidget(w)
    w.resize(420, 240)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_edits_and_marks_repaint_to_the_same_picture_as_a_fresh_strip(qtbot):
    controller, selection, findings = make_editor(qtbot, _many_episodes())
    strip = _strip(qtbot, controller, selection, findings)
    before = strip.grab().toImage()
    ep = controller.project.episode("ep5")
    beat = ep.beats[1]
    assert controller.push(SetField.beat("ep5", beat.id, "emotion.intensity",
                                         1 if beat.emotion.intensity != 1 else 5))
    findings.set([finding(ep.beats[0].id, Severity.ERROR, episode="ep6"),
                  finding(ep.beats[0].id, episode="ep7")])
    after = strip.grab().toImage()
    assert after != before
    fresh = _strip(qtbot, controller, selection, findings)
    assert after == fresh.grab().toImage()
    controller.stack.undo()
    findings.set([])
    assert strip.grab().toImage() == before


def test_an_intensity_edit_repaints_only_its_column(qtbot):
    controller, selection, findings = make_editor(qtbot, _many_episodes())
    strip = _strip(qtbot, controller, selection, findings)
    QApplication.processEvents()
    painted = PaintedRegions(strip)
    beat = controller.project.episode("ep5").beats[1]
    assert controller.push(SetField.beat("ep5", beat.id, "title", "Renamed"))
    assert controller.push(SetField.beat("ep5", beat.id, "emotion.intensity",
                                         1 if beat.emotion.intensity != 1 else 5))
    qtbot.waitUntil(lambda: bool(painted.rects))
    column = strip.column_rect("ep5").toAlignedRect()
    assert all(r.left() >= column.left() and r.right() <= column.right() for r in painted.rects)
