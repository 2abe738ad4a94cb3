"""The beat-graph canvas: one episode's beats as cards and links as arrows."""
from .view import BeatCanvas

__all__ = ["BeatCanvas"]
