"""Scale: a cohort of 100,000 drafts (20,000 panels of five thank-you notes) made in one run,
its memory, its time, and a re-run with nothing changed.

    python bench/scale.py [--panels 20000] [--jobs 0] [--json FIGURES.json]

Uses bench/run.py's cohort. Runs `followup drafts` twice into one new folder, with its stderr
on a pseudo-terminal (so the progress bar is drawn, as a person would see it), and prints for
each run: wall time; peak resident memory of the largest process, exactly (the kernel's
figure for the run and every worker it waited for, from wait4), and, sampled from /proc every
0.2 s, of the main process and of the largest worker apart; and, for the re-run, how many
files in OUT it wrote, added or removed (mtimes before and after). Figures depend on the
machine: report them, never assert them in tests. The whole bench takes about 15 minutes on
two busy cores; `--panels 4000` (20,000 drafts) about 5.

An application's key includes a digest of the code, so a checkout edited between the two runs
makes the re-run make everything again: measure a copy that nobody edits, e.g.
`cp -r generator bench templates /tmp/copy && cd /tmp/copy && python bench/scale.py
--followup "python -m generator"` (run from the copy, `-m generator` imports the copy).
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import REPO, TODAY, make_cohort  # noqa: E402  (bench/run.py's cohort, as it makes it)


def _children(pid: int) -> list[int]:
    """The process ids under `pid`, all generations (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = [int(n) for n in (task / "children").read_text().split()]
            except OSError:
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


def _high_water(pid: int) -> int | None:
    """A process's peak resident memory so far, in KiB (VmHWM), or None when it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else None


def measured(command: list[str]) -> dict[str, float | str]:
    """Run `command` with its stderr on a pseudo-terminal; wall seconds, peak RSS (MiB) of the
    largest process exactly and of the main process and largest worker as sampled, and the
    last line the terminal showed (the progress bar's last state)."""
    main_fd, terminal = pty.openpty()
    shown = bytearray()

    def drain() -> None:  # a terminal nobody reads would block the bar's writes
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            shown.extend(chunk)
            del shown[:-4096]

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=terminal,
                               env={**os.environ, "NO_COLOR": "1"})
    os.close(terminal)
    peaks = {"main": 0, "worker": 0}
    while True:
        done, status, usage = os.wait4(process.pid, os.WNOHANG)
        if done:
            break
        peaks["main"] = max(peaks["main"], _high_water(process.pid) or 0)
        for child in _children(process.pid):
            peaks["worker"] = max(peaks["worker"], _high_water(child) or 0)
        time.sleep(0.2)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    reader.join(timeout=2)
    os.close(main_fd)
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{shown.decode()}")
    # ru_maxrss from wait4: the larger of the process's own peak and its largest child's.
    lines = [line for line in re.split(r"[\r\n]+", shown.decode("utf-8", "replace"))
             if line.strip()]
    return {"seconds": wall, "peak_mib": usage.ru_maxrss / 1024,
            "main_mib": peaks["main"] / 1024, "worker_mib": peaks["worker"] / 1024,
            "last_line": lines[-1].strip() if lines else ""}


def snapshot(out: Path) -> dict[str, int]:
    """Every file in OUT, with its modification time (ns)."""
    return {str(path): path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}


def _in_a_child(*args: str) -> str:
    """This script run again with `args`: what it printed. The file lists of a cohort's OUT
    (320,000 paths) are made there, never here: Linux carries a process's peak memory over
    into the program it starts (exec), so this process must stay small for the run's figure
    to be the run's own."""
    return subprocess.run([sys.executable, __file__, *args], check=True, text=True,
                          stdout=subprocess.PIPE).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--panels", type=int, default=20000)
    parser.add_argument("--jobs", type=int, default=0, help="followup's -j (0: its default)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--followup", help="the command to measure, e.g. another checkout's "
                        "'OTHER/.venv/bin/followup' (default: the one beside this Python)")
    parser.add_argument("--record", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--compare", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.record:  # OUT FILE: write OUT's files and their times to FILE
        args.record[1].write_text(json.dumps(snapshot(args.record[0])))
        return
    if args.compare:  # OUT FILE: how OUT's files differ from those FILE recorded
        before, after = json.loads(args.compare[1].read_text()), snapshot(args.compare[0])
        print(json.dumps({
            "rewritten": sum(1 for path, mtime in after.items()
                             if before.get(path, mtime) != mtime),
            "added": len(after.keys() - before.keys()),
            "removed": len(before.keys() - after.keys()), "files": len(after)}))
        return
    script = Path(sys.executable).with_name("followup")
    followup = shlex.split(args.followup) if args.followup else [str(script)] \
        if script.exists() else [sys.executable, "-m", "generator"]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "generator")],
                   check=True)
    figures: dict[str, object] = {"panels": args.panels, "drafts": args.panels * 5,
                                  "cpus": len(os.sched_getaffinity(0))}
    with tempfile.TemporaryDirectory(prefix="followup-scale-") as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        make_cohort(root, args.panels)
        print(f"cohort: {args.panels} panels of five ({args.panels * 5} drafts) made in "
              f"{time.perf_counter() - start:.0f} s", flush=True)
        out = root / "out"
        command = [*followup, "drafts", str(root / "profiles"), "--today", TODAY, "--kind",
                   "thank-you", "-j", str(args.jobs), "--out", str(out)]
        for name in ("first", "again"):
            if name == "again":
                _in_a_child("--record", str(out), str(root / "before.json"))
            figure: dict[str, object] = {**measured(command)}
            if name == "again":
                figure.update(json.loads(_in_a_child("--compare", str(out),
                                                     str(root / "before.json"))))
            figures[name] = figure
            print(f"{name:>5} run: {figure['seconds']:7.1f} s; peak RSS of the largest process "
                  f"{figure['peak_mib']:.0f} MiB (sampled: main {figure['main_mib']:.0f} MiB, "
                  f"largest worker {figure['worker_mib']:.0f} MiB)", flush=True)
            print(f"           the terminal's last line: {figure['last_line']!r}", flush=True)
            if name == "again":
                print(f"           files in OUT: {figure['files']}; rewritten "
                      f"{figure['rewritten']}, added {figure['added']}, removed "
                      f"{figure['removed']}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
