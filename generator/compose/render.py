"""(pack, draft spec) -> Draft: the subject, the HTML part and the text part of one email.

One Markdown source per kind makes both parts: the pack's template writes Markdown, which is
turned into a sanitised HTML fragment; the pack's layout wraps that fragment and the pack's CSS
is inlined onto it, and the whole document is sanitised again (document.py); the same fragment
becomes the wrapped plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Template
from markupsafe import Markup

from ..errors import PackError
from ..input.characters import invisible
from ..input.models import Application
from .context import application_context, draft_context
from .document import sanitise_document
from .environment import TEMPLATE_FAILURES, build_environment, from_string, template_error
from .inline import Inliner
from .markup import MarkdownRenderer, html_to_text
from .packs import MANIFEST, Pack
from .recipients import DraftSpec
from .sandbox import Limits, data_size, render_bounded

MAX_SUBJECT = 150


def _path(filename: str | None) -> Path | None:
    return Path(filename) if filename else None


# Where a phrase ends with its own mark and the template adds one: "the U.S..", "etc..",
# "…work sample?." A sentence ends once. (An ellipsis of three dots stays.)
_DOUBLED_END = re.compile(r"(?<=[A-Za-z]\.)\.(?!\.)|(?<=[?!])\.(?=\s|$)|(?<=\.)\.(?=[,;])")


def tidy(body: str) -> str:
    """The rendered Markdown with a sentence's end written once."""
    return _DOUBLED_END.sub("", body)


@dataclass(frozen=True)
class Draft:
    application: str
    kind: str
    variant: str
    audience: str
    recipient_name: str
    recipient_email: str | None
    slug: str  # the recipient's file name: OUT/<application>/<kind>/<slug>.*
    subject: str
    html: str
    text: str
    removed: tuple[str, ...] = ()  # what the sanitiser took out of the pack's HTML


class Renderer:
    """Renders drafts with one pack; compiled templates and the Markdown parser are reused."""

    def __init__(self, pack: Pack, inliner: Inliner | None = None) -> None:
        self.pack = pack
        self.inliner = inliner
        self.env = build_environment(pack)
        self.markdown = MarkdownRenderer()
        self._templates: dict[tuple[str, str], Template] = {}
        self._subjects: dict[str, Template] = {}
        self._layout: Template | None = None
        self._css: str | None = None
        self._shared: tuple[Application, date, dict[str, Any]] | None = None
        self._data = 0  # characters of the application's data: the sandbox's limits grow with it

    def render(self, spec: DraftSpec, today: date) -> Draft:
        assert self.inliner is not None, "a Renderer made without an inliner renders subjects only"
        context = self._context(spec, today)
        template = self._template(spec.kind, spec.recipient.audience)
        try:
            body = tidy(render_bounded(template, context, Limits.for_data(self._data)))
        except TEMPLATE_FAILURES as exc:
            raise template_error(exc, self.pack, file=_path(template.filename)) from None
        subject = self.subject(spec, today, context)
        try:
            fragment = self.markdown(body)
        except (RecursionError, MemoryError) as exc:
            raise PackError(f"the template's Markdown is too deeply nested ({type(exc).__name__})",
                            file=template.filename) from None
        # The pack's layout and CSS are untrusted too: the whole document is cleaned last.
        html, removed = sanitise_document(self.inliner.inline(self._page(fragment, subject,
                                                                          context)))
        return Draft(
            application=spec.application.name,
            kind=spec.kind,
            variant=spec.variant,
            audience=spec.recipient.audience,
            recipient_name=spec.recipient.name,
            recipient_email=spec.recipient.email,
            slug=spec.recipient.slug,
            subject=subject,
            html=html,
            text=html_to_text(fragment),
            removed=removed,
        )

    def subject(self, spec: DraftSpec, today: date,
                context: dict[str, Any] | None = None) -> str:
        if spec.reply_subject:
            # Their message's subject, as a mail client answers it.
            subject = re.sub(r"\s+", " ", spec.reply_subject).strip()
            subject = subject if re.match(r"(?i)re:", subject) else f"Re: {subject}"
            return subject[: MAX_SUBJECT - 1] + "…" if len(subject) > MAX_SUBJECT else subject
        if spec.replies_to:
            # A reply keeps the thread's first subject, as mail clients do.
            kind, variant = spec.replies_to[0]
            person = spec.recipient
            if person.interviewer is not None:  # their thank-you spoke to them as interviewer
                person = replace(person, audience="interviewer")
            root = replace(spec, kind=kind, variant=variant, replies_to=(), recipient=person)
            return "Re: " + self._subject(kind, self._context(root, today))
        return self._subject(spec.kind, context or self._context(spec, today))

    def _context(self, spec: DraftSpec, today: date) -> dict[str, Any]:
        return draft_context(self._shared_context(spec.application, today), spec,
                             self.pack.name, self.pack.language)

    def _source_of(self, names: list[str]) -> Path | None:
        for pack in self.pack.chain():
            for name in names:
                if (pack.root / name).is_file():
                    return pack.root / name
        return None

    def _shared_context(self, application: Application, today: date) -> dict[str, Any]:
        # Drafts of one application come together; build what they share once.
        if self._shared is None or self._shared[0] is not application or self._shared[1] != today:
            self._shared = (application, today, application_context(application, today,
                                                                    self.pack.language))
            self._data = data_size(self._shared[2])
        return self._shared[2]

    def _template(self, kind: str, audience: str) -> Template:
        key = (kind, audience)
        if key not in self._templates:
            names = [f"{kind}.{audience}.md.j2", f"{kind}.md.j2"]
            try:
                self._templates[key] = self.env.select_template(names)
            except TEMPLATE_FAILURES as exc:
                raise template_error(exc, self.pack, file=self._source_of(names)) from None
        return self._templates[key]

    def _subject(self, kind: str, context: dict[str, Any]) -> str:
        label = f"kinds.{kind}.subject"
        manifest = self.pack.root / MANIFEST
        try:
            if kind not in self._subjects:
                self._subjects[kind] = from_string(self.env, self.pack.kinds[kind].subject)
            subject = render_bounded(self._subjects[kind], context, Limits.for_data(self._data))
        except TEMPLATE_FAILURES as exc:
            raise template_error(exc, self.pack, label, manifest) from None
        # A subject is one header line: no newlines, no runs of spaces, a sane length.
        subject = re.sub(r"\s+", " ", subject).strip()
        if not subject:
            raise PackError("the subject came out empty", file=manifest, field=label)
        # The names in it were checked as they were read; what the template itself writes
        # ("\u202e" in a string) is checked here, as a header line.
        hidden = invisible(subject)
        if hidden is not None:
            raise PackError(f"the subject holds an invisible character (U+{ord(hidden):04X})",
                            file=manifest, field=label)
        if len(subject) > MAX_SUBJECT:
            subject = subject[: MAX_SUBJECT - 1].rstrip() + "…"
        return subject

    def _page(self, fragment: str, subject: str, context: dict[str, Any]) -> str:
        try:
            if self._layout is None:
                self._layout = self.env.get_template(self.pack.layout)
                self._css = self.env.loader.get_source(self.env, self.pack.css)[0]  # type: ignore[union-attr]
            return render_bounded(self._layout, {
                **context,
                "body": Markup(fragment),  # sanitised in MarkdownRenderer
                "subject": subject,
                "css": Markup(self._css or ""),
                "lang": self.pack.language,
            }, Limits.for_data(self._data + len(fragment) + len(self._css or "")))
        except TEMPLATE_FAILURES as exc:
            raise template_error(exc, self.pack) from None
