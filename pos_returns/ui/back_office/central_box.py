"""Where the chain's central database is, on the settings page: its address here, the
store's password to the system keyring (never to a file); and what the centre refuses to
take (kept apart, the rest keeps flowing), with why and what to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QPushButton

from pos_returns.services.auth import Actor
from pos_returns.services.uow import Database
from pos_returns.sync import refusals, settings
from pos_returns.ui.common import Counter, sentence
from pos_returns.ui.tasks import Tasks


class CentralBox(QGroupBox):
    connected = Signal()  # this register now syncs with a central database
    said = Signal(str)  # what happened, for the page's message

    def __init__(self, counter: Counter, tasks: Tasks, actor: Actor, lang: str) -> None:
        super().__init__(objectName="centralBox")
        self.counter, self.tasks, self.actor, self.lang = counter, tasks, actor, lang
        self.url = QLineEdit(objectName="centralUrl")
        self.password = QLineEdit(objectName="centralPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save = QPushButton(objectName="saveCentral")
        self.save.clicked.connect(self.set_central)
        form = QFormLayout(self)
        self.labels = [QLabel(), QLabel()]
        form.addRow(self.labels[0], self.url)
        form.addRow(self.labels[1], self.password)
        form.addRow(self.save)
        self.refused_label = QLabel(objectName="refusedLabel", wordWrap=True)
        self.refused = QListWidget(objectName="refused")
        self.refused.setWordWrap(True)
        form.addRow(self.refused_label)
        form.addRow(self.refused)
        self.refused_label.hide()
        self.refused.hide()
        self._refused: tuple[refusals.Refusal, ...] = ()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The chain's central database"))
        self.labels[0].setText(self.tr("Address"))
        self.labels[1].setText(self.tr("Store password"))
        self.url.setPlaceholderText("postgresql://chain_s01@central.example/chain")
        self.save.setText(self.tr("Connect this register"))
        self._say_refused()

    def show_state(self, refused: tuple[refusals.Refusal, ...], saved: str | None) -> None:
        """What the centre refuses now, and the address kept (unless one is being typed)."""
        self._refused = refused
        self._say_refused()
        if saved and not self.url.text():
            self.url.setText(saved)

    def _say_refused(self) -> None:
        kept = self._refused
        self.refused_label.setVisible(bool(kept))
        self.refused.setVisible(bool(kept))
        self.refused_label.setText(
            self.tr(
                "Sync blocked: the central database refuses {n} records. The rest goes up; "
                "these are tried again at every sync."
            ).format(n=len(kept))
        )
        self.refused.clear()
        for refusal in kept:
            self.refused.addItem(
                self.tr("{kind} {label} ({tries} tries): {reason}").format(
                    kind=refusal.kind,
                    label=refusal.label,
                    tries=refusal.attempts,
                    reason=refusal.reason,
                )
                + "\n→ "
                + refusals.what_to_do(refusal.kind).in_language(self.lang)
            )

    def set_central(self) -> None:
        """Keep the central database's address (the password in the keyring) and sync with
        it from now on, without a restart."""
        url, password = self.url.text().strip(), self.password.text()
        self.password.clear()
        counter, actor = self.counter, self.actor

        def work() -> str:
            return settings.configure(actor, counter.engine, url, password)

        def done(where: str) -> None:
            self.counter.central_url = settings.with_password(url, password)
            self.connected.emit()
            self.said.emit(
                self.tr(
                    "This register syncs with {url} from now on; the password: {where}."
                ).format(url=url, where=where)
            )

        def failed(error: Exception) -> None:
            if isinstance(error, settings.SettingsError):
                self.said.emit(str(error)[:1].upper() + str(error)[1:])
            else:
                self.said.emit(sentence(error, self.lang))

        self.tasks.run(work, done, failed)


def saved_central(engine: Database) -> str | None:
    """The central database this register keeps (no password), to show it."""
    try:
        saved = settings.load(engine)
    except settings.SettingsError:
        return None
    return saved.url if saved else None
