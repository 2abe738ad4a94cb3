"""Compare A and B: two cuts of one episode, or two datasets of one cut. Both curves,
their difference, the first second they part by more than the threshold and the beat on
screen there in each cut, the completion difference, and with viewer counts the
two-proportion verdict and the viewers per arm an 80 %-power test would need."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QVBoxLayout)

from ...core.retention_ab import DIVERGE_THRESHOLD, Comparison, compare
from .ab_chart import ComparisonChart


class CompareDialog(QDialog):
    def __init__(self, controller, data, episode_id: str, a_id: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.controller, self.data, self.episode_id = controller, data, episode_id
        self.comparison: Comparison | None = None
        self.a, self.b = QComboBox(), QComboBox()
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.5, 50.0)
        self.threshold.setDecimals(1)
        self.threshold.setValue(DIVERGE_THRESHOLD * 100)
        self.chart = ComparisonChart()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, (self.a, self.b, self.threshold)):
            self.form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        mine = [d for d in controller.project.audience if d.episode == episode_id]
        for box in (self.a, self.b):
            for d in mine:
                bits = [d.label or d.id, d.date, d.source]
                box.addItem(f"{d.cut} · {', '.join(b for b in bits if b)}", d.id)
        a_index = max(0, self.a.findData(a_id))
        self.a.setCurrentIndex(a_index)
        others = [i for i, d in enumerate(mine) if i != a_index]
        other_cut = [i for i in others if mine[i].cut != mine[a_index].cut]
        self.b.setCurrentIndex((other_cut or others or [0])[0])
        self.a.currentIndexChanged.connect(lambda _i: self.refresh())
        self.b.currentIndexChanged.connect(lambda _i: self.refresh())
        self.threshold.valueChanged.connect(lambda _v: self.refresh())
        self.retranslate()
        self.resize(820, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare A/B"))
        for label, text in zip(self.labels, (self.tr("A (solid)"), self.tr("B (dashed)"),
                                             self.tr("Part when apart by"))):
            label.setText(text)
        self.threshold.setSuffix(self.tr(" points"))
        self.refresh()

    def _table(self, box: QComboBox):
        d = next((d for d in self.controller.project.audience if d.id == box.currentData()),
                 None)
        return self.data.table(d) if d is not None else None

    def refresh(self) -> None:
        a, b = self._table(self.a), self._table(self.b)
        threshold = self.threshold.value() / 100
        self.comparison = None
        if a is None or b is None or a.dataset.id == b.dataset.id:
            self.verdict.setText(self.tr("Choose two different datasets of this episode."))
        elif a.stale or b.stale:
            self.verdict.setText(self.tr("Cannot compare stale data: %1").replace(
                "%1", a.stale or b.stale))
        else:
            self.comparison = compare(a, b, threshold)
            self.verdict.setText(self.describe(self.comparison, threshold))
        self.chart.set_comparison(self.comparison, threshold)

    def describe(self, c: Comparison | None, threshold: float) -> str:
        if c is None:
            return self.tr("One of the two has no points.")
        lines = []
        if c.diverge_at is None:
            lines.append(self.tr("The curves stay within %1 points of each other.").replace(
                "%1", f"{threshold * 100:g}"))
        else:
            beat_a = (c.beat_a[1] or c.beat_a[0]) if c.beat_a else "?"
            beat_b = (c.beat_b[1] or c.beat_b[0]) if c.beat_b else "?"
            lines.append(self.tr("They part at %1 s: A shows “%2”, B shows “%3”.").replace(
                "%1", f"{c.diverge_at:.0f}").replace("%2", beat_a).replace("%3", beat_b))
        lines.append(self.tr("Completion: A %1 %, B %2 % (%3 points).").replace(
            "%1", f"{c.completion_a * 100:.1f}").replace(
            "%2", f"{c.completion_b * 100:.1f}").replace(
            "%3", f"{c.completion_difference * 100:+.1f}"))
        t = c.test
        if t is None:
            lines.append(self.tr("No viewer counts on both sides: cannot tell a real "
                                 "difference from noise."))
        else:
            verdict = (self.tr("More than noise") if t.significant
                       else self.tr("Within noise"))
            lines.append(self.tr("%1 (two-proportion test: z = %2, p = %3, α = 0.05).")
                         .replace("%1", verdict).replace("%2", f"{t.z:.2f}")
                         .replace("%3", f"{t.p_value:.3g}"))
            if t.viewers_needed:
                lines.append(self.tr("A test with 80 % power needs %1 viewers per arm to see "
                                     "this difference.").replace("%1", f"{t.viewers_needed:,}"))
        return "\n".join(lines)
