"""Work off the GUI thread: database, printer and (later) network calls.

    tasks.run(lambda: look_up(...), on_done=show, on_error=say)

`work` runs on a pool thread; `on_done(result)` or `on_error(exception)` runs on the GUI
thread afterwards, so a slow database or an unplugged printer never freezes the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class Tasks(QObject):
    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)  # key, result, error

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._next = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        self._next += 1
        key = self._next
        self._callbacks[key] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(key, work, self._finished))

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the pool (tests and shutdown); results are delivered by the event loop."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _deliver(self, key: int, result: object, error: object) -> None:
        on_done, on_error = self._callbacks.pop(key)
        if not self._callbacks:
            self.busy_changed.emit(False)
        if isinstance(error, Exception):
            on_error(error)
        else:
            on_done(result)


class _Job(QRunnable):
    def __init__(self, key: int, work: Callable[[], Any], finished: Any) -> None:
        super().__init__()
        self.key = key
        self.work = work
        self.finished = finished

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - handed to on_error on the GUI thread
            self.finished.emit(self.key, None, exc)
        else:
            self.finished.emit(self.key, result, None)
