"""What a run will make, decided before anything is written: the run's options, every
application loaded and checked with its pack, and the drafts each one gets.

Shared by the commands that make drafts, plan them and preview them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..compose.packs import DEFAULT_PACK, Pack, is_path, load_pack
from ..compose.recipients import DraftSpec, plan_drafts, sent_problems
from ..errors import ErrorGroup, FollowupError, InputError, PackError, raise_if_any
from ..input.models import Application
from ..input.sources import application_name, each_application
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
    # False when `today` is only the day the run happened on (no --today): a rebuild under
    # `preview --serve` then makes the drafts for the day it runs on, not for that one.
    today_pinned: bool = True
    inliner: str = "css-inline"
    checks: bool = True  # the etiquette checks run after every drafts run
    jobs: int = 0  # worker processes for a batch; 0: one per CPU when the batch is big enough
    project: Path | None = None  # where templates/<name>/ packs are looked up; default: cwd
    # Application names to make again, every other left as the last run left it, unread, and
    # the page to the caller (`preview --serve`, which remakes the one whose YAML you saved).
    # The identity check then sees only their names: a full run makes them again.
    only: frozenset[str] = frozenset()

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


@dataclass(frozen=True)
class Failure:
    """An application a run could not make, and why; the run's other applications go on."""

    application: str
    error: FollowupError


def prepare(options: Options, failed: list[Failure] | None = None) -> list[Planned]:
    """Load and check everything, and decide every draft: all before anything is written.
    Without `failed`, any problem stops everything. With it, an application's own problems
    (its YAML, the pack its role.yaml names, its `sent:` dates) go there and the others are
    planned; a problem they share (a candidate.yaml above several, a --pack that cannot be
    loaded) still stops everything."""
    return list(each_planned(options, failed))


def each_planned(options: Options, failed: list[Failure] | None = None) -> Iterator[Planned]:
    """`prepare` one application at a time, so a cohort is never held whole. Problems are
    raised (or put in `failed`) as `prepare` would, by the time the last one is given: act on
    none before then."""
    broken: dict[Path, list[FollowupError]] | None = None if failed is None else {}
    packs = _Packs(options)
    own: list[FollowupError] = []  # without `failed`: every application's own problems
    unplanned: FollowupError | None = None  # without `failed`: the first that cannot be planned
    for application in each_application(options.profiles, broken, options.only):
        pack, problems = packs.find(application)
        problems = [*problems, *sent_problems(application, options.today)]
        if problems:
            own.extend(problems)
            if failed is not None:
                failed.append(Failure(application.name, _one(problems)))
            continue
        assert pack is not None
        try:
            specs, notices = plan_drafts(application, pack, options.kinds, options.today,
                                         Timing().updated(pack.timing))
        except FollowupError as exc:
            if failed is None:
                unplanned = unplanned or exc
                continue
            failed.append(Failure(application.name, exc))
            continue
        yield Planned(application, pack, specs, notices)
    if failed is None:
        raise_if_any(own)
        if unplanned is not None:
            raise unplanned
    else:
        for folder, errors in (broken or {}).items():
            failed.append(Failure(application_name(options.profiles, folder), _one(errors)))


def _one(errors: list[FollowupError]) -> FollowupError:
    return errors[0] if len(errors) == 1 else ErrorGroup(errors)


class _Packs:
    """Each application's pack, loaded once per name. A --pack that cannot be loaded is
    every application's problem, so it is raised."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.project = options.project or Path.cwd()
        self.cache: dict[str, Pack | FollowupError] = {}

    def find(self, application: Application) -> tuple[Pack | None, list[FollowupError]]:
        """The application's pack, or its problem finding it."""
        options, role = self.options, application.role
        from_role = not options.pack and role.pack is not None
        spec = options.pack or role.pack or DEFAULT_PACK
        if from_role and is_path(spec) and not Path(spec).is_absolute():
            spec = str(role.source.parent / spec)  # a path in role.yaml is from role.yaml
        if spec not in self.cache:
            try:
                self.cache[spec] = load_pack(spec, self.project)
            except PackError as exc:
                if not from_role:
                    raise
                self.cache[spec] = exc
        found = self.cache[spec]
        if not isinstance(found, FollowupError):
            return found, []
        if found.file is None or found.file == Path(spec):
            # the pack named in role.yaml cannot be found: point at that line
            found = InputError(found.message, file=role.source,
                               line=role.lines.get("pack"), field="pack")
        return None, [found]
