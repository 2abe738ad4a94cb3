"""The animatic player dock: preview, transport, scrubber and timeline strip."""
from .player_widget import AnimaticPlayer

__all__ = ["AnimaticPlayer"]
