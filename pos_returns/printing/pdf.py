"""Documents as PDF with reportlab: the receipt on an 80 mm roll or an A4 page, and the
policy poster on A4 or A3. Text is set in the bundled DejaVu fonts, which hold every
character of our four languages (reportlab's built-in Helvetica has no "ā")."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Image as PdfImage

from pos_returns.domain.document import (
    Align,
    Barcode,
    Block,
    Document,
    Feed,
    Header,
    Image,
    Poster,
    QRCode,
    Row,
    Rule,
    Text,
)
from pos_returns.resources import resource

SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGES = {"roll": None, "a4": A4, "a3": A3}
FRAME_PADDING = 6  # points, on each side of a SimpleDocTemplate's frame
_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(SANS, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=SANS, boldItalic=BOLD)


@dataclass(frozen=True, slots=True)
class _Page:
    width: float  # of the page, points
    margin: float
    size: float  # body text, points

    @property
    def frame(self) -> float:
        """The width text can use: inside the margins and platypus's frame padding."""
        return self.width - 2 * self.margin - 2 * FRAME_PADDING


ROLL = _Page(80 * mm, 4 * mm, 8.2)
SHEET = _Page(A4[0], 25 * mm, 10.5)


def render_pdf(document: Document, page: str = "roll") -> bytes:
    """`page` is "roll" (80 mm wide, as long as the receipt) or "a4"."""
    register_fonts()
    if page not in ("roll", "a4"):
        raise ValueError(f"page {page!r}: roll or a4")
    layout = ROLL if page == "roll" else SHEET
    flowables = [f for block in document.blocks for f in _flowables(block, layout)]
    out = io.BytesIO()
    if page == "roll":
        height = _height(flowables, layout) + 2 * (layout.margin + FRAME_PADDING) + 2 * mm
        pagesize = (layout.width, height)
    else:
        pagesize = A4
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=layout.margin,
        rightMargin=layout.margin,
        topMargin=layout.margin,
        bottomMargin=layout.margin,
        title=document.title,
        author="pos-returns",
        lang=document.language,
    )
    doc.build(flowables)
    return out.getvalue()


def _height(flowables: Sequence[Flowable], layout: _Page) -> float:
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(layout.frame, 10**6)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _style(
    layout: _Page,
    *,
    bold: bool = False,
    scale: float = 1.0,
    align: Align = Align.LEFT,
    indent: float = 0.0,
) -> ParagraphStyle:
    size = layout.size * scale
    return ParagraphStyle(
        "p",
        fontName=BOLD if bold else SANS,
        fontSize=size,
        leading=size * 1.25,
        alignment=_ALIGN[align],
        leftIndent=indent,
    )


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _flowables(block: Block, layout: _Page) -> list[Flowable]:
    if isinstance(block, Header):
        out: list[Flowable] = [
            _para(block.title, _style(layout, bold=True, scale=1.8, align=Align.CENTER))
        ]
        out += [_para(line, _style(layout, align=Align.CENTER)) for line in block.lines]
        return [*out, Spacer(1, layout.size * 0.6)]
    if isinstance(block, Text):
        scale = 1.6 if block.large else 0.85 if block.small else 1.0
        style = _style(
            layout,
            bold=block.bold,
            scale=scale,
            align=block.align,
            indent=block.indent * layout.size * 0.6,
        )
        return [_para(block.text, style)]
    if isinstance(block, Row):
        return [_row(block, layout)]
    if isinstance(block, Rule):
        return [
            HRFlowable(
                width="100%",
                thickness=1.2 if block.heavy else 0.5,
                color=colors.black,
                spaceBefore=2,
                spaceAfter=3,
                dash=None if block.heavy else (2, 2),
            )
        ]
    if isinstance(block, Barcode):
        drawing = createBarcodeDrawing(
            "Code128",
            value=block.data,
            barWidth=0.75 if layout is ROLL else 1.0,
            barHeight=12 * mm,
            humanReadable=False,
            quiet=False,
        )
        caption = _para(block.data, _style(layout, align=Align.CENTER))
        return [Spacer(1, 4), _centred(drawing, layout), caption, Spacer(1, 4)]
    if isinstance(block, QRCode):
        side = 28 * mm
        widget = QrCodeWidget(block.data, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        drawing.add(widget)
        out = [Spacer(1, 4), _centred(drawing, layout)]
        if block.caption:
            out.append(_para(block.caption, _style(layout, align=Align.CENTER)))
        return out
    if isinstance(block, Image):
        picture = PdfImage(io.BytesIO(block.png))
        width = min(layout.frame, block.width_mm * mm)
        picture.drawHeight = picture.imageHeight * width / picture.imageWidth
        picture.drawWidth = width
        return [picture, Spacer(1, 4)]
    if isinstance(block, Feed):
        return [Spacer(1, layout.size * 1.25 * block.lines)]
    return []  # cut and drawer: nothing on paper


def _row(block: Row, layout: _Page) -> Flowable:
    style = _style(layout, bold=block.bold)
    right_style = _style(layout, bold=block.bold, align=Align.RIGHT)
    amount = pdfmetrics.stringWidth(block.right, style.fontName, style.fontSize) + 4
    amount = min(amount, layout.frame * 0.6)
    table = Table(
        [
            [
                _para(
                    block.left,
                    ParagraphStyle("l", parent=style, leftIndent=block.indent * layout.size * 0.6),
                ),
                _para(block.right, right_style),
            ]
        ],
        colWidths=[layout.frame - amount, amount],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _centred(drawing: Any, layout: _Page) -> Flowable:
    table = Table([[drawing]], colWidths=[layout.frame])
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


# -- the policy poster --------------------------------------------------------------------
def render_poster(poster: Poster, size: str = "A4") -> bytes:
    """The poster on one page if the policy fits in large type; the body type shrinks
    (down to 10.5 pt on A4) before a second page is used."""
    register_fonts()
    pagesize = PAGES.get(size.lower())
    if pagesize is None:
        raise ValueError(f"poster size {size!r}: A4 or A3")
    scale = pagesize[0] / A4[0]
    out = b""
    for body in (15.0, 13.5, 12.0, 10.5):
        out, pages = _poster(poster, pagesize, body * scale, scale)
        if pages == 1:
            break
    return out


def _poster(
    poster: Poster, pagesize: tuple[float, float], body_size: float, scale: float
) -> tuple[bytes, int]:
    margin = 18 * mm * scale
    frame = pagesize[0] - 2 * (margin + FRAME_PADDING)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=poster.title,
        author=poster.store,
        lang=poster.language,
    )
    base = _Page(pagesize[0], margin, 15 * scale)
    story: list[Flowable] = [
        _para(poster.store, _style(base, align=Align.CENTER, scale=1.1)),
        _para(poster.title, _style(base, bold=True, align=Align.CENTER, scale=2.6)),
        Spacer(1, 8 * mm * scale),
    ]
    if poster.key_facts:
        story.append(_facts(poster.key_facts, base, frame))
        story.append(Spacer(1, 8 * mm * scale))
    text = _Page(pagesize[0], margin, body_size)
    body = _style(text)
    body.spaceAfter = body_size * 0.7
    story += [_para(paragraph, body) for paragraph in poster.paragraphs]
    story += [
        Spacer(1, 6 * mm * scale),
        HRFlowable(width="100%", thickness=0.8),
        _para(poster.footer, _style(text, align=Align.CENTER, scale=0.8)),
    ]
    doc.build(story)
    return out.getvalue(), doc.page


def _facts(facts: Sequence[tuple[str, str]], base: _Page, frame: float) -> Flowable:
    per_row = 3 if len(facts) != 4 else 2
    label = _style(base, align=Align.CENTER, scale=1.0)
    cells = [
        [
            _para(
                big,
                _style(base, bold=True, align=Align.CENTER, scale=3.2 if len(big) <= 3 else 2.2),
            ),
            Spacer(1, 3 * mm),
            _para(small, label),
        ]
        for big, small in facts
    ]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[frame / per_row] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
            ]
        )
    )
    return table
