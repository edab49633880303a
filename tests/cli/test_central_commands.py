"""`pos-returns central ...` as head office runs it, against the machine's real PostgreSQL:
`init` makes a missing database, `add-store` names each store's role after the central
database and never adds a store twice, and `add-employee` and `publish-policy` open a new
store that a register then signs in to and decides with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from integration.conftest import throwaway_postgres
from integration.shop import POLICY, RECEIPT
from psycopg import sql

from pos_returns.domain.formats import parse_receipt
from pos_returns.domain.model import Condition
from pos_returns.services import sales
from pos_returns.services.auth import sign_in
from pos_returns.services.policies import published_policy
from pos_returns.services.returns import DecideReturn, ReturnItem, propose_return
from pos_returns.services.stores import NewStore, create_store, get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.sync.pull import pull

PASSWORD = "a-long-store-password"


def pos(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("POS_RETURNS_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "pos_returns", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=False,
    )


def refused(done: subprocess.CompletedProcess[str], *said: str) -> None:
    """Exit 2 with one line on standard error saying each of `said`."""
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1, done.stderr
    for words in said:
        assert words in done.stderr, done.stderr


@pytest.fixture
def central_url(postgres_admin: str) -> Iterator[str]:
    for url in throwaway_postgres(postgres_admin):
        yield url.replace("postgresql+psycopg://", "postgresql://")


def add_store(
    url: str, code: str, *extra: str, password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    return pos(
        "central",
        "add-store",
        code,
        "--url",
        url,
        "--name",
        "Tartu",
        "--timezone",
        "Europe/Tallinn",
        "--currency",
        "eur",
        *extra,
        POS_RETURNS_STORE_PASSWORD=password,
    )


def test_init_makes_the_central_database_when_the_server_lacks_it(postgres_admin: str) -> None:
    name = f"posr_test_{uuid.uuid4().hex[:12]}"
    url = postgres_admin.rsplit("/", 1)[0] + f"/{name}"
    try:
        first = pos("central", "init", "--url", url)
        assert first.returncode == 0, first.stderr
        assert f"central database {name} created" in first.stdout
        assert "steps applied" in first.stdout
        again = pos("central", "init", "--url", url)
        assert again.returncode == 0 and again.stdout == "central schema: up to date\n"
    finally:
        with psycopg.connect(postgres_admin, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (name + "_",)
            ).fetchall():
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    down = url.replace("127.0.0.1:5432", "127.0.0.1:1")
    refused(pos("central", "init", "--url", down), "could not connect to the central database")


def test_add_store_names_the_role_after_the_database_and_never_adds_a_store_twice(
    central_url: str,
) -> None:
    assert pos("central", "init", "--url", central_url).returncode == 0
    database = central_url.rsplit("/", 1)[1]
    role = f"{database}_s03"
    added = add_store(central_url, "S03")
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [
        f"store S03 added; its registers sign in as {role}",
        f"on each register: pos-returns sync setup --url postgresql://{role}@127.0.0.1:5432/{database}",
    ]
    refused(
        add_store(central_url, "S03"),
        f"store S03 is in the chain already (its registers sign in as {role})",
        "add --reset-password",
    )
    reset = add_store(central_url, "S03", "--reset-password", password="another-long-password")
    assert reset.returncode == 0, reset.stderr
    assert f"store S03: new password set; its registers sign in as {role}" in reset.stdout
    refused(add_store(central_url, "S04", password="short-pass"), "at least 12 characters")
    refused(add_store(central_url, "S04", password=""), "POS_RETURNS_STORE_PASSWORD", "at least 12")
    described = pos("central", "add-store", "--help")
    assert "at least 12 characters" in " ".join(described.stdout.split())
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT code FROM stores").fetchall() == [("S03",)]


def test_head_office_opens_a_store_and_its_register_signs_in_and_decides_with_its_policy(
    central_url: str, tmp_path: Path
) -> None:
    """A new store's first manager and policy come from head office alone: the register,
    a new database of that store, pulls them, signs the manager in and decides with it."""
    assert pos("central", "init", "--url", central_url).returncode == 0
    assert add_store(central_url, "S03").returncode == 0
    hired = pos(
        "central",
        "add-employee",
        "S03",
        "900",
        "--url",
        central_url,
        "--name",
        " Ilze  Kalna ",
        "--role",
        "manager",
        POS_RETURNS_EMPLOYEE_PIN="4321",
    )
    assert hired.returncode == 0, hired.stderr
    assert "employee 900 (Ilze Kalna, manager) added to S03" in hired.stdout
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps(dict(POLICY, name="Head office policy", version=7)), "utf-8")
    published = pos("central", "publish-policy", "S03", str(policy), "--url", central_url)
    assert published.returncode == 0, published.stderr
    assert "Head office policy published for S03 as version 1" in published.stdout
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT pin_hash LIKE 'scrypt$%' FROM employees").fetchone() == (True,)

    now = datetime.now(UTC)
    sold = dict(
        RECEIPT,
        receipt_number="S03-R1-000001",
        store="S03",
        register="R1",
        sold_at=(now - timedelta(days=3)).isoformat(),
    )
    engine = open_database(str(tmp_path / "s03.sqlite3"))
    with UnitOfWork(engine, write=True) as uow:
        store = create_store(uow, NewStore("S03", "Tartu", "Europe/Tallinn", "EUR"))
        sales.save_receipts(uow, store, [parse_receipt(sold)])
        uow.commit()
    at_the_register = central_url.replace(
        "postgres@", f"{central_url.rsplit('/', 1)[1]}_s03:{PASSWORD}@", 1
    )
    pulled = pull(engine, at_the_register, "S03")
    assert (pulled.employees, pulled.policies) == (1, 1)
    later = now + timedelta(minutes=2)
    manager = sign_in(engine, "900", "4321", later, store_code="S03")
    assert manager.is_manager and manager.name == "Ilze Kalna"
    with UnitOfWork(engine) as uow:
        store = get_store(uow, "S03")
        row, rules = published_policy(uow, store, later)
        assert (row.version, rules.name) == (1, "Head office policy")
        request = DecideReturn("S03-R1-000001", (ReturnItem(1, 1, Condition.UNOPENED),), later)
        decision = propose_return(uow, store, request).decision
    assert decision.policy_version == 1 and decision.lines[0].qty == 1
    engine.dispose()


def test_add_employee_and_publish_policy_say_what_is_wrong_in_one_line_and_write_nothing(
    central_url: str, tmp_path: Path
) -> None:
    assert pos("central", "init", "--url", central_url).returncode == 0
    assert add_store(central_url, "S03").returncode == 0

    def hire(
        store: str, code: str, role: str = "manager", **env: str
    ) -> subprocess.CompletedProcess[str]:
        return pos(
            "central",
            "add-employee",
            store,
            code,
            "--url",
            central_url,
            "--name",
            "Ilze",
            "--role",
            role,
            **env,
        )

    assert hire("S03", "900", POS_RETURNS_EMPLOYEE_PIN="4321").returncode == 0
    refused(
        hire("S09", "901", POS_RETURNS_EMPLOYEE_PIN="4321"),
        "no store S09 in the chain: add it first with `pos-returns central add-store S09 ...`",
    )
    refused(
        hire("S03", "901"), "set POS_RETURNS_EMPLOYEE_PIN to the employee's PIN (4 to 12 digits)"
    )
    refused(hire("S03", "901", POS_RETURNS_EMPLOYEE_PIN="12a4"), "PIN: a PIN is 4 to 12 digits")
    refused(hire("S03", "901", "owner", POS_RETURNS_EMPLOYEE_PIN="4321"), "invalid choice: 'owner'")
    refused(hire("S03", "9 1", POS_RETURNS_EMPLOYEE_PIN="4321"), "employee code '9 1'")
    refused(
        hire("S03", "900", POS_RETURNS_EMPLOYEE_PIN="5555"),
        "store S03 has an employee 900 already (Ilze, manager): choose another code",
    )

    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(POLICY), "utf-8")
    bad.write_text(json.dumps(dict(POLICY, timezone="Mars/Olympus")), "utf-8")

    def publish(path: Path, store: str = "S03", *extra: str) -> subprocess.CompletedProcess[str]:
        return pos("central", "publish-policy", store, str(path), "--url", central_url, *extra)

    refused(publish(bad), f"{bad}: timezone: 'Mars/Olympus' is not a known time zone")
    refused(publish(tmp_path / "none.json"), "none.json: no such file")
    refused(publish(good, "S09"), "no store S09 in the chain")
    refused(publish(good, "S03", "--from", "2020-01-01"), "not in the past")
    refused(publish(good, "S03", "--from", "2030-01-01T06:00"), "add its UTC offset")
    refused(publish(good, "S03", "--from", "soon"), "write a date (2026-12-24)")
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT count(*) FROM policy_versions").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM employees").fetchone() == (1,)
    later = publish(good, "S03", "--from", "2030-01-01")
    assert later.returncode == 0, later.stderr
    assert "as version 1, in force from 2030-01-01T00:00+02:00" in later.stdout  # Tallinn
    assert "as version 2" in publish(good).stdout
