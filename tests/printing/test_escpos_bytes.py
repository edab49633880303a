"""The test-side ESC/POS decoder, checked against what python-escpos 3.1 really sends."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from printing.escpos_bytes import Line, Printout, decode

# python-escpos 3.1 writes a capabilities pickle into a new temp folder on every import unless
# this points to an existing folder.
_CAPABILITIES = Path(tempfile.gettempdir()) / "pos-returns-escpos-capabilities"
_CAPABILITIES.mkdir(exist_ok=True)
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(_CAPABILITIES))

from escpos.printer import Dummy  # noqa: E402

FRENCH = "Reçu: œuf, 3,00 €"
LATVIAN = "Atgriezts: ā č ē ģ ī ķ ļ ņ š ū ž €"


def printer() -> Dummy:
    return Dummy(profile="TM-T88V")


def clean(data: bytes) -> Printout:
    printout = decode(data)
    assert printout.problems == []
    return printout


# ---- text, code tables, styles ---------------------------------------------------------------


def test_bold_double_height_centred_line() -> None:
    p = printer()
    p.set(bold=True, double_height=True, align="center")
    p.textln("TOTAL 3,00")
    assert clean(p.output).lines == [
        Line("TOTAL 3,00", bold=True, double_height=True, double_width=False, align="center")
    ]


def test_custom_size_and_a_plain_line_after_set_with_default() -> None:
    p = printer()
    p.set(custom_size=True, width=2, height=3)
    p.textln("BIG")
    p.set_with_default()
    p.textln("small")
    big, small = clean(p.output).lines
    assert (big.double_width, big.double_height, big.bold) == (True, True, False)
    assert small == Line("small")


def test_a_second_set_with_a_size_turns_bold_off_in_python_escpos_3_1() -> None:
    p = printer()
    p.set(bold=True)
    p.set(double_width=True)  # sends ESC ! 0x20, which clears bold
    p.textln("wide")
    assert clean(p.output).lines == [Line("wide", double_width=True)]


def test_style_counts_for_any_character_and_alignment_as_at_the_line_end() -> None:
    p = printer()
    p.text("plain ")
    p.set(bold=True)
    p.text("bold")
    p.set(bold=False, align="right")
    p.textln("")
    (line,) = clean(p.output).lines
    assert line == Line("plain bold", bold=True, align="right")


def test_french_in_cp1252() -> None:
    p = printer()
    p.charcode("CP1252")
    p.textln(FRENCH)
    assert p.output == b"\x1bt\x10Re\xe7u: \x9cuf, 3,00 \x80\n"
    printout = clean(p.output)
    assert printout.lines == [Line(FRENCH, tables={16})]
    assert "?" not in printout.text


def test_latvian_in_cp1257() -> None:
    p = printer()
    p.charcode("CP1257")
    p.textln(LATVIAN)
    printout = clean(p.output)
    assert printout.lines == [Line(LATVIAN, tables={51})]


def test_magic_encoding_switches_tables_within_a_line() -> None:
    p = printer()
    p.textln("Reçu: œuf, 3,00 € ā")
    (line,) = clean(p.output).lines
    assert line.text == "Reçu: œuf, 3,00 € ā"
    assert line.tables == {0, 16, 33}


def test_pure_ascii_uses_no_table_and_literal_question_marks_stay() -> None:
    p = printer()
    p.textln("Why? Because.")
    assert clean(p.output).lines == [Line("Why? Because.", tables=set())]


def test_a_character_no_table_has_becomes_a_question_mark_silently() -> None:
    p = printer()
    p.textln("ſ")  # python-escpos sends "?" and says nothing
    printout = clean(p.output)
    assert printout.text == "?"  # which is why tests assert that no "?" is printed


@pytest.mark.parametrize(
    ("table", "raw", "text"),
    [
        (0, b"\x87", "ç"),
        (2, b"\x87", "ç"),
        (16, b"\x80", "€"),
        (19, b"\xd5", "€"),
        (33, b"\xd1", "č"),
        (51, b"\xe8", "č"),
        (40, b"\xa4", "€"),
        (18, b"\xa5", "ą"),
        (45, b"\xb9", "ą"),
        (15, b"\xd9", "Ω"),
        (17, b"\x84", "Д"),
    ],
)
def test_epson_table_numbers(table: int, raw: bytes, text: str) -> None:
    printout = clean(bytes([0x1B, 0x74, table]) + raw + b"\n")
    assert printout.lines == [Line(text, tables={table})]


def test_esc_at_resets_table_styles_and_alignment() -> None:
    p = printer()
    p.charcode("CP1252")
    p.set(bold=True, align="center")
    p.textln("é")
    p.hw("INIT")
    p._raw(b"\xe9\n")  # cp1252 é, but the printer is back on table 0 (cp437: Θ)
    assert clean(p.output).lines == [
        Line("é", tables={16}, bold=True, align="center"),
        Line("Θ", tables={0}),
    ]


def test_blank_lines_cr_and_tab() -> None:
    printout = clean(b"a\r\n\nb\tc\n")
    assert printout.text == "a\n\nb\tc"


def test_feed_commands_print_the_buffer() -> None:
    printout = clean(b"one\x1bd\x02two\x1bJ\x10\x1bd\x01")
    assert [line.text for line in printout.lines] == ["one", "two"]


# ---- problems --------------------------------------------------------------------------------


def test_a_byte_the_table_does_not_map_is_shown_and_reported() -> None:
    p = printer()
    p.charcode("CP1252")
    p._raw(b"a\x81b\n")
    printout = decode(p.output)
    assert printout.text == "a\\x81b"
    assert printout.lines[0].tables == {16}
    assert len(printout.problems) == 1
    assert "0x81" in printout.problems[0]
    assert "cp1252" in printout.problems[0]


def test_a_table_without_codec_is_reported() -> None:
    printout = decode(b"\x1bt\x01\xb1\n")
    assert printout.text == "\\xb1"
    assert "ESC t 1" in printout.problems[0]


def test_c1_control_characters_are_not_text() -> None:
    printout = decode(b"\x1bt\x28\x85\n")  # ISO-8859-15 maps 0x85 to a control character
    assert printout.text == "\\x85"
    assert len(printout.problems) == 1


def test_unknown_command_is_reported_and_decoding_resumes_at_the_next_byte() -> None:
    printout = decode(b"\x1bqok\n\x1d\x99\n")
    assert printout.text == "qok\nÖ"  # 0x99 in table 0
    assert "unknown command ESC q" in printout.problems[0]
    assert "unknown command GS 0x99" in printout.problems[1]


def test_unknown_control_byte() -> None:
    printout = decode(b"\x07beep\n")
    assert printout.text == "beep"
    assert printout.problems == ["at byte 0: unknown control byte 0x07"]


def test_truncated_barcode() -> None:
    p = printer()
    p.barcode("{BS01-R1-RT000001", "CODE128", function_type="B")
    printout = decode(p.output[:-3])
    assert printout.barcodes == []
    assert "truncated" in printout.problems[0]


def test_truncated_command_at_the_end() -> None:
    assert "truncated" in decode(b"x\n\x1b").problems[0]
    assert "truncated" in decode(b"x\n\x1bt").problems[0]


def test_text_without_lf_at_the_end_is_kept_but_reported() -> None:
    printout = decode(b"held back")
    assert printout.text == "held back"
    assert "no LF" in printout.problems[0]


def test_esc_at_discards_unprinted_text() -> None:
    printout = decode(b"lost\x1b@kept\n")
    assert printout.text == "kept"
    assert "discards unprinted text 'lost'" in printout.problems[0]


def test_text_before_a_barcode_without_lf_is_reported() -> None:
    p = printer()
    p.text("Ticket ")
    p.barcode("{B123", "CODE128", function_type="B")
    printout = decode(p.output)
    assert printout.text == "Ticket "
    assert "not ended by LF" in printout.problems[0]


def test_fs_ampersand_two_byte_mode_is_reported_until_fs_dot() -> None:
    printout = decode(b"\x1c&\x9dh\n\x1c.\x87\n")
    assert printout.text == "\\x9dh\nç"
    assert len(printout.problems) == 1
    assert "FS &" in printout.problems[0]


# ---- barcodes and QR codes -------------------------------------------------------------------


def test_code128_function_b() -> None:
    p = printer()
    p.barcode("{BS01-R1-RT000001", "CODE128", function_type="B")
    assert p.output.endswith(b"\x1dkI\x11{BS01-R1-RT000001")
    printout = clean(p.output)
    assert printout.barcodes == [("CODE128", "{BS01-R1-RT000001")]
    assert printout.barcode_texts() == ["S01-R1-RT000001"]
    assert printout.lines == []


def test_barcode_leaves_the_alignment_centred_in_python_escpos_3_1() -> None:
    p = printer()
    p.barcode("{B123", "CODE128", function_type="B")
    p.textln("after")
    assert clean(p.output).lines == [Line("after", align="center")]


def test_ean_barcodes_in_both_forms() -> None:
    p = printer()
    p.barcode("12345670", "EAN8")  # function A: GS k 3 data NUL
    p.barcode("4006381333931", "EAN13", function_type="B")  # GS k 67 n data
    p.textln("end")
    printout = clean(p.output)
    assert printout.barcodes == [("EAN8", "12345670"), ("EAN13", "4006381333931")]
    assert printout.barcode_texts() == ["12345670", "4006381333931"]
    assert printout.text == "end"


def test_wrong_ean_check_digit_is_reported() -> None:
    printout = decode(b"\x1dkC\x0d4006381333932")
    assert printout.barcodes == [("EAN13", "4006381333932")]
    assert "check digit" in printout.problems[0]


def test_code128_without_code_set_and_with_code_set_c() -> None:
    printout = decode(b"\x1dkI\x04ABCD" + b"\x1dkI\x04{C\x0c\x22" + b"\x1dkI\x07{B{{B{1")
    assert printout.barcode_texts() == ["ABCD", "1234", "{B"]
    assert len(printout.problems) == 1
    assert "no {A/{B/{C" in printout.problems[0]


def test_native_qr() -> None:
    p = printer()
    p.qr("https://example.com/f?r=1", native=True)
    assert p.output == (
        b"\x1d(k\x04\x001A2\x00"  # model 2
        b"\x1d(k\x03\x001C\x03"  # module size 3
        b"\x1d(k\x03\x001E0"  # error correction L
        b"\x1d(k\x1c\x001P0https://example.com/f?r=1"  # store
        b"\x1d(k\x03\x001Q0"  # print
    )
    printout = clean(p.output)
    assert printout.qr_codes == ["https://example.com/f?r=1"]
    assert printout.images == []
    assert printout.lines == []


def test_qr_as_an_image_is_an_image() -> None:
    p = printer()
    p.qr("https://example.com/f?r=1", native=False)
    printout = clean(p.output)
    assert printout.qr_codes == []
    assert len(printout.images) == 1


def test_qr_print_without_data_and_pdf417_ignored() -> None:
    printout = decode(b"\x1d(k\x03\x000A\x00" + b"\x1d(k\x03\x001Q0")
    assert printout.qr_codes == []
    assert printout.problems == ["at byte 8: QR print with no data stored"]


# ---- images, cuts, drawer --------------------------------------------------------------------


def small_image(width: int = 20, height: int = 10) -> Image.Image:
    image = Image.new("1", (width, height), 1)
    image.putpixel((0, 0), 0)
    return image


def test_raster_image_width_is_whole_bytes() -> None:
    p = printer()
    p.image(small_image())
    assert p.output.startswith(b"\x1dv0\x00\x03\x00\x0a\x00")
    assert clean(p.output).images == [(24, 10)]


def test_column_image_bands_make_one_image() -> None:
    p = printer()
    p.image(small_image(20, 50), impl="bitImageColumn")
    assert p.output.startswith(b"\x1b3\x10\x1b*!\x14\x00")  # 3 bands of 24 dots, each + LF
    printout = clean(p.output)
    assert printout.images == [(20, 72)]
    assert printout.lines == []


def test_graphics_image() -> None:
    p = printer()
    p.image(small_image(), impl="graphics")
    assert p.output.endswith(b"\x1d(L\x02\x0002")
    assert clean(p.output).images == [(20, 10)]


@pytest.mark.parametrize("impl", ["bitImageRaster", "graphics"])
def test_a_tall_image_sent_in_slices_is_one_image(impl: str) -> None:
    p = printer()
    p.image(Image.new("1", (500, 2000), 0), impl=impl)
    expected_width = 504 if impl == "bitImageRaster" else 500
    assert clean(p.output).images == [(expected_width, 2000)]


def test_graphics_in_the_gs_8_l_form() -> None:
    body = b"0p0\x01\x011\x08\x00\x02\x00\xff\x81"
    data = b"\x1d8L" + len(body).to_bytes(4, "little") + body + b"\x1d(L\x02\x0002"
    assert clean(data).images == [(8, 2)]


def test_cuts() -> None:
    p = printer()
    p.textln("a")
    p.cut()  # ESC d 6, GS V 0
    p.cut(mode="PART")  # GS V 1
    p.cut(feed=False)  # GS V 66 0
    printout = clean(p.output)
    assert printout.cuts == 3
    assert printout.text == "a"


def test_cash_drawer() -> None:
    p = printer()
    p.cashdraw(2)
    p.cashdraw(5)
    assert p.output == b"\x1bp\x0022\x1bp\x0122"
    assert clean(p.output).drawer_pulses == 2


def test_many_commands_decode_without_problems() -> None:
    data = b"".join(
        [
            b"\x1b@",
            b"\x1b \x01\x1b-\x01\x1bM\x01\x1b2\x1b3\x20\x1bG\x01\x1b{\x00\x1bE\x01",
            b"\x1d!\x11\x1dh\x40\x1dw\x02\x1dH\x02\x1df\x00\x1da\x00\x1dB\x00\x1db\x01",
            b"\x1dL\x00\x00\x1dW\x00\x02\x1c.\x10\x04\x01\x1bD\x08\x10\x00",
            b"\x1ba\x02x\tx\n",
            b"\x1dk\x04CODE39\x00",
            b"\x1dVA\x03\x1dVa\x00\x1dVg\x00\x1dVh\x00\x1dV0",
            b"\x10\x14\x01\x00\x01",
        ]
    )
    printout = clean(data)
    assert printout.lines == [
        Line("x\tx", bold=True, double_height=True, double_width=True, align="right")
    ]
    assert printout.barcodes == [("CODE39", "CODE39")]
    assert printout.cuts == 5
    assert printout.drawer_pulses == 1


# ---- a whole receipt -------------------------------------------------------------------------


def test_a_whole_receipt() -> None:
    p = printer()
    p.set(bold=True, double_height=True, align="center")
    p.textln("Magasin")
    p.set_with_default()
    p.charcode("CP1252")
    p.textln(FRENCH)
    p.charcode("CP1257")
    p.textln(LATVIAN)
    p.barcode("{BS01-R1-RT000001", "CODE128", function_type="B")
    p.set(align="left")
    p.qr("https://example.com/f?r=1", native=True)
    p.image(small_image(64, 30))
    p.textln("Merci")
    p.cut()
    p.cashdraw(2)
    printout = clean(p.output)
    assert printout.text == f"Magasin\n{FRENCH}\n{LATVIAN}\nMerci"
    assert printout.lines[0] == Line("Magasin", bold=True, double_height=True, align="center")
    assert [line.tables for line in printout.lines] == [set(), {16}, {51}, set()]
    assert printout.barcode_texts() == ["S01-R1-RT000001"]
    assert printout.qr_codes == ["https://example.com/f?r=1"]
    assert printout.images == [(64, 30)]
    assert (printout.cuts, printout.drawer_pulses) == (1, 1)
    assert "?" not in printout.text
