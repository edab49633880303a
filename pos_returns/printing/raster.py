"""Pictures of receipts with Pillow: a text line the printer's code pages cannot print,
barcodes and QR codes for printers without them, and the whole receipt for the preview.

Everything is drawn at the printer's own resolution (one pixel = one dot) in DejaVu Sans
Mono sized to the profile's columns, so a preview looks like the paper.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache

import barcode
import qrcode
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from pos_returns.domain.document import Align, Barcode, Document, Feed, Image, QRCode
from pos_returns.printing.layout import Graphic, Line, Style, columns, lay_out
from pos_returns.printing.profiles import Profile
from pos_returns.resources import resource

WHITE, BLACK = 255, 0
LINE_DOTS = 24  # Font A is 12 x 24 dots on Epson heads
BARCODE_HEIGHT = 64


@cache
def font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    return ImageFont.truetype(str(resource("fonts", name)), size)


def _font_for(profile: Profile, style: Style) -> tuple[ImageFont.FreeTypeFont, int]:
    """The font whose advance fills the style's columns, and the line height in dots."""
    cols = columns(profile, style)
    advance = profile.dots / cols
    size = max(8, int(advance / 0.6021))  # DejaVu Sans Mono's advance is 0.602 em
    height = LINE_DOTS * (2 if style.large else 1)
    if style.small:
        height = int(LINE_DOTS * 0.75)
    return font(style.bold, size), height


@lru_cache(maxsize=4096)
def line_image(text: str, style: Style, profile: Profile) -> PILImage.Image:
    """One laid-out line as a 1-bit picture the printer's full width (do not change it:
    it is cached, as the policy's lines are the same on every receipt).

    The font is monospaced: each character's picture is drawn once and cached, and a line
    is those pictures pasted along the grid (a tenth of the time of drawing the string,
    which matters for a printer that needs most of a Latvian receipt as pictures).
    """
    face, height = _font_for(profile, style)
    advance = face.getlength("M")
    image = PILImage.new("1", (profile.dots, height), 1)
    width = advance * len(text)
    x = 0.0
    if style.align is Align.CENTER:
        x = (profile.dots - width) / 2
    elif style.align is Align.RIGHT:
        x = profile.dots - width
    x = max(0.0, x)
    for index, char in enumerate(text):
        if char != " ":
            image.paste(0, (round(x + index * advance), 0), _glyph(face, height, char))
    return image


@cache
def _glyph(face: ImageFont.FreeTypeFont, height: int, char: str) -> PILImage.Image:
    """The ink of one character in a cell of the line's height (1 where ink), with room
    for a glyph that reaches into its neighbour's cell."""
    ascent, descent = face.getmetrics()
    width = int(face.getlength("M")) * 2
    cell = PILImage.new("1", (width, height), 0)
    draw = ImageDraw.Draw(cell)
    draw.fontmode = "1"  # crisp dots, as a thermal head prints them
    draw.text((0, (height - ascent - descent) / 2), char, font=face, fill=1)
    return cell


def stack(parts: list[PILImage.Image]) -> PILImage.Image:
    """Pictures of the printer's width, one under the other."""
    if len(parts) == 1:
        return parts[0]
    sheet = PILImage.new("1", (parts[0].width, sum(p.height for p in parts)), 1)
    y = 0
    for part in parts:
        sheet.paste(part, (0, y))
        y += part.height
    return sheet


def barcode_image(data: str, profile: Profile) -> PILImage.Image:
    """A CODE128 barcode, centred, as wide modules as fit the paper (at most 3 dots)."""
    modules = barcode.get_barcode_class("code128")(data).build()[0]
    quiet = 10
    module = max(1, min(3, profile.dots // (len(modules) + 2 * quiet)))
    width = len(modules) * module
    image = PILImage.new("1", (profile.dots, BARCODE_HEIGHT), 1)
    draw = ImageDraw.Draw(image)
    left = (profile.dots - width) // 2
    for index, bit in enumerate(modules):
        if bit == "1":
            x = left + index * module
            draw.rectangle((x, 0, x + module - 1, BARCODE_HEIGHT - 1), fill=0)
    return image


def qr_image(data: str, profile: Profile) -> PILImage.Image:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    module = max(2, min(6, (profile.dots // 2) // size))
    image = PILImage.new("1", (profile.dots, size * module), 1)
    draw = ImageDraw.Draw(image)
    left = (profile.dots - size * module) // 2
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                x0, y0 = left + x * module, y * module
                draw.rectangle((x0, y0, x0 + module - 1, y0 + module - 1), fill=0)
    return image


def picture(block: Image, profile: Profile) -> PILImage.Image:
    """The block's PNG scaled to its width on paper, centred, 1-bit."""
    source = PILImage.open(io.BytesIO(block.png))
    source.load()
    if source.mode in ("RGBA", "LA", "P"):
        source = source.convert("RGBA")
        flat = PILImage.new("RGBA", source.size, (255, 255, 255, 255))
        flat.alpha_composite(source)
        source = flat
    target = min(profile.dots, int(block.width_mm / 25.4 * profile.dpi))
    height = max(1, round(source.height * target / source.width))
    scaled = source.convert("L").resize((target, height), PILImage.Resampling.LANCZOS)
    image = PILImage.new("L", (profile.dots, height), WHITE)
    image.paste(scaled, ((profile.dots - target) // 2, 0))
    return image.convert("1")


def document_image(document: Document, profile: Profile, margin: int = 16) -> PILImage.Image:
    """The whole receipt as the printer would print it, with a paper margin around it."""
    parts: list[PILImage.Image] = []
    for op in lay_out(document, profile):
        if isinstance(op, Line):
            parts.append(line_image(op.text, op.style, profile))
        else:
            parts += _graphic(op, profile)
    height = sum(p.height for p in parts) + 2 * margin
    page = PILImage.new("L", (profile.dots + 2 * margin, height), WHITE)
    y = margin
    for part in parts:
        page.paste(part.convert("L"), (margin, y))
        y += part.height
    return page


def _graphic(op: Graphic, profile: Profile) -> list[PILImage.Image]:
    block = op.block
    gap = PILImage.new("1", (profile.dots, LINE_DOTS // 2), 1)
    if isinstance(block, Barcode):
        caption = line_image(block.data, Style(align=Align.CENTER), profile)
        return [gap, barcode_image(block.data, profile), caption, gap]
    if isinstance(block, QRCode):
        return [gap, qr_image(block.data, profile)]
    if isinstance(block, Image):
        return [picture(block, profile), gap]
    if isinstance(block, Feed):
        return [PILImage.new("1", (profile.dots, LINE_DOTS * block.lines), 1)]
    return []  # cut and drawer leave no mark


def logo_png(text: str = "pos-returns") -> bytes:
    """A small logo drawn with the bundled font (the test page shows that images print)."""
    face = font(True, 40)
    width = int(face.getlength(text)) + 24
    image = PILImage.new("L", (width, 64), WHITE)
    draw = ImageDraw.Draw(image)
    draw.rectangle((2, 2, width - 3, 61), outline=BLACK, width=4)
    draw.text((12, 8), text, font=face, fill=BLACK)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
