"""A document laid out in the printer's character grid, shared by the ESC/POS renderer
and the raster (preview) renderer so that both show the very same lines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pos_returns.domain.document import (
    Align,
    Barcode,
    Block,
    Cut,
    Document,
    Feed,
    Header,
    Image,
    OpenDrawer,
    QRCode,
    Row,
    Rule,
    Text,
    row_lines,
    wrap,
)
from pos_returns.printing.profiles import Profile


@dataclass(frozen=True, slots=True)
class Style:
    bold: bool = False
    large: bool = False  # double width and height
    small: bool = False  # font B
    align: Align = Align.LEFT


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    style: Style


@dataclass(frozen=True, slots=True)
class Graphic:
    """A block that is not text: barcode, QR, image, feed, cut, drawer."""

    block: Block


Op = Line | Graphic


def columns(profile: Profile, style: Style) -> int:
    if style.large:
        return profile.columns // 2
    return profile.small_columns if style.small else profile.columns


def lay_out(document: Document, profile: Profile) -> Iterator[Op]:
    for block in document.blocks:
        yield from _block(block, profile)


def _block(block: Block, profile: Profile) -> Iterator[Op]:
    if isinstance(block, Header):
        title = Style(bold=True, large=True, align=Align.CENTER)
        for text in wrap(block.title, columns(profile, title)):
            yield Line(text, title)
        plain = Style(align=Align.CENTER)
        for address in block.lines:
            for text in wrap(address, profile.columns):
                yield Line(text, plain)
    elif isinstance(block, Text):
        style = Style(block.bold, block.large, block.small, block.align)
        for text in wrap(block.text, columns(profile, style), block.indent):
            yield Line(text, style)
    elif isinstance(block, Row):
        style = Style(bold=block.bold)
        for text in row_lines(block.left, block.right, profile.columns, block.indent):
            yield Line(text, style)
    elif isinstance(block, Rule):
        yield Line(("=" if block.heavy else "-") * profile.columns, Style())
    elif isinstance(block, QRCode) and block.caption:
        yield Graphic(QRCode(block.data))
        caption = Style(align=Align.CENTER)
        for text in wrap(block.caption, profile.columns):
            yield Line(text, caption)
    elif isinstance(block, Barcode | QRCode | Image | Feed | Cut | OpenDrawer):
        yield Graphic(block)
    else:  # pragma: no cover - a new block kind must be laid out here
        raise TypeError(f"cannot lay out {block!r}")
