"""The chain's central PostgreSQL database: its stores and their roles, its people and
policies as head office sets them (its schema: `pos_returns.sync.schema`).

Every table carries the store's code in its key (a distributed PostgreSQL, Citus, can
spread them by store unchanged). Each store reaches the database through its own login
role; row-level security lets it read the chain's receipts, policies and return history,
and write only its own returns, credits, approvals, journal entries and policy versions.
Nothing is ever updated or deleted by a store: a sale line's returned quantity is raised
only by `apply_return_line`, a SECURITY DEFINER function that refuses to exceed what was
sold and records a conflict for a manager instead (the return itself is kept).

`init` applies the schema's steps not applied yet (so it also migrates an older central
database), each recorded in `central_schema`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from pos_returns.domain.policy import Policy
from pos_returns.domain.policy_format import policy_to_json
from pos_returns.sync.connection import connect, one_line, plain
from pos_returns.sync.schema import ALL_STEPS, Names

__all__ = [
    "ALL_STEPS",
    "PASSWORD_RULE",
    "ROLES",
    "CentralError",
    "NewStore",
    "Published",
    "add_employee",
    "add_store",
    "create_database",
    "init",
    "publish_policy",
    "role_name",
]

_ROLE = re.compile(r"[a-z0-9_]{1,63}")
_CODE = re.compile(r"[A-Za-z0-9_]{1,32}")
_GROUP = "stores"  # the suffix of the group of store roles
_MAX_NAME = 63  # PostgreSQL's limit on a name, in bytes


class CentralError(Exception):
    """The central database could not be set up as asked; `str()` says why."""


def create_database(url: str) -> str | None:
    """Create the database `url` names when the server lacks it, connecting to the server's
    maintenance database ``postgres`` with the same credentials; its name if it was made,
    None if it was there. Raises CentralError saying how to make it by hand when the
    server does not let this connection make it."""
    try:
        with connect(url):
            return None
    except psycopg.OperationalError as exc:
        first = exc
    params = conninfo_to_dict(plain(url))
    name = params.get("dbname") or params.get("user") or ""
    host = params.get("host") or "the server"
    unreachable = CentralError(f"could not connect to the central database: {_said(first)}")
    try:
        maintenance = connect(make_conninfo(plain(url), dbname="postgres"), autocommit=True)
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
        with connect(url, autocommit=False) as conn:
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
        with connect(url) as conn:
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
                _leave_roles(conn, store.code, known, group)
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


def _leave_roles(conn: psycopg.Connection, code: str, roles: list[str], group: str) -> None:
    """Store `code` no longer signs in as `roles` (out of this chain's group of stores)."""
    conn.execute("DELETE FROM store_roles WHERE store = %s", (code,))
    for old in roles:
        conn.execute(
            sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(old))
        )


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
        with connect(url) as conn:
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
        with connect(url) as conn:
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


def _said(exc: psycopg.Error) -> str:
    return one_line(exc, 300)
