"""Benchmarks: followup against mailmerge, the closest peer, measured side by side in one run.

    python bench/run.py [--runs 5] [--quick] [--instructions]
    python bench/run.py --compare OLD/.venv/bin/followup NEW/.venv/bin/followup [--runs 11]
    python bench/run.py --pool [--runs 15]

Makes a synthetic cohort (panels of five interviewers), and a mailmerge template and CSV with
the same notes in Markdown, then times whole processes (start-up included) and prints for
each the median, the range and the interquartile range of its runs, and its ratio to
mailmerge round by round, with the spread of those ratios. Timings depend on the machine and
its load: compare the ratios of one run, never assert them in tests. `make bench` runs this
with mailmerge installed in bench/.venv. `--instructions` also counts both tools'
instructions with valgrind, which a shared machine's load does not move: per draft, at
start-up, and for the everyday run.

`--compare` measures versions of followup against each other (each its own checkout and
venv), with mailmerge beside them when it is installed: the worked example's first run into
a new folder (each version its own checkout's profiles/, or all of them `--example PATH`)
and a 1,000-draft batch, taking turns in every round. It prints each version's median and
spread, and its ratios to the first version and to mailmerge with the spread of the ratios
of the rounds (a round's commands share its load, so their ratio is steadier than either
time); with `--instructions`, the instructions of each (all processes, valgrind). `--only
example` or `--only batch` runs one of the two; `--runs 0 --instructions` only counts, the
steady figure for judging a change of a few percent (about 10 minutes for one version).

Output folders are kept off the timed path: each timed run writes into a folder of its own,
the disk is synced before each run (untimed), and the folders are removed after the last
round. `--tmp /dev/shm` puts cohorts and output folders in memory, leaving the disk out.

`--pool` times small batches in one process and in two, with forked and with spawned
workers: where worker processes start to pay, which is where followup starts them.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class Command:
    """A command to time: its arguments, the folder it runs in and any variables it adds."""
    argv: list[str]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)


def timed(commands: Mapping[str, list[str] | Command], cwd: Path, runs: int,
          out: dict[str, Path] | None = None) -> dict[str, list[float]]:
    """Whole-process times of each command, `runs` rounds, the commands taking turns in each
    round so a slow spell of a noisy machine falls on all of them alike. A command with an
    entry in `out` writes into a new folder there each time. Output folders stay off the
    timed path: the disk is synced before each timed run (untimed), so no run pays for the
    write-back of the files an earlier one wrote, and they are removed only after all rounds
    (deleting thousands of files just before a timed run slows the run's own writes)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    made: list[Path] = []
    for round_ in range(runs):
        for name, command in commands.items():
            if not isinstance(command, Command):
                command = Command(command, cwd)
            folder = (out or {}).get(name)
            argv = command.argv
            if folder is not None:
                target = folder.with_name(f"{folder.name}-{round_}")
                made.append(target)
                argv = [*argv, "--out", str(target)]
            os.sync()
            start = time.perf_counter()
            subprocess.run(argv, cwd=command.cwd, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env={**os.environ, **command.env})
            times[name].append(time.perf_counter() - start)
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)
    return times


def peak_memory(command: list[str], cwd: Path) -> float:
    """Peak RSS of the largest process (MiB), from GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], cwd=cwd, check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def file_creation(folder: Path, count: int) -> float:
    """Seconds to create `count` small files here: on some virtual disks a new file costs
    half a millisecond, which then is most of a batch's time (and mailmerge --dry-run
    writes none)."""
    folder.mkdir(parents=True)
    start = time.perf_counter()
    for number in range(count):
        (folder / f"{number}.txt").write_bytes(b"x" * 2000)
    elapsed = time.perf_counter() - start
    shutil.rmtree(folder)
    return elapsed


def instructions(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> int:
    """Instructions a whole process executes, counted by valgrind (callgrind), its workers
    included. Unlike its time, which swings by a third from run to run on a shared machine,
    the count barely moves. A forked worker starts with a copy of its parent's count, so it
    is zeroed where Python starts the child's own work (PyOS_AfterFork_Child); without that,
    a batch with two workers counted its parent's work up to the fork three times."""
    with tempfile.TemporaryDirectory(prefix="followup-callgrind-") as tmp:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", "--trace-children=yes",  # workers, if spawned
             "--zero-before=PyOS_AfterFork_Child", f"--callgrind-out-file={tmp}/out.%p",
             *command],
            cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})})
    return sum(int(n) for n in re.findall(r"Collected : (\d+)", result.stderr))


# Runs a console script in this process and, as it exits, lists the modules it imported.
_LIST_MODULES = """
import sys
before = set(sys.modules)
import atexit, pathlib, runpy
listed, script = sys.argv[1:3]
sys.argv = [script, *sys.argv[3:]]
atexit.register(lambda: pathlib.Path(listed).write_text(
    " ".join(name for name in list(sys.modules) if name not in before)))
runpy.run_path(script, run_name="__main__")
"""

# Imports the listed modules: all of them, or only those outside the tool's own package.
_IMPORT_LISTED = """
import importlib, sys
listed, own, which = sys.argv[1:4]
for name in open(listed).read().split():
    if which == "all" or not (name == own or name.startswith(own + ".")):
        try:
            importlib.import_module(name)
        except Exception:  # a module that only its parent's import can make
            pass
"""


def where_it_goes(command: list[str], own: str, cwd: Path,
                  out: Path | None = None) -> dict[str, int]:
    """A console script's run, in instructions: the interpreter's start, importing the
    libraries the run used, importing the tool's own package (`own`), and the run itself.
    `out`, if given, is removed before each run, so each is a first run."""
    script = command[0]
    python = Path(script).read_text().splitlines()[0].removeprefix("#!").strip()
    with tempfile.TemporaryDirectory(prefix="followup-modules-") as tmp:
        listed = str(Path(tmp) / "modules.txt")
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
        subprocess.run([python, "-c", _LIST_MODULES, listed, *command], cwd=cwd, check=True,
                       stdout=subprocess.DEVNULL)
        bare = instructions([python, "-c", "pass"], cwd)
        libraries = instructions([python, "-c", _IMPORT_LISTED, listed, own, "libraries"], cwd)
        imports = instructions([python, "-c", _IMPORT_LISTED, listed, own, "all"], cwd)
    if out is not None:
        shutil.rmtree(out, ignore_errors=True)
    whole = instructions([python, *command], cwd)
    return {"python": bare, "libraries": libraries - bare, "own package": imports - libraries,
            "the run": whole - imports}


def count_instructions(root: Path, followup: list[str], mailmerge: str) -> dict[str, float]:
    """Both tools' instructions, one process each (`-j 1`): for the everyday run, and per
    draft and fixed (start-up) for a batch, from two batch sizes."""
    counts: dict[str, dict[int, int]] = {"followup": {}, "mailmerge": {}}
    for panels in (20, 40):
        rows = make_cohort(root / f"ir{panels}", panels)
        folder = make_mailmerge(root / f"ir{panels}", rows)
        counts["mailmerge"][len(rows)] = instructions([mailmerge, "--dry-run", "--no-limit"],
                                                      folder)
        counts["followup"][len(rows)] = instructions(
            [*followup, "drafts", str(root / f"ir{panels}/profiles"), "--today", TODAY,
             "--kind", "thank-you", "-q", "-j", "1", "--out", str(root / f"ir{panels}/out")],
            REPO)
    figures: dict[str, float] = {}
    for tool, by_size in counts.items():
        (small, few), (large, many) = sorted(by_size.items())
        figures[f"{tool}_per_draft"] = (many - few) / (large - small)
        figures[f"{tool}_fixed"] = few - small * figures[f"{tool}_per_draft"]
    everyday_folder = make_mailmerge(root / "ir-everyday", make_cohort(root / "ir-everyday", 1))
    parts = {"mailmerge": where_it_goes([mailmerge, "--dry-run", "--limit", "1"], "mailmerge",
                                        everyday_folder)}
    everyday = [*followup, "drafts", str(REPO / "profiles"), "-q", "--out",
                str(root / "ir-everyday/out")]
    if len(followup) == 1:  # the console script, as users run it, can be split
        parts["followup"] = where_it_goes(everyday, "generator", REPO, root / "ir-everyday/out")
    else:
        figures["followup_everyday"] = instructions(everyday, REPO)
    for tool, split in parts.items():
        figures[f"{tool}_everyday"] = sum(split.values())
        figures.update({f"{tool}_everyday_{part}": value for part, value in split.items()})
    m = 1e6
    print("\nInstructions (valgrind; one process each, so -j 1):")
    print(f"   per draft       followup {figures['followup_per_draft'] / m:6.2f} M, mailmerge "
          f"{figures['mailmerge_per_draft'] / m:6.2f} M "
          f"({figures['followup_per_draft'] / figures['mailmerge_per_draft']:.2f}x)")
    print(f"   start-up        followup {figures['followup_fixed'] / m:6.0f} M, mailmerge "
          f"{figures['mailmerge_fixed'] / m:6.0f} M")
    print(f"   everyday run    followup {figures['followup_everyday'] / m:6.0f} M, mailmerge "
          f"{figures['mailmerge_everyday'] / m:6.0f} M "
          f"({figures['followup_everyday'] / figures['mailmerge_everyday']:.2f}x)")
    for part in parts.get("followup", {}):  # a whole run's total is not one of its parts
        print(f"     {part:<13} followup {parts['followup'][part] / m:6.0f} M, mailmerge "
              f"{parts['mailmerge'][part] / m:6.0f} M")
    return figures


def show(title: str, times: dict[str, list[float]], base: str,
         per: int | None = None) -> dict[str, float]:
    """Each command's median and spread, and its ratio to `base` round by round: a round's
    commands share that moment's load, so their ratio is steadier than either time."""
    print(f"\n{title}")
    for name, values in times.items():
        each = f"  {statistics.median(values) / per * 1000:5.2f} ms/draft" if per else ""
        print(f"   {name:<34} {spread(values)} s{each}")
        if name != base:
            ratios = [mine / theirs for mine, theirs in zip(values, times[base], strict=True)]
            print(f"   {'':<34} {spread(ratios)} x {base}, round by round")
    return {name: statistics.median(values) for name, values in times.items()}


def spread(values: list[float]) -> str:
    """The median of repeated runs and how far they spread: the range, and the interquartile
    range (the middle half of the runs)."""
    quartiles = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return (f"{statistics.median(values):7.3f} (range {min(values):.3f}-{max(values):.3f}, "
            f"IQR {quartiles[0]:.3f}-{quartiles[2]:.3f})")


def ratio_line(label: str, mine: list[float], theirs: list[float]) -> str:
    ratios = [a / b for a, b in zip(mine, theirs, strict=True)]
    return f"       {label:<22} {spread(ratios)}"


def compare(versions: list[str], runs: int, count: bool, mailmerge: str | None,
            example: Path | None, where: Path | None, only: str | None = None
            ) -> dict[str, object]:
    """Versions of followup side by side, with mailmerge beside them when it is installed, on
    the worked example's first run into a new folder and a 1,000-draft batch (200 panels of
    five, thank-you notes, default processes). Each version runs from its own checkout (its
    own worked example and packs, unless `example` names one for all) with a cache of its
    own, warmed and compiled first, as an installed copy in everyday use would be."""
    figures: dict[str, object] = {"versions": versions}
    with tempfile.TemporaryDirectory(prefix="followup-compare-", dir=where) as tmp:
        root = Path(tmp)
        rows = make_cohort(root / "batch", 200)
        folder = make_mailmerge(root / "batch", rows)
        checkouts = [Path(version).resolve().parents[2] for version in versions]
        own = {version: {"FOLLOWUP_CACHE": str(root / f"cache{number}"), "NO_COLOR": "1"}
               for number, version in enumerate(versions)}
        workloads: dict[str, Callable[[Path], list[str]]] = {
            "worked example": lambda checkout: [
                "drafts", str(example or checkout / "profiles"), "-q"],
            "1,000-draft batch": lambda checkout: [
                "drafts", str(root / "batch/profiles"), "--today", TODAY, "--kind",
                "thank-you", "-q"],
        }
        peers = {"worked example": ["--dry-run", "--limit", "1"],
                 "1,000-draft batch": ["--dry-run", "--no-limit"]}
        for name, args in workloads.items():
            if only and not name.endswith(only):
                continue
            commands: dict[str, list[str] | Command] = {
                f"[{number}]": Command([version, *args(checkout)], checkout, own[version])
                for number, (version, checkout) in enumerate(zip(versions, checkouts,
                                                                 strict=True))}
            drafts = {}
            for label, command in commands.items():  # compiled as installed, cache warm
                assert isinstance(command, Command)
                subprocess.run([str(Path(command.argv[0]).with_name("python")), "-m",
                                "compileall", "-q", str(command.cwd / "generator")], check=True)
                warm = root / "warm" / label / name.replace(" ", "-")
                subprocess.run([*command.argv, "--out", str(warm)], cwd=command.cwd,
                               check=True, stdout=subprocess.DEVNULL,
                               env={**os.environ, **command.env})
                drafts[label] = sum(1 for _ in warm.rglob("*.eml"))
            if mailmerge:
                commands["mailmerge"] = Command([mailmerge, *peers[name]], folder)
            out = {label: root / f"out{label[1:-1]}" / name.replace(" ", "-")
                   for label in commands if label != "mailmerge"}
            times = timed(commands, REPO, runs, out=out) if runs else {}
            if times:
                print(f"\n{name}: seconds, median of {runs} runs taking turns (range, IQR), "
                      f"and round-by-round ratios")
            else:
                print(f"\n{name}: " + ", ".join(f"{label} {made} drafts"
                                                 for label, made in drafts.items()))
            for label, values in times.items():
                if label == "mailmerge":
                    print(f"   {label:<4} {spread(values)}  mailmerge {' '.join(peers[name])}")
                    continue
                number = int(label[1:-1])
                print(f"   {label:<4} {spread(values)}  {drafts[label]} drafts  "
                      f"{versions[number]}")
                if number:
                    print(ratio_line("ratio to [0]", values, times["[0]"]))
                if mailmerge:
                    print(ratio_line("ratio to mailmerge", values, times["mailmerge"]))
            figures[name] = {"seconds": times, "drafts": drafts}
            if count:
                counted = {}
                for label, command in commands.items():
                    assert isinstance(command, Command)
                    argv = command.argv if label == "mailmerge" else [
                        *command.argv, "--out", str(root / "ir" / label / name.replace(" ", "-"))]
                    counted[label] = instructions(argv, command.cwd, command.env)
                for label, value in counted.items():
                    print(f"   {label:<4} {value / 1e6:8.0f} M instructions, "
                          f"{value / counted['[0]']:.3f}x [0]")
                figures[name] = {"seconds": times, "drafts": drafts, "instructions": counted}
    return figures


# followup as the command line runs it, from a process that runs another thread: its workers
# are then spawned, as on macOS and Windows, rather than forked.
_SPAWNING = """
import sys, threading, time
threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()
from generator.cli import main
main(sys.argv[1:], prog_name="followup")
"""


def pool(followup: list[str], runs: int) -> dict[str, object]:
    """Batches of 20 to 200 thank-you notes, one process (-j 1) against two (-j 2), forked
    and spawned: seconds, and two processes' time as a ratio of one's."""
    python = Path(followup[0]).with_name("python")
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="followup-pool-") as tmp:
        root = Path(tmp)
        print(f"\nWorker processes: seconds, median of {runs} runs (ratio: -j 2 / -j 1)")
        for panels in (4, 12, 20, 40, 80):
            make_cohort(root / f"c{panels}", panels)
            args = ["drafts", str(root / f"c{panels}/profiles"), "--today", TODAY, "--kind",
                    "thank-you", "-q"]
            commands = {f"{how} -j {jobs}": [*start, *args, "-j", str(jobs)]
                        for how, start in (("fork", followup),
                                           ("spawn", [str(python), "-c", _SPAWNING]))
                        for jobs in (1, 2)}
            out = {name: root / f"o{panels}" / name.replace(" ", "") for name in commands}
            times = timed(commands, REPO, runs, out=out)
            line = []
            for how in ("fork", "spawn"):
                one, two = times[f"{how} -j 1"], times[f"{how} -j 2"]
                ratios = [b / a for a, b in zip(one, two, strict=True)]
                line.append(f"{how} {statistics.median(one):.2f} s / "
                            f"{statistics.median(two):.2f} s (ratio {statistics.median(ratios):.2f}"
                            f", IQR {statistics.quantiles(ratios, n=4)[0]:.2f}-"
                            f"{statistics.quantiles(ratios, n=4)[2]:.2f})")
            print(f"   {panels * 5:4d} drafts: " + "; ".join(line))
            figures[str(panels * 5)] = times
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="smaller cohorts, for a smoke run")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind (a few minutes)")
    parser.add_argument("--compare", nargs="+", metavar="FOLLOWUP",
                        help="compare these followup commands (each in its own checkout)")
    parser.add_argument("--pool", action="store_true",
                        help="where worker processes start to pay (forked and spawned)")
    parser.add_argument("--example", type=Path,
                        help="with --compare: run every version on this worked example "
                             "(default: each on its own checkout's profiles/)")
    parser.add_argument("--only", choices=["example", "batch"],
                        help="with --compare: only the worked example, or only the batch")
    parser.add_argument("--tmp", type=Path,
                        help="where cohorts and output folders go (default: the system's "
                             "temporary folder; /dev/shm takes the disk out of the figures)")
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:  # before minutes of timing
        sys.exit("--instructions needs valgrind (apt-get install valgrind)")
    mailmerge = shutil.which("mailmerge", path=str(HERE / ".venv/bin")) or shutil.which(
        "mailmerge")
    if args.compare or args.pool:
        script = Path(sys.executable).with_name("followup")
        if args.compare and mailmerge is None:
            print("mailmerge is not installed (`make bench` installs it into bench/.venv): "
                  "the versions are compared without it")
        found = compare(args.compare, args.runs, args.instructions, mailmerge,
                        args.example, args.tmp, args.only) if args.compare \
            else pool([str(script)], args.runs)
        if args.json:
            args.json.write_text(json.dumps(found, indent=2) + "\n")
        return
    # The command users run (`followup`, next to this Python), as mailmerge runs its own.
    script = Path(sys.executable).with_name("followup")
    followup = [str(script)] if script.exists() else [sys.executable, "-m", "generator"]
    if mailmerge is None:
        sys.exit("mailmerge is not installed: `make bench` installs it into bench/.venv")
    # Installed packages come with their bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile ours at every start. Compile it as pip would.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "generator")],
                   check=True)
    batch, scale = (100, 400) if args.quick else (200, 2000)
    figures: dict[str, object] = {"cpus": len(os.sched_getaffinity(0))}
    with tempfile.TemporaryDirectory(prefix="followup-bench-", dir=args.tmp) as tmp:
        root = Path(tmp)
        rows = make_cohort(root / "batch", batch)
        mm = make_mailmerge(root / "batch", rows)
        drafts = [*followup, "drafts", str(root / "batch/profiles"), "--today", TODAY,
                  "--kind", "thank-you", "-q"]
        made = len(rows)  # no contact in the cohort: one thank-you per interviewer
        example = [*followup, "drafts", str(REPO / "profiles"), "-q"]
        for warm in (drafts, example):  # caches filled (templates, spelling) before timing
            subprocess.run([*warm, "--out", str(root / "warm")], cwd=mm, check=True,
                           stdout=subprocess.DEVNULL)
            shutil.rmtree(root / "warm")
        creating = file_creation(root / "files", 3 * made)
        results = timed({
            "mailmerge --no-limit": [mailmerge, "--dry-run", "--no-limit"],
            "followup (one process per CPU)": drafts,
            "followup -j 1": [*drafts, "-j", "1"],
            "followup --inliner premailer": [*drafts, "--inliner", "premailer"],
        }, mm, args.runs, out={name: root / "batch" / f"out{number}" for number, name in
                               enumerate(("followup (one process per CPU)", "followup -j 1",
                                          "followup --inliner premailer"))})
        figures["batch"] = show(
            f"1. Batch: {made} thank-you drafts ({batch} panels x 5), html + txt + eml "
            f"written, CSS inlined, checks on; whole process, median of {args.runs}, "
            f"{figures['cpus']} CPUs\n   (creating {3 * made} files here takes "
            f"{creating:.2f} s by itself)", results, "mailmerge --no-limit", made)
        figures["batch_seconds"] = results
        figures["files_s"] = creating

        runs = args.runs * 3  # short runs: more of them
        everyday = timed({
            "mailmerge --limit 1": [mailmerge, "--dry-run", "--limit", "1"],
            "followup (worked example)": example,
        }, mm, runs, out={"followup (worked example)": root / "example"})
        subprocess.run([*example, "--out", str(root / "count")], cwd=mm, check=True,
                       stdout=subprocess.DEVNULL)
        count = sum(1 for _ in (root / "count").rglob("*.eml"))
        figures["everyday"] = show(
            f"2. Everyday run: the worked example ({count} drafts, checks on) into a new "
            f"folder; median of {runs}", everyday, "mailmerge --limit 1")
        figures["everyday_seconds"] = everyday

        # The first run of each is the median of the same command into a new folder (the
        # everyday and batch figures above), not one run: one run of 0.3 s is noise.
        rerun = {}
        for name, command, out, first in (
                ("worked example", example, root / "rerun",
                 figures["everyday"]["followup (worked example)"]),  # type: ignore[index]
                (f"batch of {made}", drafts, root / "rerun-batch",
                 figures["batch"]["followup (one process per CPU)"])):  # type: ignore[index]
            timed({"once": [*command, "--out", str(out)]}, REPO, 1)
            snapshot = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
            again = statistics.median(timed({"again": [*command, "--out", str(out)]}, REPO,
                                            runs)["again"])
            rewritten = sum(1 for p, m in snapshot.items() if p.stat().st_mtime_ns != m)
            rerun[name] = {"first": first, "again": again, "rewritten": rewritten}
        print("\n4. Re-run with nothing changed:")
        for name, figure in rerun.items():
            print(f"   {name:<34} first {figure['first']:.2f} s, again {figure['again']:.2f} s"
                  f" ({figure['again'] / figure['first']:.2f}x), files rewritten: "
                  f"{figure['rewritten']}")
        figures["rerun"] = rerun

        big = make_cohort(root / "scale", scale)
        command = [*followup, "drafts", str(root / "scale/profiles"), "--today", TODAY,
                   "--kind", "thank-you", "-q"]
        rounds = max(1, args.runs // 2)
        times = timed({"-j 1": [*command, "-j", "1"], "-j 2": [*command, "-j", "2"]}, REPO,
                      rounds, out={"-j 1": root / "scale/one", "-j 2": root / "scale/two"})
        one, two = (statistics.median(times[k]) for k in ("-j 1", "-j 2"))
        memory_one = peak_memory([*command, "-j", "1", "--out", str(root / "m1")], REPO)
        memory_two = peak_memory([*command, "-j", "2", "--out", str(root / "m2")], REPO)
        print(f"\n3. Scale: {len(big)} drafts; -j 1 {one:.1f} s, -j 2 {two:.1f} s "
              f"({one / two:.2f}x faster); peak memory of the largest process "
              f"{memory_one:.0f} MiB (-j 1), {memory_two:.0f} MiB (-j 2)")
        figures["scale"] = {"drafts": len(big), "j1": one, "j2": two,
                            "peak_mib_j1": memory_one, "peak_mib_j2": memory_two}
        if args.instructions:
            figures["instructions"] = count_instructions(root, followup, mailmerge)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("NO_COLOR", "1")
    main()
