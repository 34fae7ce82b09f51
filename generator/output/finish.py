"""A run's finishing step: what OUT holds besides the drafts, made once the drafts are settled.

One mbox per application (to import a whole panel at once) and the review page (index.html),
or, in a run of some applications, their sections of it (sections.py). All join the store's
commit as plain files, so a failed run leaves them as they were too, and the manifest records
their hashes, so a hand-edited mbox is kept like a draft.

Worker processes make each draft's review-page article and each application's mbox beside the
drafts, from the drafts in memory: in parallel, and without reading a batch's files back when
the run commits. The step uses them where the final drafts are the ones the workers made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Notice, OutputError
from ..findings import Finding
from ..kinds import order
from .article import article as article_of
from .manifest import MBOX, Record, file_hash, row_draft, saved_findings
from .mime import mbox
from .review import PAGE, Entry, Facts, by_drafts, on_page, write_page
from .rows import Rows
from .sections import Splice, counts_of, spliced
from .staging import TREE, Staged

if TYPE_CHECKING:
    from .pending import Pending

# What the step writes besides the drafts: the page at the top of OUT, an mbox in each
# application's folder. The store is told, to never write over such a file someone else made.
FILES = (PAGE,)
APPLICATION_FILES = (MBOX,)


def sending_order(row: dict[str, Any]) -> tuple[str, int, str]:
    """A draft's place in its application's mbox: by the day to send it (undated last), then
    in the order a job search sends the kinds."""
    return (str(row.get("send_on") or "9999-12-31"), order(str(row["kind"])), str(row["html"]))


def stage_mailbox(staging: Path, application: str,
                  emls: list[tuple[bytes, str | None]]) -> tuple[Path, str]:
    """An application's mbox of these messages, each with its send day, in sending order
    (see sending_order), staged where its folder is staged; its path and hash."""
    data = mbox(emls)
    path = staging / TREE / application / MBOX
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise OutputError(f"cannot stage a draft: {exc.strerror or exc}",
                          file=staging.parent) from None
    return path, file_hash(data)


def recorded(said: Mapping[str, Any]) -> list[tuple[object, object]]:
    """(path in OUT, hash) of each file the finishing step wrote, as a manifest says (the
    index: the page; an application's: its mbox): a run with nothing else to do still puts
    back any of them that changed."""
    entry = said.get("page" if "page" in said else "mailbox")
    return [(entry.get("path"), entry.get("sha256")) if isinstance(entry, dict) else (None, None)]


class Finish:
    """The finishing step of one run, and what the workers made for it, taken an application
    at a time as the store's commit places its drafts (see store.Finishing). `findings(name)`
    is what the checks found in an application's drafts."""

    def __init__(self, staging: Path, out: Path, today: date,
                 findings: Callable[[str], list[Finding]], *, page: bool = True,
                 splice: Splice | None = None) -> None:
        self.out = out
        self.today = today
        self.findings = findings
        self.page = page  # False: a run of some applications, which splices (see `splice`)
        self.splice = splice
        self._spliced: dict[str, list[Entry]] = {}  # their drafts on the page, by application
        # Articles made by workers, kept in one staging file (a cohort's would not fit in
        # memory), and where each is: by application, html path -> (offset, length, number
        # of findings).
        self._spill = staging / "articles"
        self._articles = Rows(staging / "articles.jsonl")
        self._mail: dict[str, tuple[str, str]] = {}  # application -> its staged mbox, hash
        # The page's drafts, by application as the commit gives them, and what its top says.
        self._entries = Rows(staging / "page.jsonl")
        self._names: list[str] = []
        self._total = self._found = 0

    def add_articles(self, staged: Sequence[Staged], articles: Sequence[tuple[int, str]]) -> None:
        """Take the review-page articles a worker made for one application's staged drafts,
        each with its number of findings (none when the run makes no page)."""
        if not self.page:
            return
        where: dict[str, tuple[int, int, int]] = {}
        with self._spill.open("ab") as handle:
            for one, (findings, text) in zip(staged, articles, strict=True):
                data = text.encode("utf-8")
                where[one.row["html"]] = (handle.tell(), len(data), findings)
                handle.write(data)
        if where:
            self._articles.add({"articles": where}, str(staged[0].row["application"]))

    def add_mailbox(self, application: str, staged: Path, digest: str) -> None:
        """Take an application's mbox, made by a worker from exactly the drafts it staged:
        used as it is unless the application's final drafts differ (a kept hand edit, or
        kinds this run did not make)."""
        self._mail[application] = (str(staged), digest)

    def application(self, pending: Pending, name: str, rows: list[dict[str, Any]],
                    record: Record) -> dict[str, Any]:
        """Stage the application's mbox, when this run made it, and note its drafts for the
        page; `rows` are its drafts as its manifest will list them, `record` what that said
        before. What its manifest should say of its mbox."""
        said = {"mailbox": record.about["mailbox"]} if "mailbox" in record.about else {}
        if name in pending.dropped or any(application == name
                                          for application, _ in pending.scope):
            said = {"mailbox": self._mailbox(pending, name, rows, record)}
            if self.splice is not None:
                by_draft = by_drafts(self.findings(name))
                self._spliced[name] = [self._from_files(pending, row, by_draft)
                                       for row in on_page(rows)]
        if not self.page:
            return said
        articles: dict[str, list[int]] = {}
        for made in self._articles.of(name):
            articles.update(made["articles"])
        by_draft = by_drafts(self.findings(name))
        for row in on_page(rows):
            html = str(row["html"])
            article = articles.get(html) if html in pending.fresh else None
            if article is not None:  # the worker's article
                count = article[2]
            else:  # a hand-edited draft's findings were for the text we would have written
                count = 0 if row.get("edited") else len(by_draft.get(row_draft(row), []))
            self._entries.add({"row": row, "article": article, "findings": count}, name)
            if not self._names or self._names[-1] != name:
                self._names.append(name)
            self._total += 1
            self._found += count
        return said

    def _mailbox(self, pending: Pending, application: str, rows: list[dict[str, Any]],
                 record: Record) -> Any:
        """The application's mbox, from each draft's .eml as it will be in OUT (a kept draft
        goes in as the user left it); one edited by hand is kept. What its manifest says of
        it."""
        staged = self._mail.get(application)
        data: bytes | None = None
        if staged is not None and all(row["html"] in pending.fresh for row in rows):
            source, digest = staged  # the worker's mbox holds exactly these drafts
        else:
            messages = [(pending.read(row["eml"]), row.get("send_on"))
                        for row in sorted(rows, key=sending_order)
                        if isinstance(row.get("eml"), str)]
            data = mbox([(message, day) for message, day in messages if message is not None])
            digest = file_hash(data)
        relative = f"{application}/{MBOX}"
        entry = record.about.get("mailbox")
        before = entry.get("sha256") if isinstance(entry, dict) else None
        if not pending.force and pending.edited(relative, before):
            pending.report.notices.append(Notice.of("kept ", self.out / relative,
                                                    ": edited by hand (--force rebuilds it)"))
            return entry if before else {"path": relative, "sha256": digest}
        if data is None:
            pending.put_staged(relative, Path(source), digest)
            return {"path": relative, "sha256": digest}
        return {"path": relative, "sha256": pending.put(relative, data)}

    def done(self, pending: Pending) -> dict[str, Any]:
        """Stage the page; what the index says of it."""
        if not self.page:
            return {"page": self._splice(pending) or pending.previous.data.get("page")}
        return {"page": {"path": PAGE, "sha256": self._page(pending)}}

    def _splice(self, pending: Pending) -> dict[str, str] | None:
        """The page with the sections of the applications made put in place (see Splice):
        what the index says of it, or None when it is left as it was."""
        page = pending.read(PAGE) if self.splice is not None else None
        if self.splice is None or page is None:
            return None
        others = {}  # those it could not make: as OUT holds them
        for name in sorted(self.splice.names - self._spliced.keys()):
            record = pending.previous.of(name)
            by_draft = by_drafts(saved_findings(record.about.get("findings"), self.out))
            others[name] = [self._from_files(pending, row, by_draft)
                            for row in on_page(record.rows)]
        made = spliced(page, self._spliced, others)
        if made is None:
            return None
        sections, new = made
        if self.splice.told is not None:
            self.splice.told(sections, counts_of(new))
        return {"path": PAGE, "sha256": pending.put(PAGE, new)}

    def _from_files(self, pending: Pending, row: Mapping[str, Any],
                    by_draft: Mapping[tuple[str, str, str], list[Finding]]) -> Entry:
        """A draft's entry made from its files as they will be in OUT. A hand-edited draft's
        findings were for the text we would have written: it has none."""
        found = [] if row.get("edited") else by_draft.get(row_draft(row), [])
        return Entry(row, len(found), lambda: article_of(
            row, (pending.read(row["text"]) or b"").decode("utf-8", "replace"), found,
            self.today, (pending.read(row["html"]) or b"").decode("utf-8", "replace")))

    def _page(self, pending: Pending) -> str:
        """The review page of the drafts as they will be in OUT; its hash."""
        self._spill.touch()
        facts = Facts(self._names, self._total, self._found)
        with self._spill.open("rb") as spill:

            def entries() -> Iterator[Entry]:
                for name in self._entries.applications():
                    by_draft = by_drafts(self.findings(name))
                    for one in self._entries.of(name):
                        yield _entry(one["row"], one["article"], one["findings"], by_draft)

            def _entry(row: dict[str, Any], article: list[int] | None, count: int,
                       by_draft: Mapping[tuple[str, str, str], list[Finding]]) -> Entry:
                if article is not None:
                    offset, length, _ = article

                    def read() -> str:
                        spill.seek(offset)
                        return spill.read(length).decode("utf-8")

                    return Entry(row, count, read)
                return self._from_files(pending, row, by_draft)  # kept, or an earlier run's

            def write(path: Path) -> None:
                with path.open("wb") as handle:
                    write_page(handle.write, entries(), self.today, facts)

            return pending.put_written(PAGE, write)
