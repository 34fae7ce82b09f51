"""Reference tables for the docs, made from the code that defines them (one source of truth):
the YAML fields from the schemas, the template variables and filters from context.py.
`make docs` writes them into docs/*.md between markers; a test keeps the two in step."""

from __future__ import annotations

import re
from pathlib import Path

from .compose.context import FILTERS, VARIABLES
from .input.fields import Choice, Date, Email, Field, Flag, ListOf, Number, Object, Schema, Text


def _type(field: Field) -> str:
    kind = field.type
    if isinstance(kind, Object):
        return "mapping"
    if isinstance(kind, ListOf):
        return f"list of {_type(Field(field.name, kind.item))}"
    if isinstance(kind, Choice):
        return " \\| ".join(kind.options)
    names = {Email: "email", Flag: "true/false", Number: "number"}
    for cls, name in names.items():
        if isinstance(kind, cls):
            return name
    if isinstance(kind, Date):
        return "date or date and time" if kind.allow_time else "date"
    if isinstance(kind, Text):
        return "Markdown" if kind.multiline else "text"
    return "timezone"


def fields_table(schema: Schema, prefix: str = "") -> str:
    rows = []
    for field in schema.fields:
        name = f"{prefix}{field.name}"
        required = "yes" if field.required else ""
        rows.append(f"| `{name}` | {_type(field)} | {required} | {field.doc} |")
        if isinstance(field.type, Object):
            sub = fields_table(field.type.schema, f"{name}.").splitlines()[2:]
            rows.extend(sub)
    return "| field | type | required | meaning |\n|---|---|---|---|\n" + "\n".join(rows)


def variables_table() -> str:
    rows = [f"| `{name}` | {doc} |" for name, doc in VARIABLES.items()]
    filters = [f"| `{name}` | {doc} |" for name, doc in FILTERS.items()]
    return ("| variable | meaning |\n|---|---|\n" + "\n".join(rows) + "\n\n"
            "| filter | use |\n|---|---|\n" + "\n".join(filters))


def sections() -> dict[str, str]:
    from .compose.packs import PACK
    from .input.models import CANDIDATE, INTERVIEWER, ROLE

    return {
        "candidate": fields_table(CANDIDATE),
        "role": fields_table(ROLE),
        "interviewers": fields_table(INTERVIEWER),
        "pack": fields_table(PACK),
        "variables": variables_table(),
    }


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
