"""The chain's central PostgreSQL database: its schema, its stores and their roles.

Every table carries the store's code in its key (a distributed PostgreSQL, Citus, can
spread them by store unchanged). Each store reaches the database through its own login
role; row-level security lets it read the chain's receipts, policies and return history,
and write only its own returns, credits, approvals, journal entries and policy versions.
Nothing is ever updated or deleted by a store: a sale line's returned quantity is raised
only by `apply_return_line`, a SECURITY DEFINER function that refuses to exceed what was
sold and records a conflict for a manager instead (the return itself is kept).

Tables the registers pull carry `xid xid8 DEFAULT pg_current_xact_id()`; a pull reads
`[previous watermark, pg_snapshot_xmin(pg_current_snapshot()))`, so a transaction that
commits late is read by the next pull, not lost (DESIGN.md).

The schema is applied as numbered steps recorded in `central_schema` (`init` runs the ones
not applied yet, so it also migrates an older central database). A step is SQL text, or a
function of `Names` (this database and its group of store roles, quoted) giving it.

One store never acts as another (step 7, `HARDEN`):
- Roles belong to the server, so each central database has its own group of store roles
  (``<database>_stores``) and its own store roles (``<database>_<store code>``); only that
  group may connect, and nobody may make temporary objects in it or create anything in
  any schema.
- The SECURITY DEFINER functions run with ``search_path = pg_catalog, pg_temp`` and name
  every table and function of ours as ``public.x``, as PostgreSQL's "Writing SECURITY
  DEFINER Functions Safely" says: neither a temporary table nor a function or operator
  put anywhere can change what they read. With pg_catalog first and pg_temp never searched
  for operators, ``=`` is always PostgreSQL's own.
- A store calls only `current_store`, `apply_return_line`, `resolve_conflict` and
  `put_employee`; it inserts only the columns a register sets (never a returned quantity,
  an ``xid`` or a receipt time) and updates or deletes nothing.
- `apply_return_line(return id, position)` trusts nothing else: it reads the receipt, the
  line and the quantity from the stored return line of the caller's store, and counts each
  line once.

A later step that adds a table or a function does the same: ``GRANT`` to ``names.stores``
only what a register needs (columns, for INSERT), ``SET search_path = pg_catalog, pg_temp``
on a SECURITY DEFINER function and ``public.``-qualified names in its body (functions are
no longer executable by PUBLIC by default). tests/integration/test_central_security.py
lists what a store role may do and fails on anything more.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from pos_returns.domain.policy import Policy
from pos_returns.domain.policy_format import policy_to_json

STEPS: tuple[str, ...] = (
    # 1: stores, their roles, and the tables registers pull and push.
    """
    CREATE TABLE stores (
        code text PRIMARY KEY,
        name text NOT NULL,
        timezone text NOT NULL,
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE store_roles (
        role name PRIMARY KEY,
        store text NOT NULL REFERENCES stores(code)
    );
    CREATE FUNCTION current_store() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT store FROM store_roles WHERE role = session_user $$;

    CREATE TABLE receipts (
        store text NOT NULL REFERENCES stores(code),
        id uuid NOT NULL,
        number text NOT NULL,
        number_key text NOT NULL,
        register text NOT NULL,
        sold_at timestamptz NOT NULL,
        currency char(3) NOT NULL,
        customer text,
        total_minor bigint NOT NULL,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (store, id),
        UNIQUE (store, number)
    );
    CREATE INDEX receipts_number_key ON receipts (number_key);
    CREATE INDEX receipts_xid ON receipts (store, xid);
    CREATE TABLE receipt_lines (
        store text NOT NULL,
        receipt_id uuid NOT NULL,
        line_no int NOT NULL,
        sku text NOT NULL,
        description text NOT NULL DEFAULT '',
        category text NOT NULL,
        tags jsonb NOT NULL DEFAULT '[]',
        qty int NOT NULL,
        unit_price_minor bigint NOT NULL,
        amount_minor bigint NOT NULL,
        tax_minor bigint NOT NULL,
        returned_qty int NOT NULL DEFAULT 0,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (store, receipt_id, line_no),
        FOREIGN KEY (store, receipt_id) REFERENCES receipts (store, id),
        CHECK (returned_qty >= 0)
    );
    CREATE TABLE tenders (
        store text NOT NULL,
        receipt_id uuid NOT NULL,
        position int NOT NULL,
        method text NOT NULL,
        amount_minor bigint NOT NULL,
        reference text,
        PRIMARY KEY (store, receipt_id, position),
        FOREIGN KEY (store, receipt_id) REFERENCES receipts (store, id)
    );
    CREATE TABLE policy_versions (
        store text NOT NULL REFERENCES stores(code),
        version int NOT NULL,
        document jsonb NOT NULL,
        effective_from timestamptz NOT NULL,
        published_at timestamptz NOT NULL,
        published_by text NOT NULL,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (store, version)
    );

    CREATE TABLE returns (
        store text NOT NULL REFERENCES stores(code),
        id uuid NOT NULL,
        number text NOT NULL,
        register text NOT NULL,
        receipt_store text,
        receipt_number text,
        employee text NOT NULL,
        customer text,
        customer_id_hash text,
        reason text NOT NULL,
        note text NOT NULL DEFAULT '',
        prefer text NOT NULL,
        language text NOT NULL,
        policy_version int NOT NULL,
        decision jsonb NOT NULL,
        currency char(3) NOT NULL,
        refund_total_minor bigint NOT NULL,
        store_credit_minor bigint NOT NULL,
        returned_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (store, id),
        UNIQUE (store, number)
    );
    CREATE INDEX returns_receipt ON returns (receipt_store, receipt_number);
    CREATE INDEX returns_customer ON returns (customer);
    CREATE TABLE return_lines (
        store text NOT NULL,
        return_id uuid NOT NULL,
        position int NOT NULL,
        line_no int NOT NULL,
        sku text NOT NULL,
        qty int NOT NULL,
        condition text NOT NULL,
        disposition text NOT NULL,
        rule text NOT NULL,
        outcome text NOT NULL,
        refund_minor bigint NOT NULL,
        fee_minor bigint NOT NULL,
        tax_minor bigint NOT NULL,
        PRIMARY KEY (store, return_id, position),
        FOREIGN KEY (store, return_id) REFERENCES returns (store, id)
    );
    CREATE TABLE refunds (
        store text NOT NULL,
        return_id uuid NOT NULL,
        position int NOT NULL,
        method text NOT NULL,
        reference text,
        amount_minor bigint NOT NULL,
        PRIMARY KEY (store, return_id, position),
        FOREIGN KEY (store, return_id) REFERENCES returns (store, id)
    );
    CREATE TABLE approvals (
        store text NOT NULL,
        return_id uuid NOT NULL,
        manager text NOT NULL,
        kind text NOT NULL,
        reasons jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL,
        PRIMARY KEY (store, return_id),
        FOREIGN KEY (store, return_id) REFERENCES returns (store, id)
    );
    CREATE TABLE store_credits (
        store text NOT NULL REFERENCES stores(code),
        code text NOT NULL,
        return_id uuid,
        currency char(3) NOT NULL,
        value_minor bigint NOT NULL,
        issued_at timestamptz NOT NULL,
        PRIMARY KEY (store, code)
    );
    CREATE TABLE journal (
        store text NOT NULL REFERENCES stores(code),
        seq bigint NOT NULL,
        kind text NOT NULL,
        subject_id uuid,
        actor_id uuid,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL,
        PRIMARY KEY (store, seq)
    );
    CREATE TABLE conflicts (
        store text NOT NULL,
        return_id uuid NOT NULL,
        position int NOT NULL,
        receipt_store text NOT NULL,
        receipt_number text NOT NULL,
        line_no int NOT NULL,
        asked int NOT NULL,
        left_to_return int NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        resolved_by text,
        PRIMARY KEY (store, return_id, position)
    );

    -- A sale line's returned quantity rises only here, never past what was sold: a
    -- return that would exceed it is kept (the money is out) and raised as a conflict.
    CREATE FUNCTION apply_return_line(
        p_return uuid, p_position int, p_receipt_store text, p_receipt text, p_line int,
        p_qty int
    ) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
    DECLARE
        me text := current_store();
        sale uuid;
        left_now int;
    BEGIN
        IF me IS NULL AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
            RAISE EXCEPTION 'no store for role %', session_user;
        END IF;
        SELECT id INTO sale FROM receipts WHERE store = p_receipt_store AND number = p_receipt;
        IF NOT EXISTS (
            SELECT 1 FROM return_lines
            WHERE store = coalesce(me, store) AND return_id = p_return AND position = p_position
        ) THEN
            RAISE EXCEPTION 'return line %/% is not this store''s', p_return, p_position;
        END IF;
        UPDATE receipt_lines
           SET returned_qty = returned_qty + p_qty, xid = pg_current_xact_id()
         WHERE store = p_receipt_store AND receipt_id = sale AND line_no = p_line
           AND returned_qty + p_qty <= qty;
        IF FOUND THEN
            RETURN true;
        END IF;
        SELECT qty - returned_qty INTO left_now FROM receipt_lines
         WHERE store = p_receipt_store AND receipt_id = sale AND line_no = p_line;
        INSERT INTO conflicts (store, return_id, position, receipt_store, receipt_number,
                               line_no, asked, left_to_return)
        SELECT r.store, p_return, p_position, p_receipt_store, p_receipt, p_line, p_qty,
               coalesce(left_now, 0)
          FROM returns r WHERE r.id = p_return AND r.store = coalesce(me, r.store)
        ON CONFLICT DO NOTHING;
        RETURN false;
    END $$;

    -- Row-level security: read what the chain shares, write only one's own rows.
    ALTER TABLE stores ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_all ON stores FOR SELECT USING (true);
    ALTER TABLE store_roles ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own_role ON store_roles FOR SELECT USING (role = session_user);
    """,
)

# Tables a store reads chain-wide (SELECT for all) and the ones it writes (INSERT, own rows).
SHARED = ("receipts", "receipt_lines", "tenders", "policy_versions", "returns", "return_lines")
OWN_READ = ("refunds", "approvals", "store_credits", "journal", "conflicts")
WRITES = (
    "receipts",
    "receipt_lines",
    "tenders",
    "policy_versions",
    "returns",
    "return_lines",
    "refunds",
    "approvals",
    "store_credits",
    "journal",
)
_ROLE = re.compile(r"[a-z0-9_]{1,63}")
_CODE = re.compile(r"[A-Za-z0-9_]{1,32}")
_GROUP = "stores"  # the suffix of the group of store roles
_MAX_NAME = 63  # PostgreSQL's limit on a name, in bytes


class CentralError(Exception):
    """The central database could not be set up as asked; `str()` says why."""


def _rls() -> str:
    """The row-level policies, once the tables exist."""
    parts = [  # roles belong to the server, not the database: one may exist already
        "DO $$ BEGIN CREATE ROLE posr_store NOLOGIN; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
    ]
    for table in (*SHARED, *OWN_READ):
        parts.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;")
        parts.append(f"GRANT SELECT ON {table} TO posr_store;")
    for table in SHARED:
        parts.append(f"CREATE POLICY read_chain ON {table} FOR SELECT USING (true);")
    for table in OWN_READ:
        parts.append(
            f"CREATE POLICY read_own ON {table} FOR SELECT USING (store = current_store());"
        )
    for table in WRITES:
        parts.append(f"GRANT INSERT ON {table} TO posr_store;")
        parts.append(
            f"CREATE POLICY write_own ON {table} FOR INSERT WITH CHECK (store = current_store());"
        )
    parts += [
        "GRANT SELECT ON stores, store_roles TO posr_store;",
        "GRANT EXECUTE ON FUNCTION current_store() TO posr_store;",
        "REVOKE EXECUTE ON FUNCTION apply_return_line(uuid, int, text, text, int, int) "
        "FROM PUBLIC;",
        "GRANT EXECUTE ON FUNCTION apply_return_line(uuid, int, text, text, int, int) "
        "TO posr_store;",
    ]
    return "\n".join(parts)


# 3: a manager closes a conflict of their store (a store role updates nothing else).
RESOLVE = """
    CREATE FUNCTION resolve_conflict(p_return uuid, p_position int, p_by text) RETURNS boolean
        LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE conflicts SET resolved_by = p_by
         WHERE store = current_store() AND return_id = p_return AND position = p_position
           AND resolved_by IS NULL
        RETURNING true
    $$;
    REVOKE EXECUTE ON FUNCTION resolve_conflict(uuid, int, text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION resolve_conflict(uuid, int, text) TO posr_store;
"""

# 4: employees and products, kept centrally and pulled by every register of the store.
PEOPLE = """
    CREATE TABLE employees (
        store text NOT NULL REFERENCES stores(code),
        code text NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        pin_hash text NOT NULL,
        active boolean NOT NULL,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (store, code)
    );
    CREATE TABLE products (
        store text NOT NULL REFERENCES stores(code),
        sku text NOT NULL,
        description text NOT NULL DEFAULT '',
        category text NOT NULL,
        tags jsonb NOT NULL DEFAULT '[]',
        price_minor bigint NOT NULL,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        PRIMARY KEY (store, sku)
    );
    ALTER TABLE employees ENABLE ROW LEVEL SECURITY;
    ALTER TABLE products ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_own ON employees FOR SELECT USING (store = current_store());
    CREATE POLICY read_own ON products FOR SELECT USING (store = current_store());
    GRANT SELECT ON employees, products TO posr_store;

    -- A register's back office changes its store's people through this, never directly;
    -- a row that did not change keeps its xid (the other registers pull nothing new).
    CREATE FUNCTION put_employee(
        p_code text, p_name text, p_role text, p_pin_hash text, p_active boolean
    ) RETURNS boolean
        LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        INSERT INTO employees AS e (store, code, name, role, pin_hash, active)
        SELECT current_store(), p_code, p_name, p_role, p_pin_hash, p_active
         WHERE current_store() IS NOT NULL
        ON CONFLICT (store, code) DO UPDATE
           SET name = excluded.name, role = excluded.role, pin_hash = excluded.pin_hash,
               active = excluded.active, xid = pg_current_xact_id()
         WHERE (e.name, e.role, e.pin_hash, e.active)
               IS DISTINCT FROM (excluded.name, excluded.role, excluded.pin_hash, excluded.active)
        RETURNING true
    $$;
    REVOKE EXECUTE ON FUNCTION put_employee(text, text, text, text, boolean) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION put_employee(text, text, text, text, boolean) TO posr_store;
"""

# 5: what was printed (or shown only), for head office's view of the registers.
PRINTS = """
    CREATE TABLE print_history (
        store text NOT NULL REFERENCES stores(code),
        job_id uuid NOT NULL,
        return_id uuid,
        kind text NOT NULL,
        register text NOT NULL,
        status text NOT NULL,
        attempts int NOT NULL,
        copy boolean NOT NULL,
        printer text NOT NULL,
        created_at timestamptz NOT NULL,
        done_at timestamptz NOT NULL,
        PRIMARY KEY (store, job_id)
    );
    ALTER TABLE print_history ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_own ON print_history FOR SELECT USING (store = current_store());
    CREATE POLICY write_own ON print_history FOR INSERT WITH CHECK (store = current_store());
    GRANT SELECT, INSERT ON print_history TO posr_store;
"""

# The chain's key for customers' ID numbers: every register hashes an ID with it, so the
# same ID is the same customer at every store and the policy's limit counts across them.
# 244 random bits from two version-4 UUIDs (PostgreSQL's own generator, no extension).
# One row, read by every store, written by none (on Citus: a reference table).
CHAIN = """
    CREATE TABLE chain (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        id_key text NOT NULL
    );
    INSERT INTO chain (id_key) VALUES (
        replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
    );
    GRANT SELECT ON chain TO posr_store;
    CREATE INDEX returns_customer_id ON returns (customer_id_hash)
        WHERE customer_id_hash IS NOT NULL;
"""


@dataclass(frozen=True)
class Names:
    """What a step names that differs per central database, quoted for SQL."""

    database: str  # this database, an identifier
    stores: str  # its group of store roles, an identifier
    stores_text: str  # the same name as a string literal


Step = str | Callable[[Names], str]


def _harden(n: Names) -> str:
    """7: one store never acts as another (issue 14): the database's own group of stores,
    nothing created by a store anywhere, exact grants, safe SECURITY DEFINER functions and
    an `apply_return_line` that reads what it counts from the stored return line."""
    return f"""
    ALTER TABLE public.chain ADD COLUMN stores_role name;
    UPDATE public.chain SET stores_role = {n.stores_text};

    -- Only this chain's stores connect; nobody makes temporary tables, functions or
    -- operators (TEMP), nor anything in a schema (CREATE).
    REVOKE ALL ON DATABASE {n.database} FROM PUBLIC;
    GRANT CONNECT ON DATABASE {n.database} TO {n.stores};
    REVOKE ALL ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO {n.stores};
    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

    -- The server-wide group of the steps before this one keeps nothing here, and the
    -- database's own group holds this database's store roles only (one left from a dropped
    -- database of the same name loses its members).
    DO $$
    DECLARE
        member name;
    BEGIN
        IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'posr_store') THEN
            REVOKE ALL ON ALL TABLES IN SCHEMA public FROM posr_store;
            REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM posr_store;
            REVOKE ALL ON SCHEMA public FROM posr_store;
        END IF;
        FOR member IN
            SELECT m.rolname FROM pg_catalog.pg_auth_members a
              JOIN pg_catalog.pg_roles m ON m.oid = a.member
              JOIN pg_catalog.pg_roles g ON g.oid = a.roleid
             WHERE g.rolname = {n.stores_text}
        LOOP
            EXECUTE pg_catalog.format('REVOKE %I FROM %I', {n.stores_text}, member);
        END LOOP;
        FOR member IN
            SELECT s.role FROM public.store_roles s
              JOIN pg_catalog.pg_roles r ON r.rolname = s.role
        LOOP
            EXECUTE pg_catalog.format('GRANT %I TO %I', {n.stores_text}, member);
        END LOOP;
    END $$;

    -- What a store reads (row-level security narrows it) and the columns it may write:
    -- never a returned quantity, an xid, a receipt time or anything a function keeps.
    GRANT SELECT ON public.stores, public.store_roles, public.chain, public.receipts,
        public.receipt_lines, public.tenders, public.policy_versions, public.returns,
        public.return_lines, public.refunds, public.approvals, public.store_credits,
        public.journal, public.conflicts, public.employees, public.products,
        public.print_history TO {n.stores};
    GRANT INSERT (store, id, number, number_key, register, sold_at, currency, customer,
        total_minor) ON public.receipts TO {n.stores};
    GRANT INSERT (store, receipt_id, line_no, sku, description, category, tags, qty,
        unit_price_minor, amount_minor, tax_minor) ON public.receipt_lines TO {n.stores};
    GRANT INSERT (store, receipt_id, position, method, amount_minor, reference)
        ON public.tenders TO {n.stores};
    GRANT INSERT (store, version, document, effective_from, published_at, published_by)
        ON public.policy_versions TO {n.stores};
    GRANT INSERT (store, id, number, register, receipt_store, receipt_number, employee,
        customer, customer_id_hash, reason, note, prefer, language, policy_version,
        decision, currency, refund_total_minor, store_credit_minor, returned_at)
        ON public.returns TO {n.stores};
    GRANT INSERT (store, return_id, position, line_no, sku, qty, condition, disposition,
        rule, outcome, refund_minor, fee_minor, tax_minor) ON public.return_lines TO {n.stores};
    GRANT INSERT (store, return_id, position, method, reference, amount_minor)
        ON public.refunds TO {n.stores};
    GRANT INSERT (store, return_id, manager, kind, reasons, note, created_at)
        ON public.approvals TO {n.stores};
    GRANT INSERT (store, code, return_id, currency, value_minor, issued_at)
        ON public.store_credits TO {n.stores};
    GRANT INSERT (store, seq, kind, subject_id, actor_id, payload, created_at, prev_hash,
        hash) ON public.journal TO {n.stores};
    GRANT INSERT (store, job_id, return_id, kind, register, status, attempts, copy, printer,
        created_at, done_at) ON public.print_history TO {n.stores};

    -- A return line is counted once (`applied`: NULL until then, then whether it fitted);
    -- the lines here already were, when their return first arrived.
    ALTER TABLE public.return_lines ADD COLUMN applied boolean;
    UPDATE public.return_lines l SET applied = NOT EXISTS (
        SELECT FROM public.conflicts c
         WHERE c.store = l.store AND c.return_id = l.return_id AND c.position = l.position);
    ALTER TABLE public.return_lines
        ADD CONSTRAINT return_lines_qty_positive CHECK (qty > 0) NOT VALID;
    ALTER TABLE public.employees
        ADD CONSTRAINT employees_role_known CHECK (role IN ('cashier', 'manager', 'admin'))
        NOT VALID;

    CREATE OR REPLACE FUNCTION public.current_store() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        SELECT s.store FROM public.store_roles s
         WHERE s.role OPERATOR(pg_catalog.=) session_user
    $$;

    -- A sale line's returned quantity rises only here, by the stored return line of the
    -- caller's store (its return's receipt, its line and quantity), once; a return that
    -- would exceed what was sold is kept (the money is out) and raised as a conflict.
    DROP FUNCTION public.apply_return_line(uuid, int, text, text, int, int);
    CREATE FUNCTION public.apply_return_line(p_return uuid, p_position int) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        me text := public.current_store();
        this record;
        sale uuid;
        left_now int;
        fitted boolean;
    BEGIN
        IF me IS NULL THEN
            RAISE EXCEPTION 'role % is no store of this chain', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT l.line_no, l.qty, l.applied, r.receipt_store, r.receipt_number INTO this
          FROM public.return_lines l
          JOIN public.returns r ON r.store = l.store AND r.id = l.return_id
         WHERE l.store OPERATOR(pg_catalog.=) me AND l.return_id = p_return
           AND l.position = p_position
           FOR UPDATE OF l;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'return line %/% is not this store''s', p_return, p_position
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF this.applied IS NOT NULL THEN
            RETURN this.applied;  -- counted before: nothing changes
        END IF;
        fitted := true;  -- a return without a receipt counts against no sale line
        IF this.receipt_number IS NOT NULL THEN
            SELECT s.id INTO sale FROM public.receipts s
             WHERE s.store OPERATOR(pg_catalog.=) this.receipt_store
               AND s.number OPERATOR(pg_catalog.=) this.receipt_number;
            UPDATE public.receipt_lines
               SET returned_qty = returned_qty + this.qty, xid = pg_current_xact_id()
             WHERE store OPERATOR(pg_catalog.=) this.receipt_store AND receipt_id = sale
               AND line_no = this.line_no AND returned_qty + this.qty <= qty;
            fitted := FOUND;
        END IF;
        IF NOT fitted THEN
            SELECT s.qty - s.returned_qty INTO left_now FROM public.receipt_lines s
             WHERE s.store OPERATOR(pg_catalog.=) this.receipt_store AND s.receipt_id = sale
               AND s.line_no = this.line_no;
            INSERT INTO public.conflicts (store, return_id, position, receipt_store,
                                          receipt_number, line_no, asked, left_to_return)
            VALUES (me, p_return, p_position, this.receipt_store, this.receipt_number,
                    this.line_no, this.qty, coalesce(left_now, 0))
            ON CONFLICT DO NOTHING;
        END IF;
        UPDATE public.return_lines SET applied = fitted
         WHERE store OPERATOR(pg_catalog.=) me AND return_id = p_return
           AND position = p_position;
        RETURN fitted;
    END $$;

    CREATE OR REPLACE FUNCTION public.resolve_conflict(p_return uuid, p_position int, p_by text)
        RETURNS boolean
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        UPDATE public.conflicts SET resolved_by = p_by
         WHERE store OPERATOR(pg_catalog.=) public.current_store() AND return_id = p_return
           AND position = p_position AND resolved_by IS NULL
        RETURNING true
    $$;

    CREATE OR REPLACE FUNCTION public.put_employee(
        p_code text, p_name text, p_role text, p_pin_hash text, p_active boolean
    ) RETURNS boolean
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        INSERT INTO public.employees AS e (store, code, name, role, pin_hash, active)
        SELECT public.current_store(), p_code, p_name, p_role, p_pin_hash, p_active
         WHERE public.current_store() IS NOT NULL
        ON CONFLICT (store, code) DO UPDATE
           SET name = excluded.name, role = excluded.role, pin_hash = excluded.pin_hash,
               active = excluded.active, xid = pg_current_xact_id()
         WHERE (e.name, e.role, e.pin_hash, e.active)
               IS DISTINCT FROM (excluded.name, excluded.role, excluded.pin_hash, excluded.active)
        RETURNING true
    $$;

    REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION public.current_store(), public.apply_return_line(uuid, int),
        public.resolve_conflict(uuid, int, text),
        public.put_employee(text, text, text, text, boolean) TO {n.stores};
    """


HARDEN: Step = _harden


def _registers(n: Names) -> str:
    """8: a register is an identity (issue 14): each register instance known with its
    journal key, and the journal kept per instance, append-only and chained as pushed."""
    return f"""
    CREATE TABLE public.register_instances (
        store text NOT NULL REFERENCES public.stores(code),
        instance uuid NOT NULL,
        register text NOT NULL,
        tag text NOT NULL,
        public_key text NOT NULL CHECK (public_key ~ '^[0-9a-f]{{64}}$'),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (store, instance),
        UNIQUE (store, register, tag)
    );
    ALTER TABLE public.register_instances ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_own ON public.register_instances FOR SELECT
        USING (store OPERATOR(pg_catalog.=) public.current_store());
    CREATE POLICY write_own ON public.register_instances FOR INSERT
        WITH CHECK (store OPERATOR(pg_catalog.=) public.current_store());
    GRANT SELECT ON public.register_instances TO {n.stores};
    GRANT INSERT (store, instance, register, tag, public_key)
        ON public.register_instances TO {n.stores};

    -- Entries are keyed per register instance: a second register's entry 1 is its own.
    -- The entries pushed before (one chain per store) keep the nil instance.
    ALTER TABLE public.journal
        ADD COLUMN instance uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
        ADD COLUMN format int NOT NULL DEFAULT 1,
        ADD COLUMN rows_digest text,
        ADD COLUMN signature text,
        ADD COLUMN received_at timestamptz NOT NULL DEFAULT now();
    ALTER TABLE public.journal ALTER COLUMN instance DROP DEFAULT;
    ALTER TABLE public.journal DROP CONSTRAINT journal_pkey;
    ALTER TABLE public.journal ADD PRIMARY KEY (store, instance, seq);
    REVOKE INSERT ON public.journal FROM {n.stores};
    GRANT INSERT (store, instance, seq, kind, subject_id, actor_id, payload, created_at,
        prev_hash, hash, format, rows_digest, signature) ON public.journal TO {n.stores};

    -- The centre keeps each instance's entries as one chain: an entry is taken only when
    -- it follows the one before (or is the first), and only from a known instance.
    CREATE FUNCTION public.journal_follows() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        me text := public.current_store();  -- NULL for head office's owner
    BEGIN
        IF me IS NOT NULL AND NEW.store OPERATOR(pg_catalog.<>) me THEN
            RAISE EXCEPTION 'role % writes the journal of % only', session_user, me
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.instance IS NULL THEN
            RAISE EXCEPTION 'a journal entry names its register instance'
                USING ERRCODE = 'not_null_violation';
        END IF;
        IF NOT EXISTS (
            SELECT FROM public.register_instances r
             WHERE r.store OPERATOR(pg_catalog.=) NEW.store AND r.instance = NEW.instance
        ) THEN
            RAISE EXCEPTION 'register instance % of % is not known here', NEW.instance,
                NEW.store USING ERRCODE = 'foreign_key_violation';
        END IF;
        IF NEW.seq = 1 THEN
            IF NEW.prev_hash OPERATOR(pg_catalog.<>) pg_catalog.repeat('0', 64) THEN
                RAISE EXCEPTION 'journal entry 1 of % does not start a chain', NEW.instance
                    USING ERRCODE = 'check_violation';
            END IF;
        ELSIF NOT EXISTS (
            SELECT FROM public.journal j
             WHERE j.store OPERATOR(pg_catalog.=) NEW.store AND j.instance = NEW.instance
               AND j.seq = NEW.seq - 1 AND j.hash OPERATOR(pg_catalog.=) NEW.prev_hash
        ) THEN
            RAISE EXCEPTION 'journal entry % of % does not follow entry % held here',
                NEW.seq, NEW.instance, NEW.seq - 1 USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$;
    REVOKE ALL ON FUNCTION public.journal_follows() FROM PUBLIC;
    CREATE TRIGGER journal_follows BEFORE INSERT ON public.journal
        FOR EACH ROW EXECUTE FUNCTION public.journal_follows();
    """


REGISTERS: Step = _registers

ALL_STEPS: tuple[Step, ...] = (*STEPS, _rls(), RESOLVE, PEOPLE, PRINTS, CHAIN, HARDEN, REGISTERS)


def create_database(url: str) -> str | None:
    """Create the database `url` names when the server lacks it, connecting to the server's
    maintenance database ``postgres`` with the same credentials; its name if it was made,
    None if it was there. Raises CentralError saying how to make it by hand when the
    server does not let this connection make it."""
    try:
        with psycopg.connect(_plain(url), connect_timeout=5):
            return None
    except psycopg.OperationalError as exc:
        first = exc
    params = conninfo_to_dict(_plain(url))
    name = params.get("dbname") or params.get("user") or ""
    host = params.get("host") or "the server"
    unreachable = CentralError(f"could not connect to the central database: {_said(first)}")
    try:
        maintenance = psycopg.connect(
            make_conninfo(_plain(url), dbname="postgres"), autocommit=True, connect_timeout=5
        )
    except psycopg.Error:
        raise unreachable from None  # the server, not the database, is what is missing
    with maintenance:
        if maintenance.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            raise unreachable
        try:
            maintenance.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.Error as exc:
            raise CentralError(
                f"database {name} does not exist on {host} and this connection cannot make it"
                f" ({_said(exc)}): have the server's administrator run CREATE DATABASE {name},"
                " then init again"
            ) from None
    return name


def init(url: str) -> int:
    """Create or migrate the central schema at `url` (an owner's connection, the database
    must exist: see `create_database`); returns the number of steps applied now (0: it was
    up to date). Raises CentralError."""
    try:
        with psycopg.connect(_plain(url), autocommit=False, connect_timeout=5) as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS central_schema "
                "(step int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            conn.execute("LOCK TABLE central_schema IN EXCLUSIVE MODE")
            done = {row[0] for row in conn.execute("SELECT step FROM central_schema")}
            names = _names(conn)
            applied = 0
            for number, step in enumerate(ALL_STEPS, 1):
                if number in done:
                    continue
                text = step(names) if callable(step) else step
                conn.execute(text)  # type: ignore[arg-type] - our own DDL, no parameters
                conn.execute("INSERT INTO central_schema (step) VALUES (%s)", (number,))
                applied += 1
            conn.commit()
            return applied
    except psycopg.Error as exc:
        raise CentralError(f"could not set up the central database: {_said(exc)}") from None


def role_name(database: str, suffix: str) -> str:
    """``<database>_<suffix>``, unique on the server for each database name: lower-cased,
    anything but letters, digits and _ made _, and a hash of the exact name added when
    that changed it or the name would pass PostgreSQL's 63 bytes."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if base.startswith("pg_"):  # reserved for PostgreSQL's own roles
        base = "posr_" + base
    name = f"{base}_{suffix}"
    if base == database and len(name) <= _MAX_NAME:
        return name
    tag = hashlib.sha256(database.encode()).hexdigest()[:8]
    return f"{base[: _MAX_NAME - len(suffix) - len(tag) - 2]}_{tag}_{suffix}"


def _names(conn: psycopg.Connection) -> Names:
    """This database's names, its group of store roles made when missing. Raises
    CentralError when a role of that name exists and is not this database's group."""
    database = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
    group = _recorded_group(conn) or role_name(database, _GROUP)
    comment = f"pos-returns: the stores of central database {database}"
    found = conn.execute(
        "SELECT rolcanlogin, shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = %s",
        (group,),
    ).fetchone()
    if found is None:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        conn.execute(
            sql.SQL("COMMENT ON ROLE {} IS {}").format(sql.Identifier(group), sql.Literal(comment))
        )
    elif found[0] or found[1] != comment:
        raise CentralError(
            f"role {group} exists on this server and is not this database's group of stores:"
            " rename or drop it, then init again"
        )
    return Names(
        database=sql.Identifier(database).as_string(conn),
        stores=sql.Identifier(group).as_string(conn),
        stores_text=sql.Literal(group).as_string(conn),
    )


def _recorded_group(conn: psycopg.Connection) -> str | None:
    """The group of store roles step 7 recorded (None before it)."""
    try:
        with conn.transaction():
            row = conn.execute("SELECT stores_role FROM chain").fetchone()
    except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedColumn):
        return None
    return row[0] if row else None


@dataclass(frozen=True)
class NewStore:
    code: str
    name: str
    timezone: str
    currency: str
    password: str


PASSWORD_RULE = "at least 12 characters"


def add_store(
    url: str, store: NewStore, role: str | None = None, *, reset_password: bool = False
) -> str:
    """Add `store` to the chain with its own login role (default ``<database>_<code>``,
    see `role_name`); returns the role's name. With `reset_password`, a store already in
    the chain gets the new password instead (or, with another `role` named, moves to that
    role: its old ones are out of this chain), and so does a role left from a dropped
    central database of this name. Raises CentralError, saying what to do, for anything
    else that exists: nothing is changed then."""
    if not _CODE.fullmatch(store.code):
        raise CentralError(f"store code {store.code!r}: 1 to 32 letters, digits or _")
    if role is not None and not _ROLE.fullmatch(role):
        raise CentralError(f"role {role!r}: 1 to 63 lower-case letters, digits or _")
    if len(store.password) < 12:
        raise CentralError(f"the store's password: {PASSWORD_RULE}")
    try:
        with psycopg.connect(_plain(url), connect_timeout=5) as conn:
            group = _recorded_group(conn)
            if group is None:
                raise CentralError(
                    "the central database is not set up, or set up by an older version:"
                    " run `pos-returns central init --url ...` first"
                )
            database = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
            asked, role = role, role or role_name(database, store.code.lower())
            known = [
                name
                for (name,) in conn.execute(
                    "SELECT role FROM store_roles WHERE store = %s ORDER BY role", (store.code,)
                )
            ]
            if conn.execute("SELECT 1 FROM stores WHERE code = %s", (store.code,)).fetchone():
                moving = reset_password and role not in known and (asked or not known)
                if not moving:
                    return _existing_store(conn, store, known, reset_password)
                _take_role(  # the store moves to a role of its own
                    conn, store, role, group=group, database=database, reset_password=True
                )
                conn.execute("DELETE FROM store_roles WHERE store = %s", (store.code,))
                for old in known:
                    conn.execute(
                        sql.SQL("REVOKE {} FROM {}").format(
                            sql.Identifier(group), sql.Identifier(old)
                        )
                    )
                conn.execute(
                    "INSERT INTO store_roles (role, store) VALUES (%s, %s)", (role, store.code)
                )
                return role
            _take_role(
                conn, store, role, group=group, database=database, reset_password=reset_password
            )
            conn.execute(
                "INSERT INTO stores (code, name, timezone, currency) VALUES (%s, %s, %s, %s)",
                (store.code, store.name, store.timezone, store.currency),
            )
            conn.execute(
                "INSERT INTO store_roles (role, store) VALUES (%s, %s)", (role, store.code)
            )
    except psycopg.errors.UniqueViolation:
        raise CentralError(f"store {store.code} is in the chain already") from None
    except psycopg.Error as exc:
        raise CentralError(f"could not add store {store.code}: {_said(exc)}") from None
    return role


def _existing_store(
    conn: psycopg.Connection, store: NewStore, roles: list[str], reset_password: bool
) -> str:
    """A store the chain has: its role gets the new password if asked, else a refusal."""
    signs_in = ", ".join(roles) or "no role"
    if not reset_password:
        raise CentralError(
            f"store {store.code} is in the chain already (its registers sign in as"
            f" {signs_in}): to give it a new password (or, with --role, a new role),"
            " add --reset-password"
        )
    for name in roles:
        _set_password(conn, name, store.password)
    return roles[0]


def _take_role(
    conn: psycopg.Connection,
    store: NewStore,
    role: str,
    *,
    group: str,
    database: str,
    reset_password: bool,
) -> None:
    """Make `role` this store's: created new, or (with `reset_password`) a role left from
    a dropped central database of this name; any other role of that name is refused."""
    comment = f"pos-returns: store {store.code} of central database {database}"
    if role == group:
        raise CentralError(f"role {role} is the chain's group of stores: give --role another name")
    found = conn.execute(
        "SELECT shobj_description(oid, 'pg_authid'), rolsuper OR rolcreaterole OR rolcreatedb"
        " OR rolreplication OR rolbypassrls OR NOT rolcanlogin FROM pg_roles WHERE rolname = %s",
        (role,),
    ).fetchone()
    owner = conn.execute("SELECT store FROM store_roles WHERE role = %s", (role,)).fetchone()
    if owner is not None:
        raise CentralError(
            f"role {role} is store {owner[0]}'s already: give this store's role another"
            " name with --role NAME"
        )
    if found is None:
        conn.execute(
            sql.SQL(
                "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
            ).format(sql.Identifier(role))
        )
        _set_password(conn, role, store.password)
    elif reset_password and found[0] == comment and not found[1]:
        _set_password(conn, role, store.password)
    else:
        raise CentralError(
            f"role {role} exists on this server already and is not one of this chain's"
            f" stores: give this store's role another name with --role NAME"
            + (", or add --reset-password to take it over" if found[0] == comment else "")
        )
    conn.execute(
        sql.SQL("COMMENT ON ROLE {} IS {}").format(sql.Identifier(role), sql.Literal(comment))
    )
    conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role)))


def _set_password(conn: psycopg.Connection, role: str, password: str) -> None:
    """The role's password, sent as a SCRAM verifier made here (the server and its logs
    never see the password itself)."""
    verifier = conn.pgconn.encrypt_password(password.encode(), role.encode()).decode()
    conn.execute(
        sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(role), sql.Literal(verifier))
    )


# -- head office: a store's people and policy ----------------------------------------------
ROLES = ("cashier", "manager", "admin")
_EMPLOYEE_CODE = re.compile(r"[A-Za-z0-9-]{1,32}")


def add_employee(url: str, store: str, *, code: str, name: str, role: str, pin: str) -> None:
    """Give `store` an employee (its first manager, say) from head office; every register
    of the store has them after its next pull. The PIN is kept only as its hash. Raises
    CentralError for a bad field, an unknown store or a code the store uses already."""
    from pos_returns.services.auth import hash_pin

    name = " ".join(name.split())
    if not _EMPLOYEE_CODE.fullmatch(code):
        raise CentralError(f"employee code {code!r}: 1 to 32 letters, digits or dashes")
    if not name:
        raise CentralError("--name: type the employee's name")
    if role not in ROLES:
        raise CentralError(f"--role {role!r}: one of {', '.join(ROLES)}")
    try:
        pin_hash = hash_pin(pin)
    except ValueError as exc:
        raise CentralError(f"PIN: {exc}") from None
    try:
        with psycopg.connect(_plain(url), connect_timeout=5) as conn:
            _known_store(conn, store)
            added = conn.execute(
                "INSERT INTO employees (store, code, name, role, pin_hash, active)"
                " VALUES (%s, %s, %s, %s, %s, true) ON CONFLICT DO NOTHING RETURNING code",
                (store, code, name, role, pin_hash),
            ).fetchone()
            if added is None:
                there = conn.execute(
                    "SELECT name, role FROM employees WHERE store = %s AND code = %s",
                    (store, code),
                ).fetchone()
                who = f" ({there[0]}, {there[1]})" if there else ""
                raise CentralError(
                    f"store {store} has an employee {code} already{who}: choose another code"
                )
    except psycopg.Error as exc:
        raise CentralError(f"could not add employee {code} to {store}: {_said(exc)}") from None


@dataclass(frozen=True)
class Published:
    version: int
    effective_from: datetime


def publish_policy(
    url: str, store: str, policy: Policy, starts: date | datetime | None = None
) -> Published:
    """Publish `policy` (validated) as `store`'s next version, in force from `starts` (a
    date: midnight at the store; default: now); the registers take it at their next pull.
    Raises CentralError for an unknown store or a start in the past."""
    if isinstance(starts, datetime) and starts.tzinfo is None:
        raise CentralError(f"--from {starts.isoformat()}: add a UTC offset, e.g. +02:00")
    try:
        with psycopg.connect(_plain(url), connect_timeout=5) as conn:
            timezone = _known_store(conn, store, lock=True)
            now = conn.execute("SELECT now()").fetchone()[0]  # type: ignore[index]
            if starts is None:
                begins = now
            elif isinstance(starts, datetime):
                begins = starts
            else:
                begins = datetime.combine(starts, time(), ZoneInfo(timezone))
            if (now - begins).total_seconds() > 60:
                raise CentralError(
                    f"--from {begins.isoformat()}: a policy takes effect now or later,"
                    " not in the past"
                )
            row = conn.execute(
                "SELECT coalesce(max(version), 0) + 1 FROM policy_versions WHERE store = %s",
                (store,),
            ).fetchone()
            version = int(row[0])  # type: ignore[index]
            document = policy_to_json(replace(policy, version=version))
            conn.execute(
                "INSERT INTO policy_versions (store, version, document, effective_from,"
                " published_at, published_by) VALUES (%s, %s, %s, %s, now(), 'head-office')",
                (store, version, psycopg.types.json.Jsonb(document), begins),
            )
            return Published(version, begins)
    except psycopg.Error as exc:
        raise CentralError(f"could not publish the policy for {store}: {_said(exc)}") from None


def _known_store(conn: psycopg.Connection, store: str, *, lock: bool = False) -> str:
    """The store's time zone; CentralError if the chain has no such store. `lock` holds
    the store's row to the end of the transaction (one version number at a time)."""
    row = conn.execute(
        "SELECT timezone FROM stores WHERE code = %s" + (" FOR UPDATE" if lock else ""), (store,)
    ).fetchone()
    if row is None:
        raise CentralError(
            f"no store {store} in the chain: add it first with"
            f" `pos-returns central add-store {store} ...`"
        )
    return str(row[0])


def _plain(url: str) -> str:
    """A libpq URL from an SQLAlchemy one (``postgresql+psycopg://`` -> ``postgresql://``)."""
    return re.sub(r"^postgresql\+\w+://", "postgresql://", url)


def _said(exc: psycopg.Error) -> str:
    return " ".join(str(exc).split())[:300]
