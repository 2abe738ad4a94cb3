"""BeatBoard: storyboard and emotion-beat editor for vertical micro-short dramas."""

__version__ = "0.2.0"
