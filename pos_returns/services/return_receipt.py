"""The return receipt's document: what the customer takes home, built from the store's
records as a `Document` any renderer prints (`receipts.return_receipt` is the way in).

Every label here is a gettext message (extracted with the domain's sentences), money and
dates are Babel's, and the decision's sentences are the ones stored with the return in
every language when it was completed, so a reprint says exactly what was decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from pos_returns.domain.decision import recent_returns
from pos_returns.domain.document import (
    Align,
    Barcode,
    Block,
    Cut,
    Document,
    Feed,
    Header,
    OpenDrawer,
    QRCode,
    Row,
    Rule,
    Text,
)
from pos_returns.domain.model import Condition, Prefer
from pos_returns.domain.money import Money
from pos_returns.domain.policy import Outcome, Policy
from pos_returns.domain.wording import Wording
from pos_returns.i18n import translations, wording
from pos_returns.services import sales
from pos_returns.services.errors import NotFound
from pos_returns.services.policies import policy_version
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import (
    Approval,
    Employee,
    Receipt,
    ReceiptLine,
    Refund,
    Return,
    ReturnLine,
    Store,
    StoreCredit,
)

CREDIT_METHODS = ("gift_card", "store_credit")


def receipt_document(
    uow: UnitOfWork,
    store: Store,
    row: Return,
    lang: str,
    *,
    copy: bool,
    open_drawer: bool,
) -> Document:
    """The return receipt of `row` in `lang` (checked), its store's language second when
    the store prints bilingual receipts."""
    facts = _read(uow, store, row)
    second = store.language if store.bilingual_receipts and store.language != lang else None
    return _ReturnReceipt(store, facts, lang, second, copy=copy, open_drawer=open_drawer).document()


@dataclass(frozen=True)
class _Facts:
    """A return and what hangs on it, read once."""

    row: Return
    lines: list[tuple[ReturnLine, ReceiptLine | None]]
    refunds: list[Refund]
    credit: StoreCredit | None
    employee: str
    approver: str | None
    policy: Policy | None
    recent_returns: int | None


def _read(uow: UnitOfWork, store: Store, row: Return) -> _Facts:
    session = uow.session
    pairs = list(
        session.execute(
            select(ReturnLine, ReceiptLine)
            .outerjoin(ReceiptLine, ReceiptLine.id == ReturnLine.receipt_line_id)
            .where(ReturnLine.return_id == row.id)
            .order_by(ReturnLine.position)
        )
    )
    refunds = list(
        session.scalars(select(Refund).where(Refund.return_id == row.id).order_by(Refund.position))
    )
    credit = session.scalars(select(StoreCredit).where(StoreCredit.return_id == row.id)).first()
    employee = session.get(Employee, row.employee_id)
    approval = session.scalars(select(Approval).where(Approval.return_id == row.id)).first()
    approver = session.get(Employee, approval.manager_id) if approval else None
    try:
        policy = policy_version(uow, store, row.policy_version)
    except NotFound:
        policy = None  # an imported return: decided before this app, by no policy of ours
    recent = None
    if policy is not None and policy.limits is not None and row.customer:
        # Counted as the policy counts at the counter, this return included.
        receipt = session.get(Receipt, row.receipt_id) if row.receipt_id else None
        since = row.returned_at - timedelta(days=policy.limits.days + 1)
        past = sales.history(uow, receipt, row.customer, since)
        recent = recent_returns(policy, row.customer, row.returned_at, past)
    return _Facts(
        row=row,
        lines=[(line, sold) for line, sold in pairs],
        refunds=refunds,
        credit=credit,
        employee=employee.name if employee else "",
        approver=approver.name if approver else None,
        policy=policy,
        recent_returns=recent,
    )


class _ReturnReceipt:
    def __init__(
        self,
        store: Store,
        facts: _Facts,
        lang: str,
        second: str | None,
        *,
        copy: bool,
        open_drawer: bool,
    ) -> None:
        self.store = store
        self.facts = facts
        self.row = facts.row
        self.lang = lang
        self.second = second
        self.copy = copy
        self.words: Wording = wording(lang)
        self.t = translations(lang)
        self.blocks: list[Block] = []
        self.open_drawer = open_drawer

    def money(self, minor: int) -> str:
        return self.words.fmt.money(Money.from_minor(minor, self.row.currency))

    def document(self) -> Document:
        _ = self.t.gettext
        row = self.row
        if self.open_drawer:
            self.blocks.append(OpenDrawer())
        address = tuple(line for line in self.store.address.splitlines() if line.strip())
        self.blocks.append(Header(self.store.name, address))
        self.blocks += [Feed(), Text(_("RETURN RECEIPT"), bold=True, align=Align.CENTER)]
        if self.second:
            second_title = translations(self.second).gettext("RETURN RECEIPT")
            self.blocks.append(Text(second_title, align=Align.CENTER))
        if self.copy:
            self.blocks.append(Text(_("COPY"), bold=True, large=True, align=Align.CENTER))
        self.blocks += [
            Rule(),
            Row(_("Return"), row.number, bold=True),
        ]
        if row.receipt_number:
            self.blocks.append(Row(_("Original receipt"), row.receipt_number))
        elif row.decision.get("price_basis"):
            self.blocks.append(Text(_("Returned without a receipt"), bold=True))
        self.blocks += [
            Row(_("Date"), self.words.fmt.moment(row.returned_at, self.store.timezone)),
            Row(_("Register"), row.register_code),
            Row(_("Served by"), self.facts.employee),
        ]
        if self.facts.approver:
            self.blocks.append(Row(_("Approved by"), self.facts.approver))
        self.blocks.append(Rule())
        self._lines()
        self.blocks.append(Rule())
        self._money()
        self._limit_notice()
        self._signature()
        self._policy()
        self._footer()
        title = _("Return receipt {number}").format(number=row.number)
        return Document(title, self.lang, tuple(self.blocks))

    # -- the returned lines ----------------------------------------------------------------
    def _lines(self) -> None:
        _ = self.t.gettext
        decided = {int(x["line"]): x for x in self.row.decision.get("lines", [])}
        sentences = self._sentences(self.lang)
        seconds = self._sentences(self.second) if self.second else []
        basis = self.row.decision.get("price_basis", {})
        for index, (line, sold) in enumerate(self.facts.lines):
            priced = basis.get(str(line.line_no), {})
            description = (sold.description if sold else priced.get("description")) or line.sku
            self.blocks.append(Text(description, bold=True))
            condition = self.words.condition(Condition(line.condition)).lower()
            outcome = Outcome(line.outcome)
            if outcome is Outcome.EXCHANGE:
                self.blocks.append(Row(f"{line.qty} × {condition}", _("exchange"), indent=2))
            else:
                paid = line.refund_minor
                what = (
                    f"{line.qty} × {self.money(paid // line.qty)}, {condition}"
                    if paid % line.qty == 0
                    else f"{line.qty} × {condition}"
                )
                self.blocks.append(Row(what, self.money(paid), indent=2))
            if line.fee_minor:
                pct = _fee_pct(self.facts.policy, line.rule)
                label = (
                    _("{pct} restocking fee").format(pct=self.words.fmt.percent(pct))
                    if pct is not None
                    else _("Restocking fee")
                )
                self.blocks += [
                    Row(label, "−" + self.money(line.fee_minor), indent=2),
                    Row(
                        _("Refund for this line"),
                        self.money(line.refund_minor - line.fee_minor),
                        indent=2,
                    ),
                ]
            if self.facts.policy is not None:  # imported returns were decided elsewhere
                self.blocks.append(Text(self._rule_line(line, decided), small=True, indent=2))
            if index < len(sentences):
                self.blocks.append(Text(sentences[index], small=True, indent=2))
            if index < len(seconds):
                self.blocks.append(Text(seconds[index], small=True, indent=2))

    def _rule_line(self, line: ReturnLine, decided: dict[int, Any]) -> str:
        """Which rule of which policy version decided, and how many days had passed."""
        text = self.t.gettext("Rule “{rule}”, policy version {version}").format(
            rule=line.rule, version=self.row.policy_version
        )
        days = decided.get(line.line_no, {}).get("days")
        priced = self.row.decision.get("price_basis", {}).get(str(line.line_no))
        if priced is not None and priced.get("sold_at") is None:
            text += ", " + self.t.gettext("catalogue price (not sold in the policy's window)")
        elif priced is not None:  # no receipt: no purchase date, a price from the window
            window = int(priced["days"])
            text += ", " + self.t.ngettext(
                "lowest price of the last {n} day", "lowest price of the last {n} days", window
            ).format(n=self.words.fmt.number(window))
        elif days is not None:
            text += ", " + self.t.ngettext(
                "{n} day after purchase", "{n} days after purchase", int(days)
            ).format(n=self.words.fmt.number(int(days)))
        return text

    def _sentences(self, lang: str | None) -> list[str]:
        """The sentences stored with the return in `lang`; for a return completed before
        they were stored, its own language's, else the rules' sentences (which leave out a
        seasonal date or a manager's override, if the line had one)."""
        if lang is None:
            return []
        decision = self.row.decision
        stored = decision.get("sentences", {}).get(lang)
        if stored:
            return list(stored)
        if lang == self.row.language and decision.get("explanation"):
            return list(decision["explanation"])
        policy = self.facts.policy
        if policy is None:
            return []
        words = wording(lang)
        return [
            words.rule_sentence(
                policy.rule(line.rule),
                policy,
                prefer=Prefer(self.row.prefer),
                has_receipt=self.row.receipt_id is not None,
            )
            for line, _sold in self.facts.lines
        ]

    # -- where the money went --------------------------------------------------------------
    def _money(self) -> None:
        _ = self.t.gettext
        row = self.row
        total = row.refund_total_minor
        tax = sum(_tax_kept(line) for line, _sold in self.facts.lines)
        self.blocks.append(Row(_("Total of this return"), self.money(total), bold=True))
        if tax:
            self.blocks.append(Row(_("of which VAT"), self.money(tax), indent=2))
        for refund in self.facts.refunds:
            self.blocks.append(Row(self._tender(refund), self.money(refund.amount_minor)))
        credit = self.facts.credit
        if credit is not None:
            self.blocks.append(Rule())
            self.blocks.append(
                Row(_("Store credit issued"), self.money(credit.value_minor), bold=True)
            )
            bonus_pct = self.facts.policy.store_credit_bonus_pct if self.facts.policy else None
            if row.prefer == "store_credit" and bonus_pct:
                self.blocks.append(
                    Text(
                        _("includes a {bonus} bonus").format(
                            bonus=self.words.fmt.percent(bonus_pct)
                        ),
                        indent=2,
                    )
                )
            self.blocks.append(Barcode(credit.code))
            self.blocks.append(
                Text(
                    _("Show this code to pay with your store credit."),
                    align=Align.CENTER,
                    small=True,
                )
            )

    def _tender(self, refund: Refund) -> str:
        _ = self.t.gettext
        reference = refund.reference or ""
        if refund.method == "cash":
            return _("Cash given back")
        if refund.method == "card":
            return _("Refunded to {card}").format(card=reference or _("the card"))
        if refund.method in CREDIT_METHODS:
            return _("Back as store credit (paid by {how})").format(
                how=reference
                or (_("gift card") if refund.method == "gift_card" else _("store credit"))
            )
        if not reference:
            return _("Refunded")
        return _("Refunded to {how}").format(how=reference)

    # -- notices -----------------------------------------------------------------------------
    def _limit_notice(self) -> None:
        policy, made = self.facts.policy, self.facts.recent_returns
        if policy is None or policy.limits is None or made is None:
            return
        limit = policy.limits
        if made * 2 < limit.count:
            return  # far from the limit: say nothing
        text = self.t.ngettext(
            "{made} of {count} returns in {days} days: after {count}, a manager approves "
            "the next ones.",
            "{made} of {count} returns in {days} days: after {count}, a manager approves "
            "the next ones.",
            limit.count,
        ).format(
            made=self.words.fmt.number(made),
            count=self.words.fmt.number(limit.count),
            days=self.words.fmt.number(limit.days),
        )
        self.blocks += [Feed(), Text(text, bold=True)]

    def _signature(self) -> None:
        _ = self.t.gettext
        threshold = self.store.signature_over_minor
        if threshold is None or self.row.refund_total_minor < threshold:
            return
        self.blocks += [
            Feed(2),
            Text("x " + "_" * 30),
            Text(_("Customer signature"), small=True),
        ]

    def _policy(self) -> None:
        _ = self.t.gettext
        policy = self.facts.policy
        if policy is None:
            return
        self.blocks += [
            Rule(),
            Text(
                _("Our return policy (version {version})").format(version=policy.version), bold=True
            ),
        ]
        for paragraph in self.words.policy_summary(policy, self.row.currency):
            self.blocks.append(Text(paragraph, small=True))
        if self.second:
            second = wording(self.second)
            self.blocks.append(Feed())
            for paragraph in second.policy_summary(policy, self.row.currency):
                self.blocks.append(Text(paragraph, small=True))

    def _footer(self) -> None:
        _ = self.t.gettext
        self.blocks.append(Rule())
        if self.store.receipt_footer.strip():
            self.blocks.append(Text(self.store.receipt_footer.strip(), align=Align.CENTER))
        if self.store.feedback_url.strip():
            self.blocks.append(
                QRCode(self.store.feedback_url.strip(), _("How did we do? Scan to tell us."))
            )
        self.blocks.append(Barcode(self.row.number))
        if self.copy:
            self.blocks.append(Text(_("COPY"), bold=True, large=True, align=Align.CENTER))
        self.blocks.append(Cut())


def _tax_kept(line: ReturnLine) -> int:
    """The tax in what the line refunds after its fee (the fee keeps its share of tax)."""
    if not line.fee_minor or line.refund_minor <= 0:
        return line.tax_minor
    net = line.refund_minor - line.fee_minor
    return (2 * line.tax_minor * net + line.refund_minor) // (2 * line.refund_minor)


def _fee_pct(policy: Policy | None, rule_id: str) -> Decimal | None:
    if policy is None:
        return None
    rule = policy.rule(rule_id)
    pct = rule.then.restocking_fee_pct if rule is not None else None
    return pct or None
