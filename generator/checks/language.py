"""Language: notes that will mix languages, because the YAML's free text (points, rapport,
highlights, your own words) is mostly in another language than the pack's. A suggestion:
the notes still read, but switch language mid-sentence."""

from __future__ import annotations

from ..compose.phrasing import mixes_languages
from ..findings import SUGGESTION, Finding
from ..input.models import Application
from .note import Note

_NAMES = {"en": "English", "es": "Spanish"}


def mixed(note: Note) -> list[Finding]:
    """Named once per application, on its first note."""
    if note.application is None:
        return []
    texts = _free_text(note.application)
    if not mixes_languages(texts, note.language):
        return []
    language = note.language.lower().split("-")[0]
    name = _NAMES.get(language, language)
    return [Finding(note.path, "language",
                    f"will mix languages: most words of your points, rapport and highlights "
                    f"are not {name}, the language of the notes",
                    f"write them in {name}, or choose a pack in their language (pack: in "
                    "role.yaml)", SUGGESTION)]


def _free_text(application: Application) -> list[str]:
    people = [*application.interviewers, application.role.contact]
    texts = list(application.role.highlights)
    for person in people:
        if person is None:
            continue
        texts += getattr(person, "discussion_points", ())
        texts += [value for field in ("rapport", "note", "fit", "follow_up")
                  if (value := getattr(person, field, None))]
    return texts
