"""Pictures of receipts with Pillow: a text line the printer's code pages cannot print,
barcodes and QR codes for printers without them, and the whole receipt for the preview.

Everything is drawn at the printer's own resolution (one pixel = one dot) in DejaVu Sans
Mono sized to the profile's columns, so a preview looks like the paper.
"""

from __future__ import annotations

import io
from functools import cache

import barcode
import qrcode
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from pos_returns.printing.document import Align, Barcode, Document, Feed, Image, QRCode
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


def line_image(text: str, style: Style, profile: Profile) -> PILImage.Image:
    """One laid-out line as a 1-bit picture the printer's full width."""
    face, height = _font_for(profile, style)
    image = PILImage.new("L", (profile.dots, height), WHITE)
    draw = ImageDraw.Draw(image)
    width = draw.textlength(text, font=face)
    x = 0.0
    if style.align is Align.CENTER:
        x = (profile.dots - width) / 2
    elif style.align is Align.RIGHT:
        x = profile.dots - width
    ascent, descent = face.getmetrics()
    y = (height - ascent - descent) / 2
    draw.text((max(0.0, x), y), text, font=face, fill=BLACK)
    return image.convert("1")


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
