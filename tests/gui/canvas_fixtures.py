"""Shared helpers for the canvas and curve tests: a small project, a fake findings hub."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Signal  # noqa: E402

from beatboard.core.model import Beat, Emotion, Episode, Link, Project, Series  # noqa: E402
from beatboard.core.vocab import Direction  # noqa: E402
from beatboard.edit import Document  # noqa: E402
from beatboard.rules.findings import Finding, Severity  # noqa: E402


def install_app_fonts() -> None:
    """Use the shell's font setup when it exists, so Chinese renders in screenshots."""
    try:
        from beatboard.gui.fonts import install_fonts
    except ImportError:
        from PySide6.QtGui import QFontDatabase
        from beatboard.resources import CJK_FONT
        QFontDatabase.addApplicationFont(str(CJK_FONT))
        return
    install_fonts()


class FakeFindings(QObject):
    """Stands in for the shell's FindingsHub: same signal and lookups."""

    updated = Signal(list)

    def __init__(self):
        super().__init__()
        self.findings: list[Finding] = []

    def set(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.updated.emit(self.findings)

    def for_episode(self, episode_id: str) -> list[Finding]:
        return [f for f in self.findings if f.episode == episode_id]

    def for_beat(self, beat_id: str) -> list[Finding]:
        return [f for f in self.findings if beat_id in f.beats]


def beat(bid: str, title: str, kind: str = "escalation", secs: float = 6.0, tag: str = "suffering",
         direction: Direction = Direction.DOWN, intensity: int = 3, dialogue: str = "") -> Beat:
    return Beat(id=bid, title=title, kind=kind, duration_s=secs if not dialogue else None,
                dialogue=dialogue,
                emotion=Emotion(tag=tag, direction=direction, intensity=intensity))


def small_project() -> Project:
    """Episode 1 with a linked main line of five beats (one variant); episode 2 implicit."""
    b = [beat("h1", "Slap at the gala 宴会耳光", "hook", 2.5, "humiliation", Direction.DOWN, 5),
         beat("s1", "Contract ultimatum", "setup", 12, "indignation", Direction.DOWN, 3),
         beat("p1", "他出手了 He steps in", "payoff", 20, "payoff", Direction.UP, 4,
              dialogue="CEO: Who gave you permission to touch my wife?"),
         beat("t1", "Hidden card", "turn", 25, "suspense", Direction.LEVEL, 3),
         beat("c1", "DNA result 亲子鉴定", "cliffhanger", 8, "suspense", Direction.LEVEL, 5),
         beat("v1", "He steps in (B)", "payoff", 18, "thrill", Direction.UP, 5)]
    links = [Link(**{"from": a, "to": z}) for a, z in
             [("h1", "s1"), ("s1", "p1"), ("p1", "t1"), ("t1", "c1"), ("v1", "t1")]]
    links.append(Link(**{"from": "s1", "to": "v1", "kind": "variant"}))
    ep1 = Episode(id="ep1", number=1, title="The slap", beats=b, links=links)
    ep2 = Episode(id="ep2", number=2, title="第二集", beats=[
        beat("a2", "Morning after", "hook", 2, "dread", Direction.DOWN, 4),
        beat("b2", "Revenge vow", "payoff", 40, "thrill", Direction.UP, 4),
        beat("c2", "Locked door", "cliffhanger", 30, "suspense", Direction.LEVEL, 4)])
    return Project(series=Series(title="Hidden Heiress", paywall_after="ep1"), episodes=[ep1, ep2])


def make_editor(qtbot, project: Project | None = None, episode: str = "ep1"):
    """Controller, selection and fake findings around a fresh document."""
    from beatboard.gui.selection import Selection
    from beatboard.gui.undo import UndoController
    install_app_fonts()
    controller = UndoController(Document(project or small_project()))
    selection = Selection()
    findings = FakeFindings()
    if episode:
        selection.set_episode(episode)
    return controller, selection, findings


def finding(beat_id: str, severity: Severity = Severity.WARNING, episode: str = "ep1",
            message: str = "Cliffhanger intensity 3 is below 4") -> Finding:
    return Finding(rule="CLIFFHANGER_WEAK", severity=severity, message=message, episode=episode,
                   episode_number=1, beats=(beat_id,))


def make_canvas(qtbot, project: Project | None = None):
    """A shown BeatCanvas around a fresh editor: (view, controller, selection, findings)."""
    from beatboard.gui.canvas import BeatCanvas
    controller, selection, findings = make_editor(qtbot, project)
    view = BeatCanvas(controller, selection, findings)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, controller, selection, findings
