"""A note read as a mail: its greeting line, its body, its sign-off and the signature block
under it (name, title, phone, links) told apart, and an earlier message quoted below it (`>`
lines, "On … wrote:", a forwarded header) left out. Counts and rules read the body, so a
sign-off, a phone number or a quoted thread never counts as words, paragraphs or tone.

Where the greeting and a letter's heading end is opening.py's to say, where the body ends
and the sign-off, signature and footer begin is signature.py's, and what a word and a
sentence are is sentences.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .opening import addressee_block, split_greeting, split_heading
from .sentences import LIST_MARK, WORDISH, sentences, unmarked
from .signature import FOOTER, closing, closing_on_the_last_line, signed_name

# Where an earlier message begins: everything from this line on is quoted.
_ATTRIBUTION = re.compile(
    r"^\s*(?:On\b.{0,300}\bwrote:|El\b.{0,300}\bescribió:|Le\b.{0,300}\ba écrit\s?:|"
    r"-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}|_{8,})\s*$", re.IGNORECASE)
_HEADER = re.compile(r"^\s*(?:From|De):\s+\S")
_HEADER_NEXT = re.compile(r"^\s*(?:Sent|Date|To|Subject|Enviado|Fecha|Para|Asunto):\s")


@dataclass(frozen=True)
class Mail:
    greeting: str | None  # the greeting line as written ("Hi Priya,"), if there is one
    body: tuple[str, ...]  # the paragraphs between greeting and sign-off
    sign_off: str | None  # "Best regards,"
    signature: tuple[str, ...]  # the lines under the sign-off: name, title, phone, links
    quoted: str  # an earlier message left out
    sentences: tuple[str, ...] = ()  # the body's sentences, each on one line
    footer: tuple[str, ...] = ()  # what a phone or mail client added: "Sent from my iPhone"
    listed: tuple[str, ...] = ()  # the sentences that are items of a list, without their mark
    # The body began on the greeting's line after its comma ("Hi Sam, thanks for …"), so its
    # first sentence rightly starts in lower case.
    opened_inline: bool = False
    heading: tuple[str, ...] = ()  # a letter's date and address lines above its greeting

    @property
    def text(self) -> str:
        """The body's paragraphs, each on one line, a blank line between them (the marks of a
        list laid out on lines of its own left out: "1.", "-" and "•" are no words)."""
        return "\n\n".join(" ".join(unmarked(part).split()) for part in self.body)

    @property
    def sender(self) -> str | None:
        """The name the note is signed with, if it is signed with one."""
        return signed_name(self.sign_off, self.signature)

    def words(self) -> int:
        """The body's words: runs of letters or digits between spaces (list marks aside)."""
        return len(WORDISH.findall(self.text))


def read_mail(text: str) -> Mail:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines, quoted = _unquoted(lines)
    footer: list[str] = []
    while lines and (not lines[-1].strip() or FOOTER.match(lines[-1])):
        if lines[-1].strip():
            footer.insert(0, lines[-1].strip())
        lines.pop()
    lines, postscript = _postscript(lines)
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    heading, lines = split_heading(lines[start:])
    greeting, first_rest = split_greeting(lines[0]) if lines else (None, None)
    block = addressee_block(lines) if greeting is None and not heading else None
    if block:
        heading, greeting, lines = block[0], block[1], ["", *block[2]]
    if greeting is not None:
        lines = ([first_rest] if first_rest else []) + lines[1:]
    inline = bool(greeting and first_rest and greeting.endswith(",")
                  and first_rest[:1].islower())
    lines = closing_on_the_last_line(lines)
    end, sign_off, signature = closing(lines)
    body = _paragraphs(lines[:end]) + postscript
    listed = tuple(" ".join(LIST_MARK.sub("", line).split()) for part in body
                   for line in part.split("\n") if LIST_MARK.match(line))
    return Mail(greeting, tuple(body), sign_off, tuple(signature), quoted,
                tuple(sentences("\n\n".join(body))), tuple(footer), listed, inline, heading)


# A postscript under the signature ("P.S. I have attached my expenses."): the note's words
# too, for counts and rules alike, without its mark (holdout15's two misread bodies).
_PS = re.compile(r"^\s*(?:p\.?\s?){1,2}s\b\.?\s*[:–—-]?\s*(?=\S)", re.IGNORECASE)


def _postscript(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines above a postscript at the note's end, and its paragraphs without the mark;
    none where no signed name or sign-off stands between the body and it."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    starts = [i for i in content if _PS.match(lines[i])]
    if not starts or starts[0] == content[0]:
        return lines, []
    above = lines[:starts[0]]
    _, sign_off, signature = closing(closing_on_the_last_line(above))
    if sign_off is None and not signature:
        return lines, []
    text = [_PS.sub("", line) if i in starts else line for i, line in enumerate(lines)]
    return above, _paragraphs(text[starts[0]:])


def _unquoted(lines: list[str]) -> tuple[list[str], str]:
    kept: list[str] = []
    for index, line in enumerate(lines):
        two = f"{line} {lines[index + 1]}" if index + 1 < len(lines) else line
        header = _HEADER.match(line) and any(_HEADER_NEXT.match(later)
                                             for later in lines[index + 1:index + 4])
        if _ATTRIBUTION.match(line) or header or (
                line.lstrip().startswith("On ") and _ATTRIBUTION.match(two)):
            return kept, "\n".join(lines[index:])
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return kept, "\n".join(line for line in lines if line.lstrip().startswith(">"))


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs
