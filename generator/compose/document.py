"""The last step of every draft's HTML: the whole document, made safe for email.

A pack's layout and CSS are somebody else's code, so the document they produce is untrusted
as a whole, not only the Markdown part. It is rebuilt on an allow-list fit for a personal
email, with nh3 (Rust's ammonia) doing the parsing and the cleaning of the body:
- text, links, lists, quotes, tables, inline styles and classes stay; http, https, mailto and
  tel links only; images only when embedded (`data:image/…`), never fetched from a server;
- scripts, frames, forms, event attributes, `<link>`, `<base>` and any other tag or
  attribute not listed are removed (a script's or style's content with it);
- CSS, in a `<style>` block or a `style` attribute, loses `@import`, every `url()` that is not
  an embedded image, `image-set()`, `expression()` and bindings: nothing in a draft loads
  anything from the network when it is opened.
The head is written by us from what the layout gave: its language, title, viewport and
(cleaned) style blocks. What was removed is returned, so `packs check` can name it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape, unescape
from typing import Any

from .markup import URL_SCHEMES  # the links a draft may hold: one declaration for both

# What a personal email can hold. Tables, centring and the old presentational attributes
# are how layouts for mail clients are written.
TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "col", "colgroup",
    "del", "div", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
    "li", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
_EVERYWHERE = {"style", "class", "lang", "dir", "title", "align", "valign", "width", "height",
               "bgcolor"}
ATTRIBUTES = {
    "*": _EVERYWHERE,
    "a": {"href"},
    "img": {"src", "alt", "border"},
    "table": {"border", "cellpadding", "cellspacing", "role"},
    "td": {"colspan", "rowspan", "nowrap"},
    "th": {"colspan", "rowspan", "nowrap", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "font": {"color", "face", "size"},
    "ol": {"start", "type"},
}
# Elements removed with everything inside them, not only their tags.
_DROPPED_WHOLE = {"script", "style", "title", "textarea", "noscript", "iframe", "object",
                  "template", "svg", "math", "select", "noembed", "noframes", "xmp"}

_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.DOTALL)
_IMPORT = re.compile(r"@import\b[^;]*;?", re.IGNORECASE)
# A declaration that loads or runs something: a url() that is not an embedded image, and the
# other ways CSS has to fetch (image-set, @import) or to run code (old IE's expression and
# behavior, Firefox's binding).
_LOADS = re.compile(r"\burl\(\s*['\"]?(?!data:image/(png|gif|jpe?g|webp)[;,])|"
                    r"\b(image-set|-webkit-image-set|image|src|cross-fade|element|expression)\s*\(|"
                    r"-moz-binding|\bbehavior\s*:|javascript:|@import", re.IGNORECASE)
_SUSPECT = re.compile(r"url|\\|@import|expression|behavior|binding|image|src|cross-fade|"
                      r"element|javascript|<|/\*", re.IGNORECASE)
_DECLARATION = re.compile(r"(?:[^;{}(]|\([^)]*\)?)*")  # a ';' inside url(…) is not an end
_EMBEDDED = re.compile(r"data:image/(png|gif|jpe?g|webp);", re.IGNORECASE)
_SOURCELESS_IMAGE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_LANG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_VIEWPORT = re.compile(r"[\w\s=.,-]{1,100}")


def _unescape_css(css: str) -> str:
    """CSS with its backslash escapes decoded, so `u\\72l(` is seen as the `url(` it is."""
    def one(match: re.Match[str]) -> str:
        if match[1]:
            code = int(match[1], 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
        return "" if match[2] == "\n" else match[2]
    return _ESCAPE.sub(one, css)


def clean_css(css: str, removed: list[str]) -> str:
    """A style sheet (or a `style` attribute's declarations) that loads and runs nothing:
    each declaration that would is left out, and added to `removed`."""
    if _SUSPECT.search(css) is None:  # nearly always: a plain declaration list, unchanged
        return css
    css = _COMMENT.sub("", _unescape_css(css))

    def imported(match: re.Match[str]) -> str:
        removed.append(f"{_short(match[0])} in the CSS")
        return ""

    def declaration(match: re.Match[str]) -> str:
        if _LOADS.search(match[0]) is None:
            return match[0]
        removed.append(f"{_short(match[0])} in the CSS")
        return ""

    css = _DECLARATION.sub(declaration, _IMPORT.sub(imported, css))
    if "<" in css:  # only ever there to close the <style> element early
        removed.append("'<' in the CSS")
        css = css.replace("<", "")
    return re.sub(r";{2,}", ";", css).lstrip("; \n")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def _link_allowed(tag: str, name: str, value: str) -> bool:
    target = re.sub(r"[\x00-\x20]", "", value).lower()
    if tag == "img" and name == "src":
        return bool(_EMBEDDED.match(target))
    scheme = target.partition(":")[0] if ":" in target.split("/")[0] else ""
    return scheme in URL_SCHEMES


def _keep(tag: str, name: str, value: str) -> str | None:
    """nh3's attribute filter: links and images by their scheme, styles by clean_css (what
    it removes is reported by _removed_from, which sees every attribute first)."""
    if name in ("href", "src"):
        return value if _link_allowed(tag, name, value) else None
    if name == "style":
        return clean_css(value, [])
    return value


@lru_cache(maxsize=1)
def _cleaner() -> Any:
    """One nh3 Cleaner, built once: building it is a third of a clean."""
    import nh3

    return nh3.Cleaner(tags=set(TAGS), clean_content_tags=_DROPPED_WHOLE, attributes=ATTRIBUTES,
                       attribute_filter=_keep, url_schemes={*URL_SCHEMES, "data"},
                       url_relative="deny", link_rel="noopener noreferrer",
                       strip_comments=True)


# The document is sorted into head and body with regular expressions: nh3 parses the body
# again and does all of the cleaning, so sorting need not be a parser (html.parser cost twice
# what nh3 does). A sort that goes wrong can only lose text, never let anything through.
_COMMENTS = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_WHOLE = re.compile(r"<(" + "|".join(sorted(_DROPPED_WHOLE)) + r")\b([^>]*)>(.*?)(?:</\1\s*>|$)",
                    re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")
_BODY = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_HEAD = re.compile(r"^.*?</head\s*>", re.IGNORECASE | re.DOTALL)


def _attributes(text: str) -> list[tuple[str, str]]:
    return [(m[1].lower(), unescape(m[2] or m[3] or m[4] or ""))
            for m in _ATTRIBUTE.finditer(text)]


class _Document:
    """A document sorted into what goes into our head (language, title, viewport, style
    blocks) and the HTML of its body, noting every tag and attribute the allow-list removes."""

    def __init__(self, html: str, removed: list[str]) -> None:
        self.removed = removed
        self.lang = ""
        self.title = ""
        self.viewport = ""
        self.styles: list[str] = []
        self.body_attributes: list[tuple[str, str]] = []
        html = _WHOLE.sub(self._whole, _COMMENTS.sub("", html))
        for match in _TAG.finditer(html):
            self._tag(match[2].lower(), match[1] == "/", match[3])
        body = _BODY.search(html)
        if body is not None:
            end = html.lower().rfind("</body", body.end())
            text = html[body.end():end if end >= 0 else len(html)]
        else:
            text = _HEAD.sub("", html)
        self.body = text  # tags of the head left in it are not on the allow-list: nh3 drops them

    def _whole(self, match: re.Match[str]) -> str:
        tag = match[1].lower()
        if tag == "style":
            self.styles.append(match[3])
        elif tag == "title":
            self.title = self.title or unescape(match[3])
        else:
            self.removed.append(f"<{tag}> and its content")
        return ""

    def _tag(self, tag: str, end: bool, attributes: str) -> None:
        if end:
            return
        if tag in TAGS:
            self.removed.extend(_removed_from(tag, attributes))
            return
        values = _attributes(attributes)
        if tag == "html":
            self.lang = next((v for n, v in values if n == "lang" and _LANG.fullmatch(v)), "")
        elif tag == "body":
            self.body_attributes = self._allowed("body", values)
        elif tag == "meta":
            named = dict(values)
            if named.get("name", "").lower() == "viewport":
                self.viewport = named.get("content", "")
            elif "charset" not in named:
                self.removed.append(f"<meta {_short(attributes.strip())}>")
        elif tag != "head":
            self.removed.append(f"<{tag}>")

    def _allowed(self, tag: str, values: list[tuple[str, str]]) -> list[tuple[str, str]]:
        allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(tag, set())
        self.removed.extend(_removed_from(tag, " ".join(f'{n}="{escape(v)}"' for n, v in values)))
        return [(name, value) for name, value in values if name in allowed]


@lru_cache(maxsize=512)  # a draft repeats its few kinds of tag; a batch, all of them
def _removed_from(tag: str, attributes: str) -> tuple[str, ...]:
    """What the allow-list takes from one tag's attributes, described for `packs check`."""
    allowed = ATTRIBUTES["*"] | ATTRIBUTES.get(tag, set())
    removed: list[str] = []
    for name, value in _attributes(attributes):
        if name in ("href", "src") and name in allowed:
            if not _link_allowed(tag, name, value):
                # without its query, which differs per recipient: one report for all
                where = value.split("?")[0] + ("?…" if "?" in value else "")
                removed.append(f"{name}={_short(where)!r} on <{tag}>")
        elif name == "style":
            clean_css(value, removed)
        elif name not in allowed and name != "rel":  # nh3 writes its own rel on every link
            removed.append(f"{name}={_short(value)!r} on <{tag}>" if name.startswith("on")
                           else f"the {name} attribute on <{tag}>")
    return tuple(removed)


def sanitise_document(html: str) -> tuple[str, tuple[str, ...]]:
    """The document rebuilt on the allow-list, and what was removed from it (in order,
    each once)."""
    removed: list[str] = []
    splitter = _Document(html, removed)
    body = _cleaner().clean(splitter.body)
    body = _SOURCELESS_IMAGE.sub("", body)  # an image whose remote source was removed
    body_attributes = "".join(
        f' {name}="{escape(kept)}"' for name, value in splitter.body_attributes
        if (kept := _keep("body", name, value)) is not None)
    css = clean_css("".join(splitter.styles), removed).strip()
    head = ['<meta charset="utf-8">']
    if _VIEWPORT.fullmatch(splitter.viewport):
        head.append(f'<meta name="viewport" content="{escape(splitter.viewport)}">')
    head.append(f"<title>{escape(splitter.title.strip())}</title>")
    if css:
        head.append(f"<style>\n{css}\n</style>")
    lang = f' lang="{splitter.lang}"' if splitter.lang else ""
    document = (f"<!DOCTYPE html>\n<html{lang}>\n<head>\n" + "\n".join(head) + "\n</head>\n"
                f"<body{body_attributes}>{body}</body>\n</html>\n")
    return document, tuple(dict.fromkeys(removed))
