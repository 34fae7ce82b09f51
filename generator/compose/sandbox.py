"""The sandbox a pack's templates run in, and the bounds on their work.

Packs are shared between people, so a pack is untrusted input:
- templates render in Jinja's immutable sandbox (no `__class__` walks, no mutating calls);
- a template can only load files that resolve inside its pack, even through symlinks;
- work is bounded by size, not by clocks: huge repetitions, powers, numbers passed to calls and
  filters, and wide format fields are refused before they are computed, every loop draws on one
  budget per render, and a template's output is capped. The limits grow with the data a
  template is given (Limits.for_data), never with what the pack asks for.
environment.py builds the environment from these parts, with the pack's filters.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import wraps
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template, TemplateNotFound, nodes
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .packs import MAX_TEMPLATE_BYTES

MAX_OUTPUT = 20_000  # characters a template may produce; a note is a few hundred words
MAX_SEQUENCE = 10_000  # longest string or list a template may build with *
MAX_EXPONENT = 64
MAX_BITS = 256  # largest whole number a template may build with * or ** (about 77 digits)
MAX_NUMBER = 1_000  # largest number a template may pass to a call or filter
MAX_VALUE = 20_000  # longest string or list a call, filter or ~ may build
MAX_ITERATIONS = 20_000  # loop turns in one render, all loops together
MAX_WIDTH = 200  # widest field a format string may ask for


class ContainedLoader(FileSystemLoader):
    """A FileSystemLoader that refuses files resolving outside its folders (symlinks included)
    and files too large to be a template, both before reading them."""

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for root in self.searchpath:
            filename = os.path.join(root, *pieces)
            if not os.path.isfile(filename):
                continue
            real = os.path.realpath(filename)
            if not real.startswith(os.path.realpath(root) + os.sep):
                raise SecurityError(f"template {template!r} resolves outside its pack")
            if os.path.getsize(real) > MAX_TEMPLATE_BYTES:
                raise SecurityError(f"template {template!r} is larger than "
                                    f"{MAX_TEMPLATE_BYTES // 1024} KiB")
            return super().get_source(environment, template)
        raise TemplateNotFound(template)


class PlainGlobals(Environment):
    """An environment whose templates keep their globals as a plain dict. Jinja chains them
    over the environment's, and copies that chain in Python at every render: a tenth of the
    time a draft takes to render. Ours are set before any template is loaded and never change,
    so a plain dict says the same."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


class PackEnvironment(PlainGlobals, ImmutableSandboxedEnvironment):
    """The sandbox, plus limits on work: every loop draws on one budget of iterations per
    render, and no call, filter or `~` may build a value longer than MAX_VALUE. Loops and
    concatenations are wrapped while the template is parsed, so no template escapes them."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name("_followup_loop", "load"), [loop.iter], [],
                                   None, None, lineno=loop.lineno)
        for concat in list(tree.find_all(nodes.Concat)):
            concat.nodes = [nodes.Call(nodes.Name("_followup_value", "load"),
                                       [nodes.Concat(concat.nodes)], [], None, None,
                                       lineno=concat.lineno)]
        return tree

    def _loop(self, iterable: Any) -> Iterator[Any]:
        for item in iterable:
            turns = _LOOP_TURNS.get() + 1  # a LookupError outside render_bounded
            _LOOP_TURNS.set(turns)
            if turns > (most := _LIMITS.get(FIXED).iterations):
                raise SecurityError(f"the template's loops ran more than {most} times")
            yield item

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponent {right} is too large for a template")
        # Each product stays under the cap on numbers passed to calls, yet a chain of them
        # squares its way to millions of digits: the size of the result is what is bounded.
        if operator in ("*", "**") and isinstance(left, int) and isinstance(right, int) and (
                (left.bit_length() + right.bit_length() if operator == "*"
                 else left.bit_length() * max(right, 0)) > MAX_BITS):
            raise SecurityError("that multiplication builds too large a number for a template")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (isinstance(seq, str | list | tuple) and isinstance(count, int)
                        and len(seq) * count > MAX_SEQUENCE):
                    raise SecurityError("that repetition builds too long a value for a template")
        if operator == "%" and isinstance(left, str):
            _check_printf(left)
        if (operator == "+" and isinstance(left, str | list | tuple)
                and isinstance(right, str | list | tuple)
                and len(left) + len(right) > (most := _LIMITS.get(FIXED).value)):
            raise SecurityError(f"the template built a value longer than {most}")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # Whatever a call returns is bounded like a filter's result; the calls whose result
        # grows with the product of their inputs (join, replace) are measured beforehand, so
        # the value is never built.
        _check_numbers(args, kwargs)
        args = _check_growth(__obj, args)
        return bounded_value(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__)
        return wrapped


def bounded_value(value: Any) -> Any:
    most = _LIMITS.get(FIXED).value
    if isinstance(value, str | list | tuple | dict) and len(value) > most:
        raise SecurityError(f"the template built a value longer than {most}")
    return value


def _check_growth(function: Any, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Refuse a str.join or str.replace whose result would pass MAX_VALUE, before it is made
    (`s.join([s] * 10000)` is 10,000 small values and 100 million characters)."""
    owner, name = getattr(function, "__self__", None), getattr(function, "__name__", "")
    if not isinstance(owner, str) or not args:
        return args
    most = _LIMITS.get(FIXED).value
    if name == "join":
        items: list[Any] = []
        size = 0
        for item in args[0]:  # taken one by one: a generator's items are measured as made
            size += (len(owner) if items else 0) + (len(item) if isinstance(item, str) else 0)
            items.append(item)
            if size > most or len(items) > most:
                raise SecurityError(f"that join builds a value longer than {most}")
        return (items, *args[1:])
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        _check_replace(args)
        new = args[1] if isinstance(args[1], str) else ""
        if len(owner) + owner.count(args[0]) * max(len(new) - len(args[0]), 0) > most:
            raise SecurityError(f"that replace builds a value longer than {most}")
    return args


def _check_replace(args: tuple[Any, ...]) -> None:
    # Replacing '' inserts between every character: the one replace that multiplies.
    if args and args[0] == "":
        raise SecurityError("replacing an empty string is refused in a template")


def _check_numbers(args: Iterable[Any], kwargs: Mapping[str, Any]) -> None:
    # `'x'.ljust(10**9)`, `center(10**9)`, `lipsum(10**6)`: every way to ask for a huge value
    # passes a huge number. No follow-up note needs one.
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            raise SecurityError(f"the number {value} is too large for a template")


def _check_format(template: str) -> None:
    for _, _, spec, _ in string.Formatter().parse(template):
        if spec and ("{" in spec or any(int(n) > MAX_WIDTH for n in re.findall(r"\d+", spec))):
            raise SecurityError(f"the format {spec!r} is too wide for a template")


def _check_printf(template: str) -> None:
    for width, precision in re.findall(r"%[-+ #0]*(\d+|\*)?(?:\.(\d+|\*))?", template):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_WIDTH):
                raise SecurityError(f"the format {template!r} is too wide for a template")


def bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    skip = 2 if getattr(function, "jinja_pass_arg", None) is not None else 1

    @wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_numbers(args[skip:], kwargs)
        if name == "format" and len(args) >= skip and isinstance(args[skip - 1], str):
            _check_printf(args[skip - 1])
        if name == "replace":
            _check_replace(tuple(args[skip:]) or (kwargs.get("old"),))
        return bounded_value(function(*args, **kwargs))

    return bounded


# Loop turns spent in the render under way: each render_bounded starts its own budget (a
# context variable, so renders in other threads or after this one never share it).
_LOOP_TURNS: ContextVar[int] = ContextVar("followup_loop_turns")


@dataclass(frozen=True)
class Limits:
    """How much one render may build, write and loop. The fixed numbers are for the pack's
    own work; a note that names every person of a 1,500-person panel is long because the
    user's data is, so each limit grows with the size of the data the template was given
    (twice its characters, and one loop turn per character): a pack can never do more than
    the data in front of it calls for."""

    value: int = MAX_VALUE
    output: int = MAX_OUTPUT
    iterations: int = MAX_ITERATIONS

    @classmethod
    def for_data(cls, characters: int) -> Limits:
        return cls(MAX_VALUE + 2 * characters, MAX_OUTPUT + 2 * characters,
                   MAX_ITERATIONS + characters)


FIXED = Limits()  # outside a render, and for templates given no data (subjects of a check)
_LIMITS: ContextVar[Limits] = ContextVar("followup_limits")


def data_size(value: Any) -> int:
    """Characters of text in a template's context (its strings, through dicts and lists)."""
    total, stack = 0, [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return total


def render_bounded(template: Template, context: Mapping[str, Any],
                   limits: Limits | None = None) -> str:
    limits = limits or FIXED
    budget = _LOOP_TURNS.set(0)
    bounds = _LIMITS.set(limits)
    parts = []
    size = 0
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > limits.output:
                raise SecurityError(f"the template wrote more than {limits.output} characters")
            parts.append(chunk)
    finally:
        _LOOP_TURNS.reset(budget)
        _LIMITS.reset(bounds)
    return "".join(parts)
