"""Steps 1 to 6 of the central schema: the stores and their roles, the tables registers
pull and push, row-level security, conflicts, people, print history and the chain's key."""

from __future__ import annotations

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

RLS = _rls()
