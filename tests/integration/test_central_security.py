"""One store never acts as another at the central database (issue 14, items 1-3).

Every attack here is tried with a store's own login, as a register's password would allow,
against the machine's real PostgreSQL: a temporary `store_roles` that makes
`current_store()` answer another store (it works on a central database made before step 7,
and `init` closes it), temporary functions and operators, `SET search_path`, `SET ROLE`,
objects created anywhere, functions a store must not call, another chain's database, and
each other store's rows. Each is refused, or shown to change nothing.
`test_a_store_role_holds_exactly_these_privileges` is the list the README's "Security"
subsection gives: a grant added later fails it until the list says so.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from integration.conftest import throwaway_postgres
from psycopg import sql

from pos_returns.services.auth import hash_pin
from pos_returns.sync import central

PASSWORD = "a-long-store-password"
SALE = uuid.UUID("00000000-0000-4000-8000-000000000001")  # S01's sale of two scarves
RETURN = uuid.UUID("00000000-0000-4000-8000-000000000002")  # S01's return of one
PIN_HASH = hash_pin("1234")


@dataclass(frozen=True)
class Chain:
    admin: str  # the owner's connection
    database: str
    roles: dict[str, str]  # store code -> its login role

    def url(self, code: str) -> str:
        return self.admin.replace("postgres@", f"{self.roles[code]}:{PASSWORD}@", 1)

    @property
    def group(self) -> str:
        return central.role_name(self.database, "stores")


def new_chain(admin: str, stores: tuple[str, ...] = ("S01", "S02")) -> Iterator[Chain]:
    """A central database made by `central.init` with `stores` added (default role names);
    the database and its roles go afterwards."""
    for url in throwaway_postgres(admin):
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        central.init(plain)
        roles = {
            code: central.add_store(
                plain, central.NewStore(code, f"Store {code}", "Europe/Riga", "EUR", PASSWORD)
            )
            for code in stores
        }
        yield Chain(plain, plain.rsplit("/", 1)[1], roles)


@pytest.fixture
def chain(postgres_admin: str) -> Iterator[Chain]:
    yield from new_chain(postgres_admin)


JOURNAL = {  # S01's entry: keyed by register instance since central step 8
    True: (
        "INSERT INTO register_instances (store, instance, register, tag, public_key)"
        " VALUES ('S01', %(ret)s, 'R1', 'ABCD', repeat('a', 64))",
        "INSERT INTO journal (store, instance, seq, kind, payload, created_at, prev_hash,"
        " hash) VALUES ('S01', %(ret)s, 1, 'return', '{}', now(), repeat('0', 64),"
        " repeat('1', 64))",
    ),
    False: (
        "INSERT INTO journal (store, seq, kind, payload, created_at, prev_hash, hash)"
        " VALUES ('S01', 1, 'return', '{}', now(), repeat('0', 64), repeat('1', 64))",
    ),
}


def seed(admin: str) -> None:
    """S01's rows in every table: a sale of 2 scarves, a return of one (not yet counted)
    with its refund, approval and credit, a journal entry, a conflict, a manager (PIN
    1234), a product and a print."""
    with psycopg.connect(admin) as conn:
        registers = conn.execute("SELECT to_regclass('public.register_instances')").fetchone()
        registers = registers is not None and registers[0] is not None  # since step 8
        for statement in (
            "INSERT INTO receipts (store, id, number, number_key, register, sold_at, currency,"
            " total_minor) VALUES ('S01', %(sale)s, 'S01-R1-000001', 'S01R1000001', 'R1', now(),"
            " 'EUR', 5000)",
            "INSERT INTO receipt_lines (store, receipt_id, line_no, sku, category, qty,"
            " unit_price_minor, amount_minor, tax_minor)"
            " VALUES ('S01', %(sale)s, 1, 'scarf', 'apparel', 2, 2500, 5000, 868)",
            "INSERT INTO tenders (store, receipt_id, position, method, amount_minor)"
            " VALUES ('S01', %(sale)s, 0, 'cash', 5000)",
            "INSERT INTO policy_versions (store, version, document, effective_from,"
            " published_at, published_by) VALUES ('S01', 1, '{}', now(), now(), 'head-office')",
            "INSERT INTO returns (store, id, number, register, receipt_store, receipt_number,"
            " employee, reason, prefer, language, policy_version, decision, currency,"
            " refund_total_minor, store_credit_minor, returned_at) VALUES ('S01', %(ret)s,"
            " 'S01-R1-RT000001', 'R1', 'S01', 'S01-R1-000001', '900', 'gift', 'original', 'en',"
            " 1, '{}', 'EUR', 2500, 0, now())",
            "INSERT INTO return_lines (store, return_id, position, line_no, sku, qty, condition,"
            " disposition, rule, outcome, refund_minor, fee_minor, tax_minor)"
            " VALUES ('S01', %(ret)s, 0, 1, 'scarf', 1, 'unopened', 'restock', 'r', 'refund',"
            " 2500, 0, 434)",
            "INSERT INTO refunds (store, return_id, position, method, amount_minor)"
            " VALUES ('S01', %(ret)s, 0, 'cash', 2500)",
            "INSERT INTO approvals (store, return_id, manager, kind, reasons, created_at)"
            " VALUES ('S01', %(ret)s, '900', 'needs_manager', '[]', now())",
            "INSERT INTO store_credits (store, code, return_id, currency, value_minor, issued_at)"
            " VALUES ('S01', 'SC-1', %(ret)s, 'EUR', 100, now())",
            *JOURNAL[registers],
            "INSERT INTO conflicts (store, return_id, position, receipt_store, receipt_number,"
            " line_no, asked, left_to_return) VALUES ('S01', %(ret)s, 9, 'S01', 'S01-R1-000001',"
            " 1, 5, 0)",
            "INSERT INTO employees (store, code, name, role, pin_hash, active)"
            " VALUES ('S01', '900', 'Māris', 'manager', %(pin)s, true)",
            "INSERT INTO products (store, sku, category, price_minor)"
            " VALUES ('S01', 'scarf', 'apparel', 2500)",
            "INSERT INTO print_history (store, job_id, return_id, kind, register, status,"
            " attempts, copy, printer, created_at, done_at) VALUES ('S01', gen_random_uuid(),"
            " %(ret)s, 'return', 'R1', 'done', 1, false, 'preview:', now(), now())",
        ):
            conn.execute(statement, {"sale": SALE, "ret": RETURN, "pin": PIN_HASH})  # type: ignore[arg-type]


def one(url: str, query: str, *params: object) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(query, params).fetchone()  # type: ignore[arg-type]
    return row[0] if row else None


def returned(admin: str) -> object:
    return one(admin, "SELECT returned_qty FROM receipt_lines WHERE store = 'S01'")


def s01_employees(admin: str) -> list[tuple[str, str]]:
    with psycopg.connect(admin) as conn:
        return conn.execute(
            "SELECT code, pin_hash FROM employees WHERE store = 'S01' ORDER BY code"
        ).fetchall()


def password_is(admin: str, role: str, password: str) -> bool:
    """Whether `role`'s stored SCRAM verifier is `password`'s (the test server trusts every
    local login, so the verifier is what tells)."""
    verifier = str(one(admin, "SELECT rolpassword FROM pg_authid WHERE rolname = %s", role))
    _scheme, counted, keys = verifier.split("$")
    iterations, salt = counted.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key


def refused(conn: psycopg.Connection, statement: str, *params: object) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement, params or None)  # type: ignore[arg-type]


PLANT = "SELECT put_employee('666', 'Mallory', 'manager', %s, true)"
TEMP_STORE_ROLES = (
    "CREATE TEMP TABLE store_roles (role name, store text)",
    "INSERT INTO store_roles VALUES (session_user, 'S01')",
)


# -- item 1: the temporary table, before and after ------------------------------------------
def test_an_old_central_database_lets_a_store_act_as_another_until_init_hardens_it(
    postgres_admin: str,
) -> None:
    """The attack of the issue, on a central database as the steps before 7 made it (roles
    in the server-wide group `posr_store`), then `init` migrates it and it is refused."""
    for url in throwaway_postgres(postgres_admin):
        admin = url.replace("postgresql+psycopg://", "postgresql://")
        database = admin.rsplit("/", 1)[1]
        with psycopg.connect(admin) as conn:  # what `init` and `add_store` did before
            conn.execute(
                "CREATE TABLE central_schema "
                "(step int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            for number, step in enumerate(central.ALL_STEPS[:6], 1):
                assert isinstance(step, str)
                conn.execute(step)  # type: ignore[arg-type]
                conn.execute("INSERT INTO central_schema (step) VALUES (%s)", (number,))
            for code in ("S01", "S02"):
                role = f"{database}_{code.lower()}"
                conn.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE posr_store").format(
                        sql.Identifier(role), sql.Literal(PASSWORD)
                    )
                )
                conn.execute(
                    "INSERT INTO stores (code, name, timezone, currency)"
                    " VALUES (%s, %s, 'Europe/Riga', 'EUR')",
                    (code, code),
                )
                conn.execute("INSERT INTO store_roles VALUES (%s, %s)", (role, code))
        old = Chain(admin, database, {c: f"{database}_{c.lower()}" for c in ("S01", "S02")})
        seed(admin)

        with psycopg.connect(old.url("S02"), autocommit=True) as s02:
            for statement in TEMP_STORE_ROLES:
                s02.execute(statement)  # type: ignore[arg-type]
            # S02 is S01 now: it reads S01's journal and plants a manager there.
            assert s02.execute("SELECT current_store()").fetchone() == ("S01",)
            assert s02.execute("SELECT count(*) FROM journal").fetchone() == (1,)
            s02.execute(PLANT, (hash_pin("0000"),))
        assert [code for code, _ in s01_employees(admin)] == ["666", "900"]

        assert central.init(admin) == len(central.ALL_STEPS) - 6
        with psycopg.connect(old.url("S02"), autocommit=True) as s02:
            refused(s02, TEMP_STORE_ROLES[0])
            assert s02.execute("SELECT current_store()").fetchone() == ("S02",)
            assert s02.execute("SELECT count(*) FROM journal").fetchone() == (0,)
            s02.execute(PLANT, (hash_pin("0000"),))  # its own store's, now
            with pytest.raises(psycopg.errors.UndefinedFunction):  # the trusting one is gone
                s02.execute("SELECT apply_return_line(%s, 0, 'S01', 'S', 1, -2)", (RETURN,))
        assert one(admin, "SELECT count(*) FROM employees WHERE code = '666'") == 2
        # The stores' old roles go on working, through the database's own group...
        with psycopg.connect(old.url("S01"), autocommit=True) as s01:
            apply = "SELECT apply_return_line(%s, %s)"
            # A line that was there before counts as counted (the old push counted each
            # return as it arrived); a new one is counted now, once.
            assert s01.execute(apply, (RETURN, 0)).fetchone() == (True,)
            assert returned(admin) == 0
            s01.execute(
                "INSERT INTO return_lines (store, return_id, position, line_no, sku, qty,"
                " condition, disposition, rule, outcome, refund_minor, fee_minor, tax_minor)"
                " VALUES ('S01', %s, 1, 1, 'scarf', 1, 'unopened', 'restock', 'r', 'refund', 0,"
                " 0, 0)",
                (RETURN,),
            )
            assert s01.execute(apply, (RETURN, 1)).fetchone() == (True,)
        assert returned(admin) == 1
        # ...and the server-wide group holds nothing here any more.
        with psycopg.connect(admin) as conn:
            held = conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind = 'r'"
                " AND has_any_column_privilege('posr_store', c.oid, 'SELECT, INSERT, UPDATE')"
            ).fetchall()
            assert held == []
            members = conn.execute(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member"
                " JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = %s ORDER BY 1",
                (old.group,),
            ).fetchall()
            assert members == [(old.roles["S01"],), (old.roles["S02"],)]


def test_a_store_makes_no_temporary_table_and_one_would_not_make_it_another_store(
    chain: Chain,
) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        refused(s02, TEMP_STORE_ROLES[0])
    # Were TEMP ever granted by mistake, the functions still read the real table.
    with psycopg.connect(chain.admin, autocommit=True) as conn:
        conn.execute(
            sql.SQL("GRANT TEMP ON DATABASE {} TO {}").format(
                sql.Identifier(chain.database), sql.Identifier(chain.roles["S02"])
            )
        )
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        for statement in TEMP_STORE_ROLES:
            s02.execute(statement)  # type: ignore[arg-type]
        s02.execute("CREATE TEMP TABLE employees (LIKE public.employees)")
        s02.execute("CREATE TEMP TABLE return_lines (LIKE public.return_lines)")
        assert s02.execute("SELECT current_store()").fetchone() == ("S02",)
        assert s02.execute("SELECT count(*) FROM public.journal").fetchone() == (0,)
        assert s02.execute("SELECT count(*) FROM public.employees").fetchone() == (0,)
        s02.execute(PLANT, (hash_pin("0000"),))
        refused(
            s02,
            "INSERT INTO public.receipts (store, id, number, number_key, register, sold_at,"
            " currency, total_minor) VALUES ('S01', gen_random_uuid(), 'FAKE', 'FAKE', 'R1',"
            " now(), 'EUR', 100000)",
        )
        refused(s02, "SELECT apply_return_line(%s, 0)", RETURN)
    assert s01_employees(chain.admin) == [("900", PIN_HASH)]
    assert one(chain.admin, "SELECT store FROM employees WHERE code = '666'") == "S02"
    assert returned(chain.admin) == 0


def test_functions_and_operators_a_store_puts_in_pg_temp_are_never_used(chain: Chain) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.admin, autocommit=True) as conn:  # TEMP granted by mistake
        conn.execute(
            sql.SQL("GRANT TEMP ON DATABASE {} TO {}").format(
                sql.Identifier(chain.database), sql.Identifier(chain.roles["S02"])
            )
        )
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        for statement in (
            "CREATE FUNCTION pg_temp.current_store() RETURNS text"
            " LANGUAGE sql AS $$ SELECT 'S01'::text $$",
            "CREATE FUNCTION pg_temp.same(a text, b text) RETURNS boolean"
            " LANGUAGE sql AS $$ SELECT true $$",
            "CREATE OPERATOR pg_temp.= (LEFTARG = text, RIGHTARG = text, FUNCTION = pg_temp.same)",
            "CREATE FUNCTION pg_temp.same(a name, b name) RETURNS boolean"
            " LANGUAGE sql AS $$ SELECT true $$",
            "CREATE OPERATOR pg_temp.= (LEFTARG = name, RIGHTARG = name, FUNCTION = pg_temp.same)",
            "CREATE TEMP VIEW store_roles AS SELECT session_user AS role, 'S01'::text AS store",
            "SET search_path = pg_temp, public, pg_catalog",
        ):
            s02.execute(statement)  # type: ignore[arg-type]
        assert s02.execute("SELECT pg_temp.current_store()").fetchone() == ("S01",)  # its own
        assert s02.execute("SELECT current_store()").fetchone() == ("S02",)
        assert s02.execute("SELECT count(*) FROM public.journal").fetchone() == (0,)
        assert s02.execute("SELECT count(*) FROM public.conflicts").fetchone() == (0,)
        s02.execute(PLANT, (hash_pin("0000"),))
        refused(
            s02,
            "INSERT INTO public.journal (store, seq, kind, payload, created_at, prev_hash, hash)"
            " VALUES ('S01', 2, 'x', '{}', now(), repeat('0', 64), repeat('0', 64))",
        )
        closed = s02.execute("SELECT resolve_conflict(%s, 9, 'Mallory')", (RETURN,)).fetchone()
        assert closed == (None,)
    assert s01_employees(chain.admin) == [("900", PIN_HASH)]
    assert one(chain.admin, "SELECT resolved_by FROM conflicts") is None


def test_a_store_creates_nothing_in_any_schema(chain: Chain) -> None:
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        for statement in (
            "CREATE TABLE public.store_roles2 (role name, store text)",
            "CREATE VIEW public.mine AS SELECT 1",
            "CREATE FUNCTION public.current_store2() RETURNS text LANGUAGE sql AS $$ SELECT 'S01' $$",
            "CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = texteq)",
            "CREATE TYPE public.money2 AS (a int)",
            "CREATE SCHEMA mine",
            "CREATE TEMP TABLE store_roles (role name, store text)",
            "CREATE TEMP VIEW store_roles AS SELECT 1",
            "CREATE TEMP SEQUENCE s",
            "CREATE FUNCTION pg_temp.current_store() RETURNS text LANGUAGE sql AS $$ SELECT 'S01' $$",
        ):
            refused(s02, statement)


def test_a_store_cannot_become_another_role_and_its_own_group_changes_nothing(
    chain: Chain,
) -> None:
    seed(chain.admin)
    s01 = sql.Identifier(chain.roles["S01"])
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        for statement in (
            sql.SQL("SET ROLE {}").format(s01),
            sql.SQL("SET SESSION AUTHORIZATION {}").format(s01),
            sql.SQL("SET ROLE postgres"),
            sql.SQL("ALTER ROLE {} PASSWORD 'mine-now-mine-now'").format(s01),
            sql.SQL("GRANT {} TO {}").format(s01, sql.Identifier(chain.roles["S02"])),
            sql.SQL("ALTER ROLE {} SUPERUSER").format(sql.Identifier(chain.roles["S02"])),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                s02.execute(statement)
        # Its group is what it holds already: as the group, it is still S02 and no more.
        s02.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(chain.group)))
        assert s02.execute("SELECT current_store()").fetchone() == ("S02",)
        assert s02.execute("SELECT count(*) FROM journal").fetchone() == (0,)
        refused(
            s02,
            "INSERT INTO journal (store, seq, kind, payload, created_at, prev_hash, hash)"
            " VALUES ('S01', 2, 'x', '{}', now(), repeat('0', 64), repeat('0', 64))",
        )
        refused(s02, TEMP_STORE_ROLES[0])
        s02.execute("RESET ROLE")
        # Row-level security cannot be switched off, only made to refuse the query.
        s02.execute("SET row_security = off")
        refused(s02, "SELECT count(*) FROM journal")
        # Its own sessions' settings are its own to change, to no end.
        own = sql.Identifier(chain.roles["S02"])
        s02.execute(sql.SQL("ALTER ROLE {} SET search_path = pg_temp, public").format(own))
    with psycopg.connect(chain.url("S02")) as again:
        seen = again.execute("SELECT current_store(), (SELECT count(*) FROM journal)").fetchone()
        assert seen == ("S02", 0)


def test_a_store_of_one_chain_cannot_connect_to_another_chains_database(
    postgres_admin: str,
) -> None:
    for a in new_chain(postgres_admin, ("S01",)):
        for b in new_chain(postgres_admin, ("S01",)):
            assert a.roles["S01"] != b.roles["S01"] and a.group != b.group
            crossed = b.url("S01").rsplit("/", 1)[0] + f"/{a.database}"
            with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
                psycopg.connect(crossed, connect_timeout=5)
            with psycopg.connect(a.url("S01")) as conn:  # its own, as ever
                assert conn.execute("SELECT current_store()").fetchone() == ("S01",)
            # A login outside any chain does not connect either (PUBLIC has no CONNECT).
            outsider = f"{a.database}_outsider"
            with psycopg.connect(a.admin, autocommit=True) as conn:
                conn.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(outsider), sql.Literal(PASSWORD)
                    )
                )
            url = a.admin.replace("postgres@", f"{outsider}:{PASSWORD}@", 1)
            with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
                psycopg.connect(url, connect_timeout=5)


# -- each other's rows ------------------------------------------------------------------
SHARED = ("receipts", "receipt_lines", "tenders", "policy_versions", "returns", "return_lines")
PRIVATE = (
    "refunds",
    "approvals",
    "store_credits",
    "journal",
    "conflicts",
    "employees",
    "products",
    "print_history",
)


def test_a_store_reads_the_chains_shared_rows_and_none_of_another_stores_own(
    chain: Chain,
) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.admin, autocommit=True) as conn:
        conn.execute("ANALYZE")
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        for table in SHARED:
            assert s02.execute(f"SELECT count(*) FROM {table} WHERE store = 'S01'").fetchone() == (
                1,
            ), table
        for table in PRIVATE:
            assert s02.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        assert s02.execute("SELECT store FROM store_roles").fetchall() == [("S02",)]
        refused(s02, "SELECT * FROM central_schema")
        # The planner's statistics show nothing of a table row-level security narrows.
        assert s02.execute(
            "SELECT count(*) FROM pg_stats WHERE tablename = ANY(%s)", (list(PRIVATE),)
        ).fetchone() == (0,)


def test_a_store_writes_only_its_own_rows_and_only_what_a_register_sets(chain: Chain) -> None:
    seed(chain.admin)
    s01_rows = {  # each a row S02 would write as S01's
        "receipts": "(store, id, number, number_key, register, sold_at, currency, total_minor)"
        " VALUES ('S01', gen_random_uuid(), 'FAKE', 'FAKE', 'R1', now(), 'EUR', 100000)",
        "receipt_lines": "(store, receipt_id, line_no, sku, category, qty, unit_price_minor,"
        f" amount_minor, tax_minor) VALUES ('S01', '{SALE}', 2, 'x', 'x', 1, 1, 1, 0)",
        "tenders": f"(store, receipt_id, position, method, amount_minor) VALUES ('S01', '{SALE}',"
        " 1, 'cash', 1)",
        "policy_versions": "(store, version, document, effective_from, published_at,"
        " published_by) VALUES ('S01', 2, '{}', now(), now(), 'Mallory')",
        "returns": "(store, id, number, register, employee, reason, prefer, language,"
        " policy_version, decision, currency, refund_total_minor, store_credit_minor,"
        " returned_at) VALUES ('S01', gen_random_uuid(), 'X', 'R1', '1', 'gift', 'original',"
        " 'en', 1, '{}', 'EUR', 0, 0, now())",
        "return_lines": "(store, return_id, position, line_no, sku, qty, condition, disposition,"
        f" rule, outcome, refund_minor, fee_minor, tax_minor) VALUES ('S01', '{RETURN}', 1, 1,"
        " 'scarf', 1, 'unopened', 'restock', 'r', 'refund', 0, 0, 0)",
        "refunds": f"(store, return_id, position, method, amount_minor) VALUES ('S01', '{RETURN}',"
        " 1, 'cash', 1)",
        "approvals": f"(store, return_id, manager, kind, reasons, created_at) VALUES ('S01',"
        f" '{RETURN}', 'x', 'x', '[]', now())",
        "store_credits": "(store, code, currency, value_minor, issued_at) VALUES ('S01', 'SC-X',"
        " 'EUR', 100000, now())",
        "journal": "(store, seq, kind, payload, created_at, prev_hash, hash) VALUES ('S01', 2,"
        " 'x', '{}', now(), repeat('0', 64), repeat('0', 64))",
        "print_history": "(store, job_id, kind, register, status, attempts, copy, printer,"
        " created_at, done_at) VALUES ('S01', gen_random_uuid(), 'x', 'R1', 'done', 1, false,"
        " 'x', now(), now())",
        "conflicts": f"(store, return_id, position, receipt_store, receipt_number, line_no, asked,"
        f" left_to_return) VALUES ('S02', '{RETURN}', 1, 'S01', 'x', 1, 1, 0)",
        "employees": "(store, code, name, role, pin_hash, active) VALUES ('S02', '666', 'M',"
        " 'manager', 'x', true)",
        "products": "(store, sku, category, price_minor) VALUES ('S02', 'x', 'x', 1)",
        "stores": "(code, name, timezone, currency) VALUES ('S09', 'x', 'UTC', 'EUR')",
        "store_roles": "(role, store) VALUES (session_user, 'S01')",
        "chain": "(one, id_key) VALUES (false, 'x')",
    }
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        for table, row in s01_rows.items():
            refused(s02, f"INSERT INTO {table} {row}")
            for statement in (f"DELETE FROM {table}", f"TRUNCATE {table}"):
                refused(s02, statement)
        for statement in (
            "UPDATE receipt_lines SET returned_qty = 0",
            "UPDATE receipt_lines SET returned_qty = 0 WHERE store = 'S02'",
            "UPDATE return_lines SET applied = NULL",
            "UPDATE employees SET pin_hash = 'x'",
            "UPDATE conflicts SET resolved_by = 'x'",
            "UPDATE chain SET id_key = 'x'",
            "SELECT * FROM receipt_lines FOR UPDATE",
        ):
            refused(s02, statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), s02.transaction():
            s02.execute("LOCK TABLE journal IN EXCLUSIVE MODE")
        # Its own rows, but columns only the centre sets.
        own_sale = uuid.uuid4()
        s02.execute(
            "INSERT INTO receipts (store, id, number, number_key, register, sold_at, currency,"
            " total_minor) VALUES ('S02', %s, 'S02-R1-1', 'S02R11', 'R1', now(), 'EUR', 100)",
            (own_sale,),
        )
        for statement in (
            "INSERT INTO receipts (store, id, number, number_key, register, sold_at, currency,"
            " total_minor, xid) VALUES ('S02', gen_random_uuid(), 'S02-R1-2', 'S02R12', 'R1',"
            " now(), 'EUR', 100, '1')",
            "INSERT INTO receipt_lines (store, receipt_id, line_no, sku, category, qty,"
            " unit_price_minor, amount_minor, tax_minor, returned_qty) VALUES ('S02', %s, 1,"
            " 'x', 'x', 1, 100, 100, 0, -5)",
            "INSERT INTO returns (store, id, number, register, employee, reason, prefer,"
            " language, policy_version, decision, currency, refund_total_minor,"
            " store_credit_minor, returned_at, received_at) VALUES ('S02', gen_random_uuid(),"
            " 'X', 'R1', '1', 'gift', 'original', 'en', 1, '{}', 'EUR', 0, 0, now(),"
            " now() - interval '1 year')",
        ):
            refused(s02, statement, *((own_sale,) if "%s" in statement else ()))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            s02.execute(
                "INSERT INTO receipts (store, id, number, number_key, register, sold_at, currency,"
                " total_minor) VALUES ('S02', %s, 'S02-R1-1', 'S02R11', 'R1', now(), 'EUR', 100)"
                " ON CONFLICT (store, id) DO UPDATE SET total_minor = 0",
                (own_sale,),
            )
    assert returned(chain.admin) == 0


# -- the list: exactly what a store role holds -----------------------------------------------
INSERTS = {  # the columns a register sends; nothing else is written by a store
    "receipts": "store id number number_key register sold_at currency customer total_minor",
    "receipt_lines": "store receipt_id line_no sku description category tags qty"
    " unit_price_minor amount_minor tax_minor",
    "tenders": "store receipt_id position method amount_minor reference",
    "policy_versions": "store version document effective_from published_at published_by",
    "returns": "store id number register receipt_store receipt_number employee customer"
    " customer_id_hash reason note prefer language policy_version decision currency"
    " refund_total_minor store_credit_minor returned_at",
    "return_lines": "store return_id position line_no sku qty condition disposition rule outcome"
    " refund_minor fee_minor tax_minor",
    "refunds": "store return_id position method reference amount_minor",
    "approvals": "store return_id manager kind reasons note created_at",
    "store_credits": "store code return_id currency value_minor issued_at",
    "journal": "store instance seq kind subject_id actor_id payload created_at prev_hash hash"
    " format rows_digest signature",
    "register_instances": "store instance register tag public_key",
    "print_history": "store job_id return_id kind register status attempts copy printer"
    " created_at done_at",
}
UNREAD = {"central_schema"}
CALLS = {
    "current_store()",
    "apply_return_line(uuid, integer)",
    "resolve_conflict(uuid, integer, text)",
    "put_employee(text, text, text, text, boolean)",
}


def test_a_store_role_holds_exactly_these_privileges(chain: Chain) -> None:
    role = chain.roles["S01"]
    with psycopg.connect(chain.admin) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p')"
            )
        ]
        for table in tables:
            held = conn.execute(
                "SELECT p FROM unnest(%s::text[]) p WHERE has_table_privilege(%s, %s, p)",
                (
                    ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"],
                    role,
                    f"public.{table}",
                ),
            ).fetchall()
            assert held == ([] if table in UNREAD else [("SELECT",)]), table
            columns = {
                (name, privilege)
                for name, privilege in conn.execute(
                    "SELECT a.attname, p FROM pg_attribute a, unnest(ARRAY['INSERT', 'UPDATE',"
                    " 'REFERENCES']) p WHERE a.attrelid = %s::regclass AND a.attnum > 0"
                    " AND NOT a.attisdropped AND has_column_privilege(%s, a.attrelid, a.attnum, p)",
                    (f"public.{table}", role),
                )
            }
            expected = {(name, "INSERT") for name in INSERTS.get(table, "").split()}
            assert columns == expected, table
        functions = {
            f"{name}({args})"
            for name, args in conn.execute(
                "SELECT p.proname, oidvectortypes(p.proargtypes) FROM pg_proc p"
                " JOIN pg_namespace n ON n.oid = p.pronamespace"
                " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
                " AND has_function_privilege(%s, p.oid, 'EXECUTE')",
                (role,),
            )
        }
        assert functions == CALLS
        # A function the owner makes later is nobody's to call until granted.
        conn.execute("CREATE FUNCTION public.later() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$")
        assert conn.execute(
            "SELECT has_function_privilege(%s, 'public.later()', 'EXECUTE'),"
            " has_function_privilege('public', 'public.later()', 'EXECUTE')",
            (role,),
        ).fetchone() == (False, False)
        # The SECURITY DEFINER functions: a fixed path, pg_catalog first and pg_temp last.
        definers = conn.execute(
            "SELECT p.proname, p.proconfig FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'public' AND p.prosecdef"
        ).fetchall()
        assert {name for name, _ in definers} == {call.split("(")[0] for call in CALLS}
        assert all(config == ["search_path=pg_catalog, pg_temp"] for _, config in definers)
        database = conn.execute(
            "SELECT has_database_privilege(%s, current_database(), 'CONNECT'),"
            " has_database_privilege(%s, current_database(), 'TEMP'),"
            " has_database_privilege(%s, current_database(), 'CREATE'),"
            " has_database_privilege('public', current_database(), 'CONNECT'),"
            " has_database_privilege('public', current_database(), 'TEMP')",
            (role, role, role),
        ).fetchone()
        assert database == (True, False, False, False, False)
        creates = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE has_schema_privilege(%s, oid, 'CREATE')",
            (role,),
        ).fetchall()
        assert creates == []
        attributes = conn.execute(
            "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls,"
            " rolcanlogin, array(SELECT g.rolname FROM pg_auth_members a"
            "  JOIN pg_roles g ON g.oid = a.roleid WHERE a.member = r.oid)"
            " FROM pg_roles r WHERE rolname = %s",
            (role,),
        ).fetchone()
        assert attributes == (False, False, False, False, False, True, [chain.group])


# -- item 2: apply_return_line takes the key and nothing else ---------------------------------
def test_apply_return_line_counts_the_stored_line_once(chain: Chain) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.url("S01"), autocommit=True) as s01:
        apply = "SELECT apply_return_line(%s, 0)"
        assert s01.execute(apply, (RETURN,)).fetchone() == (True,)
        assert returned(chain.admin) == 1  # the stored line's quantity, of its receipt
        assert s01.execute(apply, (RETURN,)).fetchone() == (True,)
        assert returned(chain.admin) == 1  # counted once
        for arguments in ("(%s, 0, 'S01', 'S01-R1-000001', 1, -1)", "(%s, 0, 1)"):
            with pytest.raises(psycopg.errors.UndefinedFunction):
                s01.execute(f"SELECT apply_return_line{arguments}", (RETURN,))


def test_a_store_applies_only_its_own_return_lines(chain: Chain) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        for key in ((RETURN, 0), (RETURN, 1), (uuid.uuid4(), 0)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not this store's"):
                s02.execute("SELECT apply_return_line(%s, %s)", key)
    with psycopg.connect(chain.admin) as conn:  # the owner is no store: nothing to apply
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="no store"):
            conn.execute("SELECT apply_return_line(%s, 0)", (RETURN,))
    assert returned(chain.admin) == 0


def test_a_return_line_of_no_items_or_fewer_is_refused(chain: Chain) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.url("S01"), autocommit=True) as s01:
        for qty in (0, -1):
            with pytest.raises(psycopg.errors.CheckViolation):
                s01.execute(
                    "INSERT INTO return_lines (store, return_id, position, line_no, sku, qty,"
                    " condition, disposition, rule, outcome, refund_minor, fee_minor, tax_minor)"
                    " VALUES ('S01', %s, 1, 1, 'scarf', %s, 'unopened', 'restock', 'r',"
                    " 'refund', 0, 0, 0)",
                    (RETURN, qty),
                )


def test_a_return_line_beyond_what_was_sold_is_kept_and_raised_once(chain: Chain) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.url("S01"), autocommit=True) as s01:
        s01.execute(
            "INSERT INTO return_lines (store, return_id, position, line_no, sku, qty, condition,"
            " disposition, rule, outcome, refund_minor, fee_minor, tax_minor) VALUES ('S01', %s,"
            " 1, 1, 'scarf', 3, 'unopened', 'restock', 'r', 'refund', 0, 0, 0)",
            (RETURN,),
        )
        for _ in range(2):
            assert s01.execute("SELECT apply_return_line(%s, 1)", (RETURN,)).fetchone() == (False,)
        assert s01.execute(
            "SELECT asked, left_to_return FROM conflicts WHERE position = 1"
        ).fetchall() == [(3, 2)]
    assert returned(chain.admin) == 0


def test_another_stores_receipt_is_counted_by_a_return_of_ones_own_only(chain: Chain) -> None:
    """A cross-store return (S02 takes back S01's scarf) counts on S01's line: what S02
    names is its own return; the receipt, line and quantity come from it."""
    seed(chain.admin)
    mine = uuid.uuid4()
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        s02.execute(
            "INSERT INTO returns (store, id, number, register, receipt_store, receipt_number,"
            " employee, reason, prefer, language, policy_version, decision, currency,"
            " refund_total_minor, store_credit_minor, returned_at) VALUES ('S02', %s,"
            " 'S02-R1-RT000001', 'R1', 'S01', 'S01-R1-000001', '7', 'gift', 'original', 'en',"
            " 1, '{}', 'EUR', 2500, 0, now())",
            (mine,),
        )
        s02.execute(
            "INSERT INTO return_lines (store, return_id, position, line_no, sku, qty, condition,"
            " disposition, rule, outcome, refund_minor, fee_minor, tax_minor) VALUES ('S02', %s,"
            " 0, 1, 'scarf', 2, 'unopened', 'restock', 'r', 'refund', 5000, 0, 868)",
            (mine,),
        )
        assert s02.execute("SELECT apply_return_line(%s, 0)", (mine,)).fetchone() == (True,)
        assert s02.execute("SELECT apply_return_line(%s, 0)", (mine,)).fetchone() == (True,)
    assert returned(chain.admin) == 2
    with psycopg.connect(chain.url("S01"), autocommit=True) as s01:  # nothing left for S01's
        assert s01.execute("SELECT apply_return_line(%s, 0)", (RETURN,)).fetchone() == (False,)
    assert returned(chain.admin) == 2


def test_two_sessions_applying_one_return_line_at_once_count_it_once(chain: Chain) -> None:
    seed(chain.admin)
    answers: list[object] = []

    def second() -> None:
        with psycopg.connect(chain.url("S01"), autocommit=True) as conn:
            row = conn.execute("SELECT apply_return_line(%s, 0)", (RETURN,)).fetchone()
            answers.append(row[0] if row else None)

    with psycopg.connect(chain.url("S01")) as first:
        assert first.execute("SELECT apply_return_line(%s, 0)", (RETURN,)).fetchone() == (True,)
        worker = threading.Thread(target=second)
        worker.start()
        for _ in range(100):  # the second waits on the first's lock of the return line
            if one(
                chain.admin,
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s"
                " AND wait_event_type = 'Lock'",
                chain.roles["S01"],
            ):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the second session never waited for the first")
        first.commit()
    worker.join(10)
    assert answers == [True]
    assert returned(chain.admin) == 1


def test_put_employee_and_resolve_conflict_touch_the_callers_store_only(chain: Chain) -> None:
    seed(chain.admin)
    with psycopg.connect(chain.url("S02"), autocommit=True) as s02:
        assert s02.execute(PLANT.replace("'666'", "'900'"), (hash_pin("0000"),)).fetchone() == (
            True,
        )
        with pytest.raises(psycopg.errors.CheckViolation):
            s02.execute("SELECT put_employee('667', 'M', 'owner', 'x', true)")
        assert s02.execute("SELECT resolve_conflict(%s, 9, 'M')", (RETURN,)).fetchone() == (None,)
    assert s01_employees(chain.admin) == [("900", PIN_HASH)]
    assert one(chain.admin, "SELECT store FROM employees WHERE name = 'Mallory'") == "S02"
    assert one(chain.admin, "SELECT resolved_by FROM conflicts") is None


# -- item 3: a role per store and central database -------------------------------------------
def test_role_names_are_the_databases_own_and_fit_postgresql() -> None:
    assert central.role_name("chain", "s01") == "chain_s01"
    named = [
        central.role_name(database, "s01")
        for database in ("Chain-A", "chain_a", "chain-a", "x" * 62 + "1", "x" * 62 + "2", "pg_x")
    ]
    assert len(set(named)) == len(named)
    assert all(len(name.encode()) <= 63 and name.endswith("_s01") for name in named)
    assert not any(name.startswith("pg_") for name in named)


def test_two_chains_on_one_server_each_have_their_own_roles(postgres_admin: str) -> None:
    for a in new_chain(postgres_admin, ("S01",)):
        for b in new_chain(postgres_admin, ("S01",)):
            assert a.roles["S01"] == central.role_name(a.database, "s01")
            assert b.roles["S01"] == central.role_name(b.database, "s01")
            for ours, other in ((a, b), (b, a)):
                with psycopg.connect(ours.admin) as conn:
                    members = conn.execute(
                        "SELECT m.rolname FROM pg_auth_members x"
                        " JOIN pg_roles m ON m.oid = x.member JOIN pg_roles g ON g.oid = x.roleid"
                        " WHERE g.rolname = %s",
                        (ours.group,),
                    ).fetchall()
                assert members == [(ours.roles["S01"],)] and ours.group != other.group


def test_adding_a_store_again_is_refused_unless_its_password_is_reset(chain: Chain) -> None:
    again = central.NewStore("S01", "Other", "Europe/Riga", "EUR", "another-long-password")
    with pytest.raises(central.CentralError, match="in the chain already.*--reset-password"):
        central.add_store(chain.admin, again)
    role = chain.roles["S01"]
    assert password_is(chain.admin, role, PASSWORD)  # kept
    assert central.add_store(chain.admin, again, reset_password=True) == role
    assert password_is(chain.admin, role, "another-long-password")
    assert not password_is(chain.admin, role, PASSWORD)
    stored = one(chain.admin, "SELECT rolpassword FROM pg_authid WHERE rolname = %s", role)
    assert str(stored).startswith("SCRAM-SHA-256$")  # made at head office, never sent plain
    assert one(chain.admin, "SELECT name FROM stores WHERE code = 'S01'") == "Store S01"


def test_a_store_moves_to_a_role_of_its_own_and_its_old_one_is_out(chain: Chain) -> None:
    """The way out for a role from before step 7 that two chains on a server share."""
    mine = f"{chain.database}_riga"
    moved = central.NewStore("S01", "Riga", "Europe/Riga", "EUR", "a-new-long-password")
    with pytest.raises(central.CentralError, match="with --role, a new role.*--reset-password"):
        central.add_store(chain.admin, moved, mine)
    assert central.add_store(chain.admin, moved, mine, reset_password=True) == mine
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(chain.url("S01"), connect_timeout=5)
    assert password_is(chain.admin, mine, "a-new-long-password")
    with psycopg.connect(chain.admin.replace("postgres@", f"{mine}@", 1)) as conn:
        assert conn.execute("SELECT current_store()").fetchone() == ("S01",)


def test_a_role_that_is_not_this_chains_is_never_taken(chain: Chain) -> None:
    stranger = central.role_name(chain.database, "s03")
    with psycopg.connect(chain.admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(stranger)))
    s03 = central.NewStore("S03", "Tartu", "Europe/Tallinn", "EUR", PASSWORD)
    for reset in (False, True):
        with pytest.raises(central.CentralError, match="exists on this server already.*--role"):
            central.add_store(chain.admin, s03, reset_password=reset)
    with pytest.raises(central.CentralError, match="is store S01's already"):
        central.add_store(chain.admin, s03, chain.roles["S01"])
    other = f"{chain.database}_tartu"
    assert central.add_store(chain.admin, s03, other) == other
    assert one(chain.admin, "SELECT count(*) FROM stores") == 3
    with pytest.raises(central.CentralError, match="at least 12 characters"):
        central.add_store(
            chain.admin, central.NewStore("S04", "x", "Europe/Riga", "EUR", "short-pass")
        )


def test_a_role_left_from_a_dropped_database_of_the_same_name_gets_nothing(
    postgres_admin: str,
) -> None:
    name = f"posr_test_{uuid.uuid4().hex[:12]}"
    admin = postgres_admin.rsplit("/", 1)[0] + f"/{name}"
    s01 = central.NewStore("S01", "Riga", "Europe/Riga", "EUR", PASSWORD)
    try:
        with psycopg.connect(postgres_admin, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        central.init(admin)
        role = central.add_store(admin, s01)
        with psycopg.connect(postgres_admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        central.init(admin)  # the group is reused, without the old store role
        old = Chain(admin, name, {"S01": role})
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(old.url("S01"), connect_timeout=5)
        with pytest.raises(central.CentralError, match="add --reset-password to take it over"):
            central.add_store(admin, s01)
        new = central.NewStore("S01", "Riga", "Europe/Riga", "EUR", "a-new-long-password")
        assert central.add_store(admin, new, reset_password=True) == role
        assert password_is(admin, role, "a-new-long-password")
        with psycopg.connect(old.url("S01")) as conn:
            assert conn.execute("SELECT current_store()").fetchone() == ("S01",)
    finally:
        with psycopg.connect(postgres_admin, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (name + "_",)
            ).fetchall():
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
