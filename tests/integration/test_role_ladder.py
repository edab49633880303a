"""The role ladder, cashier < manager < admin, on real SQLite and PostgreSQL: nobody changes
the role, PIN or status of someone at or above their own role, nobody gives a role above
their own, and the store always keeps an active admin (issue 14, item 8)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

import pytest
from integration.shop import Shop, actor, open_shop
from sqlalchemy import Engine, select

from pos_returns.services import people, store_settings
from pos_returns.services.auth import Actor, roles_up_to, sign_in
from pos_returns.services.errors import PermissionDenied, ServiceError
from pos_returns.services.stores import NewStore, add_employee, create_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Employee, JournalEntry, Role, Store

AT = datetime.fromisoformat("2026-10-20T10:00:00+03:00")


class Ladder:
    """The integration shop (Anna 101, a cashier; Māris 900, a manager) plus Ilze 901,
    another manager, and Līga 999, the admin."""

    def __init__(self, shop: Shop) -> None:
        self.shop, self.engine = shop, shop.engine
        self.cashier, self.manager = shop.cashier, shop.manager
        with UnitOfWork(shop.engine, write=True) as uow:
            store = shop.store(uow)
            self.other_manager = actor(
                add_employee(uow, store, code="901", name="Ilze", role=Role.MANAGER, pin="9010"),
                store,
            )
            self.admin = actor(
                add_employee(uow, store, code="999", name="Līga", role=Role.ADMIN, pin="8888"),
                store,
            )
            uow.commit()

    def do(self, change: Callable[[UnitOfWork], object]) -> None:
        """`change` in a write unit of work, committed if it worked."""
        with UnitOfWork(self.engine, write=True) as uow:
            change(uow)
            uow.commit()

    def rows(self) -> dict[str, tuple[str, str, bool]]:
        with UnitOfWork(self.engine) as uow:
            return {
                e.code: (e.role, e.pin_hash, e.active)
                for e in uow.session.scalars(select(Employee))
            }

    def journal(self) -> int:
        with UnitOfWork(self.engine) as uow:
            return len(uow.session.scalars(select(JournalEntry.id)).all())

    def store_of(self, uow: UnitOfWork) -> Store:
        return self.shop.store(uow)


@pytest.fixture
def ladder(engine: Engine) -> Ladder:
    return Ladder(open_shop(engine))


def steps(who: Actor, code: str) -> dict[str, Callable[[UnitOfWork, Store], object]]:
    """Each thing one person may try against the employee `code`."""
    return {
        "demote": lambda uow, store: people.set_role(uow, store, who, code, Role.CASHIER, at=AT),
        "promote": lambda uow, store: people.set_role(uow, store, who, code, Role.ADMIN, at=AT),
        "pin": lambda uow, store: people.reset_pin(uow, store, who, code, "4444", at=AT),
        "deactivate": lambda uow, store: people.set_active(uow, store, who, code, False, at=AT),
    }


@pytest.mark.parametrize("who", ["manager", "cashier"])
@pytest.mark.parametrize("target", ["999", "901"])
@pytest.mark.parametrize("step", ["demote", "promote", "pin", "deactivate"])
def test_nobody_changes_someone_at_or_above_their_own_role(
    ladder: Ladder, who: str, target: str, step: str
) -> None:
    person = ladder.manager if who == "manager" else ladder.cashier
    before, entries = ladder.rows(), ladder.journal()
    with pytest.raises(PermissionDenied) as refused:
        ladder.do(lambda uow: steps(person, target)[step](uow, ladder.store_of(uow)))
    assert ladder.rows() == before and ladder.journal() == entries
    if who == "cashier":
        assert "needs a manager; Anna is a cashier" in str(refused.value)
    elif step == "promote":
        assert str(refused.value) == "only an admin gives the admin role; ask an admin"
    else:
        name, role = ("Līga", "an admin") if target == "999" else ("Ilze", "a manager")
        assert str(refused.value) == (
            f"{name} is {role}: only an admin may change their role, PIN or status"
        )


@pytest.mark.parametrize("who", ["manager", "cashier"])
def test_only_an_admin_hires_an_admin(ladder: Ladder, who: str) -> None:
    person = ladder.manager if who == "manager" else ladder.cashier
    with pytest.raises(PermissionDenied):
        ladder.do(
            lambda uow: people.hire(
                uow,
                ladder.store_of(uow),
                person,
                code="998",
                name="Mallory",
                role=Role.ADMIN,
                pin="1111",
                at=AT,
            )
        )
    assert "998" not in ladder.rows()
    ladder.do(
        lambda uow: people.hire(
            uow,
            ladder.store_of(uow),
            ladder.admin,
            code="998",
            name="Pēteris",
            role=Role.ADMIN,
            pin="1111",
            at=AT,
        )
    )
    assert ladder.rows()["998"][0] == "admin"


def test_the_admin_cannot_be_taken_over_and_then_signed_in_as(ladder: Ladder) -> None:
    """The fault as found: a manager set the admin's PIN and signed in as the admin."""
    with pytest.raises(PermissionDenied):
        ladder.do(
            lambda uow: people.reset_pin(
                uow, ladder.store_of(uow), ladder.manager, "999", "4444", at=AT
            )
        )
    with pytest.raises(ServiceError, match="wrong PIN"):
        sign_in(ladder.engine, "999", "4444", AT, store_code="S01")
    assert sign_in(ladder.engine, "999", "8888", AT, store_code="S01").role is Role.ADMIN


def test_a_manager_manages_cashiers_and_their_own_pin_only(ladder: Ladder) -> None:
    ladder.do(lambda uow: steps(ladder.manager, "101")["pin"](uow, ladder.store_of(uow)))
    ladder.do(
        lambda uow: people.set_role(
            uow, ladder.store_of(uow), ladder.manager, "101", Role.MANAGER, at=AT
        )
    )
    ladder.do(
        lambda uow: people.reset_pin(
            uow, ladder.store_of(uow), ladder.manager, "900", "5555", at=AT
        )
    )
    assert sign_in(ladder.engine, "900", "5555", AT, store_code="S01").name == "Māris"
    with pytest.raises(PermissionDenied, match="cannot change your own role; ask an admin"):
        ladder.do(
            lambda uow: people.set_role(
                uow, ladder.store_of(uow), ladder.manager, "900", Role.CASHIER, at=AT
            )
        )
    with pytest.raises(PermissionDenied, match="cannot deactivate yourself; ask an admin"):
        ladder.do(
            lambda uow: people.set_active(
                uow, ladder.store_of(uow), ladder.manager, "900", False, at=AT
            )
        )
    # Anna is a manager now: out of Māris's reach, as every manager is.
    with pytest.raises(PermissionDenied, match="Anna is a manager"):
        ladder.do(
            lambda uow: people.set_active(
                uow, ladder.store_of(uow), ladder.manager, "101", False, at=AT
            )
        )


def test_an_admin_manages_managers_cashiers_and_other_admins(ladder: Ladder) -> None:
    admin = ladder.admin
    for code in ("901", "101"):
        for step in ("pin", "deactivate", "demote"):
            ladder.do(lambda uow, s=step, c=code: steps(admin, c)[s](uow, ladder.store_of(uow)))
    ladder.do(
        lambda uow: people.set_role(uow, ladder.store_of(uow), admin, "900", Role.ADMIN, at=AT)
    )
    rows = ladder.rows()
    assert (rows["901"][0], rows["901"][2], rows["900"][0]) == ("cashier", False, "admin")
    # Māris, an admin now, may manage Līga, another admin, and Līga may step down herself.
    with UnitOfWork(ladder.engine) as uow:
        maris = actor(
            uow.session.scalars(select(Employee).where(Employee.code == "900")).one(),
            ladder.store_of(uow),
        )
    ladder.do(lambda uow: steps(maris, "999")["pin"](uow, ladder.store_of(uow)))
    ladder.do(
        lambda uow: people.set_role(uow, ladder.store_of(uow), admin, "999", Role.MANAGER, at=AT)
    )
    assert ladder.rows()["999"][0] == "manager"


def test_the_last_active_admin_is_never_demoted_nor_deactivated(ladder: Ladder) -> None:
    with pytest.raises(PermissionDenied, match="Līga is the last active admin"):
        ladder.do(
            lambda uow: people.set_role(
                uow, ladder.store_of(uow), ladder.admin, "999", Role.MANAGER, at=AT
            )
        )
    with pytest.raises(PermissionDenied, match="cannot deactivate yourself; ask another admin"):
        ladder.do(
            lambda uow: people.set_active(
                uow, ladder.store_of(uow), ladder.admin, "999", False, at=AT
            )
        )
    assert ladder.rows()["999"][0::2] == ("admin", True)


def test_two_admins_demoting_each_other_at_once_leave_one_admin(ladder: Ladder) -> None:
    """Each change alone passes the checks; the second waits for the first and is refused."""
    ladder.do(
        lambda uow: people.set_role(
            uow, ladder.store_of(uow), ladder.admin, "900", Role.ADMIN, at=AT
        )
    )
    maris = Actor(ladder.manager.id, ladder.manager.store_id, "900", "Māris", Role.ADMIN)
    second: list[BaseException | None] = []

    def demote_liga() -> None:
        try:
            ladder.do(
                lambda uow: people.set_role(
                    uow, ladder.store_of(uow), maris, "999", Role.MANAGER, at=AT
                )
            )
            second.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            second.append(exc)

    with UnitOfWork(ladder.engine, write=True) as uow:
        people.set_role(uow, ladder.store_of(uow), ladder.admin, "900", Role.MANAGER, at=AT)
        other = threading.Thread(target=demote_liga)
        other.start()
        other.join(timeout=1.0)  # it waits for this change, or (before the fix) is done
        uow.commit()
    other.join(timeout=30)
    assert len(second) == 1 and isinstance(second[0], PermissionDenied), second
    rows = ladder.rows()
    assert (rows["999"][0], rows["900"][0]) == ("admin", "manager")


def test_a_role_taken_away_since_signing_in_counts_at_once(ladder: Ladder) -> None:
    """The screen keeps who signed in; the services go by what the database says now."""
    ladder.do(
        lambda uow: people.set_role(
            uow, ladder.store_of(uow), ladder.admin, "900", Role.CASHIER, at=AT
        )
    )
    with pytest.raises(PermissionDenied, match="needs a manager; Māris is a cashier"):
        ladder.do(lambda uow: steps(ladder.manager, "101")["pin"](uow, ladder.store_of(uow)))
    ladder.do(lambda uow: steps(ladder.admin, "901")["deactivate"](uow, ladder.store_of(uow)))
    with pytest.raises(PermissionDenied, match="Ilze is no longer an active employee of S01"):
        ladder.do(lambda uow: steps(ladder.other_manager, "101")["pin"](uow, ladder.store_of(uow)))


def test_an_admin_of_another_store_has_no_say_here(ladder: Ladder) -> None:
    with UnitOfWork(ladder.engine, write=True) as uow:
        s02 = create_store(uow, NewStore("S02", "Tartu", "Europe/Tallinn", "EUR"))
        stranger = actor(
            add_employee(uow, s02, code="999", name="Kadri", role=Role.ADMIN, pin="1212"), s02
        )
        uow.commit()
    with pytest.raises(PermissionDenied, match="Kadri is no longer an active employee of S01"):
        ladder.do(lambda uow: steps(stranger, "999")["pin"](uow, ladder.store_of(uow)))


def test_the_list_shows_real_roles_and_what_each_person_may_not_do(ladder: Ladder) -> None:
    assert roles_up_to(Role.MANAGER) == (Role.CASHIER, Role.MANAGER)
    assert roles_up_to(Role.ADMIN) == (Role.CASHIER, Role.MANAGER, Role.ADMIN)
    with UnitOfWork(ladder.engine) as uow:
        seen = people.staff(uow, ladder.store_of(uow), ladder.manager)
    assert seen.roles == (Role.CASHIER, Role.MANAGER)
    by_code = {p.code: p for p in seen.people}
    assert {c: p.role for c, p in by_code.items()} == {
        "101": Role.CASHIER,
        "900": Role.MANAGER,
        "901": Role.MANAGER,
        "999": Role.ADMIN,
    }
    anna, maris, liga = by_code["101"], by_code["900"], by_code["999"]
    assert (anna.role_refusal, anna.pin_refusal, anna.status_refusal) == (None, None, None)
    assert maris.pin_refusal is None
    assert str(maris.role_refusal) == "you cannot change your own role; ask an admin"
    assert (
        str(liga.pin_refusal)
        == "Līga is an admin: only an admin may change their role, PIN or status"
    )
    assert liga.role_refusal is not None and liga.status_refusal is not None
    assert liga.pin_refusal is not None
    assert "Līga est administrateur" in liga.pin_refusal.in_language("fr")
    with UnitOfWork(ladder.engine) as uow:
        as_admin = people.staff(uow, ladder.store_of(uow), ladder.admin)
    assert as_admin.roles == (Role.CASHIER, Role.MANAGER, Role.ADMIN)
    liga = next(p for p in as_admin.people if p.code == "999")
    assert (
        str(liga.role_refusal) == "Līga is the last active admin; make someone else an admin first"
    )
    assert liga.pin_refusal is None
    assert all(p.role_refusal is None for p in as_admin.people if p.code != "999")


def test_a_manager_demoted_since_signing_in_no_longer_changes_the_store(ladder: Ladder) -> None:
    ladder.do(lambda uow: steps(ladder.admin, "900")["demote"](uow, ladder.store_of(uow)))
    refused = [
        lambda uow, store: store_settings.save_reasons(
            uow, store, ladder.manager, [store_settings.ReasonLine("a", "A")], AT
        ),
        lambda uow, store: store_settings.update_store(
            uow,
            store,
            ladder.manager,
            store_settings.StoreDetails("X", "", "Europe/Riga", "EUR"),
            AT,
        ),
        lambda uow, store: store_settings.add_register(uow, store, ladder.manager, "R9", "", at=AT),
        lambda uow, store: people.employees(uow, store, ladder.manager),
    ]
    for action in refused:
        with pytest.raises(PermissionDenied, match="needs a manager; Māris is a cashier"):
            ladder.do(lambda uow, a=action: a(uow, ladder.store_of(uow)))
