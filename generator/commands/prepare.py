"""What a run will make, decided before anything is written: the run's options, every
application loaded and checked with its pack, and the drafts each one gets.

Shared by the commands that make drafts, plan them and preview them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..compose.packs import DEFAULT_PACK, Pack, is_path, load_pack
from ..compose.recipients import DraftSpec, plan_drafts, sent_problems
from ..errors import FollowupError, InputError, PackError, raise_if_any
from ..input.models import Application
from ..input.sources import load_applications
from ..kinds import KINDS
from ..timeline.schedule import Timing


@dataclass(frozen=True)
class Options:
    profiles: Path
    out: Path
    pack: str | None = None  # overrides each role.yaml's `pack:`; else the default pack
    kinds: tuple[str, ...] = KINDS
    force: bool = False
    today: date = field(default_factory=date.today)
    inliner: str = "css-inline"
    checks: bool = True  # the etiquette checks run after every drafts run
    jobs: int = 0  # worker processes for a batch; 0: one per CPU when the batch is big enough
    project: Path | None = None  # where templates/<name>/ packs are looked up; default: cwd

    def __post_init__(self) -> None:
        # A kind named twice (--kind thank-you --kind thank-you) is still made once.
        object.__setattr__(self, "kinds", tuple(dict.fromkeys(self.kinds)))


@dataclass(frozen=True)
class Planned:
    """One application with its pack and the drafts it gets."""

    application: Application
    pack: Pack
    specs: list[DraftSpec]
    notices: list[str]


def prepare(options: Options) -> list[Planned]:
    """Load and check everything, and decide every draft: all before anything is written."""
    applications = load_applications(options.profiles)
    packs = _packs_for(applications, options)
    raise_if_any([p for app in applications for p in sent_problems(app, options.today)])
    planned = []
    for application in applications:
        pack = packs[application.name]
        specs, notices = plan_drafts(application, pack, options.kinds, options.today,
                                     Timing().updated(pack.timing))
        planned.append(Planned(application, pack, specs, notices))
    return planned


def _packs_for(applications: list[Application], options: Options) -> dict[str, Pack]:
    project = options.project or Path.cwd()
    cache: dict[str, Pack] = {}
    chosen: dict[str, Pack] = {}
    errors: list[FollowupError] = []
    for application in applications:
        role = application.role
        from_role = not options.pack and role.pack is not None
        spec = options.pack or role.pack or DEFAULT_PACK
        if from_role and is_path(spec) and not Path(spec).is_absolute():
            spec = str(role.source.parent / spec)  # a path in role.yaml is from role.yaml
        if spec not in cache:
            try:
                cache[spec] = load_pack(spec, project)
            except PackError as exc:
                if from_role and (exc.file is None or exc.file == Path(spec)):
                    # the pack named in role.yaml cannot be found: point at that line
                    errors.append(InputError(exc.message, file=role.source,
                                             line=role.lines.get("pack"), field="pack"))
                else:
                    errors.append(exc)
                continue
        chosen[application.name] = cache[spec]
    raise_if_any(errors)
    return chosen
