"""A run's applications read once and kept small: each is loaded, checked and planned, then
pickled into a spill file (its pack by name only) and let go. What the run needs of it
before and after making it stays in a `Summary`; a worker gets the pickle back.

A cohort of 20,000 applications held as models took about 170 MiB of the main process, and
as much again of every worker forked from it (bench/scale.py, tracemalloc).
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .. import __version__
from ..cache import code_digest
from ..compose.packs import Pack
from ..errors import PackError
from ..input.models import identifying_names
from .prepare import Failure, Options, Planned, each_planned

if TYPE_CHECKING:
    from ..checks.identity import NameIndex


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run keeps of one application while its drafts are made elsewhere."""

    name: str
    candidate: str
    candidate_file: Path
    pack: Pack
    drafts: int  # how many it gets
    next_send: tuple[date, str, str] | None  # (day, kind, recipient) of the next planned send
    notices: tuple[str, ...]
    place: tuple[int, int]  # (offset, length) of its pickled Planned in the spill
    folder: str  # its folder below the profiles root ("." for the root), for its manifest


class Batch:
    """Every application of a run, read (see `each_planned`), with the identity check's index
    of their names and the key of each one's inputs (see `Keys`). Close it when done."""

    def __init__(self, options: Options, failed: list[Failure]) -> None:
        from ..checks.identity import NameIndex

        self.summaries: list[Summary] = []
        self.root = options.profiles
        self.packs: dict[str, Pack] = {}  # every pack a pickle names, by its root
        # Closed by close(): it lives as long as the run.
        self._spill: IO[bytes] = tempfile.TemporaryFile(prefix="followup-batch-")  # noqa: SIM115
        keys = Keys(options)

        def read() -> Iterator[Any]:
            for item in each_planned(options, failed):
                keys.add(item)
                for pack in item.pack.chain():
                    self.packs.setdefault(str(pack.root), pack)
                self.summaries.append(self._kept(item))
                yield item.application

        try:
            self.names: NameIndex = NameIndex(read())
            self.keys = keys.result()
        except BaseException:
            self.close()
            raise

    def _kept(self, item: Planned) -> Summary:
        data = freeze(item)
        offset = self._spill.seek(0, io.SEEK_END)
        self._spill.write(data)
        application = item.application
        return Summary(
            name=application.name,
            candidate=application.candidate.name,
            candidate_file=application.candidate.source,
            pack=item.pack,
            drafts=len(item.specs),
            next_send=min(((s.when.send_on, s.kind, s.recipient.name) for s in item.specs
                           if s.when.send_on is not None and s.when.sent_on is None),
                          default=None),
            notices=tuple(item.notices),
            place=(offset, len(data)),
            folder=application.folder.relative_to(self.root).as_posix(),
        )

    def frozen(self, summary: Summary) -> bytes:
        """The application's Planned, pickled (see `thaw`)."""
        offset, length = summary.place
        self._spill.seek(offset)
        return self._spill.read(length)

    def close(self) -> None:
        self._spill.close()


class _PacksByRoot(pickle.Pickler):
    # A pack is the same for every application that uses it: pickled by name, not copied.
    def persistent_id(self, obj: Any) -> str | None:
        return str(obj.root) if isinstance(obj, Pack) else None


class _PacksFrom(pickle.Unpickler):
    def __init__(self, data: bytes, packs: Mapping[str, Pack]) -> None:
        super().__init__(io.BytesIO(data))
        self.packs = packs

    def persistent_load(self, pid: Any) -> Pack:
        return self.packs[pid]


def freeze(item: Planned) -> bytes:
    buffer = io.BytesIO()
    _PacksByRoot(buffer, pickle.HIGHEST_PROTOCOL).dump(item)
    return buffer.getvalue()


def thaw(data: bytes, packs: Mapping[str, Pack]) -> Planned:
    planned = _PacksFrom(data, packs).load()
    assert isinstance(planned, Planned)
    return planned


class Keys:
    """A digest of everything an application's drafts are made from: its YAML, its pack's
    files, the options, this version, and every application's names (which the identity
    check compares across the batch). Same key, same drafts: a re-run can keep them."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.packs: dict[Path, str] = {}
        self.names: list[list[str]] = []
        self.inputs: list[tuple[str, Path, tuple[str, ...]]] = []

    def add(self, item: Planned) -> None:
        app = item.application
        if item.pack.root not in self.packs:
            self.packs[item.pack.root] = _pack_digest(item.pack)
        self.names.append([app.name, *sorted(identifying_names(app))])
        # Contents only, as this run parsed them: a key must not depend on where the
        # checkout or OUT lives, nor on a save that lands after the file was read.
        self.inputs.append((app.name, item.pack.root, tuple(
            parsed or hashlib.sha256(path.read_bytes()).hexdigest()  # an Application made in code
            for parsed, path in ((app.role.digest, app.role.source),
                                 (app.interviewers_digest, app.folder / "interviewers.yaml"),
                                 (app.candidate.digest, app.candidate.source)))))

    def result(self) -> dict[str, str]:
        options = self.options
        names = hashlib.sha256(json.dumps(sorted(self.names), ensure_ascii=False).encode())
        common = json.dumps([__version__, code_digest(), options.kinds, options.inliner,
                             options.checks, options.today.isoformat(), names.hexdigest()])
        keys = {}
        for name, root, digests in self.inputs:
            digest = hashlib.sha256(common.encode() + self.packs[root].encode())
            for one in digests:
                digest.update(one.encode())
            keys[name] = digest.hexdigest()
        return keys


def input_keys(planned: Iterable[Planned], options: Options) -> dict[str, str]:
    """Each application's key (see `Keys`)."""
    keys = Keys(options)
    for item in planned:
        keys.add(item)
    return keys.result()


def _pack_digest(pack: Pack) -> str:
    """What a pack's templates can load: regular files inside it, never through a symlink,
    no larger than a template may be (a shared pack is untrusted input)."""
    import os

    from ..compose.packs import MAX_TEMPLATE_BYTES

    digest = hashlib.sha256()
    for member in pack.chain():
        for folder, dirs, files in os.walk(member.root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(folder) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    size = path.stat().st_size
                    data = path.read_bytes() if size <= MAX_TEMPLATE_BYTES else str(size).encode()
                except OSError as exc:
                    raise PackError(f"cannot be read: {exc.strerror or exc}", file=path) from None
                digest.update(str(path.relative_to(member.root)).encode() + b"\0" + data)
    return digest.hexdigest()
