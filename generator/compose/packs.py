"""Find a template pack and read its manifest (`pack.yaml`), following `extends:` to its parents.

A pack is a folder: `pack.yaml`, one Markdown template per kind (`thank-you.md.j2`, …), a layout
(`layout.html.j2`) and a stylesheet. A pack that extends another ships only what it changes;
the template search path runs child first, then each parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PackError, raise_if_any
from ..input.declarations import CHECKS, TIMING
from ..input.fields import Field, Reader, Schema
from ..input.fieldtypes import Choice, Number, Object, Text
from ..input.yamlread import read_yaml
from ..kinds import AUDIENCES, KINDS
from ..kinds import kind as kind_named

MANIFEST = "pack.yaml"
DEFAULT_PACK = "default"
MAX_EXTENDS = 5
ENTRY_POINTS = "followup.packs"
MAX_TEMPLATE_BYTES = 64 * 1024  # a template larger than this is refused before it is read

GREETINGS = ("given-name", "full-name")

KIND = Schema(
    "kind",
    (
        Field("audience", Choice(AUDIENCES),
              doc="Who gets this kind (default: the kind's own): interviewers, contact, "
                  "contact-or-interviewer (the contact, else one interviewer) or all (the "
                  "contact and every interviewer)."),
        Field("subject", Text(max_length=600),
              doc="The subject line, a Jinja template with the same variables as the body."),
    ),
)

LIMIT = Schema(
    "limit",
    (
        Field("words", Number(10, 2000), doc="Most words in the body (greeting and sign-off not "
                                             "counted)."),
        Field("paragraphs", Number(1, 20), doc="Most paragraphs in the body."),
    ),
)

PACK = Schema(
    "pack",
    (
        Field("name", Text(max_length=60), required=True, doc="The pack's name."),
        Field("description", Text(max_length=300), doc="One line: the voice and when to use it."),
        Field("language", Text(max_length=20), doc="BCP 47 language tag of the drafts (en)."),
        Field("extends", Text(max_length=200), doc="The parent pack this one changes."),
        Field("greeting", Choice(GREETINGS),
              doc="How a person with no salutation or honorific is greeted: given-name "
                  "(Hi Priya) or full-name (Dear Priya Raman). Default: the parent's, else "
                  "given-name."),
        Field("example", Text(max_length=200),
              doc="A folder of example profiles (relative to the pack) that `packs check` "
                  "renders, for a pack whose language needs its own example."),
        Field("css", Text(max_length=200), doc="The stylesheet inlined into the HTML drafts."),
        Field("layout", Text(max_length=200), doc="The HTML layout the body is placed in."),
        Field("kinds", Object(Schema("kinds", tuple(Field(kind, Object(KIND)) for kind in KINDS))),
              doc="Per kind of draft: its audience and subject."),
        Field("timing", Object(TIMING), doc="The timing rules' numbers for this pack's voice."),
        Field("checks", Object(CHECKS), doc="Turn etiquette checks off for this pack."),
        Field("limits", Object(Schema("limits", tuple(Field(k, Object(LIMIT)) for k in KINDS))),
              doc="Length limits per kind, for the etiquette checks."),
    ),
)

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class KindSpec:
    audience: str
    subject: str


@dataclass(frozen=True)
class Pack:
    name: str
    description: str
    language: str
    root: Path
    origin: str  # "built-in", "project" or "path"
    css: str
    layout: str
    kinds: dict[str, KindSpec] = field(default_factory=dict)
    timing: dict[str, int] = field(default_factory=dict)
    limits: dict[str, dict[str, int]] = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    parent: Pack | None = None
    greeting: str = "given-name"  # see GREETINGS
    example: Path | None = None  # profiles `packs check` renders with this pack

    @property
    def formal_greeting(self) -> bool:
        return self.greeting == "full-name"

    def chain(self) -> list[Pack]:
        """This pack, then its parent, and so on: the template search order."""
        packs: list[Pack] = []
        pack: Pack | None = self
        while pack is not None:
            packs.append(pack)
            pack = pack.parent
        return packs


def builtin_dir() -> Path:
    here = Path(__file__).resolve().parent.parent  # the package's root
    installed = here / "templates"  # a wheel carries the packs inside the package
    return installed if installed.is_dir() else here.parent / "templates"


def pack_dirs(project: Path | None = None) -> list[tuple[str, Path]]:
    """Where named packs are looked up, first match wins: the project's templates/, built-ins."""
    dirs = []
    if project is not None:
        local = (project / "templates").resolve()
        if local.is_dir() and local != builtin_dir():
            dirs.append(("project", local))
    dirs.append(("built-in", builtin_dir()))
    return dirs


def available_packs(project: Path | None = None) -> dict[str, tuple[str, Path]]:
    """Every named pack: {name: (where it comes from, its folder)}, first found wins."""
    found: dict[str, tuple[str, Path]] = {}
    for origin, folder in pack_dirs(project):
        for child in sorted(folder.iterdir()):
            if (child / MANIFEST).is_file():
                found.setdefault(child.name, (origin, child))
    for name, (origin, folder) in installed_packs().items():
        found.setdefault(name, (origin, folder))
    return found


def installed_packs() -> dict[str, tuple[str, Path]]:
    """Packs installed with pip, announced in the `followup.packs` entry-point group as
    `name = package`; the package's folder is the pack. Found without importing it."""
    from importlib.metadata import entry_points
    from importlib.util import find_spec

    found: dict[str, tuple[str, Path]] = {}
    for entry in entry_points(group=ENTRY_POINTS):
        try:
            spec = find_spec(entry.module)
        except (ImportError, ValueError):
            continue
        locations = list(spec.submodule_search_locations or []) if spec else []
        if locations and (Path(locations[0]) / MANIFEST).is_file():
            dist = entry.dist.name if entry.dist else entry.module
            found.setdefault(entry.name, (f"pip: {dist}", Path(locations[0])))
    return found


def load_pack(spec: str | Path, project: Path | None = None, base: Path | None = None) -> Pack:
    """A pack by name (`formal`) or by folder (`path/to/pack`, relative to `base` if given),
    with its parents loaded."""
    return _load(str(spec), project, seen=(), base=base)


def is_path(spec: str) -> bool:
    return "/" in spec or "\\" in spec or spec.startswith(".")


def _load(spec: str, project: Path | None, seen: tuple[Path, ...],
          base: Path | None = None) -> Pack:
    if base is not None and is_path(spec) and not Path(spec).is_absolute():
        spec = str(base / spec)
    root, origin = _locate(spec, project)
    if root in seen:
        names = " -> ".join(p.name for p in (*seen, root))
        raise PackError(f"packs extend each other in a circle: {names}", file=root / MANIFEST)
    if len(seen) >= MAX_EXTENDS:
        raise PackError(f"extends more than {MAX_EXTENDS} packs deep", file=root / MANIFEST)
    manifest = root / MANIFEST
    reader = Reader(manifest)
    node = read_yaml(manifest)
    if node is None:
        raise PackError("is empty; it needs at least a name", file=manifest, line=1)
    values = reader.object(node, PACK)
    raise_if_any(reader.errors)
    assert values is not None
    language = str(values["language"] or "")
    if language and not _LANGUAGE.fullmatch(language):
        raise PackError(f"{language!r} is not a language tag such as en or es-MX",
                        file=manifest, line=reader.lines.get("language"), field="language")
    if language and not _known_language(language):
        raise PackError(f"{language!r} is not a language with date and list formats; use a tag "
                        "such as en, es, de or pt-BR", file=manifest,
                        line=reader.lines.get("language"), field="language")
    parent = None
    if values["extends"]:
        try:  # a parent given as a path is found from the pack that names it
            parent = _load(str(values["extends"]), project, (*seen, root), base=root)
        except PackError as exc:
            if exc.file is not None and exc.file.name == MANIFEST:
                raise
            raise PackError(exc.message, file=manifest, line=reader.lines.get("extends"),
                            field="extends") from None
    kinds = dict(parent.kinds) if parent else {}
    for kind, spec_values in (values["kinds"] or {}).items():
        if spec_values is None:  # not given
            continue
        inherited = kinds.get(kind)
        audience = spec_values["audience"] or (inherited.audience if inherited
                                               else kind_named(kind).audience)
        subject = spec_values["subject"] or (inherited.subject if inherited else None)
        if not audience or not subject:
            missing = "audience" if not audience else "subject"
            raise PackError("needs an audience and a subject", file=manifest,
                            line=reader.lines.get(f"kinds.{kind}"), field=f"kinds.{kind}.{missing}")
        kinds[kind] = KindSpec(audience, subject)
    return Pack(
        name=str(values["name"]),
        description=str(values["description"] or (parent.description if parent else "")),
        language=language or (parent.language if parent else "en"),
        root=root,
        origin=origin,
        css=str(values["css"] or (parent.css if parent else "style.css")),
        layout=str(values["layout"] or (parent.layout if parent else "layout.html.j2")),
        kinds=kinds,
        timing={**(parent.timing if parent else {}),
                **{k: v for k, v in (values["timing"] or {}).items() if v is not None}},
        limits=_merge_limits(parent.limits if parent else {}, values["limits"] or {}),
        checks={**(parent.checks if parent else {}),
                **{k: v for k, v in (values["checks"] or {}).items() if v is not None}},
        parent=parent,
        greeting=str(values["greeting"] or (parent.greeting if parent else "given-name")),
        example=(root / str(values["example"])) if values["example"] else (
            parent.example if parent and parent.language == (language or parent.language)
            else None),
    )


def _known_language(language: str) -> bool:
    if language.lower().split("-")[0] == "en":
        return True
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def _merge_limits(inherited: dict[str, dict[str, int]],
                  own: dict[str, Any]) -> dict[str, dict[str, int]]:
    merged = {kind: dict(limits) for kind, limits in inherited.items()}
    for kind, limits in own.items():
        if limits:
            merged.setdefault(kind, {}).update({k: v for k, v in limits.items() if v is not None})
    return merged


def _locate(spec: str, project: Path | None) -> tuple[Path, str]:
    looks_like_path = is_path(spec)
    if spec and not looks_like_path:
        # The project's and the built-in packs come first: found there, the installed ones
        # (which cost a scan of every installed distribution) need not be listed.
        for origin, folder in pack_dirs(project):
            if (folder / spec / MANIFEST).is_file():
                return (folder / spec).resolve(), origin
    packs = available_packs(project)
    if not looks_like_path and spec in packs:
        origin, root = packs[spec]
        return root.resolve(), origin
    root = Path(spec)
    if (root / MANIFEST).is_file():
        return root.resolve(), "path"
    if looks_like_path or root.is_dir():
        raise PackError(f"is not a template pack (no {MANIFEST} in it)", file=spec)
    names = ", ".join(sorted(packs)) or "none"
    raise PackError(f"unknown pack {spec!r}; the packs there are: {names}")
