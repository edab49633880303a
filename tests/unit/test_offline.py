"""The policy's `offline` choices: what decide() does when the chain cannot be asked.

The standard receipt was paid 100.00 by card (VISA 1234) and 46.00 in cash."""

from __future__ import annotations

import pytest
from builders import history, policy, policy_doc, receipt, receipt_doc, request

from pos_returns.domain.decision import ManagerReasonKind, decide
from pos_returns.domain.errors import FormatError
from pos_returns.domain.formats import decision_to_json, parse_receipt
from pos_returns.domain.model import Prefer, TenderMethod
from pos_returns.domain.policy import OfflineCard, OfflineLimit, OfflineReceipt
from pos_returns.domain.policy_format import parse_policy, policy_to_json
from pos_returns.i18n import wording

AT = "2026-10-13T10:00:00+03:00"
SCARVES = {"line": 1, "qty": 2, "condition": "unopened"}


def offline_policy(**choices: str):  # noqa: ANN201 - a Policy
    return policy(offline=choices)


def test_without_offline_choices_being_offline_changes_nothing() -> None:
    online = decide(policy(), receipt(), request(AT, SCARVES))
    apart = decide(policy(), receipt(), request(AT, SCARVES), offline=True)
    assert apart == online and apart.card_offline is None
    assert policy().offline.card_refund is OfflineCard.TERMINAL


def test_card_money_becomes_store_credit_offline_without_a_bonus() -> None:
    pol = offline_policy(card_refund="store_credit")
    online = decide(pol, receipt(), request(AT, SCARVES))
    apart = decide(pol, receipt(), request(AT, SCARVES), offline=True)
    card = next(t.amount for t in online.to_tenders if t.method is TenderMethod.CARD)
    assert [t.method for t in apart.to_tenders] == [TenderMethod.CASH]
    assert apart.to_tenders == tuple(t for t in online.to_tenders if t.method is TenderMethod.CASH)
    assert apart.store_credit == card and apart.store_credit_bonus.amount == 0
    assert apart.refund_total == online.refund_total
    assert apart.card_offline is OfflineCard.STORE_CREDIT and not apart.card_waits
    assert decision_to_json(apart, [])["card_refund_offline"] == "store_credit"
    assert "card_refund_offline" not in decision_to_json(online, [])


def test_a_card_refund_waits_offline_but_store_credit_can_be_taken_now() -> None:
    pol = offline_policy(card_refund="wait")
    apart = decide(pol, receipt(), request(AT, SCARVES), offline=True)
    assert (
        apart.card_waits
        and apart.to_tenders == decide(pol, receipt(), request(AT, SCARVES)).to_tenders
    )
    credit = decide(pol, receipt(), request(AT, SCARVES, prefer="store_credit"), offline=True)
    assert credit.prefer is Prefer.STORE_CREDIT and not credit.card_waits
    assert credit.store_credit_bonus.amount > 0  # chosen by the customer: the usual bonus


def test_a_receipt_paid_in_cash_is_refunded_in_cash_offline() -> None:
    cash_only = receipt_doc(tenders=[{"method": "cash", "amount": "146.00"}])
    apart = decide(
        offline_policy(card_refund="wait"),
        parse_receipt(cash_only),
        request(AT, SCARVES),
        offline=True,
    )
    assert not apart.card_waits and [t.method for t in apart.to_tenders] == [TenderMethod.CASH]


def _customer_returns(n: int):  # noqa: ANN202 - PastReturns of C-1001 on other receipts
    return history(
        *(
            {"at": AT, "customer": "C-1001", "receipt_number": f"S01-R1-{i}", "lines": []}
            for i in range(n)
        )
    )


def test_offline_a_manager_approves_a_named_customer_when_the_policy_says_so() -> None:
    pol = offline_policy(customer_limit="manager")
    kinds = lambda d: [r.kind for r in d.manager_reasons]  # noqa: E731
    assert kinds(decide(pol, receipt(), request(AT, SCARVES))) == []
    apart = decide(pol, receipt(), request(AT, SCARVES), offline=True)
    assert kinds(apart) == [ManagerReasonKind.CUSTOMER_UNCHECKED]
    over = decide(pol, receipt(), request(AT, SCARVES), _customer_returns(5), offline=True)
    assert kinds(over) == [ManagerReasonKind.CUSTOMER_LIMIT]  # over the limit here already
    counted_here = decide(policy(), receipt(), request(AT, SCARVES), offline=True)
    assert kinds(counted_here) == []  # "local": this store's records decide
    no_customer = receipt_doc()
    del no_customer["customer"]
    anonymous = decide(
        pol, parse_receipt(no_customer), request(AT, SCARVES, customer=None), offline=True
    )
    assert kinds(anonymous) == []  # no customer, no limit to check


def test_offline_choices_round_trip_and_a_wrong_one_is_named() -> None:
    doc = policy_doc(offline={"card_refund": "wait", "other_store_receipt": "wait"})
    pol = parse_policy(doc)
    assert (pol.offline.customer_limit, pol.offline.other_store_receipt) == (
        OfflineLimit.LOCAL,
        OfflineReceipt.WAIT,
    )
    assert parse_policy(policy_to_json(pol)) == pol
    assert "offline" not in policy_to_json(policy())
    with pytest.raises(FormatError, match=r"offline\.card_refund.*terminal, wait, store_credit"):
        parse_policy(policy_doc(offline={"card_refund": "later"}))
    with pytest.raises(FormatError, match="offline"):
        parse_policy(policy_doc(offline={"cards": "wait"}))


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "lv"])
def test_the_offline_sentences_are_said_in_each_language(lang: str) -> None:
    pol = offline_policy(card_refund="store_credit", customer_limit="manager")
    apart = decide(pol, receipt(), request(AT, SCARVES), offline=True)
    words = wording(lang)
    note = words.card_offline(apart)
    reason = words.manager_reason(apart.manager_reasons[0], pol, apart)
    terms = words.general_terms(pol, "EUR")
    assert note and reason and terms[-1]
    english = wording("en")
    if lang != "en":
        assert note != english.card_offline(apart)
        assert reason != english.manager_reason(apart.manager_reasons[0], pol, apart)
        assert terms[-1] != english.general_terms(pol, "EUR")[-1]
