"""Timelines an editing application opens: OpenTimelineIO for Premiere, Resolve and Avid
(plain Python, no Qt). Its reader (re-sync from an edit) stays in ``beatboard.interchange``."""
