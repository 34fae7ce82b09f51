"""The types a field can have (text, an address, a date, a flag, a list, a nested mapping, a
choice, a number, a time zone), each reading the text the user typed, never YAML 1.1's guesses,
and each saying what it accepts as a JSON Schema for editors.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .addresses import email_problem
from .characters import CONTROL, ENCODED_WORD, LINK, invisible
from .fields import FieldType, Invalid, Reader, Schema, schema_json, shown
from .yamlread import Mapping, Node, Scalar, Sequence, describe


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

    @property
    def words(self) -> str | None:
        """What its items hold when they are free text (Text.words), for the reader."""
        return self.item.words if isinstance(self.item, Text) else None

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
