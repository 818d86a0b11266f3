"""``python -m benchmarks``: AcuChart at clinic scale, as ratios against floors.

Builds a synthetic clinic once per size (20,000 and 2,000 patients × 10 sessions ×
about 12 needles, through ``acuchart demo --patients``), then measures each hot
path against a floor measured in the same run, prints a table and writes JSON.
Targets come from the issues; a row passes when its value meets the target.

Not part of the test suite: speed is never asserted in unit tests.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.floors import STARTUP_FLOOR_SCRIPT, bare_reportlab_document

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]


class Results:
    """Rows of the results table.

    Each row: step, clinic size, value, unit, floor, ratio, target text, pass.
    """

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, step, size, value, unit, *, floor=None, target=None, ok=None, note=""):
        ratio = value / floor if floor else None
        row = {
            "step": step,
            "patients": size,
            "value": round(value, 3),
            "unit": unit,
            "floor": round(floor, 3) if floor is not None else None,
            "ratio": round(ratio, 2) if ratio is not None else None,
            "target": target or "",
            "pass": ok,
            "note": note,
        }
        self.rows.append(row)
        flag = "" if ok is None else ("ok" if ok else "MISS")
        floor_text = "" if floor is None else f"{floor:.3f}"
        ratio_text = "" if ratio is None else f"{ratio:.2f}×"
        print(
            f"{step:<38} {size or '':>7} {value:>10.3f} {unit:<4} {floor_text:>9} {ratio_text:>7}  "
            f"{target or '':<24} {flag}",
            flush=True,
        )


def median_ms(fn: Callable[[], object], repeat: int, warmup: int = 2) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run_process(args: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """Run a process; return (printed ms, peak RSS MiB, stdout)."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read()
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} failed: {err.strip()}")
    return float(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024, out


# --- building clinics ---------------------------------------------------------------


def build_clinic(workdir: Path, patients: int, sessions: int) -> Path:
    path = workdir / f"clinic-{patients}x{sessions}.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    for args in (["demo"], ["demo", "--patients", str(patients), "--sessions-per-patient", str(sessions)]):
        subprocess.run([sys.executable, "-m", "charting", "--db", str(tmp), *args], check=True, capture_output=True)
    print(f"# built {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
    tmp.rename(path)
    return path


def forty_needle_session(db) -> int:
    """A draft session with 40 charted needles and 4 EA pairs on the demo patient."""
    from charting import sessions
    from charting.patients import search_patients

    patient = search_patients(db, "DEMO-0001")[0]
    detail = sessions.create_session(db, patient.id)
    codes = ("BL23", "BL25", "BL40", "BL57", "BL60", "GB30", "GB34", "KI3", "ST36", "SP6")
    specs = []
    for code in codes:
        specs += sessions.resolve_point(code, "both")
    for i in range(40 - len(specs)):
        specs.append(
            sessions.NeedleSpec(ashi_label=f"ashi {i + 1}", side="left", view="back", x=0.45, y=0.5 + i * 0.004)
        )
    settings = {"gauge_mm": 0.25, "length_mm": 40, "depth_mm": 20}
    needles = sessions.add_needles(db, detail.id, specs, defaults=settings)
    sessions.insert_needles(db, detail.id)
    for a, b in ((0, 2), (4, 6), (1, 3), (5, 7)):
        sessions.add_channel(
            db,
            detail.id,
            needles[a].id,
            needles[b].id,
            waveform="dense-disperse",
            frequency_hz=2,
            frequency_high_hz=100,
        )
    return detail.id


def hundred_session_case(db) -> tuple[int, int, int]:
    """A patient with a 100-session course (via the use-cases): (patient, case, last session)."""
    from charting import outcomes, patients, sessions

    patient = patients.create_patient(db, family_name="Benchmark", given_name="Course")
    case = patients.create_case(db, patient.id, chief_complaint="Chronic low back pain", icd10_code="M54.5")
    specs = []
    for code in ("BL23", "BL25", "BL40", "GB30", "GB34", "BL57"):
        specs += sessions.resolve_point(code, "both")
    settings = {"gauge_mm": 0.25, "length_mm": 40, "depth_mm": 20, "manufacturer": "Hwato"}
    last = 0
    for i in range(100):
        detail = sessions.create_session(db, patient.id, case_id=case.id)
        needles = sessions.add_needles(db, detail.id, specs, defaults=settings)
        sessions.insert_needles(db, detail.id)
        sessions.add_channel(
            db,
            detail.id,
            needles[2].id,
            needles[6].id,
            waveform="continuous",
            frequency_hz=2,
            pulse_width_us=300,
            intensity_ma=3,
            duration_min=20,
        )
        sessions.remove_needles(db, detail.id)
        outcomes.set_outcome(db, detail.id, "nrs_back", "before", max(0, 8 - i // 15))
        outcomes.set_outcome(db, detail.id, "nrs_back", "after", max(0, 6 - i // 15))
        last = detail.id
    return patient.id, case.id, last


# --- measurements -------------------------------------------------------------------


def bench_startup(results: Results, size: int, db_path: Path, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    floor_t, floor_m, app_t, app_m = [], [], [], []
    for _ in range(runs):
        t, m, _ = run_process([sys.executable, "-c", STARTUP_FLOOR_SCRIPT], env)
        floor_t.append(t)
        floor_m.append(m)
        t, m, _ = run_process([sys.executable, "-m", "charting", "--db", str(db_path), "--quit-after-startup"], env)
        app_t.append(t)
        app_m.append(m)
    ft, at = statistics.median(floor_t), statistics.median(app_t)
    fm, am = statistics.median(floor_m), statistics.median(app_m)
    results.add("startup to painted window", size, at, "ms", floor=ft, target="≤ 1.3× floor", ok=at <= 1.3 * ft)
    results.add("startup peak memory", size, am, "MiB", floor=fm, target="≤ 1.3× floor", ok=am <= 1.3 * fm)


def bench_search(results: Results, size: int, db, db_path: Path) -> float:
    import sqlite3

    from charting.patients import search_patients

    prefixes = ["s", "sm", "smi", "smit", "smith", "c", "ch", "che", "chen", "syn-0001", "1970-0"]
    value = median_ms(lambda: [search_patients(db, p) for p in prefixes], 15) / len(prefixes)
    raw = sqlite3.connect(db_path)
    sql = "SELECT id, family_name FROM patients WHERE family_key >= ? AND family_key < ? ORDER BY family_key LIMIT 50"
    floor = median_ms(lambda: [raw.execute(sql, (p, p + "\uffff")).fetchall() for p in prefixes], 15) / len(prefixes)
    raw.close()
    results.add("patient search per keystroke", size, value, "ms", floor=floor, target="≤ 10 ms", ok=value <= 10)
    return value


def bench_session_ui(results: Results, size: int, db, session_id: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from charting.sessions import get_session
    from ui.session.editor import QtSessionEditor

    app = QApplication.instance() or QApplication([sys.argv[0]])
    floor_open = median_ms(lambda: get_session(db, session_id), 10)
    editor = QtSessionEditor(db)
    editor.resize(1440, 900)
    editor.show()

    def open_session():
        editor.open_session(session_id)
        app.processEvents()

    value = median_ms(open_session, 10)
    results.add(
        "open a 40-needle session",
        size,
        value,
        "ms",
        floor=floor_open,
        target="≤ 100 ms",
        ok=value <= 100,
        note="floor: loading its snapshot",
    )
    view = editor.diagram_panel.view
    view.set_view("back")
    placed = []

    def add_needle():
        i = len(placed)
        view.ashiPlaced.emit("back", 0.42 + (i % 10) * 0.01, 0.55 + (i // 10) * 0.01)
        app.processEvents()
        placed.append(i)

    value = median_ms(add_needle, 30, warmup=3)
    results.add("add a needle (click → stored, redrawn)", size, value, "ms", target="≤ 16 ms", ok=value <= 16)
    editor.close()
    editor.deleteLater()
    app.processEvents()
    return {"open": value}


def bench_reports(results: Results, size: int, db, session_id: int, case_id: int | None) -> None:
    import io

    from charting.reports import course_record_pdf, session_summary_pdf
    from charting.sessions import get_session

    detail = get_session(db, session_id)
    value = median_ms(lambda: session_summary_pdf(db, session_id, io.BytesIO()), 10)
    rows = [["No", "Code", "Pinyin", "Side", "Gauge", "Depth", "Angle", "Tech", "De qi", "In", "Out", "Min", "", ""]]
    rows += [
        [str(n.seq), n.label, "", n.side, "0.25×40", "20", "perp", "even", "yes", "09:10", "09:35", "25", "", ""]
        for n in detail.needles
    ]
    markers = [(n.x, n.y) for n in detail.needles]
    floor = median_ms(lambda: bare_reportlab_document(io.BytesIO(), rows, markers), 10)
    results.add(
        "session summary PDF",
        size,
        value,
        "ms",
        floor=floor,
        target="≤ 150 ms and ≤ 2× floor",
        ok=value <= 150 and value <= 2 * floor,
    )
    if case_id is not None:
        start = time.perf_counter()
        course_record_pdf(db, case_id, io.BytesIO())
        value = (time.perf_counter() - start) * 1000
        results.add("100-session course record PDF", size, value, "ms", target="≤ 3000 ms", ok=value <= 3000)


def bench_report_memory(results: Results, db, session_id: int, count: int) -> None:
    import gc
    import io
    import resource

    from charting.reports import session_summary_pdf

    def rss() -> float:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20

    for _ in range(50):
        session_summary_pdf(db, session_id, io.BytesIO())
    gc.collect()
    early = rss()
    for _ in range(count):
        session_summary_pdf(db, session_id, io.BytesIO())
    gc.collect()
    late = rss()
    growth = late - early
    results.add(f"memory growth over {count} reports", None, growth, "MiB", target="flat (≤ 5 MiB)", ok=growth <= 5)


def bench_exchange_backup(results: Results, size: int, db, patient_id: int, workdir: Path) -> None:
    import shutil

    from charting.backup import backup_to
    from charting.db.engine import open_database
    from charting.exchange import export_patient, import_document

    document = export_patient(db, patient_id)
    value = median_ms(lambda: export_patient(db, patient_id), 3, warmup=1)
    floor = median_ms(lambda: json.loads(json.dumps(document)), 3, warmup=1)
    results.add("export a 100-session patient", size, value, "ms", floor=floor, note="floor: JSON round trip")
    times = []
    for i in range(3):
        target = workdir / f"import-{size}-{i}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        fresh = open_database(f"sqlite:///{target}")
        start = time.perf_counter()
        import_document(fresh, document)
        times.append((time.perf_counter() - start) * 1000)
        fresh.dispose()
    results.add("import a 100-session patient", size, statistics.median(times), "ms", floor=floor)
    backup = workdir / f"backup-{size}.db"
    start = time.perf_counter()
    backup_to(db, backup)
    value = (time.perf_counter() - start) * 1000
    copy = workdir / f"copy-{size}.db"
    start = time.perf_counter()
    shutil.copyfile(db.sqlite_path, copy)
    floor = (time.perf_counter() - start) * 1000
    results.add("backup of the whole clinic", size, value, "ms", floor=floor, note="floor: plain file copy")
    backup.unlink()
    copy.unlink()


def bench_acupoints(results: Results) -> None:
    code = (
        "import time; t = time.perf_counter(); from charting.acupoints import library; "
        "library().get('BL40'); print((time.perf_counter() - t) * 1000)"
    )
    load = statistics.median(float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5))
    results.add("acupoint library load", None, load, "ms", target="≤ 30 ms", ok=load <= 30)
    from charting.acupoints import library

    lib = library()
    queries = ["bl40", "ub-40", "Liv 3", "SJ05", "weizhong", "wei zhong", "委中", "bend middle", "zu san", "gb"]
    value = median_ms(lambda: [lib.search(q) for q in queries], 20) / len(queries)
    results.add("acupoint lookup / search", None, value, "ms", target="≤ 1 ms", ok=value <= 1)


# --- main ---------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=20_000, help="large clinic size (default 20000)")
    parser.add_argument("--small", type=int, default=2_000, help="small clinic size (default 2000)")
    parser.add_argument("--sessions-per-patient", type=int, default=10)
    parser.add_argument("--startup-runs", type=int, default=7)
    parser.add_argument("--reports", type=int, default=1000, help="reports for the memory check (default 1000)")
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench-results", help="where clinics and results go")
    parser.add_argument("-o", "--output", type=Path, help="JSON results file (default WORKDIR/results.json)")
    args = parser.parse_args(argv)

    from charting.db.engine import open_database

    args.workdir.mkdir(parents=True, exist_ok=True)
    tempfile.tempdir = str(args.workdir)
    started = time.perf_counter()
    results = Results()
    print(f"{'step':<38} {'patients':>7} {'value':>10} {'unit':<4} {'floor':>9} {'ratio':>7}  {'target':<24} pass")
    bench_acupoints(results)
    per_size: dict[int, dict[str, float]] = {}
    for size in (args.small, args.patients):
        path = build_clinic(args.workdir, size, args.sessions_per_patient)
        bench_startup(results, size, path, args.startup_runs)
        db = open_database(f"sqlite:///{path}")
        try:
            bench_search(results, size, db, path)
            session_id = forty_needle_session(db)
            bench_session_ui(results, size, db, session_id)
            patient_id, case_id, _ = hundred_session_case(db)
            bench_reports(results, size, db, session_id, case_id)
            bench_exchange_backup(results, size, db, patient_id, args.workdir)
            if size == args.patients:
                bench_report_memory(results, db, session_id, args.reports)
        finally:
            db.dispose()
        per_size[size] = {r["step"]: r["value"] for r in results.rows if r["patients"] == size}
    bound = math.log(args.patients) / math.log(args.small)
    for step, small_value in per_size[args.small].items():
        if step == "backup of the whole clinic":
            continue  # copies every row: linear by nature, compared with a file copy instead
        large_value = per_size[args.patients].get(step)
        if large_value is None or small_value <= 0:
            continue
        growth = large_value / small_value
        results.add(f"growth 2k→20k: {step}"[:38], None, growth, "×", target=f"≤ {bound:.2f} (log)", ok=growth <= bound)
    elapsed = time.perf_counter() - started
    machine = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "elapsed_s": round(elapsed, 1),
    }
    output = args.output or args.workdir / "results.json"
    output.write_text(json.dumps({"machine": machine, "results": results.rows}, indent=2, ensure_ascii=False))
    missed = [r["step"] for r in results.rows if r["pass"] is False]
    print(f"# {len(results.rows)} rows in {elapsed:.0f} s; {len(missed)} missed target(s); JSON: {output}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
