"""Printed documents as data: what a receipt or poster says, block by block.

A `Document` holds no layout: the printing layer's ESC/POS renderer wraps it to the
printer's columns, its PDF renderer to points on an 80 mm roll or an A4 page, its raster
renderer to pixels. The services build documents from the store's records (a return
receipt, a test page, the policy poster); renderers never query anything.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from enum import StrEnum


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Header:
    """The store's name (large) and its address lines, centred."""

    title: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph, wrapped to the width. `large` is double width and height."""

    text: str
    bold: bool = False
    large: bool = False
    align: Align = Align.LEFT
    small: bool = False  # fine print (the policy): a smaller font where the renderer has one
    indent: int = 0  # in characters


@dataclass(frozen=True, slots=True)
class Row:
    """A label on the left and an amount on the right, aligned to the right edge."""

    left: str
    right: str
    bold: bool = False
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    heavy: bool = False


@dataclass(frozen=True, slots=True)
class Barcode:
    """A CODE128 barcode of `data` (printable ASCII), with `data` written under it."""

    data: str


@dataclass(frozen=True, slots=True)
class QRCode:
    data: str
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Image:
    """A picture (a logo): PNG bytes, printed centred at most `width_mm` wide."""

    png: bytes
    width_mm: float = 40.0


@dataclass(frozen=True, slots=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True, slots=True)
class Cut:
    pass


@dataclass(frozen=True, slots=True)
class OpenDrawer:
    """Pulse the cash drawer connected to the printer (cash given back)."""


Block = Header | Text | Row | Rule | Barcode | QRCode | Image | Feed | Cut | OpenDrawer


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    language: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def text_blocks(self) -> list[str]:
        """Every piece of text the document shows, in order (for tests and search)."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Header):
                out += [block.title, *block.lines]
            elif isinstance(block, Text):
                out.append(block.text)
            elif isinstance(block, Row):
                out.append(f"{block.left} {block.right}")
            elif isinstance(block, Barcode):
                out.append(block.data)
            elif isinstance(block, QRCode) and block.caption:
                out.append(block.caption)
        return out


@dataclass(frozen=True, slots=True)
class Poster:
    """What the poster says: a title, the key numbers big, then the policy in full."""

    language: str
    title: str
    store: str
    key_facts: tuple[tuple[str, str], ...]  # ("30", "days for a full refund")
    paragraphs: tuple[str, ...]
    footer: str


# -- monospaced layout, shared by the ESC/POS and raster renderers ------------------------
def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """`text` in lines of at most `width` characters; hard breaks (\\n) are kept."""
    pad = " " * min(indent, width // 2)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(
            paragraph,
            width,
            initial_indent=pad,
            subsequent_indent=pad,
            break_long_words=True,
            break_on_hyphens=False,
        ) or [""]
    return lines


def row_lines(left: str, right: str, width: int, indent: int = 0) -> list[str]:
    """The label wrapped on the left, the amount on the right of the label's last line."""
    right = right.strip()
    room = width - len(right) - 1
    if room < width // 3:  # a very long value: on its own lines, right-aligned
        return [*wrap(left, width, indent), *(part.rjust(width) for part in wrap(right, width))]
    lines = wrap(left, room, indent)
    last = lines[-1]
    lines[-1] = last + " " * (width - len(last) - len(right)) + right
    return lines
