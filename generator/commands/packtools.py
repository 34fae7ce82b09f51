"""Tools for pack authors: list the packs, start a new one, and check one before sharing it.

`check_pack` renders every kind in every form the registry declares (kinds.py; each in the case
that calls for it), on time, with no contact and after a rejection, against the worked example,
and reports each problem with its template and line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from ..compose.inline import make_inliner
from ..compose.packs import MANIFEST, Pack, available_packs, builtin_dir, load_pack
from ..compose.recipients import plan_drafts
from ..compose.render import Renderer
from ..errors import FollowupError, Notice, PackError
from ..input.models import KINDS, Application
from ..input.sources import load_applications
from ..kinds import REGISTRY, Kind
from ..output.mime import build_message
from ..timeline.schedule import add_business_days


@dataclass(frozen=True)
class PackInfo:
    name: str
    origin: str
    folder: Path
    description: str
    extends: str | None
    broken: Notice | None = None  # why it cannot be loaded (then it has no description)


@dataclass(frozen=True)
class CheckResult:
    label: str  # e.g. "thank-you (belated) to Priya Raman"
    problem: Notice | None  # the templates it names are Paths: the caller shows them


def list_packs(project: Path | None = None) -> list[PackInfo]:
    infos = []
    for name, (origin, folder) in sorted(available_packs(project).items()):
        try:
            pack = load_pack(str(folder), project)
            infos.append(PackInfo(name, origin, folder, pack.description,
                                  pack.parent.name if pack.parent else None))
        except FollowupError as exc:
            infos.append(PackInfo(name, origin, folder, "", None, exc.notice))
    return infos


def example_profiles() -> Path:
    """The worked example: shipped inside an installed package, or the repository's
    profiles/acme (with its own candidate.yaml, so a user's profiles/ never comes into it)."""
    here = Path(__file__).resolve().parent.parent  # the package's root
    installed = here / "example"
    return installed if installed.is_dir() else builtin_dir().parent / "profiles" / "acme"


PACK_YAML = """\
# {name}: a template pack for followup. Packs are shared, so templates run in a sandbox.
name: {name}
description: What this voice is and when to use it (one line, shown by `followup packs`).
language: en                 # BCP 47 tag: the HTML lang, and how dates are written
extends: {parent}            # ship only what you change; everything else comes from here

# Per kind: who gets it and its subject (a Jinja template with the same variables as the body).
# kinds:
#   thank-you:
#     audience: all          # interviewers, contact, contact-or-interviewer or all
#     subject: "Thank you, {{{{ recipient.salutation }}}}"

# Length limits the etiquette checks use, per kind.
# limits:
#   thank-you: {{words: 200, paragraphs: 4}}

# The numbers of the timing rules, if this voice wants others.
# timing:
#   status_check_days: 7
"""


def scaffold_pack(folder: Path, name: str, parent: str = "default",
                  project: Path | None = None) -> list[Path]:
    """A new pack folder with a commented pack.yaml and the parent's thank-you to edit."""
    if folder.exists():
        raise PackError("already exists; choose another name or folder", file=folder)
    base = load_pack(parent, project)
    source = next((p.root / "thank-you.md.j2" for p in base.chain()
                   if (p.root / "thank-you.md.j2").is_file()), None)
    folder.mkdir(parents=True)
    manifest = folder / MANIFEST
    manifest.write_text(PACK_YAML.format(name=name, parent=parent), encoding="utf-8")
    written = [manifest]
    if source is not None:
        template = folder / "thank-you.md.j2"
        template.write_text(
            f"{{# Copied from the {base.name} pack to change: this file now replaces it. To "
            f"reuse the original instead, write:\n   "
            f"{{% extends \"{base.name}:thank-you.md.j2\" %}} #}}\n"
            + source.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
        written.append(template)
    return written


def check_pack(spec: str, project: Path | None = None) -> tuple[Pack, list[CheckResult]]:
    pack = load_pack(spec, project)
    results = [CheckResult(f"{kind}", Notice.of(f"no audience and subject for {kind} in "
                                                 f"{MANIFEST} (nor in a parent pack)"))
               for kind in KINDS if kind not in pack.kinds]
    # A pack in another language is checked on its own example, written in that language.
    [application] = load_applications(pack.example or example_profiles())[:1]
    renderer = Renderer(pack, make_inliner("css-inline"))
    seen: set[Notice] = set()
    removed: set[str] = set()  # each thing the sanitiser took out, reported once
    for scenario, app, today in _scenarios(application):
        specs, _ = plan_drafts(app, pack, KINDS, today)
        for draft_spec in specs:
            label = (f"{draft_spec.kind} ({draft_spec.variant}, {scenario}) to "
                     f"{draft_spec.recipient.name}")
            try:
                draft = renderer.render(draft_spec, today)
                build_message(draft, app.candidate.name, app.candidate.email,
                              message_id="<check@example.com>")
                problem = _unsafe(pack, [r for r in draft.removed if r not in removed])
                removed.update(draft.removed)
            except FollowupError as exc:
                problem = exc.notice
            if problem is None or problem not in seen:
                results.append(CheckResult(label, problem))
            if problem:
                seen.add(problem)
    return pack, results


def _unsafe(pack: Pack, removed: list[str]) -> Notice | None:
    """A draft's HTML had to be cleaned: what the layout or CSS wrote that no email may hold
    (a script, a remote image, an event attribute, an @import), which the drafts go without."""
    if not removed:
        return None
    layout, css = (next((p.root / name for p in pack.chain() if (p.root / name).is_file()),
                        name) for name in (pack.layout, pack.css))
    return Notice.of(layout, " or ", css, " writes what an email may not hold (removed from "
                     "the drafts): " + "; ".join(removed))


def _scenarios(app: Application) -> list[tuple[str, Application, date]]:
    role = app.role
    day = role.interview_date
    decision = role.decision_expected or day + timedelta(days=7)
    first_check = add_business_days(decision, 2)
    no_email = replace(app, interviewers=(
        *app.interviewers[:-1], replace(app.interviewers[-1], email=None)))

    def making(fact: str, declared: Kind) -> tuple[Application, date]:
        """The application and the day on which a fact of kinds.FACTS holds for a kind."""
        if fact == "late":  # and not sent yet: the worked example says it was sent on time
            return replace(app, role=replace(role, sent={})), day + timedelta(days=3)
        if fact == "for_panel":
            return no_email, day
        if fact == "sent_before":  # the day after its first send
            return (replace(app, role=replace(role, sent={declared.name: (first_check,)})),
                    first_check + timedelta(days=1))
        raise ValueError(f"packs check cannot make {fact!r} hold")

    # Each form the registry declares beyond the usual ones, in the case that calls for it:
    # a case shared by several kinds (a late day) is checked once.
    forms = {k.case(form): making(form.when, k)
             for k in REGISTRY for form in k.forms if form.when is not None}
    return [
        ("on time", app, day),
        *((case, changed, today) for case, (changed, today) in forms.items()),
        ("no contact", replace(app, role=replace(role, contact=None)), day),
        ("rejected", replace(app, role=replace(
            role, outcome="rejected", outcome_date=day + timedelta(days=5)), interviewers=(
                replace(app.interviewers[0], keep_in_touch=True), *app.interviewers[1:])),
         day + timedelta(days=5)),
    ]
