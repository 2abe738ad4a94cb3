"""The series board: every episode as a row of beat cards, for restructuring a series."""
from .window import SeriesBoard

__all__ = ["SeriesBoard"]
