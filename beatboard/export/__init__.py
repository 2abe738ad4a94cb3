"""Exports that leave the editor: printed PDF boards (``beatboard.export.pdf``).

Plain Python, no Qt: the editor calls these from a worker thread.
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
