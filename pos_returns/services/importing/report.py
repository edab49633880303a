"""An import's report: what was read, written and skipped, and every row left out
(`Reject`), counted by reason and written, when asked, to a rejects CSV file."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple


class Reject(NamedTuple):
    """A row (or JSON line) left out: its line in the file, why, and the particulars.

    `reason` is short and fixed, so rejects can be counted by it; `detail` names the row's
    values; `field` is the receipt field at fault for JSON Lines; `row` is the row as read
    (a JSON line: its text), for the rejects file.
    """

    line: int
    reason: str
    detail: str = ""
    field: str = ""
    row: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason


@dataclass
class ImportReport:
    file: str
    layout: str
    store: str
    sha256: str = ""
    rows_read: int = 0  # data rows (CSV) or non-blank lines (JSON Lines)
    receipts_added: int = 0
    lines_added: int = 0
    receipts_skipped: int = 0  # already in the database
    duplicate_rows: int = 0
    returns_added: int = 0  # past returns made from cancellations
    returned_lines: int = 0  # cancellation rows linked to a purchase
    returns_skipped: int = 0  # cancellation invoices imported before
    rejects: list[Reject] = field(default_factory=list)
    elapsed: float = 0.0  # seconds
    columns: tuple[str, ...] = ()  # the file's header (JSON Lines: "text"), for the rejects
    rejects_file: Path | None = None  # where every reject was written, if it was
    rejects_error: str = ""  # why they could not be written there

    def rejects_by_reason(self) -> Counter[str]:
        return Counter(r.reason for r in self.rejects)

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def lines_per_second(self) -> float:
        """Receipt lines written per second (the import's speed)."""
        return self.lines_added / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def changed(self) -> bool:
        return bool(self.receipts_added or self.returns_added)

    def summary(self, examples: int = 3) -> str:
        out = [
            f"Imported {self.file} ({self.layout}) into {self.store} in {self.elapsed:.1f} s "
            f"({self.rows_per_second:,.0f} rows/s, {self.lines_per_second:,.0f} lines/s)",
            f"  rows read:               {self.rows_read:,}",
            f"  receipts added:          {self.receipts_added:,} ({self.lines_added:,} lines)",
            f"  receipts already there:  {self.receipts_skipped:,}",
            f"  duplicate rows skipped:  {self.duplicate_rows:,}",
            f"  past returns added:      {self.returns_added:,} "
            f"({self.returned_lines:,} cancelled lines linked to purchases)",
            f"  returns already there:   {self.returns_skipped:,} cancellations",
            f"  rows rejected:           {len(self.rejects):,}",
        ]
        by_reason: dict[str, list[Reject]] = {}
        for reject in self.rejects:
            by_reason.setdefault(reject.reason, []).append(reject)
        for reason, count in self.rejects_by_reason().most_common():
            shown = "; ".join(
                f"line {r.line}" + (f": {r.detail}" if r.detail else "")
                for r in by_reason[reason][:examples]
            )
            out.append(f"    {count:>9,}  {reason}  (e.g. {shown})")
        if self.rejects_file is not None:
            out.append(f"  every rejected row, with its line and reason: {self.rejects_file}")
        elif self.rejects_error:
            out.append(f"  the rejected rows could not be written: {self.rejects_error}")
        return "\n".join(out)

    def write_rejects(self, folder: Path) -> Path | None:
        """Write every reject, in line order, to a new CSV file in `folder`: columns
        ``line, reason, detail`` and then the row as read. Returns the file (None when
        nothing was rejected); raises OSError when it cannot be written."""
        if not self.rejects:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        stem = self.file.removesuffix(".gz").removesuffix(".GZ")
        stem = Path(stem).stem or "import"
        moment = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
        for attempt in range(1, 1000):
            path = folder / f"{stem}-{moment}{'' if attempt == 1 else f'-{attempt}'}.csv"
            try:
                out = path.open("x", encoding="utf-8", newline="")
            except FileExistsError:
                continue
            with out:
                writer = csv.writer(out)
                writer.writerow(["line", "reason", "detail", *self.columns])
                for reject in sorted(self.rejects, key=lambda r: r.line):
                    writer.writerow([reject.line, reject.reason, reject.detail, *reject.row])
            return path
        raise FileExistsError(f"{folder}: too many rejects files named {stem}-{moment}")
