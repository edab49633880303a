"""Steps 7 and 8 of the central schema: one store never acts as another, and a register
is an identity (issue 14).

Each step is one SQL script in one function, longer than our functions usually are: it
runs as one statement batch and is read (and reviewed for security) top to bottom, so it
is not cut into pieces."""

from __future__ import annotations

from pos_returns.sync.schema.names import Names, Step


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
