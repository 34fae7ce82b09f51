"""A note read as a mail: its greeting line, its body, its sign-off and the signature block
under it (name, title, phone, links) told apart, and an earlier message quoted below it (`>`
lines, "On … wrote:", a forwarded header) left out. Counts and rules read the body, so a
sign-off, a phone number or a quoted thread never counts as words, paragraphs or tone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Where an earlier message begins: everything from this line on is quoted.
_ATTRIBUTION = re.compile(
    r"^\s*(?:On\b.{0,300}\bwrote:|El\b.{0,300}\bescribió:|Le\b.{0,300}\ba écrit\s?:|"
    r"-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}|_{8,})\s*$", re.IGNORECASE)
_HEADER = re.compile(r"^\s*(?:From|De):\s+\S")
_HEADER_NEXT = re.compile(r"^\s*(?:Sent|Date|To|Subject|Enviado|Fecha|Para|Asunto):\s")

_GREETING = re.compile(
    r"^\s*(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|"
    r"to whom it may concern|hola|estimad[oa]s?|buen(?:os|as) (?:días|tardes)|"
    # Addressed to a role or a team: "To the Hiring Manager:", "Attn: Recruitment Team".
    r"to (?:the|all)\b(?=[^.!?]{0,40}[,:]\s*$)|attn\b|attention(?=:))\b",
    re.IGNORECASE)
# A sign-off line as people write it ("Best regards,", "Thanks again,", "Un saludo"), with the
# sender's name after it on the same line or not.
_CLOSINGS = (
    "best", "best regards", "kind regards", "kindest regards", "warm regards", "warmest regards",
    "warm wishes", "best wishes", "many thanks", "with thanks", "with gratitude",
    "with appreciation", "with best regards", "with kind regards", "regards", "sincerely",
    "yours sincerely", "yours truly", "yours faithfully", "sincerely yours", "yours",
    "respectfully", "cordially", "gratefully", "warmly", "cheers", "all the best", "take care",
    "talk soon", "thanks", "thanks again", "thanks so much", "thanks very much", "thanks a lot",
    "thank you", "thank you again", "thank you so much", "thank you very much",
    "thank you kindly", "saludos", "un saludo", "saludos cordiales", "un cordial saludo",
    "atentamente", "un abrazo", "gracias", "gracias de nuevo",
)
_SIGN_OFF = re.compile(
    r"^\s*(?:" + "|".join(sorted(_CLOSINGS, key=len, reverse=True)) + r")"
    r"(?:\s*[,.!–—-]?\s+(?P<name>[^\W\d_][\w.'’ -]{0,60}?))?"
    # a phone or an address after the name, set off by bars: "Thanks, Jo Park | 555-0139"
    r"(?:\s+[|•·]\s+[\w+@().:/ -]{2,60}?)*\s*[,.!]?\s*$", re.IGNORECASE)
# A longer closing line that still only closes: "With warm regards and sincere thanks,".
_CLOSING_WORDS = re.compile(r"\b(?:regards|wishes|thanks|sincerely|gratitude|saludos)\b",
                            re.IGNORECASE)
# A closing said in a sentence of its own, as the last line above the name: "Looking forward
# to hearing from you soon," "Thank you for your help,".
_CLOSING_PHRASE = re.compile(r"\b(?:regards|wishes|thanks|thank you|sincerely|gratitude|"
                             r"saludos|looking forward|look forward|hope to hear|cheers|best|"
                             r"warmly|respectfully|appreciat\w*|grateful)\b", re.IGNORECASE)
# What a phone or a mail client adds under a note: "Sent from my iPhone", "Get Outlook for iOS".
_FOOTER = re.compile(
    r"^\s*(?:sent (?:from|via|with|using) \S.{0,60}|get outlook for \S.{0,30}|"
    r"enviado desde \S.{0,40}|envoyé de(?:puis)? \S.{0,40}|(?:please )?(?:excuse|pardon|forgive) "
    r"(?:any |my )?(?:typos|brevity|the brevity|errors|spelling|autocorrect).{0,40}|typed on "
    r"(?:a|my) (?:phone|mobile|iphone|tablet).{0,40})$", re.IGNORECASE)
# A list item's mark at a line's start: "1.", "2)", "(3)", "a)", "ii.", "-", "*", "•".
_LIST_MARK = re.compile(r"^\s*(?:[-*•·–]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s+(?=\S)",
                        re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"^[\s(+]*\d[\d\s().+-]{5,}$|\S+@\S+\.\w+|(?:https?://|www\.)\S+|"
    r"\b[\w-]+\.(?:com|org|net|io|dev|me|co|ai|edu)(?:/\S*)?\b", re.IGNORECASE)
PARTICLES = frozenset(("de", "del", "la", "le", "van", "von", "der", "den", "da", "dos", "du",
                       "bin", "ibn", "al", "el", "ní", "ni", "mac", "y", "e", "di", "ter"))
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_WORDISH = re.compile(r"\S*[^\W_]\S*")  # a run of non-space holding a letter or digit


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

    @property
    def text(self) -> str:
        """The body's paragraphs, each on one line, a blank line between them (the marks of a
        list laid out on lines of its own left out: "1.", "-" and "•" are no words)."""
        return "\n\n".join(" ".join(_unmarked(part).split()) for part in self.body)

    @property
    def sender(self) -> str | None:
        """The name the note is signed with, if it is signed with one."""
        if self.sign_off:
            named = _SIGN_OFF.match(self.sign_off)
            if named and named["name"] and looks_like_name(named["name"]):
                return named["name"].strip(" ,.")
            after = self.sign_off.rsplit(",", 1)[-1].strip()  # "Thanks for your help, Bjørn"
            if "," in self.sign_off and after and looks_like_name(after):
                return after
        for line in self.signature[:1]:
            name = line.strip().lstrip("-–— ").strip()
            if looks_like_name(name):
                return name
        return None

    def words(self) -> int:
        """The body's words: runs of letters or digits between spaces (list marks aside)."""
        return len(_WORDISH.findall(self.text))


def read_mail(text: str) -> Mail:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines, quoted = _unquoted(lines)
    footer: list[str] = []
    while lines and (not lines[-1].strip() or _FOOTER.match(lines[-1])):
        if lines[-1].strip():
            footer.insert(0, lines[-1].strip())
        lines.pop()
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    lines = lines[start:]
    greeting, first_rest = _greeting(lines[0]) if lines else (None, None)
    if greeting is not None:
        lines = ([first_rest] if first_rest else []) + lines[1:]
    lines = _closing_on_the_last_line(lines)
    end, sign_off, signature = _closing(lines)
    body = _paragraphs(lines[:end])
    listed = tuple(" ".join(_LIST_MARK.sub("", line).split()) for part in body
                   for line in part.split("\n") if _LIST_MARK.match(line))
    return Mail(greeting, tuple(body), sign_off, tuple(signature), quoted,
                tuple(sentences("\n\n".join(body))), tuple(footer), listed)


def _unmarked(paragraph: str) -> str:
    return "\n".join(_LIST_MARK.sub("", line) for line in paragraph.split("\n"))


# A sign-off and a name after the last sentence, on its line: "Any news? Thanks, Jo".
_TRAILING_CLOSE = re.compile(r"^(?P<body>.*?[.!?])\s+(?P<close>(?:" + "|".join(
    sorted(_CLOSINGS, key=len, reverse=True)) + r"),?\s+(?P<name>[^\W\d_][\w.'’ -]{0,40}?)"
    r"[.!]?)\s*$", re.IGNORECASE)


_TRAILING_NAME = re.compile(r"^(?P<body>.*[.!?])\s+(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_]"
                            r"[\w'’-]*){0,2})\s*$")


def _closing_on_the_last_line(lines: list[str]) -> list[str]:
    """A one-line note's sign-off and name, put on lines of their own."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return lines
    last = content[-1]
    split = _TRAILING_CLOSE.match(lines[last].strip())
    bare = _TRAILING_NAME.match(lines[last].strip()) if len(content) == 1 else None
    if not split and bare and looks_like_name(bare["name"]) and not _SIGN_OFF.match(
            bare["name"]) and bare["name"].casefold() not in _NOT_NAMES:
        # A one-line note that ends with the name alone: "Thanks for today. Kelsey".
        return [*lines[:last], bare["body"], bare["name"], *lines[last + 1:]]
    if not split or not looks_like_name(split["name"]) or len(split["name"].split()) > 3:
        return lines
    close = split["close"][:split.start("name") - split.start("close")].strip()
    return [*lines[:last], split["body"], "", close, split["name"].strip(" .!"),
            *lines[last + 1:]]


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


def _greeting(line: str) -> tuple[str | None, str | None]:
    """The greeting in a first line, and what follows it on that line."""
    stripped = line.strip()
    words = stripped.split()
    if _GREETING.match(stripped):
        if len(words) <= 8 and (stripped.endswith((",", ":", "!")) or not re.search(
                r"[.?]$", stripped)):
            return stripped, None  # "Hi Priya," or "Hola, Priya:"
        cut = re.search(r"[,:!]|\s[—–-]\s", stripped)
        opener = _GREETING.match(stripped)
        named = len(stripped[opener.end():cut.start()].split()) if cut and opener else 99
        if cut and named <= 4:
            rest = stripped[cut.end():].strip()
            return stripped[:cut.end()].strip(), rest or None
        if len(words) <= 8 and not cut:
            return stripped, None
        # The greeting runs on into the body ("hey linda thx 4 the mtg"): the greeting word
        # and the name after it are the greeting.
        size = len(opener[0].split()) if opener else 1
        size += _name_length(words[size:])
        return " ".join(words[:size]), " ".join(words[size:]) or None
    # "Ms. Brennan," or "Team:": a short line of capitalised words ending in a comma.
    if 1 <= len(words) <= 4 and stripped.endswith((",", ":")) and all(
            word[:1].isupper() for word in words):
        return stripped, None
    return None, None


_TITLES = frozenset(("mr", "mrs", "ms", "mx", "dr", "prof", "miss", "sr", "sra"))
# Words a note's first sentence starts with, never a name: "Hi thanks for …".
_NOT_NAMES = frozenset(("thank", "thanks", "thx", "i", "i'm", "just", "hope", "it", "was", "we",
                        "this", "again", "and", "so", "following", "checking", "quick", "great",
                        "there", "all", "team", "everyone"))


def _name_length(words: list[str]) -> int:
    """How many of the words after a greeting word are the name: titles and capitalised words
    (particles between), or a single word in lower case ("hey linda")."""
    size = 0
    for word in words[:5]:
        bare = word.strip(",.:;!?")
        if bare.casefold() in _TITLES or (bare[:1].isupper() and bare.isalpha()) or (
                size and bare.casefold() in PARTICLES):
            if bare.casefold() in _NOT_NAMES:
                break
            size += 1
            if bare != word.rstrip("."):
                break  # "Linda," ends the name
        else:
            break
    if size == 0 and words and words[0].isalpha() and words[0].casefold() not in _NOT_NAMES:
        size = 1
    return size


def _closing(lines: list[str]) -> tuple[int, str | None, list[str]]:
    """Where the body ends, the sign-off line and the signature lines under it."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    for index in reversed(content[-9:]):
        line = lines[index].strip()
        before = lines[index - 1].strip() if index else ""
        starts_paragraph = not before or before.endswith((".", "!", "?", ":", ")"))
        words = line.split()
        named = _SIGN_OFF.match(line)
        under = [lines[i].strip() for i in content if i > index]
        signed = bool(under) and looks_like_name(under[0].lstrip("-–— ")) and all(
            _signature_line(row) for row in under)
        closing = (named and (not named["name"] or looks_like_name(named["name"]))) or (
            len(words) <= 8 and line.endswith(",") and _CLOSING_WORDS.search(line)) or (
            # "Thank you for your help," or "Looking forward to hearing from you," above a name
            len(words) <= 8 and line.endswith(",") and signed and _CLOSING_PHRASE.search(line))
        if not closing and not under and len(words) <= 12 and not line.endswith(
                (".", "!", "?")):
            # The sign-off and the name on one line: "Thank you for your help, Bjørn Haugen".
            parts = line.rsplit(",", 1)
            if len(parts) == 2 and len(parts[0].split()) <= 7 and _CLOSING_PHRASE.search(
                    parts[0]) and len(parts[1].split()) >= 2 and looks_like_name(parts[1]):
                closing = True
        # A closing with nothing above it is the body itself ("Thanks." and no more).
        if closing and starts_paragraph and len(words) <= 8 and index > content[0]:
            signature = [row.strip() for row in lines[index + 1:] if row.strip()]
            return index, line, signature
    # No sign-off: a last block of short name, title and contact lines is a signature.
    if not content:
        return 0, None, []
    block_start = content[-1]
    while block_start > 0 and lines[block_start - 1].strip():
        block_start -= 1
    block = [lines[i].strip() for i in range(block_start, content[-1] + 1)]
    first = block[0].lstrip("-–— ").strip()
    if block_start > content[0] and len(block) <= 6 and looks_like_name(first) and all(
            _signature_line(row) for row in block):
        return block_start, None, block
    # A name on the line right under the last sentence.
    last = lines[content[-1]].strip().lstrip("-–— ").strip()
    above = lines[content[-1] - 1].strip() if content[-1] else ""
    if len(content) > 1 and looks_like_name(last) and above.endswith((".", "!", "?")):
        return content[-1], None, [last]
    return len(lines), None, []


def _signature_line(line: str) -> bool:
    if _CONTACT_LINE.search(line):
        return True
    words = line.split()
    return 0 < len(words) <= 7 and not line.endswith(("?", "!")) and not (
        line.endswith(".") and len(words) > 3)


def looks_like_name(text: str) -> bool:
    """A person's name as people sign: one to five capitalised words (particles, initials
    and hyphens allowed), no sentence."""
    words = text.strip().rstrip(",.").split()
    if not 1 <= len(words) <= 5:
        return False
    for word in words:
        bare = word.strip(".,")
        if bare.casefold() in PARTICLES:
            continue
        if not bare or not bare[0].isupper() or not all(
                ch.isalpha() or ch in "-'’." for ch in bare):
            return False
    return True


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


# --- words and sentences ---------------------------------------------------------------------

_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|Inc|Ltd|Co|vs|etc|e\.g|i\.e|"
                           r"a\.m|p\.m|approx|dept|No)\.$", re.IGNORECASE)
_END = re.compile(r"[.!?…]+[\"'’”)]*(?=\s+|$)")


def sentences(text: str) -> list[str]:
    """The sentences of a text, each on one line: split after . ! ? at a word's end (not
    after Mr., e.g. or a decimal point), and at paragraph breaks."""
    found = []
    for paragraph in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•·–]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})"
                              r"[.)])\s)", text, flags=re.IGNORECASE):
        flat = " ".join(_LIST_MARK.sub("", paragraph).split())
        start = 0
        for end in _END.finditer(flat):
            piece = flat[start:end.end()]
            quoted = end[0][-1] in "\"'’”)"
            if _ABBREVIATION.search(piece) or (quoted and flat[end.end():].lstrip()[:1].islower()):
                continue  # Mr. Lee; a question quoted inside a sentence: the "why?" emails
            if piece.strip():
                found.append(piece.strip())
            start = end.end()
        if flat[start:].strip():
            found.append(flat[start:].strip())
    return found


def words(text: str) -> list[str]:
    return WORD.findall(text)


def count_words(text: str) -> int:
    """Runs of letters or digits between spaces, as a body's words are counted."""
    return len(_WORDISH.findall(text))


def fold(word: str) -> str:
    """Lower case without accents: how two spellings of one name compare (Siobhán, Siobhan)."""
    if word.isascii():
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")
