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

from benchmarks.floors import STARTUP_FLOOR_SCRIPT, bare_session_document

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


def working_copy(workdir: Path, cached: Path, size: int) -> Path:
    """A fresh copy of a cached clinic: the run adds sessions and patients, the cache stays clean."""
    import shutil

    path = workdir / f"work-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(cached, path)
    return path


class Clinic:
    """One synthetic clinic open for the run: its database and the records the steps use."""

    def __init__(self, size: int, path: Path) -> None:
        from charting.db.engine import open_database

        self.size = size
        self.path = path
        self.db = open_database(f"sqlite:///{path}")
        start = time.perf_counter()
        self.session_id = forty_needle_session(self.db)
        self.patient_id, self.case_id, _ = hundred_session_case(self.db)
        self.setup_s = time.perf_counter() - start


def interleaved(clinics: list[Clinic], sample: Callable[[Clinic], float], rounds: int) -> dict[int, float]:
    """Median of ``rounds`` samples per clinic, the clinics taking turns so that load from
    other processes on the machine falls on every size alike."""
    samples: dict[int, list[float]] = {c.size: [] for c in clinics}
    for _ in range(rounds):
        for clinic in clinics:
            samples[clinic.size].append(sample(clinic))
    return {size: statistics.median(values) for size, values in samples.items()}


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


# --- measurements -------------------------------------------------------------------


def bench_startup(results: Results, clinics: list[Clinic], runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    floor_t, floor_m = [], []
    app_t: dict[int, list[float]] = {c.size: [] for c in clinics}
    app_m: dict[int, list[float]] = {c.size: [] for c in clinics}
    run_process([sys.executable, "-c", STARTUP_FLOOR_SCRIPT], env)  # bytecode written, files cached
    run_process([sys.executable, "-m", "charting", "--db", str(clinics[0].path), "--quit-after-startup"], env)
    for _ in range(runs):
        t, m, _ = run_process([sys.executable, "-c", STARTUP_FLOOR_SCRIPT], env)
        floor_t.append(t)
        floor_m.append(m)
        for clinic in clinics:
            args = [sys.executable, "-m", "charting", "--db", str(clinic.path), "--quit-after-startup"]
            t, m, _ = run_process(args, env)
            app_t[clinic.size].append(t)
            app_m[clinic.size].append(m)
    ft, fm = statistics.median(floor_t), statistics.median(floor_m)
    for clinic in clinics:
        at, am = statistics.median(app_t[clinic.size]), statistics.median(app_m[clinic.size])
        results.add("startup to painted window", clinic.size, at, "ms", floor=ft, target="≤ 1.3× floor",
                    ok=at <= 1.3 * ft)
        results.add("startup peak memory", clinic.size, am, "MiB", floor=fm, target="≤ 1.3× floor",
                    ok=am <= 1.3 * fm)


PREFIXES = ["s", "sm", "smi", "smit", "smith", "c", "ch", "che", "chen", "syn-0001", "1970-0"]


def bench_search(results: Results, clinics: list[Clinic], rounds: int) -> None:
    import sqlite3

    from charting.patients import search_patients

    raws = {c.size: sqlite3.connect(c.path) for c in clinics}
    # The floor: one indexed range scan read in index order (no sort), 50 rows.
    sql = ("SELECT id, family_name, given_name, chart_number, date_of_birth FROM patients "
           "WHERE family_key >= ? AND family_key < ? ORDER BY family_key LIMIT 50")

    def app(clinic: Clinic) -> float:
        return timed_ms(lambda: [search_patients(clinic.db, p) for p in PREFIXES]) / len(PREFIXES)

    def floor(clinic: Clinic) -> float:
        raw = raws[clinic.size]
        return timed_ms(lambda: [raw.execute(sql, (p, p + "\uffff")).fetchall() for p in PREFIXES]) / len(PREFIXES)

    for clinic in clinics:  # warm the page cache and the statement caches
        app(clinic)
        floor(clinic)
    values = interleaved(clinics, app, rounds)
    floors = interleaved(clinics, floor, rounds)
    for raw in raws.values():
        raw.close()
    for clinic in clinics:
        value = values[clinic.size]
        results.add("patient search per keystroke", clinic.size, value, "ms", floor=floors[clinic.size],
                    target="≤ 10 ms", ok=value <= 10, note="floor: one raw indexed SQLite range query")


def bench_session_ui(results: Results, clinics: list[Clinic], rounds: int) -> None:
    """Open the 40-needle session and add needles by clicks, one editor window at a time (as a
    practitioner has it: a second window's retention clock repainting its table every second
    would be timed too)."""
    from PySide6.QtWidgets import QApplication

    from charting.sessions import get_session
    from ui.session.editor import QtSessionEditor

    app = QApplication.instance() or QApplication([sys.argv[0]])
    for clinic in clinics:
        floor = statistics.median(timed_ms(lambda: get_session(clinic.db, clinic.session_id))  # noqa: B023
                                  for _ in range(rounds))
        editor = QtSessionEditor(clinic.db)
        editor.resize(1440, 900)
        editor.show()

        def open_session():
            editor.open_session(clinic.session_id)  # noqa: B023
            app.processEvents()

        value = median_ms(open_session, rounds)
        results.add("open a 40-needle session", clinic.size, value, "ms", floor=floor, target="≤ 100 ms",
                    ok=value <= 100, note="floor: loading its snapshot")
        view = editor.diagram_panel.view
        view.set_view("back")
        app.processEvents()
        placed = []

        def add_needle():
            i = len(placed)  # noqa: B023
            view.ashiPlaced.emit("back", 0.42 + (i % 10) * 0.01, 0.55 + (i // 10 % 10) * 0.01)  # noqa: B023
            app.processEvents()
            placed.append(i)  # noqa: B023

        value = median_ms(add_needle, rounds, warmup=3)
        results.add("add a needle (click → stored, redrawn)", clinic.size, value, "ms", target="≤ 16 ms",
                    ok=value <= 16, note=f"the session grows to {40 + len(placed)} needles")
        editor.close()
        editor.deleteLater()
        app.processEvents()


def bench_reports(results: Results, clinics: list[Clinic], rounds: int, course_rounds: int) -> None:
    import io

    from charting.reports import build_session_summary, course_record_pdf, load_session, session_summary_pdf

    data = {c.size: load_session(c.db, c.session_id) for c in clinics}
    for clinic in clinics:  # fonts, styles, outlines: once per process
        session_summary_pdf(clinic.db, clinic.session_id, io.BytesIO())
        bare_session_document(io.BytesIO(), data[clinic.size])
    whole = interleaved(clinics, lambda c: timed_ms(lambda: session_summary_pdf(c.db, c.session_id, io.BytesIO())),
                        rounds)
    built = interleaved(clinics, lambda c: timed_ms(lambda: build_session_summary(data[c.size], io.BytesIO())),
                        rounds)
    floors = interleaved(clinics, lambda c: timed_ms(lambda: bare_session_document(io.BytesIO(), data[c.size])),
                         rounds)
    for clinic in clinics:
        value, build, floor = whole[clinic.size], built[clinic.size], floors[clinic.size]
        results.add("session summary PDF (read + build)", clinic.size, value, "ms", target="≤ 150 ms",
                    ok=value <= 150, note="40 needles, 4 EA channels, 3 views")
        results.add("session summary PDF build vs bare", clinic.size, build, "ms", floor=floor,
                    target="≤ 2× floor", ok=build <= 2 * floor,
                    note="floor: bare SimpleDocTemplate, same SessionReportData")
    values = interleaved(clinics, lambda c: timed_ms(lambda: course_record_pdf(c.db, c.case_id, io.BytesIO())),
                         course_rounds)
    for clinic in clinics:
        value = values[clinic.size]
        results.add("100-session course record PDF", clinic.size, value, "ms", target="≤ 3000 ms", ok=value <= 3000)


def bench_report_memory(results: Results, clinic: Clinic, count: int, warmup: int) -> None:
    """RSS and Python heap over ``count`` session summaries after ``warmup`` ones."""
    import gc
    import io
    import resource
    import tracemalloc

    from charting.reports import session_summary_pdf

    def rss() -> float:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20

    def report() -> None:
        session_summary_pdf(clinic.db, clinic.session_id, io.BytesIO())

    before_warmup = rss()
    for _ in range(warmup):
        report()
    gc.collect()
    early = rss()
    for _ in range(count):
        report()
    gc.collect()
    late = rss()
    note = f"after {warmup} warm-up reports (which grew it {early - before_warmup:.1f} MiB)"
    results.add(f"RSS growth over {count} reports", None, late - early, "MiB", target="flat (≤ 2 MiB)",
                ok=late - early <= 2, note=note)
    # The Python heap (tracemalloc; it slows reports ~7×, so over a tenth of the count). A
    # bounded cache that keeps turning over (SQLite's list of cursor weakrefs, pruned every
    # 200 cursors; ReportLab's caches) looks like growth until it holds only objects made
    # while tracing, so the first tenth runs traced before the heap is read.
    heap_count = max(10, count // 10)
    tracemalloc.start()
    for _ in range(heap_count):
        report()
    gc.collect()
    heap_early = tracemalloc.get_traced_memory()[0]
    for _ in range(heap_count):
        report()
    gc.collect()
    heap_late = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    growth = (heap_late - heap_early) / 1024
    results.add(f"Python heap growth over {heap_count} reports", None, growth, "KiB", target="flat (≤ 32 KiB)",
                ok=growth <= 32, note=f"tracemalloc, after {warmup + count + heap_count} reports")


def bench_exchange_backup(results: Results, clinics: list[Clinic], workdir: Path, rounds: int) -> None:
    import shutil

    from charting.backup import backup_to
    from charting.db.engine import open_database
    from charting.exchange import export_patient, import_document

    documents = {c.size: export_patient(c.db, c.patient_id) for c in clinics}
    values = interleaved(clinics, lambda c: timed_ms(lambda: export_patient(c.db, c.patient_id)), rounds)
    floors = interleaved(clinics, lambda c: timed_ms(lambda: json.loads(json.dumps(documents[c.size]))), rounds)
    for clinic in clinics:
        results.add("export a 100-session patient", clinic.size, values[clinic.size], "ms",
                    floor=floors[clinic.size], note="floor: JSON round trip of the document")

    def import_once(clinic: Clinic) -> float:
        target = workdir / f"import-{clinic.size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        fresh = open_database(f"sqlite:///{target}")
        try:
            return timed_ms(lambda: import_document(fresh, documents[clinic.size]))
        finally:
            fresh.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)

    values = interleaved(clinics, import_once, rounds)
    for clinic in clinics:
        results.add("import a 100-session patient", clinic.size, values[clinic.size], "ms",
                    floor=floors[clinic.size], note="into an empty clinic; floor: JSON round trip")
    for clinic in clinics:
        backup = workdir / f"backup-{clinic.size}.db"
        copy = workdir / f"copy-{clinic.size}.db"
        value = timed_ms(lambda: backup_to(clinic.db, backup))  # noqa: B023  called at once
        floor = timed_ms(lambda: shutil.copyfile(clinic.path, copy))  # noqa: B023
        size_mib = clinic.path.stat().st_size / 2**20
        results.add("backup of the whole clinic", clinic.size, value, "ms", floor=floor,
                    note=f"{size_mib:.0f} MiB; floor: plain file copy")
        backup.unlink()
        copy.unlink()


def bench_acupoints(results: Results) -> None:
    subprocess.check_output([sys.executable, "-c", "from charting.acupoints import library; library()"])
    code = (
        "import time; t = time.perf_counter(); from charting.acupoints import library; "
        "library().get('BL40'); print((time.perf_counter() - t) * 1000)"
    )
    load = statistics.median(float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(7))
    results.add("acupoint library load", None, load, "ms", target="≤ 30 ms", ok=load <= 30,
                note="fresh process, import + load + first lookup")
    from charting.acupoints import library

    lib = library()
    queries = ["bl40", "ub-40", "Liv 3", "SJ05", "weizhong", "wei zhong", "委中", "bend middle", "zu san", "gb"]
    value = median_ms(lambda: [lib.search(q) for q in queries], 50)
    worst = max(median_ms(lambda q=q: lib.search(q), 50) for q in queries)
    results.add("acupoint lookup / search", None, worst, "ms", target="≤ 1 ms", ok=worst <= 1,
                note=f"slowest of {len(queries)} queries; mean {value / len(queries):.3f} ms")
    codes = ["BL40", "LR3", "ST36", "GB30", "TE5"]
    value = median_ms(lambda: [lib.get(c) for c in codes], 200) / len(codes)
    results.add("acupoint lookup by code", None, value, "ms", target="≤ 1 ms", ok=value <= 1)


# --- main ---------------------------------------------------------------------------


def machine_info(elapsed: float, loads: list[tuple[float, float, float]]) -> dict:
    model = ""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next((line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Model name")), "")
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kib = int(fh.readline().split()[1])
        mem = f"{kib / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    os_name = platform.platform()
    try:
        os_name = platform.freedesktop_os_release().get("PRETTY_NAME", os_name)
    except OSError:
        pass
    import reportlab
    import sqlalchemy
    from PySide6 import __version__ as pyside_version

    return {
        "cpu": model or platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "memory": mem,
        "os": os_name,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "sqlalchemy": sqlalchemy.__version__,
        "reportlab": reportlab.Version,
        "load_average": [list(x) for x in loads],
        "elapsed_s": round(elapsed, 1),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def markdown(machine: dict, rows: list[dict]) -> str:
    """The results as a Markdown table (for docs/benchmarks.md)."""
    loads = ", ".join(f"{x[0]:.2f}" for x in machine["load_average"])
    lines = [
        f"Machine: {machine['cpu']}, {machine['cpus']} cores, {machine['memory']} RAM; {machine['os']} "
        f"(Linux {machine['kernel']}); Python {machine['python']}, PySide6 {machine['pyside6']}, "
        f"SQLAlchemy {machine['sqlalchemy']}, ReportLab {machine['reportlab']}. Run {machine['date']}, "
        f"{machine['elapsed_s']:.0f} s; 1-minute load average during the run: {loads}.",
        "",
        "| step | patients | value | floor | ratio | target | pass | note |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    for r in rows:
        value = f"{r['value']:.3g}" if r["value"] < 100 else f"{r['value']:.0f}"
        floor = "" if r["floor"] is None else (f"{r['floor']:.3g}" if r["floor"] < 100 else f"{r['floor']:.0f}")
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        ok = "" if r["pass"] is None else ("ok" if r["pass"] else "**miss**")
        lines.append(f"| {r['step']} | {r['patients'] or ''} | {value} {r['unit']} | {floor} | {ratio} | "
                     f"{r['target']} | {ok} | {r['note']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=20_000, help="large clinic size (default 20000)")
    parser.add_argument("--small", type=int, default=2_000, help="small clinic size (default 2000)")
    parser.add_argument("--sessions-per-patient", type=int, default=10)
    parser.add_argument("--startup-runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=31, help="samples per step and size (medians; default 31)")
    parser.add_argument("--reports", type=int, default=1000, help="reports for the memory check (default 1000)")
    parser.add_argument("--warmup-reports", type=int, default=500, help="reports before memory is measured")
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench-results", help="where clinics and results go")
    parser.add_argument("-o", "--output", type=Path, help="JSON results file (default WORKDIR/results.json)")
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown to this file")
    args = parser.parse_args(argv)
    if args.small >= args.patients:
        parser.error("--small must be smaller than --patients")

    args.workdir.mkdir(parents=True, exist_ok=True)
    tempfile.tempdir = str(args.workdir)
    # Processes started here compile their modules once and keep the bytecode (under the
    # workdir, not the source tree), as an installed wheel does: with PYTHONDONTWRITEBYTECODE
    # set (as on the CI machines) every start would recompile AcuChart's own modules while
    # the floors' libraries come precompiled from site-packages.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str((args.workdir / "pycache").resolve())
    started = time.perf_counter()
    loads = [os.getloadavg()]
    results = Results()
    print(f"{'step':<38} {'patients':>7} {'value':>10} {'unit':<4} {'floor':>9} {'ratio':>7}  {'target':<24} pass")
    bench_acupoints(results)
    clinics = []
    for size in (args.small, args.patients):
        cached = build_clinic(args.workdir, size, args.sessions_per_patient)
        clinic = Clinic(size, working_copy(args.workdir, cached, size))
        print(f"# {size} patients: 40-needle session and 100-session course charted in {clinic.setup_s:.1f} s",
              flush=True)
        clinics.append(clinic)
    try:
        bench_startup(results, clinics, args.startup_runs)
        bench_search(results, clinics, args.rounds)
        bench_session_ui(results, clinics, args.rounds)
        bench_reports(results, clinics, args.rounds, max(3, args.rounds // 6))
        bench_exchange_backup(results, clinics, args.workdir, max(3, args.rounds // 6))
        loads.append(os.getloadavg())
        bench_report_memory(results, clinics[-1], args.reports, args.warmup_reports)
    finally:
        for clinic in clinics:
            clinic.db.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(str(clinic.path) + suffix).unlink(missing_ok=True)
    bound = math.log(args.patients) / math.log(args.small)
    small = {r["step"]: r["value"] for r in results.rows if r["patients"] == args.small}
    large = {r["step"]: r["value"] for r in results.rows if r["patients"] == args.patients}
    for step, small_value in small.items():
        if step == "backup of the whole clinic":
            continue  # copies every row: linear by nature, compared with a file copy instead
        large_value = large.get(step)
        if large_value is None or small_value <= 0:
            continue
        growth = large_value / small_value
        results.add(f"growth: {step}"[:38], None, growth, "×", target=f"≤ {bound:.2f} (log)", ok=growth <= bound,
                    note=f"{args.small} → {args.patients} patients")
    elapsed = time.perf_counter() - started
    loads.append(os.getloadavg())
    machine = machine_info(elapsed, loads)
    output = args.output or args.workdir / "results.json"
    output.write_text(json.dumps({"machine": machine, "results": results.rows}, indent=2, ensure_ascii=False))
    if args.markdown:
        args.markdown.write_text(markdown(machine, results.rows), encoding="utf-8")
    missed = [r["step"] for r in results.rows if r["pass"] is False]
    print(f"# {machine['cpu']}, {machine['cpus']} CPUs, {machine['memory']}, Python {machine['python']}, "
          f"load average {' / '.join(f'{x[0]:.2f}' for x in loads)}")
    print(f"# {len(results.rows)} rows in {elapsed:.0f} s; {len(missed)} missed target(s); JSON: {output}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
