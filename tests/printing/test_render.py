"""The receipt document rendered to ESC/POS bytes, pictures and PDF, read back."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from pos_returns.domain.document import (
    Align,
    Barcode,
    Cut,
    Document,
    Header,
    OpenDrawer,
    Poster,
    QRCode,
    Row,
    Rule,
    Text,
    row_lines,
    wrap,
)
from pos_returns.printing.escpos_render import render_escpos
from pos_returns.printing.pdf import render_pdf, render_poster
from pos_returns.printing.profiles import UnknownProfile, profile
from pos_returns.printing.raster import document_image, logo_png
from pos_returns.services.print_pages import SAMPLES, printer_test_page
from printing.escpos_bytes import decode

FRENCH = "Électronique ouverte : remboursement moins 15 % — œuvre d’art, 3,00 €"
DUTCH = "Geopende elektronica: terugbetaling min 15% — één, ruïne, 3,00 €"
LATVIAN = "Atvērta elektronika: atmaksa, atskaitot 15% — ā č ē ģ ī ķ ļ ņ š ū ž, 3,00 €"
LANGS = {"fr": FRENCH, "nl": DUTCH, "lv": LATVIAN}


def receipt(text: str, lang: str = "en") -> Document:
    return Document(
        "test",
        lang,
        (
            OpenDrawer(),
            Header("Maison Ābele", ("Brīvības iela 1, Rīga",)),
            Text(text),
            Row("Remboursé sur VISA 1234", "15,42\u00a0€", bold=True),
            Rule(),
            Barcode("S01-R2-RT000017"),
            QRCode("https://example.com/feedback?r=17", "Dites-nous tout"),
            Cut(),
        ),
    )


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("name", ["TM-T88V", "TM-T20II", "TM-P80"])
def test_every_character_prints_as_text_in_a_table_that_holds_it(lang: str, name: str) -> None:
    text = LANGS[lang]
    printout = decode(render_escpos(receipt(text), profile(name)))
    assert printout.problems == []
    assert "?" not in printout.text
    printed = " ".join(line.text.strip() for line in printout.lines)
    assert " ".join(text.split()) in " ".join(printed.split())
    assert "Maison Ābele" in printout.text
    if lang == "lv":  # Latvian in a Baltic table: CP1257 (Epson 51) or CP775 (33)
        tables = {table for line in printout.lines if "ā" in line.text for table in line.tables}
        assert tables and tables <= {51, 33}


def test_a_clone_gets_its_own_table_numbers_from_its_profile() -> None:
    """The 58 mm POS-5890 numbers CP1257 25 where Epson says 51."""
    data = render_escpos(receipt(LATVIAN), profile("POS-5890"))
    assert b"\x1bt\x19" + "Maison Ābele".encode("cp1257") in data
    assert LATVIAN.encode("cp1257")[:25] in data
    assert b"?" not in data.replace(b"?r=17", b"")


def test_french_and_dutch_use_a_western_table() -> None:
    printout = decode(render_escpos(receipt(FRENCH), profile("TM-T88V")))
    line = next(x for x in printout.lines if "œuvre" in x.text)
    assert line.tables == {16}  # CP1252 holds œ, ’ and €; CP858 has no œ


@pytest.mark.parametrize("name", ["simple", "TM-T88IV"])
def test_a_line_no_table_holds_is_printed_as_a_picture_never_as_question_marks(
    name: str,
) -> None:
    """`simple` has only CP437; TM-T88IV has no Baltic table."""
    printout = decode(render_escpos(receipt(LATVIAN), profile(name)))
    assert "?" not in printout.text
    assert not any("ā" in line.text for line in printout.lines)
    # The header's "Ābele" and the Latvian lines, as pictures the paper's width.
    assert printout.images
    assert all(width == profile(name).dots for width, _ in printout.images)
    assert sum(height for _, height in printout.images) >= 48 + 2 * 24


def test_every_language_of_the_test_page_prints(tmp_path) -> None:  # noqa: ANN001
    prof = profile("TM-T88V")
    page = printer_test_page("tcp://10.0.0.9:9100", prof.name, prof.columns, "Shop", logo_png())
    printout = decode(render_escpos(page, prof))
    assert printout.problems == []
    assert "?" not in printout.text
    text = " ".join(printout.text.split())
    for lang in ("fr", "lv", "en"):
        head = SAMPLES[lang].split("—")[0].strip()
        assert head in text
    assert printout.barcode_texts() == ["S01-R1-RT000001"]
    assert printout.qr_codes == ["https://example.com/feedback?r=S01-R1-RT000001"]
    assert printout.cuts == 1


@pytest.mark.parametrize("name", ["TM-T88V", "TM-T20II", "POS-5890"])
def test_nothing_is_wider_than_the_paper_and_amounts_end_at_the_right_edge(name: str) -> None:
    prof = profile(name)
    long_label = "Refunded to a very long tender name that needs two lines at least"
    document = Document(
        "t", "en", (Row(long_label, "1 234,56 EUR"), Row("Total", "9,99 EUR"), Text("word " * 40))
    )
    printout = decode(render_escpos(document, prof))
    assert all(len(line.text) <= prof.columns for line in printout.lines)
    amounts = [line.text for line in printout.lines if "EUR" in line.text]
    assert len(amounts) == 2
    assert all(len(text) == prof.columns and text.endswith("EUR") for text in amounts)


@pytest.mark.parametrize("name", ["TM-T88V", "TM-T20II"])
def test_a_long_value_on_the_right_wraps_too(name: str) -> None:
    """A printer URL on the test page, a long name beside "Served by"."""
    prof = profile(name)
    document = Document(
        "t",
        "en",
        (
            Row("Printer", "serial:///dev/ttyUSB0?baudrate=19200&dsrdtr=1"),
            Row("Served by", "Anna-Kristīne Bērziņa-Ozoliņa von Liepiņa"),
        ),
    )
    printout = decode(render_escpos(document, prof))
    assert printout.lines and all(len(line.text) <= prof.columns for line in printout.lines)
    text = "".join(line.text.strip() for line in printout.lines)
    assert "serial:///dev/ttyUSB0?baudrate=19200&dsrdtr=1" in text


def test_barcodes_and_qr_codes_are_native_where_the_printer_has_them() -> None:
    printout = decode(render_escpos(receipt("x"), profile("TM-T88V")))
    assert printout.barcodes == [("CODE128", "{BS01-R2-RT000017")]
    assert printout.barcode_texts() == ["S01-R2-RT000017"]
    assert printout.qr_codes == ["https://example.com/feedback?r=17"]
    assert printout.drawer_pulses == 1
    assert printout.cuts == 1
    assert "Dites-nous tout" in printout.text


def test_a_58mm_printer_without_barcodes_gets_pictures_of_them() -> None:
    prof = profile("POS-5890")
    printout = decode(render_escpos(receipt("x"), prof))
    assert printout.barcodes == [] and printout.qr_codes == []
    assert len(printout.images) >= 2
    assert "S01-R2-RT000017" in printout.text  # the barcode's number, printed under it
    assert printout.cuts == 0  # no cutter: it feeds instead


def test_the_same_document_gives_the_same_bytes() -> None:
    """Golden: the bytes of a small receipt, so a change in what we send is seen."""
    document = Document(
        "t", "fr", (Text("Reçu", bold=True, align=Align.CENTER), Row("Total", "3,00 €"), Cut())
    )
    data = render_escpos(document, profile("TM-T88V"))
    assert data == render_escpos(document, profile("TM-T88V"))
    assert (
        data
        == (
            b"\x1b@\x1c."  # reset, two-byte mode off
            b"\x1b!\x00\x1b!\x00\x1b!\x00\x1bE\x01\x1bM\x00\x1ba\x01"  # normal size, bold, centre
            b"\x1bt\x10Re\xe7u\n"  # CP1252 (Epson 16): ç is 0xE7
            b"\x1b!\x00\x1b!\x00\x1b!\x00\x1bE\x00\x1bM\x00\x1ba\x00"
            b"Total"
            + b" "
            * 31
            + b"3,00 \x80\n"  # € is 0x80 in CP1252; no-break space sent as space
            b"\x1bd\x06\x1dV\x00"  # feed and cut
        )
    )


def test_an_unknown_profile_names_the_ones_to_use() -> None:
    with pytest.raises(UnknownProfile, match="TM-T88V"):
        profile("TM-9999")


def test_wrapping_keeps_words_and_puts_the_amount_on_the_last_line() -> None:
    assert wrap("a bb ccc dddd", 6) == ["a bb", "ccc", "dddd"]
    assert row_lines("Refunded to VISA 1234", "15,42 €", 20) == [
        "Refunded to",
        "VISA 1234    15,42 €",
    ]


def test_the_preview_picture_is_the_printers_width_and_shows_the_receipt() -> None:
    prof = profile("TM-T88V")
    picture = document_image(receipt(LATVIAN), prof, margin=0)
    assert picture.width == prof.dots
    assert 400 < picture.height < 1200
    dark = sum(1 for value in picture.get_flattened_data() if value < 128)
    assert dark > 5000  # text, barcode and QR were drawn


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("page", ["roll", "a4"])
def test_the_pdf_holds_the_receipts_text(lang: str, page: str) -> None:
    pdf = render_pdf(receipt(LANGS[lang], lang), page)
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Maison Ābele" in text
    for word in re.findall(r"\w+", LANGS[lang]):
        assert word in text
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) == (80 if page == "roll" else 210)
    assert len(reader.pages) == 1


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_the_poster_has_its_key_numbers_in_large_type(size: str) -> None:
    poster = Poster(
        "lv",
        "Mūsu atgriešanas noteikumi",
        "Veikals",
        (("30", "dienas atmaksai"), ("15 %", "apstrādes maksa")),
        ("Atgriežot 30 dienu laikā: pilna atmaksa.",),
        "Noteikumu 3. versija",
    )
    reader = PdfReader(io.BytesIO(render_poster(poster, size)))
    text = " ".join(reader.pages[0].extract_text().split())
    for piece in ("Mūsu atgriešanas noteikumi", "30", "dienas atmaksai", "pilna atmaksa"):
        assert piece in text
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) == {"A4": 210, "A3": 297}[size]
    assert len(reader.pages) == 1


def test_a_logo_prints_as_an_image() -> None:
    assert PILImage.open(io.BytesIO(logo_png())).size[1] == 64
