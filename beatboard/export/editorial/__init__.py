"""Editorial export: each cut of each episode as a timeline for editing applications
(OpenTimelineIO, FCP 7 XML, FCPXML, CMX 3600 EDL, all through OpenTimelineIO's
adapters), one still per panel shared by every cut and format, the captions as SRT and
the animatic at a constant frame rate. ``core.editorial_names`` names the files so that
``retime`` finds the panels again. Draws through ``beatboard.render`` (QtGui only).
"""
from __future__ import annotations

from .options import FORMATS, EditorialOptions
from .runner import EditorialResult, write_editorial

__all__ = ["FORMATS", "EditorialOptions", "EditorialResult", "write_editorial"]
