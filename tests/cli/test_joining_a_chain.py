"""Opening a store and adding a register, end to end as README "Joining a chain" tells it,
with the command only: head office makes the central database, the store, its first
manager and its policy; the store's first register joins, sells, returns and syncs; a
second register joins, and its return of the same sale line takes in the first one's (one
use case for the counter and the command line: 13.95, not 13.96, of a 27.91 line)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from cli.test_sync_commands import PASSWORD, pos
from integration.shop import POLICY

PIN = "4821"


@pytest.fixture
def new_central(postgres_admin: str) -> Iterator[str]:
    """The URL of a central database the server does not have yet (init makes it)."""
    name = f"posr_chain_{uuid.uuid4().hex[:10]}"
    base = postgres_admin.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(postgres_admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for (role,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"{name}%",)
        ).fetchall():
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def sale(number: str) -> dict:
    """A sale three days ago: two of one item, 27.91 for the line (13.955 a unit)."""
    sold = (datetime.now(UTC) - timedelta(days=3)).isoformat(timespec="seconds")
    return {
        "format": "pos-returns/receipt@1",
        "receipt_number": number,
        "store": "S03",
        "register": "R1",
        "sold_at": sold,
        "currency": "EUR",
        "customer": "C-77",
        "lines": [
            {
                "line": 1,
                "sku": "4006381333931",
                "description": "Wool scarf",
                "category": "apparel",
                "qty": 2,
                "unit_price": "13.96",
                "amount": "27.91",
                "tax": "4.84",
            }
        ],
        "tenders": [{"method": "cash", "amount": "27.91"}],
    }


def returned_one(db: Path) -> dict:
    done = pos(
        "return",
        "--receipt",
        "S03-R1-000001",
        "--line",
        "1:1",
        "--reason",
        "changed-mind",
        "--employee",
        "100",
        "--pin",
        PIN,
        "--json",
        POS_RETURNS_DB=str(db),
        POS_RETURNS_CENTRAL_PASSWORD=PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_new_store_and_a_second_register_each_return_and_sync(
    new_central: str, tmp_path: Path
) -> None:
    made = pos("central", "init", "--url", new_central)
    assert made.returncode == 0, made.stderr
    assert "created the database" in made.stdout or "central schema" in made.stdout
    added = pos(
        "central",
        "add-store",
        "S03",
        "--url",
        new_central,
        "--name",
        "Tartu",
        "--timezone",
        "Europe/Tallinn",
        "--currency",
        "EUR",
        POS_RETURNS_STORE_PASSWORD=PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    role = f"{new_central.rsplit('/', 1)[1]}_s03"
    hired = pos(
        "central",
        "add-employee",
        "S03",
        "100",
        "--url",
        new_central,
        "--name",
        "Kadri",
        "--role",
        "manager",
        POS_RETURNS_EMPLOYEE_PIN=PIN,
    )
    assert hired.returncode == 0, hired.stderr
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps(POLICY), "utf-8")
    published = pos("central", "publish-policy", "S03", str(policy), "--url", new_central)
    assert published.returncode == 0, published.stderr

    store_url = new_central.replace("postgres@", f"{role}@", 1)
    r1, r2 = tmp_path / "r1.sqlite3", tmp_path / "r2.sqlite3"
    joined = pos(
        "sync",
        "join",
        "--url",
        store_url,
        "--register",
        "R1",
        "--db",
        str(r1),
        POS_RETURNS_CENTRAL_PASSWORD=PASSWORD,
    )
    assert joined.returncode == 0, joined.stderr
    assert "this database is register R1 of S03 (Tartu)" in joined.stdout
    assert "pulled: 1 policy versions, 0 receipts, 1 employees" in joined.stdout
    sales = tmp_path / "sales.jsonl"
    sales.write_text(json.dumps(sale("S03-R1-000001")) + "\n", "utf-8")
    imported = pos(
        "import", "receipts", str(sales), "--employee", "100", "--pin", PIN, POS_RETURNS_DB=str(r1)
    )
    assert imported.returncode == 0, imported.stderr
    synced = pos("sync", "--once", POS_RETURNS_DB=str(r1), POS_RETURNS_CENTRAL_PASSWORD=PASSWORD)
    assert synced.returncode == 0, synced.stdout + synced.stderr

    second = pos(
        "sync",
        "join",
        "--url",
        store_url,
        "--register",
        "R2",
        "--db",
        str(r2),
        POS_RETURNS_CENTRAL_PASSWORD=PASSWORD,
    )
    assert second.returncode == 0, second.stderr
    assert "register R2 of S03" in second.stdout and "1 receipts" in second.stdout

    first = returned_one(r1)
    assert first["decision"]["refund_total"] == "13.96"
    up = pos("sync", "--once", POS_RETURNS_DB=str(r1), POS_RETURNS_CENTRAL_PASSWORD=PASSWORD)
    assert up.returncode == 0 and "up 1 returns" in up.stdout, up.stdout + up.stderr
    last = returned_one(r2)  # the last unit: what is left of the line, to the cent
    assert last["decision"]["refund_total"] == "13.95"
    assert last["return"].startswith("S03-R2-") and first["return"].startswith("S03-R1-")
    up = pos("sync", "--once", POS_RETURNS_DB=str(r2), POS_RETURNS_CENTRAL_PASSWORD=PASSWORD)
    assert up.returncode == 0 and "up 1 returns" in up.stdout, up.stdout + up.stderr

    with psycopg.connect(new_central) as conn:
        back = conn.execute(
            "SELECT sum(refund_total_minor), count(*) FROM returns WHERE store = 'S03'"
        ).fetchone()
        assert back == (2791, 2)  # the whole line, once
        assert conn.execute("SELECT returned_qty FROM receipt_lines").fetchone() == (2,)
        assert conn.execute(
            "SELECT count(DISTINCT instance) FROM journal WHERE store = 'S03'"
        ).fetchone() == (2,)
    for db in (r1, r2):
        checked = pos(
            "verify", "--central", POS_RETURNS_DB=str(db), POS_RETURNS_CENTRAL_PASSWORD=PASSWORD
        )
        assert checked.returncode == 0, checked.stderr
        assert "the centre's copy (" in checked.stdout
