"""The on-screen preview: the receipt as the printer will print it, for the counter screen.

It is the raster renderer's picture (one pixel per printer dot) shown in Qt, so what the
cashier sees is what the paper will show, at the printer's width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from pos_returns.domain.document import Document
from pos_returns.printing.profiles import DEFAULT_PROFILE, profile
from pos_returns.printing.raster import document_image


def preview_image(document: Document, profile_name: str = DEFAULT_PROFILE) -> QImage:
    picture = document_image(document, profile(profile_name)).convert("L")
    data = picture.tobytes()
    image = QImage(
        data, picture.width, picture.height, picture.width, QImage.Format.Format_Grayscale8
    )
    return image.copy()  # own the pixels: `data` goes away with this frame


class ReceiptPreview(QScrollArea):
    """A scrollable paper receipt; `show_document` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.paper = QLabel()
        self.paper.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.paper.setStyleSheet("background: white;")
        self.setWidget(self.paper)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.document: Document | None = None
        self.image: QImage | None = None

    def show_document(self, document: Document, profile_name: str = DEFAULT_PROFILE) -> None:
        self.document = document
        self.image = preview_image(document, profile_name)
        self.paper.setAccessibleName(document.title)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The paper at its own size, or narrower to fit the panel (never wider)."""
        if self.image is None:
            return
        room = max(120, self.viewport().width() - 4)
        image = self.image
        if image.width() > room:
            image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        self.paper.setPixmap(QPixmap.fromImage(image))
