"""SIGKILL in the middle of a large import leaves the database exactly as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bigdoc import big_document
from sqlalchemy import func, select

from charting import audit
from charting.db import models as m
from charting.db.engine import open_database
from charting.db.schema import integrity_problems


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _counts(db) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in m.Base.metadata.sorted_tables}


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to watch the importer's CPU time")
def test_sigkill_during_import_changes_nothing(tmp_path, _template_db):
    target = tmp_path / "clinic.db"
    shutil.copyfile(_template_db, target)
    db = open_database(f"sqlite:///{target}")
    from charting import patients

    patients.create_patient(db, family_name="Already", chart_number="KEEP-1")
    before = _counts(db)
    db.dispose()
    document = tmp_path / "big.json"
    document.write_text(json.dumps(big_document(300)), encoding="utf-8")

    process = subprocess.Popen(
        [sys.executable, "-m", "charting", "--db", str(target), "import", str(document)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # Start-up and parsing take well under 2 s of CPU; the whole import takes about 4 s.
        while process.poll() is None and _cpu_seconds(process.pid) < 2.0:
            time.sleep(0.02)
        assert process.poll() is None, "the import finished before it could be killed: make the document larger"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    db = open_database(f"sqlite:///{target}")
    try:
        assert _counts(db) == before
        assert integrity_problems(db.engine) == []
        assert audit.verify(db).ok
    finally:
        db.dispose()
