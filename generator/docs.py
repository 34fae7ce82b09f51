"""Reference tables for the docs, made from the code that defines them (one source of truth):
the YAML fields from the schemas, the template variables and filters from context.py.
`make docs` writes them into docs/*.md between markers; a test keeps the two in step.
`followup fields` prints the same fields for a terminal, so an installed copy has them too."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

from .compose.variables import FILTERS, VARIABLES
from .input.fields import Field, Schema
from .input.fieldtypes import Choice, Date, Email, Flag, ListOf, Number, Object, Text


def _type(field: Field, bar: str = " \\| ") -> str:
    kind = field.type
    if isinstance(kind, Object):
        return "mapping"
    if isinstance(kind, ListOf):
        return f"list of {_type(Field(field.name, kind.item), bar)}"
    if isinstance(kind, Choice):
        return bar.join(kind.options)
    names = {Email: "email", Flag: "true/false", Number: "number"}
    for cls, name in names.items():
        if isinstance(kind, cls):
            return name
    if isinstance(kind, Date):
        return "date or date and time" if kind.allow_time else "date"
    if isinstance(kind, Text):
        return "Markdown" if kind.multiline else "text"
    return "timezone"


def _rows(schema: Schema, prefix: str = "") -> Iterator[tuple[str, Field]]:
    """Every field with its dotted name, a mapping's fields right after it."""
    for field in schema.fields:
        name = f"{prefix}{field.name}"
        yield name, field
        if isinstance(field.type, Object):
            yield from _rows(field.type.schema, f"{name}.")


def fields_table(schema: Schema) -> str:
    rows = [f"| `{name}` | {_type(field)} | {'yes' if field.required else ''} | {field.doc} |"
            for name, field in _rows(schema)]
    return "| field | type | required | meaning |\n|---|---|---|---|\n" + "\n".join(rows)


# The files a user writes, as `followup fields` names them, each with where it lives.
FILES = {
    "candidate": ("candidate.yaml", "Who you are. Kept in the application's folder or any "
                  "folder above it, up to the profiles folder."),
    "role": ("role.yaml", "The role and the interview loop. Any folder with a role.yaml is "
             "one application."),
    "interviewers": ("interviewers.yaml", "Everyone who interviewed you: a list, one entry "
                     "per person (- name: ...)."),
    "pack": ("pack.yaml", "A template pack's settings; `followup packs new NAME` writes a "
             "commented one to start from."),
}


def _schemas() -> dict[str, Schema]:
    from .compose.packs import PACK
    from .input.declarations import CANDIDATE, INTERVIEWER, ROLE

    return {"candidate": CANDIDATE, "role": ROLE, "interviewers": INTERVIEWER, "pack": PACK}


def field_names(file: str) -> list[str]:
    """The dotted name of every field of one file: `contact`, `contact.name`, ..."""
    return [name for name, _ in _rows(_schemas()[file])]


def fields_text(file: str, only: str = "", width: int = 80) -> str:
    """One file's fields for a terminal: name, type, whether required, and what it means.
    `only` keeps a field and what is under it (`contact` gives contact.name, ...)."""
    title, about = FILES[file]
    lines = textwrap.wrap(f"{title}: {about}", width)
    for name, field in _rows(_schemas()[file]):
        if only and name != only and not name.startswith(f"{only}."):
            continue
        required = ", required" if field.required else ""
        lines += ["", f"  {name}  ({_type(field, ' | ')}{required})"]
        lines += textwrap.wrap(field.doc, width, initial_indent=" " * 6,
                               subsequent_indent=" " * 6)
    return "\n".join(lines)


def variables_table() -> str:
    rows = [f"| `{name}` | {doc} |" for name, doc in VARIABLES.items()]
    filters = [f"| `{name}` | {doc} |" for name, doc in FILTERS.items()]
    return ("| variable | meaning |\n|---|---|\n" + "\n".join(rows) + "\n\n"
            "| filter | use |\n|---|---|\n" + "\n".join(filters))


def sections() -> dict[str, str]:
    return {**{name: fields_table(schema) for name, schema in _schemas().items()},
            "variables": variables_table()}


def fill(text: str) -> str:
    """`text` with each `<!-- generated: NAME -->…<!-- end -->` block made anew."""
    tables = sections()

    def replace(match: re.Match[str]) -> str:
        return f"{match[1]}\n{tables[match[2]]}\n{match[3]}"

    return re.sub(r"(<!-- generated: (\w+) -->)\n(?:[^\n]*\n)*?(<!-- end -->)", replace, text)


def update(paths: list[Path]) -> list[Path]:
    changed = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        new = fill(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


if __name__ == "__main__":
    import sys

    for changed_path in update([Path(p) for p in sys.argv[1:]]):
        print(f"updated {changed_path}")
