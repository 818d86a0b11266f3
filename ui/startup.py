"""Time since the process started, for ``--quit-after-startup``."""

from __future__ import annotations

import os
import time


def ms_since_process_start() -> float:
    """Milliseconds since this process was started (Linux: from /proc; else since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat: starttime in clock ticks after boot
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        # /proc/uptime has 10 ms resolution; use the monotonic boot clock where we can.
        try:
            uptime = time.clock_gettime(time.CLOCK_BOOTTIME)
        except (AttributeError, OSError):
            pass
        return max(0.0, (uptime - start_ticks / ticks) * 1000.0)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED) * 1000.0


_IMPORTED = time.perf_counter()
