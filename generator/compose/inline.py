"""CSS inlining behind one small interface: css-inline by default, premailer as the alternative.

Mail clients drop <style> blocks, so the pack's CSS is copied onto each element. Both inliners
fetch remote stylesheets by default; ours never reach the network. `@media` rules cannot be
inlined and are kept in a <style> block for clients that honour them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from ..errors import FollowupError


class Inliner(Protocol):
    name: str

    def inline(self, html: str) -> str: ...


class CssInline:
    """css-inline (Rust core): ~0.3 ms a draft."""

    name = "css-inline"

    def __init__(self) -> None:
        import css_inline

        self._inliner = css_inline.CSSInliner(
            load_remote_stylesheets=False,
            keep_at_rules=True,
        )

    def inline(self, html: str) -> str:
        return str(self._inliner.inline(html))


class Premailer:
    """premailer (pure Python, lxml and cssutils): ~30x slower, kept as a supported alternative."""

    name = "premailer"

    def __init__(self) -> None:
        try:
            import premailer
        except ImportError:
            raise FollowupError(
                "the premailer inliner is not installed; "
                "install it with: pip install 'followup[premailer]'"
            ) from None
        self._premailer = premailer.Premailer

    def inline(self, html: str) -> str:
        import logging

        result = self._premailer(
            # cssutils fetches @import targets itself, whatever allow_network says.
            _STYLE.sub(lambda m: m[1] + _IMPORT.sub("", m[2]) + m[3], html),
            allow_network=False,
            # premailer's default strips !important, also inside the @media rules it keeps,
            # which breaks mobile overrides.
            strip_important=False,
            keep_style_tags=False,
            remove_classes=False,
            disable_validation=True,
            # cssutils logs every property it does not know (-webkit-*) to stderr; we never print.
            cssutils_logging_level=logging.CRITICAL,
            cssutils_logging_handler=logging.NullHandler(),
        ).transform()
        return str(result)


_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.IGNORECASE | re.DOTALL)
_IMPORT = re.compile(r"@import\b[^;]*;?", re.IGNORECASE)

INLINERS: dict[str, Callable[[], Inliner]] = {"css-inline": CssInline, "premailer": Premailer}


def make_inliner(name: str) -> Inliner:
    try:
        factory = INLINERS[name]
    except KeyError:
        raise FollowupError(
            f"unknown inliner {name!r}; choose one of: {', '.join(INLINERS)}"
        ) from None
    return factory()
