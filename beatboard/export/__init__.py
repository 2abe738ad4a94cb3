"""Every output that leaves the editor, each a plan of jobs plus a runner with progress
and cancel: printed boards (``pdf``), the CSV shot list and Fountain script (``tables``),
one PNG per panel (``frames``), the animatic video (``animatic``, written by
``video``) and timelines for editing applications (``editorial``). The command line and
the editor call these (the editor from a worker thread). ``pdf``, ``tables`` and
``video`` never import Qt; ``frames``, ``animatic`` and ``editorial``'s runner draw
through ``beatboard.render`` (QtGui only).
"""
from __future__ import annotations

from ..core.errors import BeatBoardError


class ExportCancelled(BeatBoardError):
    """The user cancelled an export; nothing was written."""

    def __init__(self, message: str = "export cancelled; nothing was written"):
        super().__init__(message)


def export_pdf(*args, **kwargs):
    """See ``beatboard.export.pdf.document.export_pdf`` (imported lazily: reportlab is heavy)."""
    from .pdf.document import export_pdf as _export_pdf
    return _export_pdf(*args, **kwargs)


__all__ = ["ExportCancelled", "export_pdf"]
