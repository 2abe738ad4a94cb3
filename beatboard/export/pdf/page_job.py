"""One page to draw: shared by the document and the page makers (boards, overview, shot list).

Its own module so the page makers need not import the document that imports them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .draw import Painter


@dataclass
class PageJob:
    draw: Callable[[Painter], None]
    bookmark: tuple[str, str, int] | None = None  # (key, title, outline level)
    episode_done: bool = False  # progress ticks after this page
