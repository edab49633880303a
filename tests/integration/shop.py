"""A small store for the integration tests: the bundled policy and receipt, three people."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from builders import EXAMPLES
from sqlalchemy import Engine

from pos_returns.domain.formats import parse_receipt
from pos_returns.services import sales
from pos_returns.services.auth import Actor
from pos_returns.services.policies import publish_policy
from pos_returns.services.stores import NewStore, add_employee, create_store, get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import RegisterKind, Role, Store

POLICY = json.loads((EXAMPLES / "policy.json").read_text("utf-8"))
RECEIPT = json.loads((EXAMPLES / "receipt.json").read_text("utf-8"))
SOLD = datetime.fromisoformat(RECEIPT["sold_at"])


@dataclass(frozen=True)
class Shop:
    engine: Engine
    cashier: Actor
    manager: Actor

    def store(self, uow: UnitOfWork) -> Store:
        return get_store(uow, "S01")


def actor(employee, store: Store) -> Actor:  # noqa: ANN001 - an Employee row
    return Actor(employee.id, store.id, employee.code, employee.name, Role(employee.role))


def open_shop(
    engine: Engine,
    *,
    receipts: tuple[dict, ...] = (RECEIPT,),
    register: str = "R1",
    kind: RegisterKind = RegisterKind.STORE,
) -> Shop:
    """Store S01 (registers R1 and R2), its database being register `register`; a demo
    database (`kind`) lets commands say when (`--at`), as tests of dated receipts need."""
    with UnitOfWork(engine, write=True) as uow:
        store = create_store(
            uow,
            NewStore(
                "S01",
                "Riga Centre",
                "Europe/Riga",
                "EUR",
                address="Brīvības iela 1, Rīga",
                language="en",  # not the system's: the tests read English
                registers=(register, *sorted({"R1", "R2"} - {register})),
                kind=kind,
            ),
        )
        cashier = actor(
            add_employee(uow, store, code="101", name="Anna", role=Role.CASHIER, pin="1234"), store
        )
        manager = actor(
            add_employee(uow, store, code="900", name="Māris", role=Role.MANAGER, pin="9999"), store
        )
        publish_policy(uow, store, manager, POLICY, SOLD)
        sales.save_receipts(uow, store, [parse_receipt(r) for r in receipts])
        uow.commit()
    return Shop(engine, cashier, manager)
