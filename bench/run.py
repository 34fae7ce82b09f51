"""Benchmarks: followup against mailmerge, the closest peer, measured side by side in one run.

    python bench/run.py [--runs 5] [--quick]

Makes a synthetic cohort (panels of five interviewers), and a mailmerge template and CSV with
the same notes in Markdown, then times whole processes (start-up included) and prints the
median of each and the ratios. Timings depend on the machine and its load: compare the ratios,
never assert them in tests. `make bench` runs this with mailmerge installed in bench/.venv.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TODAY = "2026-11-20"

MAILMERGE_TEMPLATE = """\
TO: {{email}}
SUBJECT: Thank you for your time, {{salutation}}: {{title}} interview
FROM: Jordan Rivera <jordan@example.com>
CONTENT-TYPE: text/markdown

Hi {{salutation}},

Thank you for taking the time to talk with me about the {{title}} role at {{company}} today.
I especially enjoyed our discussion of {{point}}.

Our conversation made me even more interested in the role, and I would be glad to bring the
team {{highlight}}.

Best regards,
Jordan Rivera
"""

MAILMERGE_CONFIG = """\
[smtp_server]
host = localhost
port = 25
security = Never
username = nobody
ratelimit = 0
"""


def make_cohort(root: Path, panels: int, size: int = 5) -> list[dict[str, str]]:
    """`panels` applications of `size` interviewers each; returns the same people as rows."""
    rows = []
    (root / "profiles").mkdir(parents=True)
    (root / "profiles/candidate.yaml").write_text(
        "name: Jordan Rivera\nemail: jordan@example.com\n")
    for panel in range(panels):
        company = f"Company {panel:04d}"
        folder = root / "profiles" / f"app{panel:04d}"
        folder.mkdir()
        (folder / "role.yaml").write_text(
            f"company: {company}\ntitle: Backend Engineer\ninterview_date: {TODAY}\n"
            "highlights:\n  - five years of running payment systems\n"
            "dictionary: [Kafka]\n")
        people = []
        for index in range(size):
            name = f"Person {panel:04d}x{index}"
            point = f"topic {index} of the **billing** service and Kafka partition {panel}"
            email = f"p{index}@c{panel}.example"
            people.append(f"- name: {name}\n  email: {email}\n  discussion_points:\n"
                          f"    - {point}\n")
            rows.append({"email": email, "salutation": name.split()[0], "title":
                         "Backend Engineer", "company": company, "point": point,
                         "highlight": "five years of running payment systems"})
        (folder / "interviewers.yaml").write_text("".join(people))
    return rows


def make_mailmerge(root: Path, rows: list[dict[str, str]]) -> Path:
    folder = root / "mailmerge"
    folder.mkdir()
    (folder / "mailmerge_template.txt").write_text(MAILMERGE_TEMPLATE)
    (folder / "mailmerge_server.conf").write_text(MAILMERGE_CONFIG)
    with (folder / "mailmerge_database.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def timed(command: list[str], cwd: Path, runs: int, before: object = None) -> list[float]:
    times = []
    for _ in range(runs):
        if callable(before):
            before()
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def peak_memory(command: list[str], cwd: Path) -> float:
    """Peak RSS of the largest process (MiB), from GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], cwd=cwd, check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="smaller cohorts, for a smoke run")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    followup = [sys.executable, "-m", "generator"]
    mailmerge = shutil.which("mailmerge", path=str(HERE / ".venv/bin")) or shutil.which(
        "mailmerge")
    if mailmerge is None:
        sys.exit("mailmerge is not installed: `make bench` installs it into bench/.venv")
    batch, scale = (100, 400) if args.quick else (200, 2000)
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        root = Path(tmp)
        rows = make_cohort(root / "batch", batch)
        mm = make_mailmerge(root / "batch", rows)
        out = root / "batch/out"

        def clean() -> None:
            shutil.rmtree(out, ignore_errors=True)

        drafts = [*followup, "drafts", str(root / "batch/profiles"), "--out", str(out),
                  "--today", TODAY, "--kind", "thank-you", "-q"]
        results = {
            "mailmerge": timed([mailmerge, "--dry-run", "--no-limit"], mm, args.runs),
            "followup": timed(drafts, REPO, args.runs, clean),
            "followup --inliner premailer": timed([*drafts, "--inliner", "premailer"], REPO,
                                                  args.runs, clean),
        }
        drafts_made = len(rows)  # no contact in the cohort: one thank-you per interviewer
        print(f"\n1. Batch: {drafts_made} thank-you drafts ({batch} panels x 5), html + txt + "
              "eml written, CSS inlined, checks on; whole process, median of "
              f"{args.runs}")
        base = statistics.median(results["mailmerge"])
        for name, times in results.items():
            median = statistics.median(times)
            print(f"   {name:<30} {median:6.2f} s  {median / drafts_made * 1000:5.2f} ms/draft"
                  f"  {median / base:5.2f}x mailmerge")
        figures["batch"] = {k: statistics.median(v) for k, v in results.items()}

        example = [*followup, "drafts", "profiles", "--out", str(root / "example"), "-q"]
        everyday = {
            "mailmerge --limit 1": timed([mailmerge, "--dry-run", "--limit", "1"], mm,
                                         args.runs),
            "followup (worked example)": timed(
                example, REPO, args.runs, lambda: shutil.rmtree(root / "example",
                                                                ignore_errors=True)),
        }
        print(f"\n2. Everyday run: the worked example, all kinds, checks on; median of "
              f"{args.runs}")
        base = statistics.median(everyday["mailmerge --limit 1"])
        for name, times in everyday.items():
            median = statistics.median(times)
            print(f"   {name:<30} {median:6.2f} s  {median / base:5.2f}x mailmerge --limit 1")
        figures["everyday"] = {k: statistics.median(v) for k, v in everyday.items()}

        rerun_out = root / "rerun"
        first = timed([*example[:-3], "--out", str(rerun_out), "-q"], REPO, 1)[0]
        snapshot = {p: p.stat().st_mtime_ns for p in rerun_out.rglob("*") if p.is_file()}
        again = statistics.median(timed([*example[:-3], "--out", str(rerun_out), "-q"], REPO,
                                        args.runs))
        rewritten = sum(1 for p, m in snapshot.items() if p.stat().st_mtime_ns != m)
        print(f"\n4. Re-run with nothing changed: first {first:.2f} s, again {again:.2f} s "
              f"({again / first:.2f}x), files rewritten: {rewritten}")
        figures["rerun"] = {"first": first, "again": again, "rewritten": rewritten}

        big = make_cohort(root / "scale", scale)
        scale_out = root / "scale/out"
        command = [*followup, "drafts", str(root / "scale/profiles"), "--out", str(scale_out),
                   "--today", TODAY, "--kind", "thank-you", "-q"]
        runs = max(1, args.runs // 2)

        def fresh() -> None:
            shutil.rmtree(scale_out, ignore_errors=True)

        one = statistics.median(timed(command, REPO, runs, fresh))
        two = statistics.median(timed([*command, "-j", "2"], REPO, runs, fresh))
        fresh()
        memory_one = peak_memory(command, REPO)
        fresh()
        memory_two = peak_memory([*command, "-j", "2"], REPO)
        print(f"\n3. Scale: {len(big)} drafts; -j 1 {one:.1f} s, -j 2 {two:.1f} s "
              f"({one / two:.2f}x faster); peak memory of the largest process "
              f"{memory_one:.0f} MiB (-j 1), {memory_two:.0f} MiB (-j 2)")
        figures["scale"] = {"drafts": len(big), "j1": one, "j2": two,
                            "peak_mib_j1": memory_one, "peak_mib_j2": memory_two}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("NO_COLOR", "1")
    main()
