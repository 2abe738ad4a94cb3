"""BeatBoard: storyboard and emotion-beat editor for vertical micro-short dramas."""

__version__ = "0.1.0"
