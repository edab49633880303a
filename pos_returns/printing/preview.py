"""The on-screen preview: the receipt as the printer will print it, for the counter screen.

It is the raster renderer's picture (one pixel per printer dot) shown in Qt, so what the
cashier sees is what the paper will show, at the printer's width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
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
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.document: Document | None = None

    def show_document(self, document: Document, profile_name: str = DEFAULT_PROFILE) -> None:
        self.document = document
        image = preview_image(document, profile_name)
        self.paper.setPixmap(QPixmap.fromImage(image))
        self.paper.setAccessibleName(document.title)
        self.setMinimumWidth(min(image.width() + 24, 640))
