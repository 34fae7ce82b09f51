"""Find the interview folders under a profiles root and load each into an Application.

Any folder holding a `role.yaml` is one application, named by its path below the root
(`acme`, or `alice/acme` for a coach). Its `candidate.yaml` is the nearest one from the
application's folder up to the root, so a coach keeps one per person. All problems across
all files are gathered and raised together.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from pathlib import Path

from ..errors import FollowupError, InputError, raise_if_any
from ..kinds import KINDS
from .loading import load_candidate, load_interviewers, load_role
from .models import Application, Candidate, Interviewer, Role

ROLE_FILE = "role.yaml"
CANDIDATE_FILE = "candidate.yaml"
INTERVIEWERS_FILE = "interviewers.yaml"


def find_application_folders(root: Path) -> list[Path]:
    """Folders under `root` (itself included) holding a role.yaml, in a stable order."""
    if not root.is_dir():
        raise InputError("is not a folder of interview profiles; start one with "
                         "`followup new NAME` (it writes profiles/NAME/ with commented YAML)",
                         file=root)
    found = []
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        # Hidden folders (.git, editors' caches) never hold profiles; sorted for stable output.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # A folder with a misnamed "role.yml" is one the user meant: reading it says so.
        if ROLE_FILE in files or any(
                name.casefold() in (ROLE_FILE, Path(ROLE_FILE).stem + ".yml") for name in files):
            found.append(Path(folder))
    if unreadable:
        raise_if_any([InputError(f"cannot be read: {exc.strerror or exc}",
                                 file=exc.filename or root) for exc in unreadable])
    return found


# Names the output uses for itself; an application folder may not take them.
RESERVED = {"manifest.json", "drafts.mbox", "index.html", *KINDS}


def application_name(root: Path, folder: Path) -> str:
    relative = folder.relative_to(root)
    return relative.as_posix() if relative.parts else folder.resolve().name


class NearestCandidate:
    """Finds the nearest candidate.yaml from a folder up to `root`; one level above a root
    that is itself an application, so `followup drafts profiles/acme` finds
    profiles/candidate.yaml. Remembers each folder it passed: a batch's siblings share one."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.resolved = root.resolve()
        self.stop = self.resolved.parent if (root / ROLE_FILE).exists() else self.resolved
        self.seen: dict[Path, Path | None] = {}

    def __call__(self, folder: Path) -> Path | None:
        try:  # found under root, so without links: no need to resolve it again
            current = self.resolved / folder.relative_to(self.root)
        except ValueError:
            current = folder.resolve()
        passed = []
        while True:
            if current in self.seen:
                found = self.seen[current]
                break
            passed.append(current)
            candidate = current / CANDIDATE_FILE
            # A link that leads nowhere is still the user's candidate.yaml: reading it says
            # why (a loop, a missing target) instead of "no candidate.yaml".
            if candidate.is_file() or candidate.is_symlink():
                found = candidate
                break
            if current == self.stop or current == current.parent:
                found = None
                break
            current = current.parent
        for one in passed:
            self.seen[one] = found
        return found


def load_applications(root: Path, failed: dict[Path, list[FollowupError]] | None = None,
                      only: Collection[str] = ()) -> list[Application]:
    """Every application under `root`; all problems raised together. With `failed`, a folder's
    own problems (its role.yaml, interviewers.yaml or own candidate.yaml) go there instead,
    by folder, and the other applications are returned; a problem shared by several (a
    candidate.yaml above them) is still raised. `only` names the applications to load (all
    when empty): `preview --serve` reads again only the one whose YAML was saved."""
    return list(each_application(root, failed, only))


def each_application(root: Path, failed: dict[Path, list[FollowupError]] | None = None,
                     only: Collection[str] = ()) -> Iterator[Application]:
    """`load_applications` one application at a time, so a cohort is never held whole: the
    problems are raised (or put in `failed`) once the last one is read, so read them all
    before acting on any."""
    folders = find_application_folders(root)
    if only:
        folders = [folder for folder in folders if application_name(root, folder) in only]
    if not folders:
        raise InputError(
            f"holds no interview folder (a folder with a {ROLE_FILE}); "
            "copy the example in profiles/ to start",
            file=root,
        )
    errors: list[FollowupError] = []
    candidates: dict[Path, Candidate | None] = {}
    nearest = NearestCandidate(root)
    own: dict[Path, list[FollowupError]] = {}
    for folder in folders:
        start = len(errors)
        candidate = _candidate_for(root, folder, candidates, nearest, errors)
        try:
            role = load_role(folder / ROLE_FILE)
        except FollowupError as exc:
            errors.append(exc)
            role = None
        try:
            interviewers, interviewers_digest = load_interviewers(folder / INTERVIEWERS_FILE)
        except FollowupError as exc:
            errors.append(exc)
            interviewers, interviewers_digest = None, ""
        name = application_name(root, folder)
        clash = [part for part in name.split("/") if part in RESERVED or part.startswith(".")]
        if clash:
            errors.append(InputError(
                f"the folder name {clash[0]!r} is used by the drafts themselves; rename the folder",
                file=folder / ROLE_FILE))
        elif candidate and role and interviewers:
            problem = _unknown_news_bringer(role, interviewers)
            if problem is not None:
                errors.append(problem)
            else:
                yield Application(name, folder, candidate, role, interviewers,
                                  interviewers_digest)
        own[folder] = errors[start:]
    shared = {path for path in candidates if sum(nearest(f) == path for f in folders) > 1}
    if failed is None or any(error.file in shared for error in errors):
        raise_if_any(errors)
    else:
        failed.update({folder: found for folder, found in own.items() if found})


def _unknown_news_bringer(role: Role, interviewers: tuple[Interviewer, ...]) -> InputError | None:
    """`outcome_from:` must name someone in the folder: the reply to a rejection goes to them."""
    if role.outcome_from is None:
        return None
    people = [*(p.name for p in interviewers), *([role.contact.name] if role.contact else [])]
    if role.outcome_from.casefold() in {name.casefold() for name in people}:
        return None
    return InputError(f"{role.outcome_from!r} is not the contact or an interviewer in this "
                      f"folder; write one of: {', '.join(people)}", file=role.source,
                      line=role.lines.get("outcome_from"), field="outcome_from")


def _candidate_for(
    root: Path, folder: Path, cache: dict[Path, Candidate | None],
    nearest: NearestCandidate, errors: list[FollowupError]
) -> Candidate | None:
    path = nearest(folder)
    if path is None:
        errors.append(InputError(
            f"has no {CANDIDATE_FILE} in its folder or any folder above it; "
            f"add one (your name and email) to {root}",
            file=folder / ROLE_FILE,
        ))
        return None
    if path not in cache:  # a broken candidate.yaml is reported once, not once per application
        try:
            cache[path] = load_candidate(path)
        except FollowupError as exc:
            errors.append(exc)
            cache[path] = None
    return cache[path]
