"""A document as ESC/POS bytes, through python-escpos.

Every line is written in a code table the profile has and that holds every one of its
characters (CP1252 or CP858 for French and Dutch, CP1257 or CP775 for Latvian, ...); a line
no table can hold is printed as a picture. Nothing becomes "?". The bytes are built on a
new `Dummy` per document (python-escpos keeps a stale idea of the table after a reset), so
the print queue can store them and send the very same bytes again after a failure.
"""

from __future__ import annotations

from functools import lru_cache

from pos_returns.domain.document import (
    Align,
    Barcode,
    Cut,
    Document,
    Feed,
    Image,
    OpenDrawer,
    QRCode,
)
from pos_returns.printing._escpos import QR_ECLEVEL_M, printer
from pos_returns.printing.layout import Graphic, Line, Style, lay_out
from pos_returns.printing.profiles import Profile
from pos_returns.printing.raster import barcode_image, line_image, picture, qr_image, stack

# Tables tried in this order; the first the profile has that holds a whole line wins.
CODE_PAGES = ("CP1252", "CP858", "CP1257", "CP775", "ISO_8859-15", "CP850", "CP437", "CP852")
# Spaces and dashes Babel and our sentences use that no receipt table has.
_PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})
_INIT = b"\x1b@"
_KANJI_OFF = b"\x1c."  # many clones start in a two-byte mode that ignores ESC t


def printable(text: str) -> str:
    """`text` with the no-break and thin spaces of CLDR formats as plain spaces."""
    return "".join(c for c in text.translate(_PLAIN) if c >= " " or c == "\t")


def render_escpos(document: Document, profile: Profile) -> bytes:
    out = printer.Dummy(profile=profile.name)
    _Writer(out, profile).write(document)
    return bytes(out.output)


@lru_cache(maxsize=512)
def _raster(profile: Profile, lines: tuple[tuple[str, Style], ...]) -> bytes:
    """python-escpos's raster image of picture lines, made once per run of lines: the
    policy's paragraphs are the same on every receipt, and converting an image is most of
    the time a receipt takes on a printer that needs pictures."""
    out = printer.Dummy(profile=profile.name)
    out.image(stack([line_image(text, style, profile) for text, style in lines]), center=False)
    return bytes(out.output)


class _Writer:
    def __init__(self, out: printer.Dummy, profile: Profile) -> None:
        self.out = out
        self.profile = profile
        self.encoder = out.magic.encoder
        self.pages = [p for p in CODE_PAGES if p in profile.code_pages]
        self.table: str | None = None
        self.style: Style | None = None

    def write(self, document: Document) -> None:
        self.out._raw(_INIT + _KANJI_OFF)
        pictures: list[tuple[str, Style]] = []  # a run of lines no table holds: one image
        for op in lay_out(document, self.profile):
            if isinstance(op, Line):
                text = printable(op.text)
                table = self._table_for(text)
                if table is None:
                    pictures.append((text, op.style))
                    continue
                self._pictures(pictures)
                self._line(text, op.style, table)
            else:
                self._pictures(pictures)
                self._graphic(op)
        self._pictures(pictures)

    # -- text ----------------------------------------------------------------------------
    def _pictures(self, pictures: list[tuple[str, Style]]) -> None:
        """Print the waiting picture lines as one image (one raster command, not one per
        line) and empty the list."""
        if not pictures:
            return
        self._set_style(Style())
        self.out._raw(_raster(self.profile, tuple(pictures)))
        pictures.clear()

    def _line(self, text: str, style: Style, table: str) -> None:
        self._set_style(style)
        if table != self.table and not text.isascii():
            self.out.charcode(table)
            self.table = table
        self.out.textln(text)

    def _table_for(self, text: str) -> str | None:
        """A table holding every character of `text`: the current one if it can."""
        if text.isascii():
            return self.table or "CP437"
        special = set(c for c in text if not c.isascii())
        order = [self.table, *self.pages] if self.table else self.pages
        for table in order:
            if table is not None and all(self.encoder.can_encode(table, c) for c in special):
                return table
        return None

    def _set_style(self, style: Style) -> None:
        if style == self.style:
            return
        self.out.set(
            align=style.align.value,
            font="b" if style.small else "a",
            bold=style.bold,
            normal_textsize=not style.large,
            double_width=style.large,
            double_height=style.large,
        )
        self.style = style

    # -- the rest ------------------------------------------------------------------------
    def _graphic(self, op: Graphic) -> None:
        block = op.block
        p = self.out
        if isinstance(block, Barcode):
            self._set_style(Style())
            if self.profile.hardware_barcodes and block.data.isascii():
                # Code set B ("{B"): python-escpos 3.1 sends code set C data wrongly.
                modules = (len(block.data) + 2) * 11 + 13
                width = 2 if modules * 2 <= self.profile.dots else 1
                p.barcode(
                    "{B" + block.data,
                    "CODE128",
                    height=64,
                    width=width,
                    pos="BELOW",
                    font="A",
                    align_ct=True,
                    function_type="B",
                )
            else:
                p.image(barcode_image(block.data, self.profile), center=False)
                self._line(block.data, Style(align=Align.CENTER), "CP437")  # printable ASCII
            p.ln()
            self.style = None
        elif isinstance(block, QRCode):
            self._set_style(Style(align=Align.CENTER))
            if self.profile.native_qr:
                p.qr(block.data, size=5, ec=QR_ECLEVEL_M, native=True, center=False)
            else:
                p.image(qr_image(block.data, self.profile), center=False)
        elif isinstance(block, Image):
            p.image(picture(block, self.profile), center=False)
        elif isinstance(block, Feed):
            p.ln(block.lines)
        elif isinstance(block, Cut):
            if self.profile.cutter:
                p.cut()
            else:
                p.ln(4)
        elif isinstance(block, OpenDrawer):
            if self.profile.drawer:
                p.cashdraw(2)
