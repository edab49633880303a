"""The JSON Lines layout: one SPEC.md receipt (``pos-returns/receipt@1``) per line, checked
as the CSV rows are (see the package's documentation)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from pos_returns.domain import model as dm
from pos_returns.domain.errors import DomainError
from pos_returns.domain.formats import parse_receipt
from pos_returns.services.importing.batches import Batch
from pos_returns.services.importing.checks import (
    CONTROL,
    MAX_DESCRIPTION,
    MAX_REGISTER,
    MAX_TEXT,
    Checks,
    clean,
    cleaned,
)


class JsonLines(Checks):
    """Reads a JSON Lines file into batches of receipts; lines that cannot be imported go
    to the report's rejects."""

    def batches(self, stream: TextIO) -> Iterator[Batch]:
        report = self.report
        seen: dict[str, int] = {}  # receipt number -> hash of its line
        batch = Batch()
        stream.seek(0)
        for line_no, raw in enumerate(stream, start=1):
            text = raw.strip().lstrip("\ufeff")
            if not text:
                continue
            report.rows_read += 1
            receipt = self._receipt(line_no, text)
            if receipt is None:
                continue
            number = receipt.receipt_number
            fingerprint = hash(text)
            if number in seen:
                if seen[number] == fingerprint:
                    report.duplicate_rows += 1
                else:
                    self.reject(
                        line_no,
                        "receipt number used twice",
                        f"{number} with different content",
                        "receipt_number",
                        row=(text,),
                    )
                continue
            seen[number] = fingerprint
            batch.receipts.append(receipt)
            batch.receipt_lines[number] = line_no
            batch.rows += len(receipt.lines)
            if batch.rows >= self.batch_size:
                yield batch
                batch = Batch()
        if batch.receipts:
            yield batch

    def _receipt(self, line_no: int, text: str) -> dm.Receipt | None:
        """The receipt on one JSON line, checked and cleaned; None when it is rejected."""
        row = (text,)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            self.reject(line_no, "not JSON", f"{exc.msg} at column {exc.colno}", row=row)
            return None
        except (ValueError, RecursionError) as exc:  # a 5,000-digit number, deep nesting
            self.reject(line_no, "not JSON", f"not JSON this can read ({exc})", row=row)
            return None
        try:
            receipt = parse_receipt(data)
        except DomainError as exc:
            self.reject(line_no, "bad receipt", str(exc), exc.field, row=row)
            return None
        if receipt.store != self.store.code:
            self.reject(
                line_no,
                "receipt of another store",
                f"{receipt.store}, not {self.store.code}",
                "store",
                row=row,
            )
            return None
        number = receipt.receipt_number
        problem = self.number_problem[number]
        if problem:
            self.reject(line_no, problem, repr(number), "receipt_number", row=row)
            return None
        bad = self._receipt_problem(receipt)
        if bad is not None:
            self.reject(line_no, *bad, row=row)
            return None
        return cleaned(receipt)

    def _receipt_problem(self, receipt: dm.Receipt) -> tuple[str, str, str] | None:
        """Why a JSON Lines receipt is not imported, as (reason, detail, field); None if it
        is. The text, date and amount checks of the CSV rows (see the module)."""
        texts: list[tuple[str, str | None, int]] = [
            ("register", receipt.register, MAX_REGISTER),
            ("customer", receipt.customer, MAX_TEXT),
        ]
        for i, line in enumerate(receipt.lines):
            texts += [
                (f"lines[{i}].sku", line.sku, MAX_TEXT),
                (f"lines[{i}].category", line.category, MAX_TEXT),
            ]
            texts += [(f"lines[{i}].tags", tag, MAX_TEXT) for tag in sorted(line.tags)]
            description = clean(line.description)
            if len(description) > MAX_DESCRIPTION:
                return (
                    "description too long",
                    f"{len(description):,} characters, at most {MAX_DESCRIPTION}",
                    f"lines[{i}].description",
                )
        for i, tender in enumerate(receipt.tenders):
            texts.append((f"tenders[{i}].reference", tender.reference, MAX_TEXT))
        for name, text, most in texts:
            if text is None:
                continue
            if CONTROL.search(text):
                return f"control character in {name.rpartition('.')[2]}", repr(text), name
            if len(text) > most:
                return f"{name.rpartition('.')[2]} too long", f"at most {most} characters", name
        when = self.date_problem(receipt.sold_at)
        if when:
            return "date out of range", when, "sold_at"
        if receipt.total.amount >= self.limit:
            return "receipt total out of range", receipt.total.to_json(), "lines"
        return None
