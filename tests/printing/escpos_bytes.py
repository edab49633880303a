"""A small, structured ESC/POS decoder for the tests (standard library only).

``decode(data)`` reads the bytes a receipt printer would receive and says what it would do with
them: the text lines (decoded with the active ``ESC t`` code table, Epson numbering) and their
style, barcodes, native QR codes, images, cuts and cash-drawer pulses.  Whatever it cannot show
faithfully lands in ``Printout.problems``: unknown commands (decoding resumes at the byte after
the command's first byte), bytes no code table maps (shown as ``\\xNN``), truncated commands,
text that is never printed or that sits in the buffer when an image/barcode/cut needs it empty.

Consecutive fragments of one image (the 24-dot bands of ``ESC *``, python-escpos's 960-row
``GS v 0`` / ``GS ( L`` slices) are reported as one image.  ``GS v 0`` widths are whole bytes, so
they are multiples of 8; ``ESC *`` heights are whole bands (multiples of 8 or 24).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10
NUL, HT, LF, FF, CR = 0x00, 0x09, 0x0A, 0x0C, 0x0D

#: Epson ``ESC t n`` table number -> Python codec, for every table Python has a codec for.
#: Not mapped: 1 Katakana, 6-8 Hiragana/Kanji, 11 PC851, 12 PC853, 20-26 Thai, 30-31 TCVN-3,
#: 41 PC1098, 42 PC1118, 43 PC1119, 254/255 user-defined pages.
CODE_TABLES: dict[int, str] = {
    0: "cp437",
    2: "cp850",
    3: "cp860",
    4: "cp863",
    5: "cp865",
    13: "cp857",
    14: "cp737",
    15: "iso8859_7",
    16: "cp1252",
    17: "cp866",
    18: "cp852",
    19: "cp858",
    32: "cp720",
    33: "cp775",
    34: "cp855",
    35: "cp861",
    36: "cp862",
    37: "cp864",
    38: "cp869",
    39: "iso8859_2",
    40: "iso8859_15",
    44: "cp1125",
    45: "cp1250",
    46: "cp1251",
    47: "cp1253",
    48: "cp1254",
    49: "cp1255",
    50: "cp1256",
    51: "cp1257",
    52: "cp1258",
    53: "kz1048",
}

#: ``GS k m`` -> symbology, named as python-escpos names them.
BARCODE_SYMBOLOGIES: dict[int, str] = {
    0: "UPC-A",
    1: "UPC-E",
    2: "EAN13",
    3: "EAN8",
    4: "CODE39",
    5: "ITF",
    6: "CODABAR",
    65: "UPC-A",
    66: "UPC-E",
    67: "EAN13",
    68: "EAN8",
    69: "CODE39",
    70: "ITF",
    71: "CODABAR",
    72: "CODE93",
    73: "CODE128",
    74: "GS1-128",
    75: "GS1 DATABAR OMNIDIRECTIONAL",
    76: "GS1 DATABAR TRUNCATED",
    77: "GS1 DATABAR LIMITED",
    78: "GS1 DATABAR EXPANDED",
    79: "CODE128 AUTO",
}

_ALIGNMENTS = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}
_CUT_MODES_WITHOUT_N = (0, 1, 48, 49)
_CUT_MODES_WITH_N = (65, 66, 97, 98, 103, 104)
_PREFIX_NAMES = {ESC: "ESC", GS: "GS", FS: "FS", DLE: "DLE"}
_CODE128_SETS = (b"{A", b"{B", b"{C")
_EAN_LENGTHS = {"EAN13": 13, "EAN8": 8, "UPC-A": 12}


@dataclass
class Line:
    """One printed text line (ended by LF, or by a command that prints the buffer)."""

    text: str
    tables: set[int] = field(default_factory=set)  # ESC t tables used for bytes >= 0x80
    bold: bool = False  # for any character of the line
    double_height: bool = False
    double_width: bool = False
    align: str = "left"  # "left" | "center" | "right", as at the line's end


@dataclass
class Printout:
    lines: list[Line] = field(default_factory=list)
    barcodes: list[tuple[str, str]] = field(default_factory=list)  # (symbology, data as sent)
    qr_codes: list[str] = field(default_factory=list)  # native QR data, when printed
    images: list[tuple[int, int]] = field(default_factory=list)  # (width_px, height_px)
    cuts: int = 0
    drawer_pulses: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def barcode_texts(self) -> list[str]:
        """What each barcode reads as: CODE128 / GS1-128 data without its ``{A``/``{B``/``{C``
        code-set selectors (``{{`` is a literal ``{``, FNC/shift codes are dropped, code set C
        bytes are two-digit numbers); other symbologies as sent."""
        return [
            _code128_text(data) if symbology in ("CODE128", "GS1-128") else data
            for symbology, data in self.barcodes
        ]


def decode(data: bytes) -> Printout:
    """Decode ESC/POS bytes into what the printer would print."""
    return _Decoder(bytes(data)).run()


def _code128_text(data: str) -> str:
    out: list[str] = []
    code_set, i = "B", 0
    while i < len(data):
        char = data[i]
        if char == "{" and i + 1 < len(data):
            selector = data[i + 1]
            i += 2
            if selector in "ABC":
                code_set = selector
            elif selector == "{":
                out.append("{")
            continue  # FNC1-4 and SHIFT print nothing
        if code_set == "C":
            out.append(f"{ord(char):02d}" if ord(char) <= 99 else f"\\x{ord(char):02x}")
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _ean_check_digit(digits: str) -> int:
    weighted = sum(int(d) * (3 if k % 2 == 0 else 1) for k, d in enumerate(reversed(digits)))
    return (10 - weighted % 10) % 10


def _command_name(raw: bytes) -> str:
    names = []
    for k, b in enumerate(raw):
        if k == 0 and b in _PREFIX_NAMES:
            names.append(_PREFIX_NAMES[b])
        elif 0x20 < b < 0x7F:
            names.append(chr(b))
        else:
            names.append(f"0x{b:02x}")
    return " ".join(names)


class _Truncated(Exception):
    pass


_Handler = Callable[["_Decoder", int, bytes], None]


class _Decoder:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.out = Printout()
        # print buffer: the current line
        self.chars: list[str] = []
        self.line_tables: set[int] = set()
        self.line_bold = self.line_double_height = self.line_double_width = False
        self.band_pending = False  # an ESC * band waits in the buffer for its LF
        self.graphics_stored: tuple[int, int] | None = None  # GS ( L fn 112, not yet printed
        self.qr_data: bytes | None = None
        # (kind, width) of the image just decoded, while nothing else has come since
        self.open_image: tuple[str, int] | None = None
        self.previous_open_image: tuple[str, int] | None = None
        self.reset_modes()

    # ---- state -------------------------------------------------------------------------------
    def reset_modes(self) -> None:
        self.table = 0
        self.bold = False
        self.width = self.height = 1
        self.align = "left"
        self.two_byte_mode = False

    def problem(self, offset: int, message: str) -> None:
        self.out.problems.append(f"at byte {offset}: {message}")

    def keep_image_open(self) -> None:
        """The command just handled does not end an image made of several fragments."""
        self.open_image = self.previous_open_image

    def add_image(self, kind: str, width: int, height: int) -> None:
        if self.previous_open_image == (kind, width) and self.out.images:
            last_width, last_height = self.out.images[-1]
            self.out.images[-1] = (last_width, last_height + height)
        else:
            self.out.images.append((width, height))
        self.open_image = (kind, width)

    def take(self, count: int, what: str) -> bytes:
        if self.pos + count > len(self.data):
            missing = self.pos + count - len(self.data)
            raise _Truncated(f"{what} needs {missing} more byte(s) than the data has")
        self.pos += count
        return self.data[self.pos - count : self.pos]

    # ---- the print buffer --------------------------------------------------------------------
    def add_text(self, offset: int, raw: bytes) -> None:
        chars = []
        for k, b in enumerate(raw):
            if b < 0x80:
                chars.append(chr(b))
                continue
            self.line_tables.add(self.table)
            char = self.high_byte(offset + k, b)
            chars.append(char if char is not None else f"\\x{b:02x}")
        self.add_chars("".join(chars))

    def high_byte(self, offset: int, b: int) -> str | None:
        if self.two_byte_mode:
            self.problem(offset, f"byte 0x{b:02x} in 2-byte character mode (FS &): not decoded")
            return None
        codec = CODE_TABLES.get(self.table)
        if codec is None:
            self.problem(offset, f"byte 0x{b:02x}: no codec known for ESC t {self.table}")
            return None
        try:
            char = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            char = ""
        if not char or unicodedata.category(char) == "Cc":
            self.problem(offset, f"byte 0x{b:02x} has no character in ESC t {self.table} ({codec})")
            return None
        return char

    def add_chars(self, text: str) -> None:
        if text:
            self.chars.append(text)
            self.line_bold |= self.bold
            self.line_double_height |= self.height > 1
            self.line_double_width |= self.width > 1

    def clear_buffer(self) -> None:
        self.chars = []
        self.line_tables = set()
        self.line_bold = self.line_double_height = self.line_double_width = False
        self.band_pending = False

    def print_buffer(self, *, blank_line: bool = False) -> None:
        """Print the buffer as a line; an empty buffer makes a (blank) line only if asked."""
        if self.chars or (blank_line and not self.band_pending):
            self.out.lines.append(
                Line(
                    text="".join(self.chars),
                    tables=self.line_tables,
                    bold=self.line_bold,
                    double_height=self.line_double_height,
                    double_width=self.line_double_width,
                    align=self.align,
                )
            )
        self.clear_buffer()

    def needs_empty_buffer(self, offset: int, what: str) -> None:
        """Barcodes, raster images, 2D codes and cuts act at the start of a line."""
        if self.chars:
            self.problem(offset, f"text {''.join(self.chars)!r} not ended by LF before {what}")
        self.print_buffer()

    # ---- the main loop -----------------------------------------------------------------------
    def run(self) -> Printout:
        data = self.data
        while self.pos < len(data):
            start = self.pos
            self.previous_open_image, self.open_image = self.open_image, None
            b = data[start]
            try:
                if b >= 0x20 and b != 0x7F:
                    while (
                        self.pos < len(data) and data[self.pos] >= 0x20 and data[self.pos] != 0x7F
                    ):
                        self.pos += 1
                    self.add_text(start, data[start : self.pos])
                elif b in _PREFIX_NAMES:
                    self.command(start)
                else:
                    self.pos += 1
                    self.control(start, b)
            except _Truncated as exc:
                self.problem(start, f"truncated: {exc}")
                self.pos = len(data)
        self.finish()
        return self.out

    def control(self, offset: int, b: int) -> None:
        if b == LF:
            if self.band_pending and not self.chars:
                self.keep_image_open()
            self.print_buffer(blank_line=True)
        elif b == HT:
            self.add_chars("\t")
        elif b == FF:
            self.print_buffer()
        elif b in (CR, NUL):
            self.keep_image_open()
        else:
            self.problem(offset, f"unknown control byte 0x{b:02x}")

    def finish(self) -> None:
        end = len(self.data)
        if self.chars:
            self.problem(end, "text at the end of the data has no LF: the printer holds it back")
            self.print_buffer()
        if self.band_pending:
            self.problem(end, "ESC * image band at the end of the data has no LF")
        if self.graphics_stored is not None:
            self.problem(end, "GS ( L graphics stored but never printed")

    def command(self, start: int) -> None:
        key = self.data[start : start + 2]
        if len(key) < 2:
            self.pos = start + 1
            raise _Truncated(f"{_command_name(key)} at the end of the data")
        if key in _FIXED:
            count, handler = _FIXED[key]
            self.pos = start + 2
            params = self.take(count, _command_name(key))
            if handler is not None:
                handler(self, start, params)
        elif key in _VARIABLE:
            self.pos = start + 2
            _VARIABLE[key](self, start, b"")
        else:
            self.problem(start, f"unknown command {_command_name(key)}")
            self.pos = start + 1

    # ---- fixed-length commands ---------------------------------------------------------------
    def cmd_init(self, offset: int, _params: bytes) -> None:
        if self.chars:
            self.problem(offset, f"ESC @ discards unprinted text {''.join(self.chars)!r}")
        self.clear_buffer()
        self.graphics_stored = None
        self.reset_modes()

    def cmd_code_table(self, _offset: int, params: bytes) -> None:
        self.table = params[0]

    def cmd_print_mode(self, _offset: int, params: bytes) -> None:
        n = params[0]
        self.bold = bool(n & 0x08)
        self.height = 2 if n & 0x10 else 1
        self.width = 2 if n & 0x20 else 1

    def cmd_bold(self, _offset: int, params: bytes) -> None:
        self.bold = bool(params[0] & 1)

    def cmd_size(self, offset: int, params: bytes) -> None:
        width, height = (params[0] >> 4) + 1, (params[0] & 0x0F) + 1
        if width > 8 or height > 8:
            self.problem(offset, f"GS ! 0x{params[0]:02x}: size out of range, ignored")
            return
        self.width, self.height = width, height

    def cmd_align(self, offset: int, params: bytes) -> None:
        if params[0] not in _ALIGNMENTS:
            self.problem(offset, f"ESC a {params[0]}: no such justification")
            return
        self.align = _ALIGNMENTS[params[0]]

    def cmd_print_and_feed(self, _offset: int, _params: bytes) -> None:
        self.print_buffer()

    def cmd_line_spacing(self, _offset: int, _params: bytes) -> None:
        self.keep_image_open()

    def cmd_drawer(self, offset: int, params: bytes) -> None:
        if params[0] not in (0, 1, 48, 49):
            self.problem(offset, f"ESC p {params[0]}: no such drawer pin")
            return
        self.out.drawer_pulses += 1

    def cmd_old_cut(self, offset: int, _params: bytes) -> None:
        self.needs_empty_buffer(offset, "cut")
        self.out.cuts += 1

    def cmd_two_byte_on(self, _offset: int, _params: bytes) -> None:
        self.two_byte_mode = True

    def cmd_two_byte_off(self, _offset: int, _params: bytes) -> None:
        self.two_byte_mode = False

    def cmd_international(self, offset: int, params: bytes) -> None:
        if params[0]:
            self.problem(offset, f"ESC R {params[0]}: international character set not shown")

    def cmd_status(self, _offset: int, _params: bytes) -> None:
        self.keep_image_open()

    # ---- variable-length commands ------------------------------------------------------------
    def cmd_tab_stops(self, offset: int, _params: bytes) -> None:
        end = self.data.find(b"\x00", self.pos)
        if end < 0:
            raise _Truncated("ESC D tab stops have no NUL")
        self.pos = end + 1
        if end - offset - 2 > 32:
            self.problem(offset, "ESC D: more than 32 tab stops")

    def cmd_column_image(self, offset: int, _params: bytes) -> None:
        mode, n_low, n_high = self.take(3, "ESC *")
        columns = n_low + 256 * n_high
        if mode in (0, 1):
            rows = 8
        elif mode in (32, 33):
            rows = 24
        else:
            self.problem(offset, f"ESC * mode {mode} unknown")
            self.pos = offset + 1
            return
        self.take(columns * rows // 8, "ESC * image data")
        self.band_pending = True
        self.add_image("column", columns, rows)

    def cmd_cut(self, offset: int, _params: bytes) -> None:
        mode = self.take(1, "GS V")[0]
        if mode in _CUT_MODES_WITH_N:
            self.take(1, "GS V")
        elif mode not in _CUT_MODES_WITHOUT_N:
            self.problem(offset, f"GS V {mode}: no such cut mode")
            self.pos = offset + 1
            return
        self.needs_empty_buffer(offset, "GS V cut")
        self.out.cuts += 1

    def cmd_barcode(self, offset: int, _params: bytes) -> None:
        system = self.take(1, "GS k")[0]
        if system <= 6:
            end = self.data.find(b"\x00", self.pos)
            if end < 0:
                raise _Truncated("GS k barcode data has no NUL")
            payload = self.data[self.pos : end]
            self.pos = end + 1
        elif 65 <= system <= 79:
            payload = self.take(self.take(1, "GS k")[0], "GS k barcode data")
        else:
            self.problem(offset, f"GS k {system}: no such barcode system")
            self.pos = offset + 1
            return
        symbology = BARCODE_SYMBOLOGIES[system]
        self.needs_empty_buffer(offset, f"{symbology} barcode")
        self.out.barcodes.append((symbology, payload.decode("latin-1")))
        self.check_barcode(offset, symbology, payload)

    def check_barcode(self, offset: int, symbology: str, payload: bytes) -> None:
        if symbology in ("CODE128", "GS1-128"):
            if payload[:2] not in _CODE128_SETS:
                self.problem(offset, f"{symbology} data {payload!r} has no {{A/{{B/{{C at start")
            text = _code128_text(payload.decode("latin-1"))
            if "\\x" in text:
                self.problem(offset, f"{symbology} code set C byte above 99 in {payload!r}")
        elif symbology in _EAN_LENGTHS and payload.isdigit():
            digits = payload.decode("ascii")
            if len(digits) == _EAN_LENGTHS[symbology]:
                if _ean_check_digit(digits[:-1]) != int(digits[-1]):
                    self.problem(offset, f"{symbology} {digits}: wrong check digit")

    def cmd_raster_image(self, offset: int, _params: bytes) -> None:
        if self.take(1, "GS v") != b"0":
            self.problem(offset, "unknown command GS v (only GS v 0 is known)")
            self.pos = offset + 1
            return
        mode, x_low, x_high, y_low, y_high = self.take(5, "GS v 0")
        width_bytes, height = x_low + 256 * x_high, y_low + 256 * y_high
        self.take(width_bytes * height, "GS v 0 image data")
        if mode not in (0, 1, 2, 3, 48, 49, 50, 51):
            self.problem(offset, f"GS v 0 mode {mode} unknown")
        self.needs_empty_buffer(offset, "GS v 0 image")
        self.add_image("raster", width_bytes * 8, height)

    def cmd_gs_paren(self, offset: int, _params: bytes) -> None:
        function, p_low, p_high = self.take(3, "GS (")
        body = self.take(p_low + 256 * p_high, f"GS ( {chr(function)}")
        if function == ord("k"):
            self.two_d_code(offset, body)
        elif function == ord("L"):
            self.graphics(offset, "GS ( L", body)
        else:
            self.problem(offset, f"GS ( {chr(function)} ({len(body)} bytes) not interpreted")

    def cmd_gs_8(self, offset: int, _params: bytes) -> None:
        if self.take(1, "GS 8") != b"L":
            self.problem(offset, "unknown command GS 8 (only GS 8 L is known)")
            self.pos = offset + 1
            return
        size = int.from_bytes(self.take(4, "GS 8 L"), "little")
        self.graphics(offset, "GS 8 L", self.take(size, "GS 8 L data"))

    def cmd_other_paren(self, offset: int, _params: bytes) -> None:
        name = _command_name(self.data[offset : offset + 2])
        function, p_low, p_high = self.take(3, name)
        body = self.take(p_low + 256 * p_high, f"{name} {chr(function)}")
        self.problem(offset, f"{name} {chr(function)} ({len(body)} bytes) not interpreted")

    def cmd_realtime(self, offset: int, _params: bytes) -> None:
        function = self.take(1, "DLE DC4")[0]
        sizes = {1: 2, 2: 2, 7: 1, 8: 7}
        if function not in sizes:
            self.problem(offset, f"DLE DC4 {function} not interpreted")
            self.pos = offset + 1
            return
        self.take(sizes[function], "DLE DC4")
        if function == 1:
            self.out.drawer_pulses += 1

    def two_d_code(self, offset: int, body: bytes) -> None:
        if len(body) < 2:
            self.problem(offset, f"GS ( k with only {len(body)} byte(s)")
            return
        symbol, function = body[0], body[1]
        if symbol == 48:  # PDF417: not decoded
            return
        if symbol != 49:
            self.problem(offset, f"GS ( k 2D symbol {symbol} not interpreted")
            return
        if function in (65, 67, 69, 82):  # model, module size, error correction, size query
            return
        if function == 80:
            self.qr_data = body[3:]
        elif function == 81:
            self.needs_empty_buffer(offset, "QR code")
            if self.qr_data is None:
                self.problem(offset, "QR print with no data stored")
                return
            try:
                self.out.qr_codes.append(self.qr_data.decode("utf-8"))
            except UnicodeDecodeError:
                self.problem(offset, f"QR data {self.qr_data!r} is not UTF-8")
                self.out.qr_codes.append(self.qr_data.decode("utf-8", "backslashreplace"))
        else:
            self.problem(offset, f"GS ( k QR function {function} not interpreted")

    def graphics(self, offset: int, name: str, body: bytes) -> None:
        if len(body) < 2:
            self.problem(offset, f"{name} with only {len(body)} byte(s)")
            return
        function = body[1]
        if function in (112, 113):  # store raster / column graphics in the print buffer
            if len(body) < 10:
                self.problem(offset, f"{name} function {function}: header too short")
                return
            width, height = body[6] + 256 * body[7], body[8] + 256 * body[9]
            if function == 112:
                expected = (width + 7) // 8 * height
            else:
                expected = (height + 7) // 8 * width
            if len(body) - 10 != expected:
                self.problem(offset, f"{name}: {len(body) - 10} data bytes for {width}x{height}")
            self.graphics_stored = (width, height)
            self.keep_image_open()
        elif function in (2, 50):  # print the stored graphics
            if self.graphics_stored is None:
                self.problem(offset, f"{name} print with no graphics stored")
                return
            self.needs_empty_buffer(offset, f"{name} graphics")
            self.add_image("graphics", *self.graphics_stored)
            self.graphics_stored = None
        elif function in (0, 1, 48, 49):  # NV capacity query, graphics dot density
            return
        else:
            self.problem(offset, f"{name} function {function} not interpreted")


#: fixed-length commands: first two bytes -> (number of parameter bytes, handler)
_FIXED: dict[bytes, tuple[int, _Handler | None]] = {
    b"\x1b@": (0, _Decoder.cmd_init),
    b"\x1b!": (1, _Decoder.cmd_print_mode),
    b"\x1b ": (1, None),  # right-side character spacing
    b"\x1b$": (2, None),  # absolute print position
    b"\x1b-": (1, None),  # underline
    b"\x1b2": (0, _Decoder.cmd_line_spacing),
    b"\x1b3": (1, _Decoder.cmd_line_spacing),
    b"\x1b+": (1, _Decoder.cmd_line_spacing),  # n/360 inch (python-escpos line_spacing)
    b"\x1bA": (1, _Decoder.cmd_line_spacing),  # n/60 inch (python-escpos line_spacing)
    b"\x1b=": (1, None),  # select peripheral device
    b"\x1b?": (1, None),  # cancel user-defined character (python-escpos hw("RESET"))
    b"\x1bB": (2, None),  # buzzer (python-escpos buzzer(); not Epson)
    b"\x1bE": (1, _Decoder.cmd_bold),
    b"\x1bG": (1, None),  # double-strike
    b"\x1bJ": (1, _Decoder.cmd_print_and_feed),
    b"\x1bM": (1, None),  # font
    b"\x1bR": (1, _Decoder.cmd_international),
    b"\x1b\\": (2, None),  # relative print position
    b"\x1ba": (1, _Decoder.cmd_align),
    b"\x1bc": (2, None),  # ESC c 3/4/5 n: paper sensors, panel buttons
    b"\x1bd": (1, _Decoder.cmd_print_and_feed),
    b"\x1bi": (0, _Decoder.cmd_old_cut),
    b"\x1bm": (0, _Decoder.cmd_old_cut),
    b"\x1bp": (3, _Decoder.cmd_drawer),
    b"\x1br": (1, None),  # print colour
    b"\x1bt": (1, _Decoder.cmd_code_table),
    b"\x1b{": (1, None),  # upside-down
    b"\x1d!": (1, _Decoder.cmd_size),
    b"\x1d$": (2, None),  # absolute vertical position (page mode)
    b"\x1dB": (1, None),  # white/black reverse
    b"\x1dH": (1, None),  # barcode HRI position
    b"\x1dI": (1, _Decoder.cmd_status),  # transmit printer ID
    b"\x1dL": (2, None),  # left margin
    b"\x1dW": (2, None),  # print area width
    b"\x1da": (1, _Decoder.cmd_status),  # automatic status back
    b"\x1db": (1, None),  # smoothing
    b"\x1df": (1, None),  # barcode HRI font
    b"\x1dh": (1, None),  # barcode height
    b"\x1dr": (1, _Decoder.cmd_status),  # transmit status
    b"\x1dw": (1, None),  # barcode module width
    b"\x1c&": (0, _Decoder.cmd_two_byte_on),
    b"\x1c.": (0, _Decoder.cmd_two_byte_off),
    b"\x10\x04": (1, _Decoder.cmd_status),  # DLE EOT: real-time status
    b"\x10\x05": (1, _Decoder.cmd_status),  # DLE ENQ: real-time request
}

#: variable-length commands: first two bytes -> handler (reads its own parameters)
_VARIABLE: dict[bytes, _Handler] = {
    b"\x1bD": _Decoder.cmd_tab_stops,
    b"\x1b*": _Decoder.cmd_column_image,
    b"\x1b(": _Decoder.cmd_other_paren,
    b"\x1dV": _Decoder.cmd_cut,
    b"\x1dk": _Decoder.cmd_barcode,
    b"\x1dv": _Decoder.cmd_raster_image,
    b"\x1d(": _Decoder.cmd_gs_paren,
    b"\x1d8": _Decoder.cmd_gs_8,
    b"\x1c(": _Decoder.cmd_other_paren,
    b"\x10\x14": _Decoder.cmd_realtime,
}
