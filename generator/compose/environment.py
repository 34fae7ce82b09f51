"""The one Jinja environment a pack's templates run in: the pack's templates and its parents'
(each reachable as "parent:template"), strict about undefined variables (a typo fails loudly
instead of leaving a gap), HTML autoescaped, the filters templates use, compiled templates kept
between runs, and a failure turned into a PackError naming the template and its line.

The environment is sandbox.py's: sandboxed, contained and bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from jinja2 import (
    ChoiceLoader,
    Environment,
    PrefixLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    select_autoescape,
)
from jinja2.exceptions import SecurityError

if TYPE_CHECKING:
    from jinja2 import FileSystemBytecodeCache

from ..errors import PackError
from .language import is_english, join_list, longdate, uncontracted, with_article
from .packs import Pack
from .sandbox import ContainedLoader, PackEnvironment, bounded_filter, bounded_value

# Re-exported: output/article.py builds the review page's environment on it.
from .sandbox import PlainGlobals as PlainGlobals

# What a broken or hostile template can raise while rendering; all become a PackError.
TEMPLATE_FAILURES = (TemplateError, ArithmeticError, TypeError, ValueError, LookupError,
                     RecursionError, MemoryError, SyntaxError)


def build_environment(pack: Pack) -> PackEnvironment:
    chain = pack.chain()
    # A parent's templates stay reachable as "name:template" so an override can extend the very
    # template it replaces; where names repeat, the parent's wins (that is what it extends).
    prefixed = {p.name: ContainedLoader([str(p.root)]) for p in chain}
    env = PackEnvironment(
        loader=ChoiceLoader([
            ContainedLoader([str(p.root) for p in chain]),
            PrefixLoader(prefixed, delimiter=":"),
        ]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2", "htm"),
                                     default_for_string=False, default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=compiled_cache("pack"),
    )
    env.filters.update(longdate=longdate(pack.language), spoken_day=spoken_day(pack.language),
                       join_and=join_list(pack.language), hardbreaks=hardbreaks,
                       article=with_article(pack.language), uncontracted=uncontracted,
                       unsaid=unsaid)
    env.filters = {name: bounded_filter(name, f) for name, f in env.filters.items()}
    del env.globals["lipsum"]  # makes text by the megabyte; no note needs placeholder Latin
    env.globals.update(_followup_loop=env._loop, _followup_value=bounded_value)
    return env


def compiled_cache(kind: str) -> FileSystemBytecodeCache | None:
    """Where compiled templates are kept between runs: compiling the built-in pack's
    templates is a third of an everyday run's time. Kept per version of this code (the
    sandbox rewrites what it compiles) and per kind of environment; none where the cache
    folder cannot be made."""
    from jinja2 import FileSystemBytecodeCache

    from ..cache import cache_dir, code_digest

    folder = cache_dir() / "templates" / f"{kind}-{code_digest()[:16]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


def from_string(env: Environment, source: str) -> Template:
    """`env.from_string(source)`, through the environment's bytecode cache (a pack's subject
    lines are templates too, compiled at every start otherwise)."""
    cache = env.bytecode_cache
    if cache is None:
        return env.from_string(source)
    bucket = cache.get_bucket(env, f"string:{source}", None, source)
    if bucket.code is None:
        bucket.code = env.compile(source)
        cache.set_bucket(bucket)
    return env.template_class.from_code(env, bucket.code, env.make_globals(None), None)


# How each language says "today", "yesterday" and "on <date>"; others get just the date.
_SPOKEN = {
    "en": ("today", "yesterday", "on {}"),
    "es": ("hoy", "ayer", "el {}"),
    "de": ("heute", "gestern", "am {}"),
    "fr": ("aujourd'hui", "hier", "le {}"),
}


def spoken_day(language: str) -> Callable[[date, date], str]:
    """How you would say the day in a note written `today`: today, yesterday, on Friday
    within the week, on November 6 beyond it. Nobody writes the date of a meeting held
    this week ("on Friday, November 6")."""
    words = _SPOKEN.get(language.lower().split("-")[0], ("", "", "{}"))
    written = longdate(language)

    def spoken(day: date, today: date) -> str:
        days = (today - day).days
        if days == 0 and words[0]:
            return words[0]
        if days == 1 and words[1]:
            return words[1]
        if 1 < abs(days) < 7:
            weekday = written(day, True)
            return words[2].format(re.split(r",\s*", weekday)[0] if is_english(language)
                                   else weekday.split()[0].rstrip(","))
        if 7 <= days <= 9 and is_english(language):
            # "last Tuesday", as people say a day of the week before (blind round 21 read "on
            # November 24" as the program's)
            return "last " + re.split(r",\s*", written(day, True))[0]
        return words[2].format(written(day, False))
    return spoken


def hardbreaks(text: str) -> str:
    """Keep the user's line breaks in Markdown (a signature block is several lines)."""
    return "  \n".join(line.rstrip() for line in str(text).strip().splitlines())


def unsaid(wordings: Sequence[str], k: int, said: str) -> str:
    """The first of `wordings`, from the k-th round, whose first three words the note has not
    already said ("It was good to hear …" then "It was good to realize …" reads as a form);
    a "Thank you …" may come twice, as people write it. The k-th where every one is said."""
    for step in range(len(wordings)):
        wording = str(wordings[(k + step) % len(wordings)])
        if wording.startswith("Thank you") or " ".join(wording.split()[:3]) not in said:
            return wording
    return str(wordings[k % len(wordings)])


def template_error(exc: Exception, pack: Pack, label: str | None = None,
                   file: Path | None = None) -> PackError:
    """A PackError naming the template file and line of a Jinja failure."""
    if isinstance(exc, TemplateSyntaxError):
        where = Path(exc.filename) if exc.filename else file
        return PackError(f"template syntax error: {exc.message}", file=where,
                         line=exc.lineno if where else None, field=None if where else label)
    if isinstance(exc, TemplateNotFound):
        searched = ", ".join(str(p.root) for p in pack.chain())
        return PackError(f"template {exc.name!r} not found (searched {searched})", file=file,
                         field=label)
    if isinstance(exc, SyntaxError):  # Python's compiler on a template nested too deeply
        return PackError("the template nests too deeply to compile", file=file, field=label)
    where, line = _template_frame(exc.__traceback__)
    message = exc.message if isinstance(exc, TemplateError) and exc.message else str(exc)
    if isinstance(exc, SecurityError):
        message = f"the sandbox refused this: {message}"
    elif not isinstance(exc, TemplateError):
        message = f"{type(exc).__name__}: {message}"
    if where is None:
        return PackError(message, file=file, field=label)
    return PackError(message, file=where, line=line)


def _template_frame(tb: TracebackType | None) -> tuple[Path | None, int | None]:
    found: tuple[Path | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if _TEMPLATE_FILE.search(filename):
            found = (Path(filename), tb.tb_lineno)
        tb = tb.tb_next
    return found


_TEMPLATE_FILE = re.compile(r"\.(j2|jinja|jinja2|html|md|txt)$")
