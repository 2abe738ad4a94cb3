"""Before Qt starts: is there a screen it can use? Qt itself aborts with a core dump."""
from __future__ import annotations

import ctypes.util
import os
import sys

HEADLESS_HINT = ("the command line works without a screen: beatboard check | info | "
                 "export | import (see 'beatboard --help')")


def display_problem(environ: dict[str, str] | None = None, platform: str | None = None,
                    find_library=ctypes.util.find_library) -> str | None:
    """A user-facing reason the editor cannot open a window here, or None."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return ("no screen found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the editor "
                f"cannot open a window; {HEADLESS_HINT}")
    if find_library("xcb-cursor") is None:
        return ("Qt needs the X11 cursor library to open a window: install it with "
                "'sudo apt-get install libxcb-cursor0' (Debian/Ubuntu) or "
                "'sudo dnf install xcb-util-cursor' (Fedora)")
    return None
