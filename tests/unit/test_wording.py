"""The plain sentences: exact English, and every language complete and well-formed."""

from __future__ import annotations

import re
from datetime import date

import pytest
from builders import policy, receipt, request, rules_policy

from pos_returns.domain.decision import decide
from pos_returns.domain.model import Prefer
from pos_returns.domain.wording import PlainFormats, Wording
from pos_returns.i18n import LANGUAGES, UnknownLanguage, wording

ENGLISH = {
    "final-sale": "Final-sale items: not returnable.",
    "defective": "Returned faulty within 730 days: full refund to the original payment.",
    "electronics-opened": "Electronics returned opened within 14 days: refund to the original "
    "payment, less a 15% restocking fee.",
    "electronics-late": "Electronics returned more than 14 days after purchase: not returnable.",
    "damaged": "Returned damaged after purchase: not returnable.",
    "standard": "Returned within 30 days with a receipt: full refund to the original payment.",
    "late": "Returned within 90 days with a receipt: store credit only.",
    "no-receipt": "Returned without a receipt: store credit only, with a manager's approval.",
}


@pytest.mark.parametrize("rule_id", list(ENGLISH))
def test_each_standard_rule_reads_as_one_plain_english_sentence(rule_id: str) -> None:
    pol = policy()
    has_receipt = pol.rule(rule_id).when.receipt is not False  # type: ignore[union-attr]
    sentence = wording("en").rule_sentence(pol.rule(rule_id), pol, has_receipt=has_receipt)
    assert sentence == ENGLISH[rule_id]


def test_the_standard_rule_in_each_language() -> None:
    pol = policy()
    expected = {
        "en": "Returned within 30 days with a receipt: full refund to the original payment.",
        "fr": "Retour sous 30 jours avec ticket de caisse : remboursement intégral sur le moyen "
        "de paiement d'origine.",
        "nl": "Binnen 30 dagen met kassabon teruggebracht: volledige terugbetaling via de "
        "oorspronkelijke betaalwijze.",
        "lv": "Atgriežot 30 dienu laikā ar čeku: pilna atmaksa uz sākotnējo maksājuma veidu.",
    }
    for lang, sentence in expected.items():
        assert wording(lang).rule_sentence(pol.rule("standard"), pol) == sentence


@pytest.mark.parametrize(
    ("days", "phrase"),
    [
        (1, "1 dienas laikā"),
        (21, "21 dienas laikā"),
        (30, "30 dienu laikā"),
        (11, "11 dienu laikā"),
    ],
)
def test_latvian_day_counts_take_the_right_plural(days: int, phrase: str) -> None:
    pol = rules_policy({"id": "r", "when": {"max_days": days}, "then": {"outcome": "refund"}})
    assert phrase in wording("lv").rule_sentence(pol.rules[0], pol)


def test_the_sentence_follows_the_customers_choice_of_store_credit() -> None:
    pol = policy()
    sentence = wording("en").rule_sentence(pol.rule("standard"), pol, prefer=Prefer.STORE_CREDIT)
    assert sentence == (
        "Returned within 30 days with a receipt: full value as store credit, plus a 10% bonus."
    )


def test_a_seasonal_return_says_until_when() -> None:
    pol = policy()
    sentence = wording("en").rule_sentence(
        pol.rule("standard"), pol, seasonal_until=date(2027, 1, 31)
    )
    assert sentence == (
        "Returned by 31 January (holiday purchases) with a receipt: full refund "
        "to the original payment."
    )


def test_otherwise_and_unknown_labels_read_plainly() -> None:
    pol = rules_policy(
        {
            "id": "x",
            "when": {"category": ["garden-tools"], "tags_any": ["odd"]},
            "then": {"outcome": "exchange"},
        }
    )
    words = wording("en")
    assert words.rule_sentence(pol.rules[0], pol) == (
        "Garden tools, items marked “odd”: exchange for another item, no money back."
    )
    assert words.rule_sentence(None, pol) == (
        "Not covered by any rule of our return policy: not returnable."
    )


def test_explanation_has_one_sentence_per_line_in_the_asked_language() -> None:
    pol = policy()
    decision = decide(
        pol,
        receipt(),
        request(
            "2026-10-13T10:00:00+03:00",
            {"line": 2, "qty": 1, "condition": "opened"},
            {"line": 3, "qty": 1, "condition": "unopened"},
        ),
    )
    french = wording("fr").explain(decision, pol)
    assert french == [
        "Électronique, retour après ouverture sous 14 jours : remboursement sur le moyen de "
        "paiement d'origine, moins 15\u00a0% de frais de remise en stock.",
        "Articles en vente finale : non repris.",
    ]


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_policy_summary_is_complete_in_every_language(lang: str) -> None:
    paragraphs = wording(lang).policy_summary(policy(), "EUR")
    text = "\n".join(paragraphs)
    assert len(paragraphs) == 7  # 5 runs of rules, the fallback, the general terms
    assert "{" not in text and "}" not in text and "  " not in text
    assert "30" in text and "90" in text and "730" in text


def test_the_english_policy_summary_names_the_general_terms() -> None:
    general = wording("en").policy_summary(policy(), "EUR")[-1]
    assert general == (
        "Take store credit instead of a refund and get 10% more. "
        "Bought between 15 November and 24 December? You can return it until 31 January. "
        "Without a receipt, an item is valued at its lowest price in the last 90 days. "
        "Please bring an ID for a return without a receipt. "
        "Refunds over €200.00 need a manager's approval. "
        "After 3 returns in 90 days, a manager approves the next ones."
    )


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_manager_reasons_read_as_sentences(lang: str) -> None:
    pol = policy(manager_approval={"refund_over": "10.00"})
    decision = decide(
        pol,
        None,
        request(
            "2026-10-05T10:00:00+03:00",
            {
                "sku": "X",
                "category": "home",
                "qty": 2,
                "condition": "unopened",
                "unit_price": "9.99",
            },
            receipt_number=None,
            customer=None,
            prefer="store_credit",
        ),
    )
    words = wording(lang)
    texts = [words.manager_reason(r, pol, decision) for r in decision.manager_reasons]
    assert len(texts) == 3
    assert all(t.endswith(".") and "{" not in t for t in texts)


def test_plain_formats_work_without_locale_data() -> None:
    import gettext

    words = Wording(gettext.NullTranslations(), PlainFormats())
    pol = policy()
    assert words.rule_sentence(pol.rule("electronics-opened"), pol) == ENGLISH["electronics-opened"]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownLanguage):
        wording("de")


def test_every_sentence_fragment_is_free_of_stray_spaces() -> None:
    pol = policy()
    for lang in LANGUAGES:
        for rule in pol.rules:
            text = wording(lang).rule_sentence(rule, pol)
            assert not re.search(r"\s[,.:]|\s{2}|^\s|\s$", text.replace(" :", ":")), (lang, text)


@pytest.mark.parametrize(
    ("lang", "ending"),
    [
        ("en", "Manager's decision: full refund to the original payment."),
        (
            "fr",
            "Décision du responsable : remboursement intégral sur le moyen de paiement d'origine.",
        ),
        ("lv", "Vadītāja lēmums: pilna atmaksa uz sākotnējo maksājuma veidu."),
    ],
)
def test_an_overridden_line_says_the_managers_decision(lang: str, ending: str) -> None:
    from pos_returns.domain.policy import Outcome

    pol = policy()
    decision = decide(
        pol,
        receipt(),
        request("2026-10-05T10:00:00+03:00", {"line": 3, "qty": 1, "condition": "unopened"}),
        overrides={3: Outcome.REFUND},
    )
    words = wording(lang)
    sentence = words.explain(decision, pol)[0]
    assert sentence.endswith(ending)
    assert " 3" in words.manager_reason(decision.manager_reasons[0], pol, decision)
