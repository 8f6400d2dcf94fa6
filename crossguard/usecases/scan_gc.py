"""The garbage collector of the process running a scan, while the scan runs.

A first scan's main process unpickles every stored row its workers send, reads the catalog and writes the
register: millions of tuples that die by reference count. Python's thresholds (700, 10, 10) ran about 3,200
young and 8 full collections over a 20,000-product scan, 0.9 s of its 12 s of CPU, that found almost nothing.
While a scan runs the young threshold is raised (:data:`SCAN_GC_THRESHOLDS`: a few hundred collections, about
0.3 s); the thresholds in force before are put back when the last scan running in the process ends (a service
may run scans in threads). Nothing is left uncollected: cycles are collected later, not never.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: (allocations before a young collection, young collections per middle one, middle ones per full one).
SCAN_GC_THRESHOLDS = (100_000, 100, 10)

_lock = threading.Lock()
_running = 0
_before: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def scan_collector() -> Iterator[None]:
    """:data:`SCAN_GC_THRESHOLDS` while the body runs (and while any other scan in this process runs)."""
    global _running, _before
    with _lock:
        if _running == 0:
            _before = gc.get_threshold()
            gc.set_threshold(*SCAN_GC_THRESHOLDS)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.set_threshold(*_before)
