"""The review page in Chromium, measured with Playwright: what a coach waits for.

    python bench/page.py [--applications 200] [--runs 5] [--saves 40] [--seed N]
                         [--json FILE]
    python bench/page.py --runs 0     (the live loop alone)
    python bench/page.py --screenshots docs    (what `make screenshots` runs)

1. The cohort's page (200 applications, the worked example's panel and four more
   interviewers each: 2,200 drafts), opened from disk and under `preview --serve`, at 1280
   and 390 px wide: first contentful paint, the first draft's frame shown, the last of the
   first screen's frames shown, and the page loaded (its script run: filterable).
2. The live loop: `preview --serve` on the same tree, the page open and scrolled to one
   person's draft; save that person's entry in their application's interviewers.yaml with a
   new note, and time until the page shows their new draft (no reload): timed in the page,
   once the first frame that holds it is painted, so the bench's own polling is neither
   counted nor in the page's way. The application and the person (any of the panel's nine)
   are drawn at random for each save, from a seed the bench prints (`--seed` repeats it).
   Median and 95th percentile of `--saves` saves; the first news of each save reaching the
   page, and the server's own figure for the whole rebuild.

`--screenshots DIR` instead writes DIR/review-1280.png and DIR/review-390.png: the worked
example's page (tests/golden/profiles, as of the golden files' day) as a browser that wide
shows it, for the README.

Figures, never assertions: they depend on the machine and its load, so each is given with
its spread over the runs. Needs Debian's Chromium (/usr/lib/chromium/chromium) and Playwright
(`pip install -e '.[test]'`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TODAY = "2026-11-20"
CHROMIUM = "/usr/lib/chromium/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

CANDIDATE = """\
name: Jordan Rivera
email: jordan.rivera@example.com
phone: "+1 555 0100"
signature: |
  Jordan Rivera
  [jordan.example.com](https://jordan.example.com) · +1 555 0100
"""
EXTRA = [("Lena Fischer", "how the team reviews schema migrations"),
         ("Tomás Silva", "the incident review that changed their paging rules"),
         ("Grace Kim", "What would my first month look like?"),
         ("Omar Haddad", "load testing the checkout path before a sale"),
         ("Ines Moreau", "how on-call handovers are written")]

# Kept by the page: each iframe's load time, from the navigation's start.
_FRAMES = """
window.__frames = [];
document.addEventListener("load", (event) => {
  if (event.target.tagName === "IFRAME") window.__frames.push(performance.now());
}, true);
"""


def make_cohort(root: Path, applications: int) -> Path:
    """The worked example's panel with five more interviewers (11 drafts) per application."""
    source = REPO / "profiles"
    profiles = root / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "candidate.yaml").write_text(CANDIDATE)
    role = (source / "acme/role.yaml").read_text().split("\nsent:")[0] + "\n"
    people = (source / "acme/interviewers.yaml").read_text() + "".join(
        f"\n- name: {name}\n  email: {name.split()[1].lower()}@acme.example\n"
        f"  discussion_points:\n    - {point}\n" for name, point in EXTRA)
    for number in range(applications):
        folder = profiles / f"app{number:03d}"
        folder.mkdir()
        (folder / "role.yaml").write_text(role.replace("Acme Robotics", f"Acme {number:03d}")
                                          .replace("acme.example", f"c{number}.example"))
        (folder / "interviewers.yaml").write_text(people.replace("acme.example",
                                                                 f"c{number}.example"))
    return profiles


def spread(values: list[float]) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"median {statistics.median(values) * 1000:5.0f} ms, p95 {p95 * 1000:5.0f} ms, "
            f"range {ordered[0] * 1000:.0f}-{ordered[-1] * 1000:.0f} ms (n={len(values)})")


def page_load(browser: object, url: str, width: int, runs: int) -> dict[str, list[float]]:
    """Seconds from the navigation's start: first contentful paint, first frame shown, the
    first screen's frames shown, the page loaded (its script has run: filterable)."""
    figures: dict[str, list[float]] = {"paint": [], "first frame": [], "first screen": [],
                                       "loaded": []}
    for _ in range(runs):
        page = browser.new_page(viewport={"width": width, "height": 800})  # type: ignore[attr-defined]
        page.add_init_script(_FRAMES)
        page.goto(url, wait_until="load", timeout=120_000)
        page.wait_for_timeout(500)  # the frames the script makes after load
        timing = page.evaluate("""() => {
            const nav = performance.getEntriesByType("navigation")[0];
            const paint = performance.getEntriesByType("paint")
                .find((entry) => entry.name === "first-contentful-paint");
            const onScreen = Array.from(document.querySelectorAll("article iframe"))
                .filter((frame) => frame.getBoundingClientRect().top < innerHeight).length;
            return {paint: paint ? paint.startTime : null, loaded: nav.loadEventEnd,
                    frames: window.__frames, onScreen};
        }""")
        frames = timing["frames"]
        figures["paint"].append((timing["paint"] or 0) / 1000)
        figures["loaded"].append(timing["loaded"] / 1000)
        if frames:
            figures["first frame"].append(frames[0] / 1000)
            figures["first screen"].append(frames[max(timing["onScreen"], 1) - 1] / 1000)
        page.close()
    return figures


# Kept by the page: when each piece of news arrived (wall clock, as Python's time.time()): a
# draft made (`draft`, sent before it is checked) or a rebuild done (`rebuilt`).
_HEARD = """
const Listening = window.EventSource;
window.__heard = [];
window.EventSource = function (url) {
  const source = new Listening(url);
  for (const news of ["draft", "rebuilt"]) {
    source.addEventListener(news, () => window.__heard.push(Date.now()));
  }
  return source;
};
// When the draft shows `phrase`: looked for at each frame the page paints, and timed once
// that frame is painted (the task after its animation frame).
window.__shown = null;
window.__watch = (draft, phrase) => {
  window.__shown = null;
  const look = () => {
    const frame = document.querySelector(`${draft} iframe`);
    const body = frame && frame.contentDocument && frame.contentDocument.body;
    if (body && body.textContent.includes(phrase)) {
      setTimeout(() => { window.__shown = Date.now(); }, 0);
    } else {
      requestAnimationFrame(look);
    }
  };
  requestAnimationFrame(look);
};
"""


def serve(followup: list[str], out: Path, cwd: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([*followup, "preview", str(out), "--serve", "--no-open"],
                               cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    line = process.stdout.readline() if process.stdout else ""
    if " at http://" not in line:
        process.kill()
        sys.exit(f"preview --serve did not start: {line}")
    return process, line.split(" at ")[1].split()[0]


def edited(people: str, name: str, phrase: str) -> str:
    """interviewers.yaml with `name`'s note saying `phrase`: a note is used as written, so
    the change shows in their thank-you. One who has no note gets one."""
    start = people.index(f"- name: {name}\n")
    end = people.find("\n- name: ", start + 1)
    end = len(people) if end < 0 else end + 1
    entry = people[start:end]
    if re.search(r"^  note:", entry, re.MULTILINE):
        entry, count = re.subn(r"(our own roadmap|On my own roadmap)[^.\n]*\.", phrase, entry,
                               count=1)
        assert count, f"{name}'s note has no roadmap to change"
    else:
        entry = entry.replace("\n", f"\n  note: {phrase}\n", 1)
    return people[:start] + entry + people[end:]


def live_loop(browser: object, url: str, profiles: Path, saves: int,
              applications: int, seed: int) -> dict[str, list]:
    """Seconds from saving one person's entry in one application's interviewers.yaml to their
    new draft shown on the open page (`shown`: timed in the page, once the first frame that
    holds it is painted), and to the first news of the save reaching the page (`heard`).
    The person is drawn at random for each save (from `seed`), so a draft late in the panel
    is timed as often as one early in it; `place` is each one's place in its panel."""
    from generator.slugs import slugify

    rng = random.Random(seed)
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page.add_init_script(_HEARD)
    page.goto(url, wait_until="load", timeout=120_000)
    shown, saved, places = [], [], []
    for save in range(saves):
        name = f"app{rng.randrange(applications):03d}"
        people = profiles / name / "interviewers.yaml"
        text = people.read_text()
        panel = re.findall(r"^- name: (.+)$", text, re.MULTILINE)
        place = rng.randrange(len(panel))
        draft = (f'section[data-application="{name}"] '
                 f'article[id*="-thank-you-{slugify(panel[place])}-"]')
        page.locator(draft).scroll_into_view_if_needed()
        page.wait_for_function("(draft) => { const f = document.querySelector(`${draft} iframe`);"
                               " return f && f.contentDocument"
                               " && f.contentDocument.readyState === 'complete'; }", arg=draft)
        phrase = f"On my own roadmap for quarter {save}, I would start with the pager."
        page.evaluate("([draft, phrase]) => window.__watch(draft, phrase)", [draft, phrase])
        text = edited(text, panel[place], phrase)
        saved.append(time.time())
        people.write_text(text)
        # Polled slowly: the page times itself, and a poll takes the page's time too.
        page.wait_for_function("() => window.__shown !== null", timeout=30_000, polling=50)
        shown.append(page.evaluate("window.__shown") / 1000 - saved[-1])
        places.append(place + 1)
    heard = [when / 1000 for when in page.evaluate("window.__heard")]
    page.close()
    # Each save's news: the first to come after it (an editor's save can make two rebuilds).
    return {"shown": shown, "place": places,
            "heard": [min((when for when in heard if when >= save), default=save) - save
                      for save in saved]}


def screenshots(followup: list[str], folder: Path) -> None:
    """The worked example's review page at 1280 and 390 px wide, the first screen of each."""
    from playwright.sync_api import sync_playwright

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="followup-shots-") as tmp, \
            sync_playwright() as driver:
        out = Path(tmp) / "out"
        subprocess.run([*followup, "drafts", str(REPO / "tests/golden/profiles"), "--out",
                        str(out), "--today", TODAY, "-q"], check=True)
        browser = driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        for width, height in ((1280, 900), (390, 844)):
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto((out / "index.html").as_uri(), wait_until="load")
            page.wait_for_function("() => Array.from(document.querySelectorAll('iframe'))"
                                   ".filter((f) => f.getBoundingClientRect().top < innerHeight)"
                                   ".every((f) => f.style.height)")  # on screen: sized
            page.screenshot(path=str(folder / f"review-{width}.png"))
            print(f"wrote {folder / f'review-{width}.png'}")
            page.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=40)
    parser.add_argument("--seed", type=int, help="which people the saves edit (default: a new "
                        "seed, printed: give it again to edit the same people)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="write the worked example's page at 1280 and 390 px here")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    script = Path(sys.executable).with_name("followup")
    followup = [str(script)] if script.exists() else [sys.executable, "-m", "generator"]
    if args.screenshots:
        screenshots(followup, args.screenshots)
        return
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    figures: dict[str, object] = {"cpus": len(os.sched_getaffinity(0)), "seed": seed}
    with tempfile.TemporaryDirectory(prefix="followup-page-") as tmp, \
            sync_playwright() as driver:
        root = Path(tmp)
        profiles = make_cohort(root, args.applications)
        subprocess.run([*followup, "drafts", "profiles", "--out", "out", "--today", TODAY,
                        "-q"], cwd=root, check=True)
        drafts = sum(len(json.loads(path.read_text()).get("drafts", []))  # each application's
                     for path in (root / "out").glob("**/manifest.json"))  # (or the old one)
        size = (root / "out/index.html").stat().st_size
        browser = driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        process, url = serve(followup, root / "out", root)
        try:
            print(f"1. The page: {drafts} drafts in {args.applications} applications, "
                  f"{size / 1e6:.1f} MB; {args.runs} loads each")
            for where, address in (("from disk", (root / "out/index.html").as_uri()),
                                   ("--serve", url)) if args.runs else ():
                for width in (1280, 390):
                    measured = page_load(browser, address, width, args.runs)
                    figures[f"page {where} {width}px"] = measured
                    print(f"   {where}, {width} px wide:")
                    for what, values in measured.items():
                        print(f"     {what:<13} {spread(values)}")
            said: list[str] = []  # what the server says of each rebuild, with its time
            threading.Thread(target=lambda: said.extend(process.stdout or ()),
                             daemon=True).start()
            loop = live_loop(browser, url, profiles, args.saves, args.applications, seed)
            time.sleep(0.5)
            rebuilds = [float(found) for line in said
                        for found in re.findall(r"\(([\d.]+) s\)$", line.strip())]
            own = [shown - news for shown, news in zip(loop["shown"], loop["heard"],
                                                       strict=False)]
            figures["live loop"] = {**loop, "rebuild": rebuilds}
            late = [shown for shown, place in zip(loop["shown"], loop["place"], strict=True)
                    if place > 4]
            print(f"\n2. Live loop (--seed {seed}): save one person's entry in one application's"
                  f" YAML -> their new draft on the open page\n"
                  f"   shown          {spread(loop['shown'])}  (the edited person's draft, the "
                  f"first frame painted with it)\n"
                  f"   5th-9th        {spread(late)}  (those late in the panel)"
                  f"\n   news at page   {spread(loop['heard'])}"
                  f"\n   page's work    {spread(own)}  (shown less news at page)"
                  f"\n   rebuild alone  {spread(rebuilds)}  (the server's own figure, the "
                  "page file's rewrite included)")
        finally:
            process.terminate()
            process.wait(timeout=10)
            browser.close()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("NO_COLOR", "1")
    main()
