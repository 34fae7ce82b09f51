"""Read a YAML file into a small tree of nodes that remember their line numbers.

We compose the tree ourselves from libyaml's event stream instead of calling `yaml.safe_load`:
- scalars keep the exact text the user typed, so `name: No` stays "No" and a phone `0123`
  stays "0123" (YAML 1.1 would give False and 83); the field reader decides what a value means;
- mappings keep every key in order, so the field reader can refuse duplicates (PyYAML
  silently keeps the last one);
- aliases are refused at the event, so an alias bomb never expands, and nesting is bounded
  while reading, so a pathological file is refused before it costs anything;
- explicit tags (`!!python/object:…`) are refused: our files are plain data.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError

try:  # libyaml is ~8x faster and still reports marks
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 20
# Tags a careful user might write explicitly; anything else (python/object, custom) is refused.
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}


@dataclass(frozen=True)
class Scalar:
    value: str
    line: int
    plain: bool  # typed without quotes or block style: an empty plain scalar means "nothing"

    @property
    def is_empty(self) -> bool:
        return self.plain and self.value.strip() in ("", "~")


@dataclass(frozen=True)
class Sequence:
    items: tuple[Node, ...]
    line: int


@dataclass(frozen=True)
class Mapping:
    items: tuple[tuple[Scalar, Node], ...]
    line: int


Node = Scalar | Sequence | Mapping


def describe(node: Node) -> str:
    if isinstance(node, Mapping):
        return "a mapping (key: value lines)"
    if isinstance(node, Sequence):
        return "a list"
    if node.is_empty:
        return "empty"
    text = node.value if len(node.value) <= 60 else node.value[:57] + "..."
    return f"text {text!r}"


def misnamed(path: Path) -> str | None:
    """For a missing file: the file beside it the user probably meant ("role.yml",
    "Role.yaml"), phrased to follow the missing file's name; None when there is none."""
    wanted = {path.name.casefold(), (path.stem + ".yml").casefold()}
    try:
        found = sorted(p.name for p in path.parent.iterdir()
                       if p.name != path.name and p.name.casefold() in wanted)
    except OSError:
        return None
    return f"is missing; {found[0]} is there: name it {path.name}" if found else None


def broken_link(path: Path) -> str | None:
    """Why `path`, a symbolic link, leads nowhere (a loop, or a target that does not exist),
    phrased to follow the file's name; None when it is not a broken link."""
    if not path.is_symlink():
        return None
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return ("is a symbolic link that loops back on itself; replace it with the file, "
                    "or point it at one")
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"is a symbolic link to {target}, which does not exist"
    return None


def read_yaml(path: Path) -> Node | None:
    """The document in `path` as nodes, or None for an empty file. Raises InputError."""
    return read_document(path)[0]


def read_document(path: Path) -> tuple[Node | None, str]:
    """The document in `path` as nodes (None for an empty file) and the sha256 of the bytes
    parsed: a run's input keys describe exactly what it read, even if the file is saved again
    while the run goes on (preview --serve). Raises InputError."""
    if path.exists() and not path.is_file():
        raise InputError("is not a regular file", file=path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", file=path) from None
    if len(data) > MAX_BYTES:
        raise InputError(
            f"is larger than {MAX_BYTES // 1024} KiB; this is not an interview file", file=path
        )
    return parse_yaml(decode(data, path), path), hashlib.sha256(data).hexdigest()


def decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("is saved as UTF-16; save it as UTF-8", file=path, line=1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8",
            file=path,
            line=line,
        ) from None


def parse_yaml(text: str, path: Path) -> Node | None:
    try:
        return _compose(yaml.parse(text, Loader=_Loader), path)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, path) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow at all
        line = text[: max(exc.position, 0)].count("\n") + 1
        code = ord(exc.character) if isinstance(exc.character, str) else exc.character
        raise InputError(f"contains the character U+{code:04X}, which YAML does not "
                         "allow; remove it", file=path, line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"is not valid YAML: {str(exc).splitlines()[0]}", file=path) from None


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, path: Path) -> InputError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    lines = text.splitlines()
    source = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    hint = ""
    if "\t" in source[: len(source) - len(source.lstrip())]:
        hint = "; indent with spaces, not tabs"
    elif "mapping values are not allowed" in problem:
        hint = "; a value containing ': ' needs quotes"
    line = mark.line + 1 if mark is not None else None
    return InputError(f"YAML syntax error: {problem}{hint}", file=path, line=line)


def _compose(events: Iterable[Any], path: Path) -> Node | None:
    # One loop over libyaml's events, dispatched on their exact type (so typed Any: mypy
    # cannot narrow on type(x) is C): a coach's cohort reads
    # thousands of files, and this loop is most of the time it takes to load them.
    scalar, alias, start_doc = yaml.ScalarEvent, yaml.AliasEvent, yaml.DocumentStartEvent
    seq_start, map_start = yaml.SequenceStartEvent, yaml.MappingStartEvent
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    # Each open collection: [is a mapping, its line, its items or key/value pairs].
    stack: list[tuple[bool, int, list[Any]]] = []
    root: Node | None = None
    documents = 0
    for event in events:
        kind = type(event)
        node: Node
        if kind is scalar:
            _check_tag(event, path)
            node = Scalar(event.value, event.start_mark.line + 1, not event.style)
        elif kind in ends:
            mapping, line, items = stack.pop()
            if mapping:
                node = Mapping(tuple(zip(items[::2], items[1::2], strict=True)), line)
            else:
                node = Sequence(tuple(items), line)
        elif kind is seq_start or kind is map_start:
            _check_tag(event, path)
            line = event.start_mark.line + 1
            if len(stack) >= MAX_DEPTH:
                raise InputError(f"nests deeper than {MAX_DEPTH} levels", file=path, line=line)
            stack.append((kind is map_start, line, []))
            continue
        elif kind is alias:
            raise InputError(
                f"uses the alias *{event.anchor}; aliases are not supported, write the value out",
                file=path,
                line=_line(event),
            )
        else:
            if kind is start_doc:
                documents += 1
                if documents > 1:
                    raise InputError("holds more than one YAML document (---)", file=path,
                                     line=_line(event))
            continue
        if not stack:
            root = node
            continue
        mapping, _, items = stack[-1]
        # A key must be text: keys sit at the even places of a mapping's list.
        if mapping and not len(items) % 2 and not isinstance(node, Scalar):
            raise InputError("a key must be plain text", file=path, line=node.line)
        items.append(node)
    return root


def _line(event: Any) -> int:
    return event.start_mark.line + 1 if event.start_mark else 1


def _check_tag(event: Any, path: Path) -> None:
    tag = getattr(event, "tag", None)
    if tag is not None and tag not in _PLAIN_TAGS and tag != "!":
        raise InputError(f"uses the tag {tag!r}; tags are not supported", file=path,
                         line=_line(event))
