"""The UCI "Online Retail" (I and II) exports: their two headers, and the rules that make
their rows sales, cancellations or rejects (see the package's documentation)."""

from __future__ import annotations

import re

from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.importing.cancellations import RETURN_PREFIX
from pos_returns.services.importing.checks import MAX_TEXT
from pos_returns.services.importing.report import Reject

ONLINE_RETAIL_COLUMNS: dict[tuple[str, ...], dict[str, str]] = {
    (
        "InvoiceNo",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "UnitPrice",
        "CustomerID",
        "Country",
    ): {
        "receipt": "InvoiceNo",
        "sku": "StockCode",
        "description": "Description",
        "qty": "Quantity",
        "sold_at": "InvoiceDate",
        "unit_price": "UnitPrice",
        "customer": "CustomerID",
    },
    (
        "Invoice",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "Price",
        "Customer ID",
        "Country",
    ): {
        "receipt": "Invoice",
        "sku": "StockCode",
        "description": "Description",
        "qty": "Quantity",
        "sold_at": "InvoiceDate",
        "unit_price": "Price",
        "customer": "Customer ID",
    },
}
"""The two Online Retail headers (I and II) and how their columns map to our fields."""

PRODUCT_CODE = re.compile(r"[0-9]{5,}[A-Z]*|[A-Z]{2,4}[0-9]{4}[A-Z]?", re.IGNORECASE)
"""An Online Retail StockCode that names goods; every other code is not a product."""

MAX_CANCELLATION = MAX_TEXT - len(RETURN_PREFIX) - len("-99999")
"""An imported return is numbered IMPORT-<invoice>-<n>, and Return.number is String(64)."""


def columns_for(header: list[str], file: str) -> dict[str, str]:
    """How the export's columns map to our fields. Raises InvalidInput for a header that
    is neither of the two."""
    base = ONLINE_RETAIL_COLUMNS.get(tuple(header))
    if base is None:
        raise InvalidInput(
            say(
                "{file}: the header is not one of the Online Retail layouts ({layouts})",
                file=file,
                layouts=" or ".join(",".join(h) for h in ONLINE_RETAIL_COLUMNS),
            )
        )
    return base


def is_cancellation(number: str) -> bool:
    """Invoices starting with C cancel (part of) earlier ones."""
    return number[:1] in ("C", "c")


def product_problem(line_no: int, number: str, sku: str) -> Reject | None:
    """A row that is not a sale of goods: a bad-debt adjustment (an invoice starting with
    A) or a code that is not a product's (`PRODUCT_CODE`)."""
    if number[0] in "Aa":
        return Reject(line_no, "bad-debt adjustment", f"invoice {number}")
    if not PRODUCT_CODE.fullmatch(sku):
        return Reject(line_no, "not a product", sku or "blank StockCode")
    return None


def cancellation_problem(
    line_no: int, number: str, sku: str, qty: int, price_text: str, *, positive_price: bool
) -> Reject | None:
    """Why a cancelled row cannot become a past return (None if it can)."""
    if qty >= 0:
        return Reject(line_no, "cancellation with a positive quantity", f"{sku} x {qty}")
    if not positive_price:
        return Reject(line_no, "zero or negative price", price_text.strip())
    if len(number) > MAX_CANCELLATION:
        return Reject(line_no, "cancellation number too long", number)
    return None
