"""One side of the compare view: an episode's beats as cards in main-line order, the
changed ones highlighted (added green, removed red, changed or moved amber)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.graph import main_line
from .text import kind_word

TINTS = {"added": "#d3f9d8", "removed": "#ffe3e3", "changed": "#fff3bf", "moved": "#e5dbff"}
BEAT_ROLE = Qt.UserRole + 1


class SidePane(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.cards = QListWidget(self)
        self.cards.setObjectName("compare-cards")
        self.cards.setWordWrap(True)
        self.cards.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.cards)
        self.rows: dict[str, int] = {}  # beat or panel id -> row

    def show_episode(self, name: str, ep, marks: dict[str, str]) -> None:
        """``marks``: item id -> change kind, for the ids changed on this side."""
        self.title.setText(name)
        self.cards.clear()
        self.rows = {}
        if ep is None:
            item = QListWidgetItem(self.tr("(this episode is not in this version)"))
            item.setForeground(QColor("#868e96"))
            self.cards.addItem(item)
            return
        line = main_line(ep)
        on_line = {b.id for b in line}
        for beat in line + [b for b in ep.beats if b.id not in on_line]:
            kind = marks.get(beat.id) or next(
                (marks[p.id] and "changed" for p in beat.panels if p.id in marks), "")
            e = beat.emotion
            text = (f"{beat.title or beat.id}\n{beat.kind} · {e.tag or e.direction.value} "
                    f"{e.direction.glyph}{e.intensity} · {beat.seconds:.1f} s · "
                    + self.tr("%1 panels").replace("%1", str(len(beat.panels))))
            if kind:
                text = f"[{kind_word(kind)}] " + text
            item = QListWidgetItem(text)
            item.setData(BEAT_ROLE, beat.id)
            if kind:
                item.setBackground(QColor(TINTS.get(kind, TINTS["changed"])))
                item.setForeground(QColor("#212529"))
            self.rows[beat.id] = self.cards.count()
            for p in beat.panels:
                self.rows.setdefault(p.id, self.cards.count())
            self.cards.addItem(item)

    def highlighted(self) -> list[str]:
        """Beat ids drawn highlighted (tests)."""
        return [self.cards.item(i).data(BEAT_ROLE) for i in range(self.cards.count())
                if self.cards.item(i).text().startswith("[")]

    def reveal(self, item_id: str) -> None:
        row = self.rows.get(item_id)
        if row is not None:
            self.cards.setCurrentRow(row)
            self.cards.scrollToItem(self.cards.item(row))
        else:
            self.cards.clearSelection()
