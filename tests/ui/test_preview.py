"""The on-screen preview, rendered offscreen by real Qt widgets."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from pos_returns.domain.document import Barcode, Document, Header, Row, Text
from pos_returns.printing.profiles import profile
from pos_returns.ui.preview import ReceiptPreview, preview_image

DOCUMENT = Document(
    "Atgriešanas čeks S01-R1-RT000001",
    "lv",
    (
        Header("Veikals Ābele", ("Brīvības iela 1, Rīga",)),
        Text("ATGRIEŠANAS ČEKS", bold=True),
        Row("Atmaksāts uz VISA 1234", "15,42 €"),
        Barcode("S01-R1-RT000001"),
    ),
)


def test_the_preview_image_is_the_paper_at_the_printers_resolution() -> None:
    image = preview_image(DOCUMENT, "TM-T20II")
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() == profile("TM-T20II").dots + 32
    # Ink where the text is: the top-left corner is paper, the header's middle is not.
    assert image.pixelColor(2, 2).lightness() == 255
    darkest = min(image.pixelColor(x, 40).lightness() for x in range(image.width()))
    assert darkest < 64


def test_the_preview_widget_shows_a_document_and_can_show_the_next(qtbot: QtBot) -> None:
    widget = ReceiptPreview()
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show_document(DOCUMENT)
    widget.show()
    qtbot.waitExposed(widget)
    first = widget.paper.pixmap()
    assert first.width() == profile("TM-T88V").dots + 32
    assert widget.paper.accessibleName() == DOCUMENT.title
    longer = Document("next", "en", DOCUMENT.blocks + (Text("one more line " * 20),))
    widget.show_document(longer)
    assert widget.paper.pixmap().height() > first.height()
    shot = widget.grab().toImage()
    assert not shot.isNull() and shot.width() == 600
