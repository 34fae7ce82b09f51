"""JSON Schemas of the three input files, for editors (VS Code's YAML extension and others):
made from the schemas the tool validates with, so an editor underlines what a run would refuse."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .declarations import CANDIDATE, INTERVIEWER, ROLE
from .fields import schema_json

SCHEMA_DIR = ".schema"  # inside the profiles folder; hidden folders are never applications
BASE = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, dict[str, Any]]:
    interviewers = {"type": "array", "minItems": 1, "items": schema_json(INTERVIEWER),
                    "description": "Everyone who interviewed you, with what you talked about."}
    return {
        "candidate": {"$schema": BASE, "title": "candidate.yaml", **schema_json(CANDIDATE)},
        "role": {"$schema": BASE, "title": "role.yaml", **schema_json(ROLE)},
        "interviewers": {"$schema": BASE, "title": "interviewers.yaml", **interviewers},
    }


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / f"{name}.schema.json"
        text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
