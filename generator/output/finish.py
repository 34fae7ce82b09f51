"""A run's finishing step: what OUT holds besides the drafts, made once the drafts are settled.

One mbox per application (to import a whole panel at once) and the review page (index.html).
Both join the store's commit as plain files, so a failed run leaves them as they were too, and
the manifest records their hashes, so a hand-edited mbox is kept like a draft.

Worker processes make each draft's review-page article and each application's mbox beside the
drafts, from the drafts in memory: in parallel, and without reading a batch's files back when
the run commits. The step uses them where the final drafts are the ones the workers made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError, display_path
from ..findings import Finding
from ..kinds import order
from .manifest import MBOX, file_hash, row_draft
from .mime import mbox
from .review import PAGE, Entry, article, by_drafts, on_page, write_page
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


def recorded(manifest: Mapping[str, Any]) -> list[tuple[object, object]]:
    """(path in OUT, hash) of each file the finishing step wrote, as a manifest says: a run
    with nothing else to do still puts back any of them that changed."""
    page = manifest.get("page")
    mailboxes = manifest.get("mailboxes")
    entries = [page, *(mailboxes.values() if isinstance(mailboxes, dict) else [None])]
    return [(entry.get("path"), entry.get("sha256")) if isinstance(entry, dict) else (None, None)
            for entry in entries]


class Finish:
    """The finishing step of one run, and what the workers made for it."""

    def __init__(self, staging: Path, out: Path, today: date, *, page: bool = True) -> None:
        self.out = out
        self.today = today
        self.page = page  # False: the caller updates the page itself (preview --serve)
        # Articles made by workers, kept in one staging file (a cohort's would not fit in
        # memory): html path -> (offset, length, number of findings).
        self._spill = staging / "articles"
        self._articles: dict[str, tuple[int, int, int]] = {}
        self._mail: dict[str, tuple[Path, str]] = {}  # application -> its staged mbox, hash

    def add_articles(self, staged: Sequence[Staged], articles: Sequence[tuple[int, str]]) -> None:
        """Take the review-page articles a worker made for its staged drafts, each with its
        number of findings."""
        with self._spill.open("ab") as handle:
            for one, (findings, text) in zip(staged, articles, strict=True):
                data = text.encode("utf-8")
                self._articles[one.row["html"]] = (handle.tell(), len(data), findings)
                handle.write(data)

    def add_mailbox(self, application: str, staged: Path, digest: str) -> None:
        """Take an application's mbox, made by a worker from exactly the drafts it staged:
        used as it is unless the application's final drafts differ (a kept hand edit, or
        kinds this run did not make)."""
        self._mail[application] = (staged, digest)

    def __call__(self, pending: Pending,
                 findings: Mapping[str, list[Finding]]) -> dict[str, Any]:
        """Stage the mailboxes and the page into the pending commit; what the manifest says
        of them."""
        mailboxes = self._mailboxes(pending)
        if not self.page:
            return {"mailboxes": mailboxes, "page": pending.previous.data.get("page")}
        return {"mailboxes": mailboxes,
                "page": {"path": PAGE, "sha256": self._page(pending, findings)}}

    def _mailboxes(self, pending: Pending) -> dict[str, Any]:
        """One mbox per application made in this run, from each draft's .eml as it will be in
        OUT (a kept draft goes in as the user left it); one edited by hand is kept."""
        old = pending.previous.data.get("mailboxes")
        old = old if isinstance(old, dict) else {}
        made = {application for application, _ in pending.scope}
        mailboxes = {app: entry for app, entry in old.items() if app not in made}
        by_application: dict[str, list[dict[str, Any]]] = {}
        for row in pending.rows:
            by_application.setdefault(row["application"], []).append(row)
        for application in sorted(made):
            mine = by_application.get(application, [])
            staged = self._mail.get(application)
            data: bytes | None = None
            if staged is not None and all(row["html"] in pending.fresh for row in mine):
                source, digest = staged  # the worker's mbox holds exactly these drafts
            else:
                messages = [(pending.read(row["eml"]), row.get("send_on"))
                            for row in sorted(mine, key=sending_order)
                            if isinstance(row.get("eml"), str)]
                data = mbox([(message, day) for message, day in messages
                             if message is not None])
                digest = file_hash(data)
            relative = f"{application}/{MBOX}"
            entry = old.get(application)
            before = entry.get("sha256") if isinstance(entry, dict) else None
            if not pending.force and pending.edited(relative, before):
                pending.report.notices.append(f"kept {display_path(self.out / relative)}: "
                                              "edited by hand (--force rebuilds it)")
                mailboxes[application] = entry if before else {"path": relative,
                                                               "sha256": digest}
            elif data is None:
                mailboxes[application] = {"path": relative, "sha256": digest}
                pending.put_staged(relative, source, digest)
            else:
                mailboxes[application] = {"path": relative, "sha256": pending.put(relative,
                                                                                  data)}
        return mailboxes

    def _page(self, pending: Pending, findings: Mapping[str, list[Finding]]) -> str:
        """The review page of the drafts as they will be in OUT; its hash."""
        by_draft = by_drafts(finding for found in findings.values() for finding in found)
        self._spill.touch()
        with self._spill.open("rb") as spill:

            def made(row: Mapping[str, Any], offset: int, length: int, count: int) -> Entry:
                def read() -> str:
                    spill.seek(offset)
                    return spill.read(length).decode("utf-8")

                return Entry(row, count, read)

            def entry(row: Mapping[str, Any]) -> Entry:
                html = str(row["html"])
                if html in pending.fresh and html in self._articles:  # the worker's article
                    return made(row, *self._articles[html])
                # Kept, or made by an earlier run: from the file as it is. A hand-edited
                # draft's findings were for the text we would have written, not its own.
                found = [] if row.get("edited") else by_draft.get(row_draft(row), [])
                return Entry(row, len(found), lambda: article(
                    row, (pending.read(row["text"]) or b"").decode("utf-8", "replace"), found,
                    self.today, (pending.read(row["html"]) or b"").decode("utf-8", "replace")))

            entries = [entry(row) for row in on_page(pending.rows)]

            def write(path: Path) -> None:
                with path.open("wb") as handle:
                    write_page(handle.write, entries, self.today)

            return pending.put_written(PAGE, write)
