"""Printed boards: episode board pages, a series overview and shot lists, via reportlab.

Modules: ``options`` (what to print), ``fonts`` (the embedded CJK+Latin font, cached
metrics, wrapping and fitting), ``labels`` (en/zh page labels), ``layout`` (paper, grids,
panel geometry), ``style`` (colour or grey-scale), ``panels``, ``curve``, ``boards``,
``overview``, ``shotlist`` (page painters) and ``document`` (planning and assembly).
"""
from __future__ import annotations

from .options import PdfOptions, parse_episode_spec
from .document import ExportResult, export_pdf, render_pdf

__all__ = ["ExportResult", "PdfOptions", "export_pdf", "parse_episode_spec", "render_pdf"]
