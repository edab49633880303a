"""The counter speaks the store's language: it starts in it, the sign-in page speaks it, an
employee's own choice comes back when they sign in, and a manager sets it in the back
office. Driven with pytest-qt, offscreen, on a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest
from integration.shop import Shop
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_returns.services.auth import remember_language
from pos_returns.services.errors import InvalidInput, PermissionDenied
from pos_returns.services.stores import NewStore, create_store, set_store_language
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.store.models import Employee, Store
from pos_returns.ui.counter import Counter, CounterWindow
from ui.driving import AT, settle, sign_in

LATVIAN_TITLE = "Pieslēgties atgriešanas kasei"


def set_language_of(shop: Shop, lang: str) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        set_store_language(uow, store, shop.manager, lang)
        uow.commit()


def employee_language(shop: Shop, code: str) -> str | None:
    with UnitOfWork(shop.engine) as uow:
        return uow.session.scalars(select(Employee.language).where(Employee.code == code)).one()


@pytest.fixture
def latvian(shop: Shop, qtbot: QtBot) -> CounterWindow:
    """The counter of a store whose language is Latvian, opened as `pos-returns` opens it
    without being told the language."""
    set_language_of(shop, "lv")
    win = CounterWindow(Counter(shop.engine, "S01", "R1", clock=lambda: AT))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    return win


def choose(window: CounterWindow, qtbot: QtBot, lang: str) -> None:
    """The Language menu, as the employee uses it."""
    action = window.findChild(QAction, f"language_{lang}")
    assert action is not None
    action.trigger()
    settle(qtbot, window)


def sign_out(window: CounterWindow, qtbot: QtBot) -> None:
    window.sign_out.click()
    settle(qtbot, window)


def test_the_counter_starts_in_the_stores_language(latvian: CounterWindow) -> None:
    page = latvian.sign_in_page
    assert latvian.lang == "lv"
    assert page.title.text() == LATVIAN_TITLE
    assert page.button.text() == "Pieslēgties"
    assert page.code.placeholderText() == "Darbinieka kods"
    assert latvian.who.text() == "Neviens nav pieslēdzies"


def test_an_employees_choice_comes_back_when_they_sign_in_and_goes_on_sign_out(
    shop: Shop, latvian: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, latvian)  # Anna, who never chose: the store's language
    assert latvian.lang == "lv"
    assert latvian.return_page.complete_button.text() == "Pabeigt atgriešanu"
    choose(latvian, qtbot, "fr")
    assert latvian.return_page.complete_button.text() == "Valider le retour"
    assert employee_language(shop, "101") == "fr"
    sign_out(latvian, qtbot)
    assert latvian.lang == "lv" and latvian.sign_in_page.title.text() == LATVIAN_TITLE
    sign_in(qtbot, latvian, code="900", pin="9999")  # Māris: the store's language
    assert latvian.lang == "lv" and latvian.who.text() == "Pieslēdzies: Māris"
    sign_out(latvian, qtbot)
    sign_in(qtbot, latvian)  # Anna again: her French
    assert latvian.lang == "fr"
    assert latvian.who.text() == "Connecté : Anna"
    assert latvian.return_page.complete_button.text() == "Valider le retour"
    latvian.lock()  # five idle minutes: the store's language for whoever comes next
    settle(qtbot, latvian)
    assert latvian.lang == "lv" and latvian.sign_in_page.title.text() == LATVIAN_TITLE


def test_a_language_picked_on_the_sign_in_page_is_for_now_only(
    shop: Shop, latvian: CounterWindow, qtbot: QtBot
) -> None:
    choose(latvian, qtbot, "nl")
    assert latvian.sign_in_page.title.text() == "Aanmelden bij de retourbalie"
    sign_in(qtbot, latvian)
    assert latvian.lang == "nl"  # what the screen showed, nothing kept
    assert employee_language(shop, "101") is None
    sign_out(latvian, qtbot)
    assert latvian.lang == "lv"


def test_a_manager_sets_the_stores_language_in_the_back_office(
    shop: Shop, latvian: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, latvian, code="900", pin="9999")
    latvian.open_back_office()
    settle(qtbot, latvian)
    office = latvian.back_office
    assert office is not None
    # the counter window closes (and deletes) its back office with itself
    page = office.settings
    office.tabs.setCurrentWidget(page)
    assert page.language.currentData() == "lv"
    page.language.setCurrentIndex(page.language.findData("nl"))
    page.save_store.click()
    settle(qtbot, latvian)
    assert page.message.text() == "Veikala dati saglabāti."
    with UnitOfWork(shop.engine) as uow:
        assert uow.session.scalars(select(Store.language)).one() == "nl"
    assert latvian.lang == "lv"  # the manager's screen stays as it is...
    sign_out(latvian, qtbot)
    assert latvian.lang == "nl"  # ...and the next sign-in page speaks the store's new one
    assert latvian.sign_in_page.title.text() == "Aanmelden bij de retourbalie"


def test_only_a_manager_changes_the_stores_language_and_only_to_one_the_counter_speaks(
    shop: Shop,
) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        with pytest.raises(PermissionDenied):
            set_store_language(uow, store, shop.cashier, "lv")
        with pytest.raises(InvalidInput, match="unknown language 'de': choose one of en, fr"):
            set_store_language(uow, store, shop.manager, "de")
        assert store.language == "en"


def test_a_language_the_counter_does_not_speak_is_not_kept(shop: Shop) -> None:
    with pytest.raises(InvalidInput) as refused:
        remember_language(shop.engine, shop.cashier, "de")
    said = refused.value.in_language("lv")
    assert said == "nezināma valoda 'de': izvēlieties vienu no en, fr, nl, lv"
    assert employee_language(shop, "101") is None


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({"LANG": "lv_LV.UTF-8"}, "lv"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "fr:en"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_a_new_store_speaks_the_systems_language_when_the_counter_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], lang: str
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    engine = open_database(str(tmp_path / "new.sqlite3"))
    with UnitOfWork(engine, write=True) as uow:
        store = create_store(uow, NewStore("S09", "Tartu", "Europe/Tallinn", "EUR"))
        assert store.language == lang
    engine.dispose()
