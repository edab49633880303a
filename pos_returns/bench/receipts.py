"""`pos-returns bench print`: build a return receipt from the database and render it.

The workload is a real one: a SQLite store with the example policy, an 8-line receipt paid
by card and cash, and a completed 6-line return with a restocking fee, in Latvian (the
language that needs the most code-page work). Each round reads the return, builds its
document and renders it, as the print worker does: for an Epson TM-T88V (Latvian in its
CP1257 table), for a TM-T88IV (no Baltic table: most lines go as pictures) and as an 80 mm
PDF. Targets: ESC/POS under 30 ms, PDF under 150 ms.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pos_returns.domain.document import Document
from pos_returns.domain.formats import parse_receipt
from pos_returns.domain.model import Condition
from pos_returns.printing.escpos_render import render_escpos
from pos_returns.printing.pdf import render_pdf
from pos_returns.printing.profiles import profile
from pos_returns.resources import resource
from pos_returns.services import sales
from pos_returns.services.auth import Actor
from pos_returns.services.chain import complete_here
from pos_returns.services.policies import publish_policy
from pos_returns.services.receipts import receipt_for_return
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem
from pos_returns.services.stores import NewStore, add_employee, create_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.store.models import Role

TARGETS_MS = {"escpos": 30.0, "pictures": 30.0, "pdf": 150.0}
SOLD = datetime.fromisoformat("2026-10-03T14:22:05+03:00")
AT = datetime.fromisoformat("2026-10-10T11:30:00+03:00")
ITEMS = (
    ("Vilnas šalle, pelēka", "apparel", 2, "25.00"),
    ("Bezvadu austiņas ar trokšņu slāpēšanu", "electronics", 1, "89.00"),
    ("Svece, vaniļas", "home", 3, "4.00"),
    ("Bērnu grāmata “Ežu gads”", "books", 1, "12.90"),
    ("Sporta zeķes, 3 pāri", "apparel", 2, "9.50"),
    ("Galda lampa, misiņa", "home", 1, "39.00"),
    ("USB-C lādētājs 65 W", "electronics", 1, "29.99"),
    ("Rotaļu automašīna", "toys", 1, "8.90"),
)


@dataclass(frozen=True)
class Timing:
    name: str
    samples_s: list[float]

    def ms(self, q: float) -> float:
        ordered = sorted(self.samples_s)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples_s) * 1000

    def line(self) -> str:
        target = TARGETS_MS[self.name]
        verdict = "ok" if self.median_ms < target else "MISSED"
        return (
            f"{self.name:<8} median {self.median_ms:7.2f} ms   p95 {self.ms(0.95):7.2f} ms   "
            f"max {max(self.samples_s) * 1000:7.2f} ms   target < {target:.0f} ms: {verdict}"
        )


@dataclass(frozen=True)
class PrintBench:
    rounds: int
    escpos: Timing
    pictures: Timing
    pdf: Timing
    escpos_bytes: int
    pictures_bytes: int
    pdf_bytes: int

    def report(self) -> str:
        return "\n".join(
            [
                f"print bench: build a 6-line Latvian return receipt from SQLite and render it "
                f"({self.rounds} rounds)",
                f"  {self.escpos.line()}   ({self.escpos_bytes:,} bytes, TM-T88V)",
                f"  {self.pictures.line()}   ({self.pictures_bytes:,} bytes, TM-T88IV)",
                f"  {self.pdf.line()}   ({self.pdf_bytes:,} bytes, 80 mm roll)",
            ]
        )

    def missed(self) -> list[str]:
        timings = (self.escpos, self.pictures, self.pdf)
        return [t.line() for t in timings if t.median_ms >= TARGETS_MS[t.name]]


def make_store(path: Path) -> str:
    """The store, the receipt and the completed return; gives the return's number."""
    engine = open_database(str(path))
    actor = _open_store(engine)
    items = tuple(
        ReturnItem(n, 1, Condition.OPENED if n in (2, 7) else Condition.UNOPENED)
        for n in (1, 2, 4, 5, 6, 7)
    )
    request = DecideReturn("S01-R2-000777", items, AT)
    done = complete_here(  # as the counter completes a return
        engine,
        None,
        "S01",
        CompleteReturn(request, actor, "wrong-size", language="lv", approver=actor),
    )
    engine.dispose()
    return done.number


def _open_store(engine: Database) -> Actor:
    """The store with its manager, the example policy and the 8-line receipt, made in one
    unit of work with the services' steps (no use case makes a whole store at once)."""
    policy = json.loads(resource("examples", "policy.json").read_text("utf-8"))
    with UnitOfWork(engine, write=True) as uow:
        store = create_store(
            uow,
            NewStore(
                "S01",
                "Veikals “Ābele” — Rīga",
                "Europe/Riga",
                "EUR",
                address="Brīvības iela 68, Rīga, LV-1011",
                language="lv",
            ),
        )
        store.feedback_url = "https://example.com/feedback"
        store.receipt_footer = "Paldies, ka iepērkaties pie mums!"
        employee = add_employee(
            uow, store, code="101", name="Jānis Kalniņš", role=Role.MANAGER, pin="1234"
        )
        actor = Actor(employee.id, store.id, "101", employee.name, Role.MANAGER)
        publish_policy(uow, store, actor, policy, SOLD)
        sales.save_receipts(uow, store, [parse_receipt(_receipt())])
        uow.commit()
    return actor


def _receipt() -> dict[str, object]:
    """The 8-line receipt of ITEMS, paid two thirds by card and the rest in cash."""
    lines, total = [], 0
    for number, (description, category, qty, price) in enumerate(ITEMS, start=1):
        amount = int(price.replace(".", "")) * qty
        total += amount
        lines.append(
            {
                "line": number,
                "sku": f"47500000{number:05d}",
                "description": description,
                "category": category,
                "tags": [],
                "qty": qty,
                "unit_price": price,
                "amount": f"{amount / 100:.2f}",
                "tax": f"{amount * 21 // 121 / 100:.2f}",
            }
        )
    card = total * 2 // 3
    return {
        "format": "pos-returns/receipt@1",
        "receipt_number": "S01-R2-000777",
        "store": "S01",
        "register": "R2",
        "sold_at": SOLD.isoformat(),
        "currency": "EUR",
        "customer": "C-1",
        "lines": lines,
        "tenders": [
            {"method": "card", "amount": f"{card / 100:.2f}", "reference": "VISA 1234"},
            {"method": "cash", "amount": f"{(total - card) / 100:.2f}"},
        ],
    }


def run_print_bench(rounds: int = 200, folder: Path | None = None) -> PrintBench:
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = Path(tmp) / "bench-print.sqlite3"
        number = make_store(path)
        engine = open_database(str(path))
        printer, no_baltic = profile("TM-T88V"), profile("TM-T88IV")

        def build() -> Document:
            return receipt_for_return(engine, None, number)

        def escpos() -> bytes:
            return render_escpos(build(), printer)

        def pictures() -> bytes:
            return render_escpos(build(), no_baltic)

        def pdf() -> bytes:
            return render_pdf(build(), "roll")

        sizes = [len(escpos()), len(pictures()), len(pdf())]  # warm caches and fonts
        result = PrintBench(
            rounds,
            _time("escpos", escpos, rounds),
            _time("pictures", pictures, rounds),
            _time("pdf", pdf, rounds),
            *sizes,
        )
        engine.dispose()
    return result


def _time(name: str, work: Callable[[], object], rounds: int) -> Timing:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return Timing(name, samples)
