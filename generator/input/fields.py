"""Typed fields read from YAML nodes, each problem reported with its file, line and field path.

A file's shape is declared once as a `Schema` of `Field`s (see models.py); the `Reader` walks the
nodes against it and gathers every problem instead of stopping at the first, so a user fixes a
whole file in one go. Field types read the text the user typed, never YAML 1.1's guesses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import idna

from ..errors import InputError
from .characters import ANY_CONTROL, CONTROL, ENCODED_WORD, LINK, invisible
from .yamlread import Mapping, Node, Scalar, Sequence, describe


class Invalid(Exception):
    """Raised by a field type; the reader adds the file, line and field path."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class FieldType(Protocol):
    def read(self, node: Node, reader: Reader, path: str) -> object: ...

    def json_schema(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    required: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Schema:
    name: str
    fields: tuple[Field, ...]
    doc: str = ""

    def field_names(self) -> list[str]:
        return [field.name for field in self.fields]


class Reader:
    """Reads nodes of one file against schemas, gathering problems in `errors`."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.errors: list[InputError] = []
        self.lines: dict[str, int] = {}  # field path -> line, for checks across fields

    def error(self, message: str, line: int | None, path: str) -> None:
        self.errors.append(InputError(message, file=self.file, line=line, field=path or None))

    def read(self, node: Node, type_: FieldType, path: str) -> object:
        try:
            return type_.read(node, self, path)
        except Invalid as exc:
            self.error(exc.message, exc.line or node.line, path)
            return None

    def object(self, node: Node, schema: Schema, path: str = "") -> dict[str, Any] | None:
        """The fields of a mapping node; None (with errors recorded) if it is not one."""
        if not isinstance(node, Mapping):
            self.error(f"expected a mapping of {schema.name} fields, got {describe(node)}",
                       node.line, path)
            return None
        known = {field.name: field for field in schema.fields}
        seen: dict[str, int] = {}
        nodes: dict[str, Node] = {}
        for key, child_node in node.items:
            where = _join(path, key.value)
            if key.value in seen:
                self.error(f"duplicate key (first at line {seen[key.value]}); keep one",
                           key.line, where)
                continue
            seen[key.value] = key.line
            self.lines[where] = key.line
            if key.value not in known:
                self.error(_unknown_key(key.value, schema), key.line, where)
                continue
            nodes[key.value] = child_node
        values: dict[str, Any] = {}
        for field in schema.fields:
            where = _join(path, field.name)
            child = nodes.get(field.name)
            value: Any = None
            if (isinstance(child, Scalar) and child.plain and child.value.strip() == "~"
                    and _words_of(field.type)):
                self.error(f"'~' is empty; write {_words_of(field.type)}, or leave the line out",
                           child.line, where)
            elif child is not None and not (isinstance(child, Scalar) and child.is_empty):
                value = self.read(child, field.type, where)
                if value == "":  # typed as "" or "  ": as good as missing
                    value = None
                    if field.required:
                        self.error("is required but empty", child.line, where)
            elif field.required:
                line = child.line if child is not None else node.line
                self.error("is required" if child is None else "is required but empty",
                           line, where)
            values[field.name] = value
        return values


def _words_of(type_: object) -> str | None:
    """What a free-text field holds ("the topic"), or None for other fields."""
    if isinstance(type_, ListOf):
        type_ = type_.item
    return type_.words if isinstance(type_, Text) else None


@lru_cache(maxsize=4096)  # a batch reads the same few field paths thousands of times
def _join(path: str, name: str) -> str:
    return f"{path}.{shown_key(name)}" if path else shown_key(name)


@lru_cache(maxsize=1024)
def shown_key(key: str) -> str:
    """A key as it can be printed on one line: control characters escaped, length capped."""
    key = ANY_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", key)
    return key if len(key) <= 60 else key[:57] + "..."


def shown(value: str) -> str:
    """A value quoted for a message, short enough for one line."""
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _unknown_key(key: str, schema: Schema) -> str:
    import difflib  # only for a mistake

    close = difflib.get_close_matches(key, schema.field_names(), n=1, cutoff=0.6)
    if close:
        return f"unknown field; did you mean '{close[0]}'?"
    return f"unknown field; {schema.name} fields are: {', '.join(schema.field_names())}"


def _scalar(node: Node, what: str) -> Scalar:
    if not isinstance(node, Scalar):
        hint = ""
        if isinstance(node, Mapping) and len(node.items) == 1 and what.startswith("text"):
            # "- system design: dedup for the events table": a colon made it a mapping
            key = node.items[0][0].value
            hint = ("; a colon followed by a space starts a mapping in YAML: put the whole "
                    f"text in quotes (\"{key}: …\")")
        raise Invalid(f"expected {what}, got {describe(node)}{hint}")
    return node


@dataclass(frozen=True)
class Text:
    """Text exactly as typed. One line unless `multiline` (Markdown fields). With `words`
    (what the text is, e.g. "the topic"), a field of free text: a value YAML would read as a
    number, true/false, a date or null is refused, since the user meant words."""

    multiline: bool = False
    max_length: int = 300
    words: str | None = None
    plain: bool = False  # a name or title: no links, and a letter or digit at least

    def read(self, node: Node, reader: Reader, path: str) -> str:
        scalar = _scalar(node, "text")
        if self.words is not None and scalar.plain:
            _refuse_non_text(scalar.value.strip(), self.words)
        value = scalar.value.strip()
        if not self.multiline:
            value = value.replace("\t", " ")
            if "\n" in value or "\r" in value:
                raise Invalid("must fit on one line")
            if ENCODED_WORD.search(value):
                raise Invalid("looks like an encoded mail header (=?…?=); write plain text")
        value = value.replace("\r\n", "\n")
        bad = (CONTROL.search(value.replace("\t", " ")) if self.multiline
               else invisible(value))
        if bad:
            char = bad if isinstance(bad, str) else bad.group()
            raise Invalid(f"contains the invisible character U+{ord(char):04X}"
                          f"{_named(char)}; remove it")
        if self.plain and LINK.search(value):
            raise Invalid(f"{shown(value)} looks like a link; write the plain text, without "
                          "[ ]( ), < > or an address")
        if self.plain and value and not any(c.isalnum() for c in value):
            raise Invalid(f"{shown(value)} has no letters or digits; write it in words")
        if len(value) > self.max_length:
            raise Invalid(f"is {len(value)} characters long; keep it under {self.max_length}")
        if self.words is not None and not any(c.isalnum() for c in value):
            raise Invalid(f"{value!r} has no words; write {self.words} in words" if value else
                          f"is empty; write {self.words}, or leave the line out")
        return unicodedata.normalize("NFC", value)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "maxLength": self.max_length}


def _named(char: str) -> str:
    name = unicodedata.name(char, "")
    return f" ({name.lower()})" if name else ""


def _refuse_non_text(value: str, words: str) -> None:
    """YAML 1.1 reads some plain values as something other than text (PyYAML's rules, which
    editors and other tools follow): where we expect words, say so instead of guessing."""
    import yaml

    resolver = yaml.resolver.Resolver()
    tag = resolver.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    kind = tag.rsplit(":", 1)[-1]
    if kind in ("int", "float"):
        raise Invalid(f"{value} is a number; write {words} in words")
    if kind == "bool":
        raise Invalid(f"{value!r} is read as true/false; write {words} in words (or quote "
                      "the value)")
    if kind == "null":
        raise Invalid(f"{value!r} is empty; write {words}, or leave the line out")
    if kind == "timestamp":
        raise Invalid(f"{value} is a date; write {words} in words (or quote the value)")


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL_PART = re.compile(rf"{_ATOM}(\.{_ATOM})*")
_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


@dataclass(frozen=True)
class Email:
    """An address as mail servers accept it: an ASCII local part, a domain (IDNA allowed)."""

    def read(self, node: Node, reader: Reader, path: str) -> str:
        value = Text(max_length=254).read(node, reader, path)
        problem = email_problem(value)
        if problem:
            raise Invalid(f"{shown(value)} is not an email address{problem}")
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "email"}


def email_problem(value: str) -> str:
    """'' for a usable address, else the reason, phrased to follow 'is not an email address'."""
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain:
        return " (expected name@example.com)"
    if not local.isascii():
        return ": letters outside ASCII before the @ are refused by most mail servers"
    if not _LOCAL_PART.fullmatch(local):
        return " (the part before the @ has spaces or symbols mail servers refuse)"
    labels = domain.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return " (the domain after the @ needs a dot, as in example.com)"
    for label in labels:
        try:
            ascii_label = ascii_domain(label)  # as the .eml will write it
        except (UnicodeError, idna.IDNAError):
            return f" (the domain part {label!r} is not valid)"
        if not _LABEL.fullmatch(ascii_label):
            return f" (the domain part {label!r} is not valid)"
    return ""


def ascii_domain(domain: str) -> str:
    """A domain as mail carries it: IDNA 2008 with UTS #46 mapping (the `idna` package; the
    standard library's codec is IDNA 2003, which turns faß.de into fass.de, another domain).
    An ASCII domain is left as typed; one IDNA refuses raises idna.IDNAError or
    UnicodeError. The one encoder for the address check, the .eml and push's server names."""
    return domain if domain.isascii() else idna.encode(domain, uts46=True).decode("ascii")


# Years a date may have. Every date the timeline derives (a deadline hours later, checks
# weeks later, a calendar in any zone) stays far inside what Python's dates can hold
# (9999-12-31), so no input date can make one overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2999
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


@dataclass(frozen=True)
class Date:
    """A calendar date, YYYY-MM-DD; with `allow_time`, optionally followed by a time HH:MM."""

    allow_time: bool = False

    def read(self, node: Node, reader: Reader, path: str) -> date | datetime:
        value = _scalar(node, "a date").value.strip()
        match = _DATE.fullmatch(value)
        if match is None:
            when = "YYYY-MM-DD" + (" or YYYY-MM-DD HH:MM" if self.allow_time else "")
            raise Invalid(f"{shown(value)} is not a date; write it as {when}")
        if match[4] is not None and not self.allow_time:
            raise Invalid(f"{shown(value)} has a time; write only the date, YYYY-MM-DD")
        year, month, day, *clock = (int(part) for part in match.groups() if part is not None)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise Invalid(f"{shown(value)} has the year {year}; write a date between "
                          f"{FIRST_YEAR} and {LAST_YEAR}")
        try:
            if clock:
                hour, minute, second = (*clock, 0)[:3]
                return datetime(year, month, day, hour, minute, second)
            return date(year, month, day)
        except ValueError:
            raise Invalid(f"{shown(value)} is not a real date") from None

    def json_schema(self) -> dict[str, Any]:
        time = r"([T ]\d{1,2}:\d{2}(:\d{2})?)?" if self.allow_time else ""
        return {"type": "string", "pattern": rf"^\d{{4}}-\d{{1,2}}-\d{{1,2}}{time}$"}


_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}


@dataclass(frozen=True)
class Flag:
    def read(self, node: Node, reader: Reader, path: str) -> bool:
        value = _scalar(node, "true or false").value.strip().lower()
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        raise Invalid(f"expected true or false, got {shown(value)}")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True)
class ListOf:
    """A list of items; a single item written without a dash counts as a list of one."""

    item: FieldType
    max_items: int = 50

    def read(self, node: Node, reader: Reader, path: str) -> tuple[object, ...]:
        if isinstance(node, Mapping):
            raise Invalid(f"expected a list (lines starting with '- '), got {describe(node)}")
        items = node.items if isinstance(node, Sequence) else (node,)
        if len(items) > self.max_items:
            raise Invalid(f"has {len(items)} items; at most {self.max_items} are allowed")
        values = []
        for index, child in enumerate(items):
            if isinstance(child, Scalar) and child.is_empty:
                reader.error("is an empty item; remove the dash or fill it in", child.line,
                             f"{path}[{index}]")
                continue
            value = reader.read(child, self.item, f"{path}[{index}]")
            if value == "":
                reader.error("is an empty item; remove the dash or fill it in", child.line,
                             f"{path}[{index}]")
                continue
            values.append(value)
        return tuple(values)

    def json_schema(self) -> dict[str, Any]:
        item = self.item.json_schema()
        return {"anyOf": [{"type": "array", "items": item, "maxItems": self.max_items}, item]}


@dataclass(frozen=True)
class Object:
    schema: Schema

    def read(self, node: Node, reader: Reader, path: str) -> dict[str, Any] | None:
        return reader.object(node, self.schema, path)

    def json_schema(self) -> dict[str, Any]:
        return schema_json(self.schema)


@dataclass(frozen=True)
class Choice:
    options: tuple[str, ...]

    def read(self, node: Node, reader: Reader, path: str) -> str:
        value = _scalar(node, "one of " + ", ".join(self.options)).value.strip()
        if value not in self.options:
            import difflib  # only for a mistake

            close = difflib.get_close_matches(value, self.options, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "choose one of " + ", ".join(
                self.options)
            raise Invalid(f"{shown(value)} is not allowed; {hint}")
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.options)}


@dataclass(frozen=True)
class Number:
    minimum: int = 0
    maximum: int = 365

    def read(self, node: Node, reader: Reader, path: str) -> int:
        value = _scalar(node, "a whole number").value.strip()
        if not re.fullmatch(r"-?[0-9]+", value):
            raise Invalid(f"expected a whole number, got {shown(value)}")
        if len(value.lstrip("-0")) > 9:  # never a setting; and int() refuses 4,300 digits
            raise Invalid(f"{shown(value)} is out of range ({self.minimum} to {self.maximum})")
        number = int(value)
        if not self.minimum <= number <= self.maximum:
            raise Invalid(f"{number} is out of range ({self.minimum} to {self.maximum})")
        return number

    def json_schema(self) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}


@dataclass(frozen=True)
class TimeZone:
    """An IANA time zone name such as Europe/Berlin (tzdata makes them work everywhere)."""

    def read(self, node: Node, reader: Reader, path: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        value = _scalar(node, "a time zone").value.strip()
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise Invalid(f"{shown(value)} is not a time zone; use a name like Europe/Berlin or "
                          "America/New_York") from None
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "description": "An IANA time zone such as Europe/Berlin."}


def schema_json(schema: Schema) -> dict[str, Any]:
    """The JSON Schema of a mapping, for editors: made from the same Schema we validate with."""
    properties = {}
    for field in schema.fields:
        properties[field.name] = {**field.type.json_schema(), "description": field.doc}
    result: dict[str, Any] = {"type": "object", "properties": properties,
                              "additionalProperties": False}
    required = [field.name for field in schema.fields if field.required]
    if required:
        result["required"] = required
    if schema.doc:
        result["description"] = schema.doc
    return result
