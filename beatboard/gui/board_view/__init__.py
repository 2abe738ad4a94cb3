"""The Board view: an episode's panels as a grid of large pictures (a storyboard's
board), beside the beat canvas in the main window."""
from .widget import BoardView

__all__ = ["BoardView"]
