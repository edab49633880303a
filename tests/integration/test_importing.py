"""Importing past sales: JSON Lines, line-item CSV and the Online Retail exports.

Every test but the last runs on SQLite and PostgreSQL. The last imports the whole Online
Retail II file from ../shared/data (when it is there) on SQLite and checks the speed.
"""

from __future__ import annotations

import copy
import csv
import gzip
import json
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from speed import machine_factor
from sqlalchemy import Engine, func, select

from pos_returns.services import journal
from pos_returns.services.auth import pin_matches
from pos_returns.services.errors import InvalidInput, NotFound
from pos_returns.services.importing import (
    DEFAULT_COLUMNS,
    ImportReport,
    Reject,
    import_receipts,
)
from pos_returns.services.stores import NewStore, create_store, get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import make_engine, migrate
from pos_returns.store.models import (
    Employee,
    JournalEntry,
    Receipt,
    ReceiptLine,
    Refund,
    Return,
    ReturnLine,
    Tender,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
FULL_FILE = Path(
    os.environ.get(
        "POS_RETURNS_ONLINE_RETAIL",
        Path(__file__).resolve().parents[3] / "shared" / "data" / "online_retail_2009_2010.csv.gz",
    )
)
CUSTOM_MAPPING = {
    "receipt": "Bon",
    "sold_at": "Tijd",
    "sku": "Artikel",
    "description": "Omschrijving",
    "qty": "Aantal",
    "unit_price": "Stukprijs",
    "customer": "Klant",
    "category": "Groep",
}


ONLINE_RETAIL_I_HEADER = [
    "InvoiceNo",
    "StockCode",
    "Description",
    "Quantity",
    "InvoiceDate",
    "UnitPrice",
    "CustomerID",
    "Country",
]


class SwitchedOff(Exception):
    """A crash in the middle of an import."""


TABLES = (Receipt, ReceiptLine, Tender, Return, ReturnLine, Refund, Employee, JournalEntry)


@pytest.fixture
def shop(engine: Engine) -> Engine:
    """The engine, with store S01 in London selling in pounds."""
    with UnitOfWork(engine, write=True) as uow:
        create_store(uow, NewStore("S01", "London Gifts", "Europe/London", "GBP"))
        uow.commit()
    return engine


def counts(engine: Engine) -> dict[str, int]:
    with UnitOfWork(engine) as uow:
        return {
            model.__tablename__: uow.session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }


def receipt(engine: Engine, number: str) -> Receipt:
    with UnitOfWork(engine) as uow:
        row = uow.session.scalars(select(Receipt).where(Receipt.number == number)).one()
        _ = row.lines, row.tenders  # loaded before the session closes
        return row


def rejected(report: ImportReport) -> dict[int, str]:
    return {r.line: r.reason for r in report.rejects}


# -- JSON Lines ---------------------------------------------------------------------------
def test_json_lines_import_good_receipts_and_report_bad_lines_with_line_and_field(
    shop: Engine,
) -> None:
    report = import_receipts(shop, "S01", DATA / "receipts.jsonl")

    assert report.layout == "jsonl"
    assert (report.receipts_added, report.lines_added) == (2, 3)
    assert report.duplicate_rows == 1  # line 6 repeats line 1
    assert report.rows_read == 6  # the blank line 3 is not a row
    by_line = {r.line: r for r in report.rejects}
    assert sorted(by_line) == [2, 4, 7]
    bad = by_line[2]
    assert bad.reason == "bad receipt"
    assert bad.field == "lines[0].amount"
    assert "'4.5x' is not an amount of money" in bad.detail
    assert by_line[4].reason == "not JSON"
    assert (by_line[7].reason, by_line[7].field) == ("receipt of another store", "store")
    first = receipt(shop, "S01-R1-000001")
    assert [x.description for x in first.lines] == ["Crème brûlée dish", ""]
    assert [(t.method, t.reference, t.amount_minor) for t in first.tenders] == [
        ("card", "VISA 1234", 1900)
    ]
    second = receipt(shop, "S01-R1-000003")
    assert second.customer is None
    assert second.sold_at == datetime(2024, 3, 6, 8, 0, tzinfo=UTC)


# -- line-item CSV ------------------------------------------------------------------------
def test_a_csv_with_its_own_column_names_is_read_through_the_mapping(shop: Engine) -> None:
    report = import_receipts(
        shop, "S01", DATA / "custom.csv", mapping=CUSTOM_MAPPING, tax_rate=Decimal("21")
    )

    assert report.layout == "csv"
    assert (report.receipts_added, report.lines_added) == (3, 5)
    assert rejected(report) == {7: "zero or negative price", 9: "bad date/time"}
    b1 = receipt(shop, "B-1")
    assert b1.register_code == "IMPORT"
    assert b1.customer == "K-1"
    assert b1.sold_at == datetime(2024, 3, 5, 10, 15, tzinfo=UTC)  # London, winter: UTC
    assert [(x.line_no, x.sku, x.qty, x.unit_price_minor, x.amount_minor) for x in b1.lines] == [
        (1, "SKU-1", 2, 450, 900),
        (2, "SKU-2", 1, 1000, 1000),
    ]
    # 21% included in the price: round(9.00 * 21 / 121) and round(10.00 * 21 / 121)
    assert [x.tax_minor for x in b1.lines] == [156, 174]
    assert [x.category for x in b1.lines] == ["kitchen", "general"]
    assert [(t.method, t.amount_minor, t.reference) for t in b1.tenders] == [("other", 1900, None)]
    assert b1.total_minor == 1900
    b2 = receipt(shop, "B-2")
    assert b2.sold_at == datetime(2024, 3, 6, 8, 0, tzinfo=UTC)  # its own offset wins
    assert b2.customer is None
    # 3 x 0.333 = 0.999 -> 1.00, the unit price kept rounded
    assert [(x.unit_price_minor, x.amount_minor) for x in b2.lines] == [(33, 100), (1200, 1200)]
    b3 = receipt(shop, "B-3")
    assert b3.sold_at == datetime(2024, 7, 3, 13, 5, tzinfo=UTC)  # M/D/YYYY, London summer
    assert [(x.line_no, x.sku) for x in b3.lines] == [(1, "SKU-6")]


def test_the_default_columns_are_documented_and_used_without_a_mapping(shop: Engine) -> None:
    assert DEFAULT_COLUMNS == {
        "receipt": "receipt_number",
        "sold_at": "sold_at",
        "sku": "sku",
        "description": "description",
        "qty": "qty",
        "unit_price": "unit_price",
        "customer": "customer",
        "category": "category",
        "tax": "tax",
    }
    report = import_receipts(shop, "S01", DATA / "default_columns.csv")

    assert (report.receipts_added, report.lines_added) == (1, 2)
    assert rejected(report) == {4: "quantity not positive", 5: "tax not between 0 and the amount"}
    t1 = receipt(shop, "T-1")
    assert [(x.description, x.category, x.amount_minor, x.tax_minor) for x in t1.lines] == [
        ("Tea, green", "grocery", 1200, 100),
        ("Cup", "general", 350, 0),
    ]


def test_non_ascii_text_and_blank_descriptions_survive(shop: Engine) -> None:
    import_receipts(shop, "S01", DATA / "custom.csv", mapping=CUSTOM_MAPPING)

    with UnitOfWork(shop) as uow:
        descriptions = dict(
            uow.session.execute(select(ReceiptLine.sku, ReceiptLine.description)).all()
        )
    assert descriptions["SKU-1"] == "Crème brûlée dish"
    assert descriptions["SKU-3"] == "Rīgas balzams ā"
    assert descriptions["SKU-4"] == "Ĳsselmeer map ĳ"
    assert descriptions["SKU-2"] == ""


def test_exact_duplicate_rows_are_counted_not_rejected(shop: Engine) -> None:
    report = import_receipts(shop, "S01", DATA / "custom.csv", mapping=CUSTOM_MAPPING)

    assert report.duplicate_rows == 1
    assert 4 not in rejected(report)
    assert [x.sku for x in receipt(shop, "B-1").lines] == ["SKU-1", "SKU-2"]


def test_a_receipts_scattered_rows_stay_together_unless_it_was_written_already(
    shop: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "scattered.csv"
    path.write_text(
        "receipt_number,sold_at,sku,qty,unit_price\n"
        "R1,2024-06-01 10:00:00,A,1,1.00\n"
        "R2,2024-06-01 10:01:00,B,1,1.00\n"
        "R1,2024-06-01 10:00:00,C,1,1.00\n"
        "R3,2024-06-01 10:02:00,D,1,1.00\n"
        "R4,2024-06-01 10:03:00,E,1,1.00\n"
        "R5,2024-06-01 10:04:00,F,1,1.00\n"
        "R1,2024-06-01 10:00:00,G,1,1.00\n",
        "utf-8",
    )
    # batch_size=2: a receipt stays open until 2 rows pass without one of its rows
    report = import_receipts(shop, "S01", path, batch_size=2)

    assert [x.sku for x in receipt(shop, "R1").lines] == ["A", "C"]  # one row apart: whole
    assert rejected(report) == {8: "receipt's rows not together"}
    assert report.receipts_added == 5


def test_a_mapping_must_name_our_fields_and_the_files_columns(shop: Engine) -> None:
    with pytest.raises(InvalidInput, match="'colour' is not one of our fields"):
        import_receipts(shop, "S01", DATA / "custom.csv", mapping={"colour": "Groep"})
    with pytest.raises(InvalidInput, match="no such column"):
        import_receipts(shop, "S01", DATA / "custom.csv", mapping={"sku": "Item"})
    with pytest.raises(InvalidInput, match="no column for receipt"):
        import_receipts(shop, "S01", DATA / "custom.csv")
    with pytest.raises(NotFound):
        import_receipts(shop, "S09", DATA / "custom.csv", mapping=CUSTOM_MAPPING)
    assert counts(shop)["receipts"] == 0


# -- the Online Retail exports --------------------------------------------------------------
def test_online_retail_sales_cancellations_and_rejects(shop: Engine) -> None:
    report = import_receipts(shop, "S01", DATA / "online_retail.csv")

    assert report.layout == "online-retail"
    assert (report.receipts_added, report.lines_added) == (4, 5)
    assert report.duplicate_rows == 1
    assert (report.returns_added, report.returned_lines) == (1, 1)
    assert rejected(report) == {
        4: "not a product",  # POST
        9: "stock adjustment",  # a negative quantity outside a C invoice
        10: "zero or negative price",
        12: "cancellation with no earlier purchase",
        13: "cancellation exceeds what was bought",
        14: "not a product",  # M, in a cancellation
        15: "cancellation without a customer",
        16: "bad-debt adjustment",  # the A invoice
        17: "cancellation with no earlier purchase",  # the purchase came later
    }
    by_line = {r.line: r for r in report.rejects}
    assert by_line[12].message == (
        "cancellation with no earlier purchase: 22633 by customer 13047 (C536380)"
    )
    assert "40 x 84879 by customer 13047" in by_line[13].detail
    assert by_line[4].detail == "POST"
    assert report.rejects_by_reason()["not a product"] == 2

    sale = receipt(shop, "536365")
    assert sale.customer == "17850"  # not 17850.0
    assert sale.sold_at == datetime(2010, 12, 1, 8, 26, tzinfo=UTC)
    assert [(x.sku, x.qty, x.amount_minor, x.returned_qty) for x in sale.lines] == [
        ("85123A", 6, 1530, 2),
        ("71053", 6, 2034, 0),
    ]
    with UnitOfWork(shop) as uow:
        ret = uow.session.scalars(select(Return)).one()
        lines = uow.session.scalars(select(ReturnLine)).all()
        refunds = uow.session.scalars(select(Refund)).all()
        employee = uow.session.scalars(select(Employee).where(Employee.code == "import")).one()
    assert ret.number == "IMPORT-C536379-1"
    assert (ret.receipt_id, ret.receipt_number, ret.customer) == (sale.id, "536365", "17850")
    assert (ret.reason_code, ret.note) == ("other", "imported cancellation C536379")
    assert (ret.prefer, ret.policy_version, ret.register_code) == ("original", 0, "IMPORT")
    assert ret.returned_at == datetime(2010, 12, 1, 9, 41, tzinfo=UTC)
    assert (ret.refund_total_minor, ret.store_credit_minor, ret.currency) == (510, 0, "GBP")
    assert ret.decision["refund_total"] == "5.10"
    assert ret.decision["lines"][0]["days"] == 0
    assert ret.employee_id == employee.id
    assert [(x.line_no, x.sku, x.qty, x.refund_minor, x.receipt_line_id) for x in lines] == [
        (1, "85123A", 2, 510, sale.lines[0].id)
    ]
    assert [(r.method, r.amount_minor) for r in refunds] == [("other", 510)]
    assert (employee.active, employee.role) == (False, "cashier")
    assert employee.pin_hash.startswith("scrypt$") and not pin_matches("0000", employee.pin_hash)
    summary = report.summary()
    assert "receipts added:          4 (5 lines)" in summary
    assert "not a product  (e.g. line 4: POST; line 14: M)" in summary


def test_the_online_retail_ii_layout_read_from_gzip(shop: Engine, tmp_path: Path) -> None:
    packed = tmp_path / "online_retail_ii.csv.gz"
    with (DATA / "online_retail_ii.csv").open("rb") as plain, gzip.open(packed, "wb") as gz:
        shutil.copyfileobj(plain, gz)

    report = import_receipts(shop, "S01", packed)

    assert report.layout == "online-retail"
    assert (report.receipts_added, report.lines_added) == (3, 5)
    assert rejected(report) == {8: "not a product"}  # DOT
    first = receipt(shop, "489434")
    assert first.customer == "13085"
    assert first.sold_at == datetime(2009, 12, 1, 7, 45, tzinfo=UTC)
    assert first.lines[2].description == 'RECORD FRAME 7" SINGLE SIZE'
    # 14 cancelled: the 4 of the newest purchase, then 10 of the 12 bought before
    assert (report.returns_added, report.returned_lines) == (2, 1)
    with UnitOfWork(shop) as uow:
        returns = uow.session.scalars(select(Return).order_by(Return.number)).all()
        returned = dict(
            uow.session.execute(
                select(Receipt.number, ReceiptLine.returned_qty)
                .join(Receipt)
                .where(ReceiptLine.sku == "79323P")
            ).all()
        )
    assert [(r.number, r.receipt_number, r.refund_total_minor) for r in returns] == [
        ("IMPORT-C489449-1", "489436", 2700),
        ("IMPORT-C489449-2", "489434", 6750),
    ]
    assert returned == {"489436": 4, "489434": 10}


def test_a_cancellation_is_never_linked_beyond_what_was_bought(
    shop: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "over.csv"
    path.write_text(
        "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
        "500001,21212,CAKE CASES,5,2010-01-04 10:00:00,0.55,12345,United Kingdom\n"
        "C500002,21212,CAKE CASES,-3,2010-01-05 10:00:00,0.55,12345,United Kingdom\n"
        "C500003,21212,CAKE CASES,-3,2010-01-06 10:00:00,0.55,12345,United Kingdom\n"
        "C500004,21212,CAKE CASES,-2,2010-01-07 10:00:00,0.55,12345,United Kingdom\n",
        "utf-8",
    )
    report = import_receipts(shop, "S01", path)

    assert report.returns_added == 2
    assert rejected(report) == {4: "cancellation exceeds what was bought"}
    assert "3 x 21212 by customer 12345 (C500003); 2 left to return" in report.rejects[0].detail
    with UnitOfWork(shop) as uow:
        line = uow.session.scalars(select(ReceiptLine)).one()
        refunds = uow.session.scalars(select(Return.refund_total_minor)).all()
    assert (line.qty, line.returned_qty) == (5, 5)
    # SPEC.md's shares of 2.75 add up to exactly the line: 1.65 + 1.10
    assert sorted(refunds) == [110, 165]


# -- doing it again, or after a crash -------------------------------------------------------
def test_importing_the_same_file_twice_changes_nothing(shop: Engine) -> None:
    first = import_receipts(shop, "S01", DATA / "online_retail.csv")
    after_first = counts(shop)
    second = import_receipts(shop, "S01", DATA / "online_retail.csv")

    assert counts(shop) == after_first
    assert after_first["journal"] == 1
    assert (second.receipts_added, second.lines_added, second.returns_added) == (0, 0, 0)
    assert second.receipts_skipped == first.receipts_added == 4
    assert second.returns_skipped == 1
    assert receipt(shop, "536365").lines[0].returned_qty == 2


def test_one_journal_entry_records_the_import(shop: Engine) -> None:
    report = import_receipts(shop, "S01", DATA / "online_retail.csv", batch_size=2)

    with UnitOfWork(shop) as uow:
        entries = uow.session.scalars(select(JournalEntry)).all()
        assert journal.verify(uow, get_store(uow, "S01")).ok
    assert [e.kind for e in entries] == ["sales_imported"]
    payload = entries[0].payload
    assert payload["file"] == "online_retail.csv"
    assert payload["sha256"] == report.sha256 and len(report.sha256) == 64
    assert payload["receipts_added"] == 4
    assert payload["lines_added"] == 5
    assert payload["past_returns_added"] == 1
    assert payload["duplicate_rows"] == 1
    assert payload["rejects"] == 9


def test_small_batches_give_the_same_result_and_a_crash_is_finished_by_running_again(
    shop: Engine,
) -> None:
    seen: list[int] = []

    def crash_after_two_batches(report: ImportReport) -> None:
        seen.append(report.receipts_added)
        if len(seen) == 2:
            raise SwitchedOff("the till was switched off")

    with pytest.raises(SwitchedOff):
        import_receipts(
            shop, "S01", DATA / "online_retail.csv", batch_size=1, progress=crash_after_two_batches
        )
    partly = counts(shop)
    assert 0 < partly["receipts"] < 4
    assert partly["journal"] == 0

    report = import_receipts(shop, "S01", DATA / "online_retail.csv", batch_size=1)

    assert report.receipts_added + report.receipts_skipped == 4
    done = counts(shop)
    assert (done["receipts"], done["receipt_lines"], done["returns"], done["journal"]) == (
        4,
        5,
        1,
        1,
    )
    assert receipt(shop, "536365").lines[0].returned_qty == 2


def test_the_report_summary_and_reject_helpers() -> None:
    report = ImportReport(file="x.csv", layout="csv", store="S01", rows_read=10, elapsed=2.0)
    report.lines_added = 8
    report.rejects += [Reject(3, "not a product", "POST"), Reject(5, "not a product", "M")]
    report.rejects.append(Reject(7, "bad date/time", "'soon'"))

    assert report.rejects_by_reason().most_common() == [("not a product", 2), ("bad date/time", 1)]
    assert report.lines_per_second == 4.0
    assert Reject(3, "not a product", "POST").message == "not a product: POST"
    text = report.summary()
    assert "rows rejected:           3" in text
    assert "2  not a product  (e.g. line 3: POST; line 5: M)" in text


# -- bad input ----------------------------------------------------------------------------
HEADER = "receipt_number,sold_at,sku,description,qty,unit_price,customer,category\n"


def sale_rows(count: int, start: int = 1) -> str:
    return "".join(
        f"G{n},2024-06-01 10:00:00,SKU-{n},Cup,1,2.50,,\n" for n in range(start, start + count)
    )


def test_a_truncated_gz_is_refused_before_anything_is_written(shop: Engine, tmp_path: Path) -> None:
    packed = gzip.compress((HEADER + sale_rows(20_000)).encode("utf-8"))
    path = tmp_path / "sales.csv.gz"
    path.write_bytes(packed[: len(packed) // 2])

    with pytest.raises(InvalidInput) as refused:
        import_receipts(shop, "S01", path, batch_size=100)

    assert str(refused.value).startswith(
        "sales.csv.gz: the gzip file is truncated or damaged (Compressed file ended"
    )
    assert "nothing was imported" in str(refused.value)
    assert counts(shop)["receipts"] == 0


def test_a_field_over_the_csv_limit_names_the_line_its_row_starts_on(
    shop: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(
        HEADER
        + sale_rows(5)
        + 'G6,2024-06-01 10:00:00,SKU-6,"Never closed,1,2.50,,\n'
        + "more text\n" * 20_000,
        "utf-8",
    )

    with pytest.raises(InvalidInput, match=r"^quote\.csv: line 7: the row starting there has "
                       r"a field longer than 131,072 characters, usually a quote"):  # fmt: skip
        import_receipts(shop, "S01", path, batch_size=2)

    assert counts(shop)["receipts"] == 0


def test_a_bad_byte_deep_in_the_file_is_named_by_line_and_nothing_is_written(
    shop: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(
        (HEADER + sale_rows(3000)).encode("utf-8")
        + "X1,2024-06-01 10:00:00,SKU-X,Crème,1,2.50,,\n".encode("cp1252")
    )

    # small batches: before, the 3,000 receipts ahead of the bad byte were written
    with pytest.raises(InvalidInput) as refused:
        import_receipts(shop, "S01", path, batch_size=100)

    assert str(refused.value) == (
        "latin.csv: line 3002, column 32: byte 0xE8 is not utf-8 text; nothing was imported. "
        "Name the file's encoding with --encoding (e.g. cp1252 or latin-1)"
    )
    assert counts(shop)["receipts"] == 0
    report = import_receipts(shop, "S01", path, batch_size=100, encoding="cp1252")
    assert report.receipts_added == 3001
    assert receipt(shop, "X1").lines[0].description == "Crème"


def test_an_unknown_encoding_is_refused(shop: Engine) -> None:
    with pytest.raises(InvalidInput, match="'utf-9' is not a text encoding"):
        import_receipts(shop, "S01", DATA / "default_columns.csv", encoding="utf-9")
    with pytest.raises(InvalidInput, match="'base64' is not a text encoding"):
        import_receipts(shop, "S01", DATA / "default_columns.csv", encoding="base64")


def test_prices_amounts_and_totals_out_of_range_are_rejected_rows(
    shop: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(
        "receipt_number,sold_at,sku,qty,unit_price,tax\n"
        "H1,2024-06-01 10:00:00,A,1,1e30,\n"  # 2
        "H2,2024-06-01 10:00:00,A,1000000,999999999.99,\n"  # 3: the line's amount
        "H3,2024-06-01 10:00:00,A,1,600000000000.00,\n"  # 4
        "H3,2024-06-01 10:00:00,B,1,600000000000.00,\n"  # 5: the receipt's total
        "H4,2024-06-01 10:00:00,A,1e999999999,1.00,\n"  # 6: not made into an integer
        "H5,2024-06-01 10:00:00,A,1,1.00,1e30\n"  # 7
        "H6,2024-06-01 10:00:00,A,1,999999999999.99,\n",  # 8: the largest price
        "utf-8",
    )

    report = import_receipts(shop, "S01", path)

    assert rejected(report) == {
        2: "price out of range",
        3: "amount out of range",
        5: "receipt total out of range",
        6: "quantity too large",
        7: "tax not between 0 and the amount",
    }
    assert receipt(shop, "H3").total_minor == 60_000_000_000_000
    assert receipt(shop, "H6").total_minor == 99_999_999_999_999


def test_rows_of_one_receipt_number_with_another_time_or_customer_are_rejected(
    shop: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "reused.csv"
    path.write_text(
        "receipt_number,sold_at,sku,qty,unit_price,customer\n"
        "N1,2024-06-01 10:00:00,A,1,1.00,\n"
        "N1,2024-06-01 10:09:00,B,1,1.00,K-1\n"  # scanned a little later: the same sale
        "N1,2024-06-03 16:00:00,C,1,1.00,K-1\n"  # another day: another sale
        "N1,2024-06-01 10:01:00,D,1,1.00,K-2\n"  # another customer
        "N1,2024-06-01 10:01:00,E,1,1.00,\n",
        "utf-8",
    )

    report = import_receipts(shop, "S01", path)

    assert rejected(report) == {
        4: "receipt number with another date/time",
        5: "receipt number with another customer",
    }
    by_line = {r.line: r for r in report.rejects}
    assert by_line[4].detail == "N1 at 2024-06-03 16:00 here, 2024-06-01 10:00 on line 2"
    assert by_line[5].detail == "N1 for customer K-2 here, K-1 on its rows before"
    n1 = receipt(shop, "N1")
    assert ([x.sku for x in n1.lines], n1.customer) == (["A", "B", "E"], "K-1")


def test_a_receipt_number_imported_before_for_another_sale_is_rejected_not_skipped(
    shop: Engine, tmp_path: Path
) -> None:
    first = tmp_path / "monday.csv"
    first.write_text(HEADER + "M1,2024-06-03 10:00:00,A,Cup,1,2.50,,\n", "utf-8")
    second = tmp_path / "tuesday.csv"
    second.write_text(
        HEADER
        + "M1,2024-06-03 10:00:00,A,Cup,1,2.50,,\n"  # 2: the same sale again
        + "M2,2024-06-04 09:00:00,A,Cup,1,2.50,,\n",
        "utf-8",
    )
    third = tmp_path / "reused.csv"
    third.write_text(HEADER + "M2,2024-06-04 09:00:00,B,Cup,2,2.50,,\n", "utf-8")
    import_receipts(shop, "S01", first)

    again = import_receipts(shop, "S01", second)
    reused = import_receipts(shop, "S01", third)

    assert (again.receipts_added, again.receipts_skipped, again.rejects) == (1, 1, [])
    assert (reused.receipts_added, reused.receipts_skipped) == (0, 0)
    assert [(r.line, r.reason, r.detail) for r in reused.rejects] == [
        (
            2,
            "receipt number already used for another sale",
            "M2 is in the database sold at 2024-06-04 09:00 for 2.50",
        )
    ]
    assert [x.sku for x in receipt(shop, "M2").lines] == ["A"]


def test_dates_out_of_range_and_long_descriptions_are_rejected(
    shop: Engine, tmp_path: Path
) -> None:
    soon = datetime.now(UTC) + timedelta(hours=12)
    later = datetime.now(UTC) + timedelta(days=2)
    path = tmp_path / "dates.csv"
    path.write_text(
        HEADER
        + "D1,1989-12-31 23:59:00,A,Cup,1,1.00,,\n"  # 2
        + "D2,9999-12-31 23:59:59,A,Cup,1,1.00,,\n"  # 3
        + f"D3,{later:%Y-%m-%d %H:%M:%S},A,Cup,1,1.00,,\n"  # 4
        + f"D4,{soon:%Y-%m-%dT%H:%M:%S+00:00},A,Cup,1,1.00,,\n"  # 5: later today is fine
        + f"D5,1990-01-01 12:00:00,A,{'x' * 501},1,1.00,,\n"  # 6
        + f"D6,1990-01-01 12:00:00,A,{'x' * 500},1,1.00,,\n"  # 7
        + "D7,0001-01-01T00:00:00+01:00,A,Cup,1,1.00,,\n",  # 8: before year 1 in UTC
        "utf-8",
    )

    report = import_receipts(shop, "S01", path)

    assert rejected(report) == {
        2: "date out of range",
        3: "date out of range",
        4: "date out of range",
        6: "description too long",
        8: "bad date/time",
    }
    by_line = {r.line: r for r in report.rejects}
    assert by_line[2].detail == "1989-12-31, before 1990"
    assert by_line[3].detail == "9999-12-31T23:59+00:00, after the import's time"
    assert by_line[4].detail.endswith("+00:00, after the import's time")
    assert by_line[6].detail == "501 characters, at most 500"
    assert report.receipts_added == 2


def test_control_characters_are_cleaned_from_descriptions_and_refused_elsewhere(
    shop: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "control.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)  # C1's quoted description holds a line break: lines 2 and 3
        out.write('C1,2024-06-01 10:00:00,A,"Mug\x00blue\tlarge\r\n\x1b[2Jx ",1,1.00,K-1,home\n')
        out.write("C2,2024-06-01 10:00:00,B\x00,Cup,1,1.00,,\n")  # 4
        out.write("C3\x1f4,2024-06-01 10:00:00,B,Cup,1,1.00,,\n")  # 5
        out.write("C5,2024-06-01 10:00:00,B,Cup,1,1.00,K\x001,\n")  # 6
        out.write("C6,2024-06-01 10:00:00,B,Cup,1,1.00,,ho\x07me\n")  # 7

    report = import_receipts(shop, "S01", path)

    assert rejected(report) == {
        4: "control character in SKU",
        5: "control character in the receipt number",
        6: "control character in customer",
        7: "control character in category",
    }
    assert {r.line: r.detail for r in report.rejects}[4] == "'B\\x00'"
    # PostgreSQL holds it: no NUL reached the database
    assert receipt(shop, "C1").lines[0].description == "Mug blue large [2Jx"


def test_json_lines_receipts_are_checked_as_csv_rows_are(shop: Engine, tmp_path: Path) -> None:
    good = json.loads((DATA / "receipts.jsonl").read_text("utf-8").splitlines()[0])

    def changed(number: str, change: Callable[[dict[str, Any]], None]) -> str:
        doc = copy.deepcopy(good)
        doc["receipt_number"] = number
        change(doc)
        return json.dumps(doc)

    lines = [
        changed("J1", lambda d: d["lines"][0].update(description="Dish\u0000\nblue")),
        changed("J2", lambda d: d["lines"][0].update(sku="50\u00001")),
        changed("J3", lambda d: d.update(register="R" * 33)),
        changed("J4", lambda d: d["lines"][1].update(tags=["sale\u0007"])),
        changed("J5", lambda d: d.update(sold_at="2200-01-01T00:00:00+00:00")),
        changed("J6", lambda d: d["lines"][1].update(description="x" * 501)),
        changed("J7", lambda d: d["tenders"][0].update(reference="VISA\t1234")),
        "[" * 100_000 + "]" * 100_000,
        '{"format": ' + "9" * 5000 + "}",
    ]
    path = tmp_path / "checked.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")

    report = import_receipts(shop, "S01", path)

    assert {r.line: (r.reason, r.field) for r in report.rejects} == {
        2: ("control character in sku", "lines[0].sku"),
        3: ("register too long", "register"),
        4: ("control character in tags", "lines[1].tags"),
        5: ("date out of range", "sold_at"),
        6: ("description too long", "lines[1].description"),
        7: ("control character in reference", "tenders[0].reference"),
        8: ("not JSON", ""),
        9: ("not JSON", ""),
    }
    assert receipt(shop, "J1").lines[0].description == "Dish blue"
    assert report.receipts_added == 1


def test_every_reject_is_written_with_its_reason_and_row_and_the_summary_names_the_file(
    shop: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "rejects"
    report = import_receipts(shop, "S01", DATA / "online_retail.csv", rejects_folder=folder)

    assert report.rejects_file is not None and report.rejects_file.parent == folder
    assert report.rejects_file.name.startswith("online_retail-")
    assert f"every rejected row, with its line and reason: {report.rejects_file}" in (
        report.summary()
    )
    with report.rejects_file.open(encoding="utf-8", newline="") as written:
        rows = list(csv.reader(written))
    assert rows[0] == ["line", "reason", "detail", *ONLINE_RETAIL_I_HEADER]
    assert [int(row[0]) for row in rows[1:]] == [4, 9, 10, 12, 13, 14, 15, 16, 17]
    source = (DATA / "online_retail.csv").read_text("utf-8").splitlines()
    for row in rows[1:]:  # the row as it was in the file, cancellations' too
        assert ",".join(row[3:]) == source[int(row[0]) - 1]
    assert rows[4][:3] == [
        "12",
        "cancellation with no earlier purchase",
        "22633 by customer 13047 (C536380)",
    ]
    # the same file again, the same second: a file of its own
    again = import_receipts(shop, "S01", DATA / "online_retail.csv", rejects_folder=folder)
    assert again.rejects_file is not None and again.rejects_file != report.rejects_file


def test_nothing_rejected_writes_no_rejects_file(shop: Engine, tmp_path: Path) -> None:
    path = tmp_path / "clean.csv"
    path.write_text(HEADER + sale_rows(2), "utf-8")

    report = import_receipts(shop, "S01", path, rejects_folder=tmp_path / "rejects")

    assert report.rejects_file is None
    assert list((tmp_path / "rejects").iterdir()) == []
    assert "every rejected row" not in report.summary()


def test_a_database_without_a_store_is_told_to_make_one_while_importing(engine: Engine) -> None:
    with pytest.raises(NotFound) as refused:
        import_receipts(engine, None, DATA / "default_columns.csv")

    assert str(refused.value) == (
        "this database has no store yet: make it while importing with --create-store "
        "CODE:TIMEZONE:CURRENCY (e.g. --create-store S01:Europe/London:GBP)"
    )
    with pytest.raises(NotFound, match="no store 'S02' in this database: .* --create-store S02:"):
        import_receipts(engine, "S02", DATA / "default_columns.csv")


# -- the real thing -----------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.skipif(
    not FULL_FILE.is_file(), reason=f"{FULL_FILE} is not here (it lives in ../shared/data)"
)
def test_the_whole_online_retail_ii_file_into_sqlite(tmp_path: Path, slowdown: float) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'till.sqlite3'}")
    migrate(engine)
    with UnitOfWork(engine, write=True) as uow:
        create_store(uow, NewStore("S01", "Online Retail", "Europe/London", "GBP"))
        uow.commit()

    report = import_receipts(engine, "S01", FULL_FILE)

    print("\n" + report.summary())
    assert report.layout == "online-retail"
    assert report.rows_read > 500_000
    assert report.lines_added > 400_000
    assert report.receipts_added > 15_000
    reasons = report.rejects_by_reason()
    unlinked = (
        reasons["cancellation with no earlier purchase"]
        + reasons["cancellation exceeds what was bought"]
    )
    assert report.returned_lines > 3 * unlinked  # cancellations are mostly linked
    assert report.returns_added > 2_000
    assert reasons["not a product"] > 1_000
    assert reasons["bad-debt adjustment"] == 3
    # lines/s; a CI machine slower than a till's CPU is measured before and after the import
    target = 20_000 / max(slowdown, machine_factor())
    assert report.lines_per_second >= target, f"{report.summary()} (target {target:,.0f})"
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ReceiptLine)) == (
            report.lines_added
        )
        over = uow.session.scalar(
            select(func.count())
            .select_from(ReceiptLine)
            .where(ReceiptLine.returned_qty > ReceiptLine.qty)
        )
        assert over == 0
        assert journal.verify(uow, get_store(uow, "S01")).ok
    engine.dispose()
