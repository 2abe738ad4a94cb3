"""Panel thumbnails for the canvas: the renderer's content-keyed cache, filled lazily
off the GUI thread.

A card asks for a thumbnail while painting; on a miss it gets None (and draws a plain
frame) and the panel is queued. Sketches and images (the slow pictures: hundreds of
stroke outlines) go to one background render thread: QPainter on a QImage is safe off
the GUI thread, and these pictures draw no text, so the thread never touches the font
database the GUI thread may be changing. Automatic frames (with labels) render on the
GUI thread in slices of a few milliseconds. Either way the finished picture is cached
and the cards that asked are repainted, so opening or panning an episode never waits.
Keys come from ``render.cache.thumbnail_key``, computed once per card refresh.
"""
from __future__ import annotations

import atexit
import queue
import threading
import time
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QImage

from ...core.assets import inspect_asset
from ...core.model import Project
from ...render import ThumbnailCache as RenderCache
from ...render import ensure_gui_app, render_panel_ex
from ...render.cache import thumbnail_key

SLICE_S = 0.008


def _threadable(request: tuple) -> bool:
    """A picture drawn from files that are all there: paths and images, no text."""
    _project, base, _beat, panel, _w, _h = request
    rels = [r for r in (panel.image, panel.sketch) if r]
    return bool(rels) and base is not None and all(inspect_asset(base, r) is None for r in rels)


def _render(request: tuple) -> QImage:
    project, base, beat, panel, w, h = request
    return render_panel_ex(project or Project(), base, beat, panel, (w, h)).image


class _Relay(QObject):
    done = Signal(object, str, object)  # owner id, key, QImage or None


class _RenderThread:
    """One daemon thread for every canvas; jobs carry their owner's id."""

    def __init__(self):
        self.jobs: queue.Queue = queue.Queue()
        self.relay = _Relay()
        self.owners: "weakref.WeakValueDictionary[int, ThumbnailCache]" = \
            weakref.WeakValueDictionary()
        self.relay.done.connect(self._deliver)
        self.thread = threading.Thread(target=self._run, name="thumbnails", daemon=True)
        self.thread.start()
        # Never leave the thread inside Qt's painter while the interpreter shuts down.
        atexit.register(self.stop)

    def stop(self) -> None:
        while True:  # drop what is still queued, then let the current picture finish
            try:
                self.jobs.get_nowait()
            except queue.Empty:
                break
        self.jobs.put(None)
        self.thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return  # the application is ending
            owner, key, request = job
            if self.owners.get(owner) is None:
                continue  # its canvas is gone
            try:
                img = _render(request)
            except Exception:  # noqa: BLE001 - a broken picture must not stop the thread
                img = None
            self.relay.done.emit(owner, key, img)

    def _deliver(self, owner: int, key: str, img) -> None:
        cache = self.owners.get(owner)
        if cache is not None and shiboken6.isValid(cache):  # its scene may be gone
            cache._finished(key, img)


_thread: _RenderThread | None = None


def _worker() -> _RenderThread:
    global _thread
    if _thread is None:
        ensure_gui_app()  # fonts registered here, on the GUI thread, before any job runs
        _thread = _RenderThread()
        _thread.relay.setParent(QCoreApplication.instance())
    return _thread


class ThumbnailCache(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = RenderCache(max_bytes=64 * 1024 * 1024)
        self._pending: dict[str, tuple] = {}
        self._waiting: dict[str, set] = {}
        self._failed: set[str] = set()
        self._local: dict[str, tuple] = {}  # rendered here, in time slices
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self.rendered = 0  # pictures actually drawn (tests, benchmark)
        _worker().owners[id(self)] = self

    @staticmethod
    def key(project, base_dir, beat, panel, w: int, h: int) -> str:
        lang = project.series.language if project is not None else ""
        return thumbnail_key(base_dir, beat, panel, (w, h), language=lang)

    def get(self, key: str, request: tuple, item=None) -> QImage | None:
        """The cached thumbnail, or None: then ``request`` (project, base_dir, beat,
        panel, w, h) is rendered in the background and ``item`` repainted."""
        img = self.store.get(key)
        if img is not None:
            return img
        if item is not None:
            self._waiting.setdefault(key, set()).add(item)
        if key not in self._pending and key not in self._failed:
            self._pending[key] = request
            if _threadable(request):
                _worker().jobs.put((id(self), key, request))
            else:
                self._local[key] = request
                self._timer.start()
        return None

    def _work(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        while self._local and time.perf_counter() < deadline:
            key, request = next(iter(self._local.items()))
            del self._local[key]
            self._finished(key, _render(request))
        if self._local:
            self._timer.start()

    def _finished(self, key: str, img) -> None:
        self._pending.pop(key, None)
        if img is None:
            self._failed.add(key)  # drawn as a plain frame; not asked for again
        else:
            self.store.put(key, img)
            self.rendered += 1
        for item in self._waiting.pop(key, ()):
            try:
                item.update()
            except RuntimeError:
                pass  # the card was deleted meanwhile

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def drain(self, timeout_s: float = 60.0) -> None:
        """Wait until every queued thumbnail is in (tests, screenshots, benchmarks)."""
        end = time.perf_counter() + timeout_s
        app = QCoreApplication.instance()
        while self._pending and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    def clear(self) -> None:
        self.store.clear()
        self._waiting.clear()
        self._local.clear()
