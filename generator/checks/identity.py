"""Identity: the note greets the person it goes to, by a name they would choose, and speaks of
its own application only.

The greeting is the greeting line, read as a mail reads it: one that names someone else
("Dear Mr. Pritchart," to Geoffrey Prichard) or no one ("To whom it may concern,", no greeting
at all) is a problem, as is a draft greeting someone by a full name because which part is
the given name cannot be told (the writing issue: "Hi Nguyễn," for Nguyễn Thị Thảo).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..compose.greeting import needs_salutation
from ..findings import PROBLEM, SUGGESTION, Finding
from ..input.models import Application, identifying_names
from ..kinds import purpose_of
from .mail import Mail
from .note import Note
from .sentences import fold, words
from .substance import word_set

# Words of a greeting that name no one.
GREETING_WORDS = word_set("""
dear hi hello hey hiya greetings good morning afternoon evening day to whom it may concern
hola estimado estimada estimados estimadas buenos buenas días dias tardes all team there
everyone everybody folks sir madam sirs hiring manager managers recruiter recruiting
committee panel and the of mr mrs ms mx miss dr prof professor sr sra srta don doña
or concerned attn attention recruitment talent acquisition hr human resources department
people search selection bonjour bonsoir salut hallo guten tag olá ciao kia ora hej namaste
aloha salaam respected ma ma'am maam
authority authorities employer employers whoever responsible
beste geachte sehr geehrte geehrter liebe lieber cher chère chers chères mevrouw meneer heer
frau herr madame monsieur mademoiselle señor señora
""")
# A respectful title said instead of a name ("Good morning Ma," as many write in Nigeria,
# "Dear Sir,", "Respected Madam,"): polite, though their name would be warmer; but not in a
# thank-you, to someone the writer has just met, whose name is known (holdout12's class).
TITLES = word_set("sir sirs madam ma ma'am maam")
# A title of their trade said as a name, as a kitchen greets its chef ("Hello Chef,"): theirs,
# though their name would be warmer (holdout12's class).
TRADE_TITLES = word_set("""
chef coach captain skipper professor doctor doc chief sensei maestro pastor reverend rabbi
imam father officer sergeant sarge lieutenant commander colonel major principal headteacher
""")


def greeting(note: Note, mail: Mail) -> list[Finding]:
    if not note.recipient:
        return []
    name = note.recipient
    expected = note.salutation or name.split()[0]
    how = f"greet them as '{expected}'"
    if mail.greeting is None:
        return [Finding(note.path, "identity", f"has no greeting naming {name}",
                        f"open with a greeting line: {how}", PROBLEM)]
    greeted = {fold(word) for word in words(mail.greeting)}
    wrong = _wrong_title({fold(word) for word in words(name)}, greeted)
    if wrong:
        # "Dear Mr. Nowak," to Ms. Ewa Nowak: the name is right, the title is not (holdout14).
        return [Finding(note.path, "identity",
                        f"greets them as {wrong} ({mail.greeting.strip()!r}, not {name})",
                        f"check the title and {how}", PROBLEM)]
    if {fold(word) for word in words(name)} <= greeted:
        return []  # greeted by their whole name, or a team by its own ("Dear HR Team of …")
    named = [word for word in words(mail.greeting) if fold(word) not in GREETING_WORDS]
    titled = not named and bool(greeted & TITLES)
    if titled or (all(fold(word) in TRADE_TITLES for word in named) and (
            named or greeted & TRADE_TITLES)):
        met = titled and purpose_of(note.kind) == "thank"
        return [Finding(note.path, "identity",
                        f"greets them by a title alone ({mail.greeting.strip()!r})",
                        f"you have met them: {how}" if met else f"if you know their name, {how}",
                        PROBLEM if met else SUGGESTION)]
    if not named:
        return [Finding(note.path, "identity",
                        f"greets no one by name ({mail.greeting.strip()!r})",
                        f"{how}: a note to a named person reads as a form letter otherwise",
                        PROBLEM)]
    theirs = {fold(part) for part in words(f"{name} {note.salutation or ''}")}
    if not any(_same(fold(word), theirs) or _short_form(fold(word), fold(name.split()[0]))
               for word in named) or any(
            not all(_same(fold(part), theirs) for part in words(compound))
            for compound in _COMPOUND().findall(mail.greeting)):
        # (A compound given name greets them only whole: "Marie-Claude" is not Marie-Josée,
        # though "Marie" is hers; holdout12's class.)
        return [Finding(note.path, "identity",
                        f"greets someone else ({mail.greeting.strip()!r}, not {name})",
                        f"check the name and {how}", PROBLEM)]
    return []


# Titles that say a man or a woman: one of the one kind in `--to` and only the other in the
# greeting is the wrong title (Ms. for Mrs. is no mistake).
_HIS = frozenset({"mr", "herr", "monsieur", "señor", "sr", "don"})
_HERS = frozenset({"ms", "mrs", "miss", "frau", "madame", "mademoiselle", "señora", "sra",
                   "srta", "doña"})


def _wrong_title(theirs: set[str], greeted: set[str]) -> str:
    for given, other in ((_HIS, _HERS), (_HERS, _HIS)):
        if theirs & given and greeted & other and not greeted & given:
            return sorted(greeted & other)[0].capitalize() + "."
    return ""


# A hyphenated name, compiled at first use.
_COMPOUND = cache(lambda: re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+"))


def _same(word: str, theirs: set[str]) -> bool:
    # A short form of their name is theirs too: "Thandi" for Thandiwe, "Alex" for Alexandra.
    return word in theirs or (len(word) >= 3 and any(
        part.startswith(word) or (word.startswith(part) and len(part) >= 3) for part in theirs))


def _short_form(word: str, given: str) -> bool:
    """Whether a greeting's name is a short form of their given name: its end ("Seun" for
    Oluwaseun, "Tina" for Christina), or a pet form the `nicknames` package knows, a
    hand-curated table of English given names ("Bill" for William, "Peggy" for Margaret)."""
    if len(word) >= 4 and given.endswith(word) and len(given) - len(word) >= 2:
        return True
    return word in _nicknames(given)


@cache
def _nicknames(given: str) -> frozenset[str]:
    # Loaded only when a greeting does not name them plainly (0.06 s to build its table).
    from nicknames import NickNamer

    namer = NickNamer()
    return frozenset(namer.nicknames_of(given) | namer.canonicals_of(given))


def salutation(note: Note, mail: Mail) -> list[Finding]:
    """A draft that greets someone by their full name because no one said how to greet them
    (a pack that reads names of its own language, as the Spanish pack does, may not)."""
    person = note.person
    if person is None or note.application is None or mail.greeting is None:
        return []
    given = person.salutation if getattr(person, "salutation_given", True) else None
    if not needs_salutation(person.name, getattr(person, "honorific", None), given):
        return []
    greeted = {fold(word) for word in words(mail.greeting)}
    if not all(fold(word) in greeted for word in words(person.name)):
        return []
    yaml_file = "interviewers.yaml" if note.interviewer is not None else "role.yaml (contact)"
    return [Finding(note.path, "identity",
                    f"greets {person.name} by the full name: which part is the given name "
                    "cannot be told from it",
                    f"add salutation: for {person.name} in {yaml_file}, as they sign their "
                    "emails (e.g. 'Thảo' or 'Dr. Nguyễn')", PROBLEM)]


class NameIndex:
    """Every application's company and people, looked up by the words of a note: one pass
    over the note, however many applications a coach's batch holds."""

    def __init__(self, applications: Iterable[Application]) -> None:
        self._names: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self._own: dict[str, set[tuple[str, ...]]] = {}
        for application in applications:
            keys = set()
            for name in identifying_names(application):
                key = tuple(_bare(word) for word in words(name))
                if key:
                    keys.add(key)
                    self._names.setdefault(key, []).append((name, application.name))
            self._own[application.name] = keys
        self._longest = max((len(key) for key in self._names), default=0)
        self._first = {key[0] for key in self._names}  # only these words can start a name

    def find(self, text: str, application: Application) -> list[tuple[str, str]]:
        mine = self._own.get(application.name, set())
        seen = [word.removesuffix("'s") for word in words(fold(text))]
        hits: dict[tuple[str, str], None] = {}
        for start in range(len(seen)):
            if seen[start] not in self._first:
                continue
            for size in range(1, min(self._longest, len(seen) - start) + 1):
                key = tuple(seen[start:start + size])
                if key in self._names and key not in mine:
                    for name, other in self._names[key]:
                        if other != application.name:
                            hits[(name, other)] = None
        return sorted(hits)


def other_applications(note: Note, index: NameIndex) -> list[Finding]:
    if note.application is None:
        return []
    return [Finding(note.path, "identity", f"mentions {name!r}, from the application {other}",
                    "this note must only speak of its own application", PROBLEM)
            for name, other in index.find(note.text, note.application)]


def _bare(word: str) -> str:
    """A word folded, without its possessive: "Globex Corp's roadmap" names Globex Corp."""
    return fold(word).removesuffix("'s")
