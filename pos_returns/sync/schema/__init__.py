"""The central schema, as numbered steps.

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

from pos_returns.sync.schema.hardening import HARDEN, REGISTERS
from pos_returns.sync.schema.names import Names, Step
from pos_returns.sync.schema.tables import CHAIN, PEOPLE, PRINTS, RESOLVE, RLS, STEPS

__all__ = ["ALL_STEPS", "Names", "Step"]

ALL_STEPS: tuple[Step, ...] = (*STEPS, RLS, RESOLVE, PEOPLE, PRINTS, CHAIN, HARDEN, REGISTERS)
