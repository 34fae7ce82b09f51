"""The end of a mail: where the body stops and the sign-off ("Best regards,", "Merci et bonne
journée,"), the signature under it (name, title, phone, links) and what a phone or a mail
client adds ("Sent from my iPhone") begin, and the name the note is signed with.
"""

from __future__ import annotations

import re
from functools import cache

# A sign-off line as people write it ("Best regards,", "Thanks again,", "Un saludo"), with the
# sender's name after it on the same line or not.
_CLOSINGS = (
    "best", "best regards", "kind regards", "kindest regards", "warm regards", "warmest regards",
    "warm wishes", "best wishes", "many thanks", "with thanks", "with gratitude",
    "with appreciation", "with best regards", "with kind regards", "regards", "sincerely",
    "yours sincerely", "yours truly", "yours faithfully", "sincerely yours", "yours",
    "respectfully", "cordially", "gratefully", "warmly", "cheers", "all the best", "take care",
    "yours obediently", "yours respectfully", "yours gratefully", "yours cordially",
    "respectfully yours", "thanking you", "thanking you in advance", "with respect",
    "talk soon", "thanks", "thanks again", "thanks so much", "thanks very much", "thanks a lot",
    "thank you", "thank you again", "thank you so much", "thank you very much",
    "thank you kindly", "saludos", "un saludo", "saludos cordiales", "un cordial saludo",
    "atentamente", "un abrazo", "gracias", "gracias de nuevo",
    # and the closings of a note to someone of another language ("Merci et bonne journée,")
    "merci", "merci beaucoup", "cordialement", "bien cordialement", "bien à vous", "amitiés",
    "à bientôt", "bonne journée", "danke", "vielen dank", "mit freundlichen grüßen",
    "viele grüße", "beste grüße", "liebe grüße", "obrigado", "obrigada", "atenciosamente",
    "abraços", "grazie", "grazie mille", "cordiali saluti", "distinti saluti",
    "met vriendelijke groet", "groeten",
)
_SIGN_OFF = re.compile(
    r"^\s*(?:" + "|".join(sorted(_CLOSINGS, key=len, reverse=True)) + r")"
    r"(?:\s*[,.!–—-]?\s+(?P<name>[^\W\d_][\w.'’ -]{0,60}?))?"
    # a phone or an address after the name, set off by bars: "Thanks, Jo Park | 555-0139"
    r"(?:\s+[|•·]\s+[\w+@().:/ -]{2,60}?)*\s*[,.!]?\s*$", re.IGNORECASE)
# A longer closing line that still only closes: "With warm regards and sincere thanks,".
_CLOSING_WORDS = re.compile(r"\b(?:regards|wishes|thanks|sincerely|gratitude|saludos)\b",
                            re.IGNORECASE)
# A letter's closing formula, of nine words or more above the name (holdout12's): "With kind
# regards and wishes of a nice day,", "Please accept, Madam, the expression of my
# distinguished greetings,".
_FORMULA = cache(lambda: re.compile(r"\b(?:regards|wishes|thanks|greetings|salutations|"
                                    r"consideration|respects|esteem)\b", re.IGNORECASE))
LONGEST_FORMULA = 12  # words
# Such a formula may end in a full stop where it opens as one (holdout14's "Please accept,
# Madame, my respectful greetings." above the name).
_FORMULA_OPENS = cache(lambda: re.compile(r"(?:(?:please|kindly) )?(?:accept|receive)\b|"
                                          r"i remain\b", re.IGNORECASE))
# A closing said in a sentence of its own, as the last line above the name: "Looking forward
# to hearing from you soon," "Thank you for your help,".
_CLOSING_PHRASE = re.compile(r"\b(?:regards|wishes|thanks|thank you|sincerely|gratitude|"
                             r"saludos|looking forward|look forward|hope to hear|cheers|best|"
                             r"warmly|respectfully|appreciat\w*|grateful|merci|danke|gracias|"
                             r"grazie|obrigad[oa]|have a (?:good|great|nice|lovely) (?:day|"
                             r"week|weekend))\b", re.IGNORECASE)
_THANKS_LINE = cache(lambda: re.compile(
    r"(?:thank you|thanks|many thanks)(?: \w+){0,2} for your (?:kind )?(?:time|attention|"
    r"consideration|help|interest|patience)\.$", re.IGNORECASE))
# What a phone or a mail client adds under a note: "Sent from my iPhone", "Get Outlook for iOS".
FOOTER = re.compile(
    r"^\s*(?:sent (?:from|via|with|using) \S.{0,60}|get outlook for \S.{0,30}|"
    r"enviado desde \S.{0,40}|envoyé de(?:puis)? \S.{0,40}|(?:please )?(?:excuse|pardon|forgive) "
    r"(?:any |my )?(?:typos|brevity|the brevity|errors|spelling|autocorrect).{0,40}|typed on "
    r"(?:a|my) (?:phone|mobile|iphone|tablet).{0,40})$", re.IGNORECASE)
_CONTACT_LINE = re.compile(
    r"^[\s(+]*\d[\d\s().+-]{5,}$|\S+@\S+\.\w+|(?:https?://|www\.)\S+|"
    r"\b[\w-]+\.(?:com|org|net|io|dev|me|co|ai|edu)(?:/\S*)?\b", re.IGNORECASE)
PARTICLES = frozenset(("de", "del", "la", "le", "van", "von", "der", "den", "da", "dos", "du",
                       "bin", "ibn", "al", "el", "ní", "ni", "mac", "y", "e", "di", "ter"))
# Words a note's first sentence starts with, never a name: "Hi thanks for …".
NOT_NAMES = frozenset(("thank", "thanks", "thx", "i", "i'm", "just", "hope", "it", "was", "we",
                       "this", "again", "and", "so", "following", "checking", "quick", "great",
                       "there", "all", "team", "everyone"))


def signed_name(sign_off: str | None, signature: tuple[str, ...]) -> str | None:
    """The name a note is signed with, on its sign-off line or first under it, if any."""
    if sign_off:
        named = _SIGN_OFF.match(sign_off)
        if named and named["name"] and looks_like_name(named["name"]):
            return named["name"].strip(" ,.")
        after = sign_off.rsplit(",", 1)[-1].strip()  # "Thanks for your help, Bjørn"
        if "," in sign_off and after and looks_like_name(after):
            return after
    for line in signature[:1]:
        name = line.strip().lstrip("-–— ").strip()
        if looks_like_name(name):
            return name
    return None


# A sign-off and a name after the last sentence, on its line: "Any news? Thanks, Jo".
_TRAILING_CLOSE = re.compile(r"^(?P<body>.*?[.!?])\s+(?P<close>(?:" + "|".join(
    sorted(_CLOSINGS, key=len, reverse=True)) + r"),?\s+(?P<name>[^\W\d_][\w.'’ -]{0,40}?)"
    r"[.!]?)\s*$", re.IGNORECASE)


_TRAILING_NAME = re.compile(r"^(?P<body>.*[.!?])\s+(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_]"
                            r"[\w'’-]*){0,2})\s*$")


def closing_on_the_last_line(lines: list[str]) -> list[str]:
    """A one-line note's sign-off and name, put on lines of their own."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return lines
    last = content[-1]
    split = _TRAILING_CLOSE.match(lines[last].strip())
    bare = _TRAILING_NAME.match(lines[last].strip()) if len(content) == 1 else None
    if not split and bare and looks_like_name(bare["name"]) and not _SIGN_OFF.match(
            bare["name"]) and bare["name"].casefold() not in NOT_NAMES:
        # A one-line note that ends with the name alone: "Thanks for today. Kelsey".
        return [*lines[:last], bare["body"], bare["name"], *lines[last + 1:]]
    if not split or not looks_like_name(split["name"]) or len(split["name"].split()) > 3:
        return lines
    close = split["close"][:split.start("name") - split.start("close")].strip()
    return [*lines[:last], split["body"], "", close, split["name"].strip(" .!"),
            *lines[last + 1:]]


def closing(lines: list[str]) -> tuple[int, str | None, list[str]]:
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
            signature_line(row) for row in under)
        closing = (named and (not named["name"] or looks_like_name(named["name"]))) or (
            len(words) <= 8 and line.endswith(",") and _CLOSING_WORDS.search(line)) or (
            # "Thank you for your help," or "Looking forward to hearing from you," above a name
            len(words) <= 8 and line.endswith(",") and signed and _CLOSING_PHRASE.search(line)) or (
            # in any language: a short line to itself, ending in a comma, above the name
            len(words) <= 5 and line.endswith(",") and signed and starts_paragraph) or (
            # thanks for their attention in a line of its own, its full stop right above the
            # name (holdout15's "Thank you very much for your attention.\nValentina Rojas")
            len(words) <= 8 and line.endswith(".") and signed and starts_paragraph
            and bool(lines[index + 1].strip()) and bool(_THANKS_LINE().match(line)))
        if not closing and not under and len(words) <= 12 and not line.endswith(
                (".", "!", "?")):
            # The sign-off and the name on one line: "Thank you for your help, Bjørn Haugen".
            parts = line.rsplit(",", 1)
            if len(parts) == 2 and len(parts[0].split()) <= 7 and _CLOSING_PHRASE.search(
                    parts[0]) and len(parts[1].split()) >= 2 and looks_like_name(parts[1]):
                closing = True
        formula = (signed and (line.endswith(",") or (
            line.endswith(".") and bool(_FORMULA_OPENS().match(line))))
            and len(words) <= LONGEST_FORMULA and bool(_FORMULA().search(line)))
        closing = closing or formula
        # A closing with nothing above it is the body itself ("Thanks." and no more).
        if closing and starts_paragraph and (len(words) <= 8 or formula) and (
                index > content[0]):
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
            signature_line(row) for row in block):
        return block_start, None, block
    # A name on the line right under the last sentence.
    last = lines[content[-1]].strip().lstrip("-–— ").strip()
    above = lines[content[-1] - 1].strip() if content[-1] else ""
    if len(content) > 1 and looks_like_name(last) and above.endswith((".", "!", "?")):
        return content[-1], None, [last]
    return len(lines), None, []


def signature_line(line: str) -> bool:
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

