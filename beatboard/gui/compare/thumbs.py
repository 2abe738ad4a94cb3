"""Old and new pictures of a panel that was added, removed or redrawn."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...render.panel import render_panel

HEIGHT = 160


def find_panel(project, panel_id: str):
    for ep in project.episodes:
        for beat in ep.beats:
            for panel in beat.panels:
                if panel.id == panel_id:
                    return beat, panel
    return None


class PanelPair(QWidget):
    """Two pictures with their side's name; hidden unless a panel change is selected."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.pictures, self.captions = [], []
        for _ in range(2):
            col = QVBoxLayout()
            picture, caption = QLabel(self), QLabel(self)
            picture.setFixedSize(round(HEIGHT * 9 / 16), HEIGHT)
            picture.setAlignment(Qt.AlignCenter)
            picture.setStyleSheet("border: 1px solid #adb5bd;")
            caption.setAlignment(Qt.AlignCenter)
            col.addWidget(picture)
            col.addWidget(caption)
            row.addLayout(col)
            self.pictures.append(picture)
            self.captions.append(caption)
        row.addStretch(1)
        self.hide()

    def show_panel(self, panel_id: str, sides) -> bool:
        """``sides``: (name, project, base_dir) for old and new. False: nothing shown."""
        shown = False
        for picture, caption, (name, project, base_dir) in zip(self.pictures, self.captions,
                                                             sides):
            found = find_panel(project, panel_id)
            caption.setText(name)
            if found is None:
                picture.setPixmap(QPixmap())
                picture.setText("—")
                continue
            beat, panel = found
            image = render_panel(project, base_dir, beat, panel, HEIGHT, purpose="inspector")
            picture.setPixmap(QPixmap.fromImage(image))
            shown = True
        self.setVisible(shown)
        return shown
