"""The back office window: policy, people, settings and history, for a manager."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QTabWidget

from pos_returns.services.auth import Actor, require_manager
from pos_returns.ui.back_office.history_page import HistoryPage
from pos_returns.ui.back_office.people_page import PeoplePage
from pos_returns.ui.back_office.policy_page import PolicyPage
from pos_returns.ui.back_office.settings_page import SettingsPage
from pos_returns.ui.common import Counter
from pos_returns.ui.tasks import Tasks


class BackOfficeWindow(QMainWindow):
    """Opened by a signed-in manager (the services refuse anyone else anyway)."""

    policy_published = Signal(int)
    central_changed = Signal()

    def __init__(self, counter: Counter, actor: Actor, lang: str = "en") -> None:
        require_manager(actor, "the back office")
        super().__init__()
        self.counter, self.actor, self.lang = counter, actor, lang
        self.tasks = Tasks(self)
        self.tabs = QTabWidget(objectName="backOfficeTabs")
        self.policy = PolicyPage(counter, self.tasks, actor, lang)
        self.people = PeoplePage(counter, self.tasks, actor, lang)
        self.settings = SettingsPage(counter, self.tasks, actor, lang)
        self.history = HistoryPage(counter, self.tasks, actor, lang)
        for page in (self.policy, self.people, self.settings, self.history):
            self.tabs.addTab(page, "")
        self.policy.published.connect(self.policy_published)
        self.settings.central_changed.connect(self.central_changed)
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(f"{counter.store_code} · {actor.name}")
        self.retranslate()
        self.resize(1280, 800)

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("pos-returns: back office"))
        for index, text in enumerate(
            (self.tr("Policy"), self.tr("People"), self.tr("Settings"), self.tr("Returns"))
        ):
            self.tabs.setTabText(index, text)

    def start(self) -> None:
        """Load every page, off the screen's thread."""
        for page in (self.policy, self.people, self.settings, self.history):
            page.start()

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.tasks.wait()
        super().closeEvent(event)  # type: ignore[arg-type]
