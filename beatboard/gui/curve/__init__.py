"""Emotion views: one episode's intensity curve and the whole series as a strip."""
from .episode_curve import EpisodeCurveWidget
from .series_strip import SeriesStripWidget

__all__ = ["EpisodeCurveWidget", "SeriesStripWidget"]
