"""The other printed pages: the printer test page and the policy poster, as documents
any renderer prints (the return receipt is in `receipts.py`)."""

from __future__ import annotations

from pos_returns.domain.document import (
    Barcode,
    Block,
    Cut,
    Document,
    Header,
    Image,
    Poster,
    QRCode,
    Row,
    Rule,
    Text,
)
from pos_returns.domain.policy import Outcome, Policy
from pos_returns.domain.wording import Wording
from pos_returns.i18n import LANGUAGES, check_language, translations, wording
from pos_returns.services.policies import published_policy
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Store

# -- the printer test page ----------------------------------------------------------------
SAMPLES = {
    "fr": "Français : Reçu de retour — à â ç é è ê ë î ï ô œ ù û ü ÿ « » € ’",
    "nl": "Nederlands: Retourbon — ë ï é ö ü ĳ ’ €",
    "lv": "Latviešu: Atgriešanas čeks — ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž €",
    "en": "English: Return receipt — £ € ‘quotes’",
}


def printer_test_page(
    printer: str, profile_name: str, columns: int, store_name: str, logo: bytes | None = None
) -> Document:
    """A page that shows at once whether a printer prints everything we need."""
    ruler = "".join(str(i % 10) for i in range(1, columns + 1))
    blocks: list[Block] = [Header(store_name or "pos-returns", ("Printer test page",))]
    if logo is not None:
        blocks.append(Image(logo, width_mm=30))
    blocks += [
        Row("Printer", printer),
        Row("Profile", profile_name),
        Text(ruler),
        Rule(),
        *(Text(SAMPLES[lang]) for lang in LANGUAGES),
        Rule(),
        Text("Bold line", bold=True),
        Text("Large line", large=True),
        Text("Small print: the policy is printed in this size.", small=True),
        Row("Refunded to VISA 1234", "15,42 €"),
        Row("Cash given back", "7,08 €", bold=True),
        Barcode("S01-R1-RT000001"),
        QRCode("https://example.com/feedback?r=S01-R1-RT000001", "QR code: scan me"),
        Cut(),
    ]
    return Document("Printer test page", "en", tuple(blocks))


# -- the policy poster --------------------------------------------------------------------
def poster_of_policy(db: Database, store_code: str | None, language: str) -> Poster:
    """The published policy of the store (default: this register's) as a poster in
    `language`. Raises NotFound when no policy is published."""
    with UnitOfWork(db) as uow:
        return policy_poster(uow, get_store(uow, store_code), language)


def policy_poster(uow: UnitOfWork, store: Store, language: str) -> Poster:
    """The published policy as a poster for the counter, key numbers first."""
    lang = check_language(language)
    _ = translations(lang).gettext
    words = wording(lang)
    _row, policy = published_policy(uow, store)
    return Poster(
        language=lang,
        title=_("Our return policy"),
        store=store.name,
        key_facts=tuple(_key_facts(policy, words, lang)),
        paragraphs=tuple(words.policy_summary(policy, store.currency)),
        footer=_("Policy version {version}. Ask at the counter if anything is unclear.").format(
            version=policy.version
        ),
    )


def _key_facts(policy: Policy, words: Wording, lang: str) -> list[tuple[str, str]]:
    t = translations(lang)
    facts: list[tuple[str, str]] = []

    def longest(outcome: Outcome) -> int | None:
        days = [  # rules for any item in any state give the headline numbers
            r.when.max_days
            for r in policy.rules
            if r.then.outcome is outcome
            and r.when.max_days is not None
            and r.when.receipt is not False
            and r.when.category is None
            and r.when.tags_any is None
            and r.when.condition is None
        ]
        return max(days) if days else None

    refund_days = longest(Outcome.REFUND)
    if refund_days:
        facts.append(
            (
                words.fmt.number(refund_days),
                t.ngettext("day for a refund", "days for a refund", refund_days),
            )
        )
    credit_days = longest(Outcome.STORE_CREDIT)
    if credit_days and credit_days != refund_days:
        facts.append(
            (
                words.fmt.number(credit_days),
                t.ngettext("day for store credit", "days for store credit", credit_days),
            )
        )
    fees = [r.then.restocking_fee_pct for r in policy.rules if r.then.restocking_fee_pct]
    if fees:
        facts.append((words.fmt.percent(max(fees)), t.gettext("restocking fee at most")))
    if policy.store_credit_bonus_pct:
        facts.append(
            (
                "+" + words.fmt.percent(policy.store_credit_bonus_pct),
                t.gettext("more if you take store credit"),
            )
        )
    finals = [r for r in policy.rules if r.then.outcome is Outcome.DENY and r.when.tags_any]
    if finals:
        tags = sorted({tag for r in finals for tag in r.when.tags_any or ()})
        facts.append(
            (
                "✕",
                words.fmt.list_or([words.tag(tag) for tag in tags])
                + " — "
                + t.gettext("not returnable"),
            )
        )
    return facts
