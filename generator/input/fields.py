"""A file's shape, declared once as a `Schema` of `Field`s, and the `Reader` that walks YAML
nodes against it, each problem reported with its file, line and field path.

The `Reader` gathers every problem instead of stopping at the first, so a user fixes a whole
file in one go. The types a field can have are in fieldtypes.py; the three input files' schemas
in declarations.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from ..errors import InputError
from .addresses import ascii_domain as ascii_domain  # re-exported: output/mime.py uses it
from .characters import ANY_CONTROL
from .yamlread import Mapping, Node, Scalar, describe


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


def _words_of(type_: FieldType) -> str | None:
    """What a free-text field holds ("the topic"), or None for other fields (the types that
    hold free text, and lists of it, say so in their `words`)."""
    return getattr(type_, "words", None)


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
