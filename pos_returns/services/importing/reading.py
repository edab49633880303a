"""Reading an import file: its text codec, its layout, and reading it whole first.

A file is read to its end before anything is written (`check_file`): one that cannot be
read whole (a truncated or damaged ``.gz``, a byte that is not text in its encoding, a
CSV field longer than Python's limit, which a quote never closed makes) is refused with
InvalidInput naming the line, and nothing is imported. The same reading gives the file's
SHA-256 (for the journal) and the layout ``auto`` finds.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import time
import zlib
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.importing.online_retail import ONLINE_RETAIL_COLUMNS

LAYOUTS = ("auto", "jsonl", "csv", "online-retail")
FIELD_LIMIT = csv.field_size_limit()
FILE_ERRORS = (UnicodeDecodeError, csv.Error, EOFError, gzip.BadGzipFile, zlib.error)
"""What reading a file to its end raises when the file itself is at fault."""


@dataclass(frozen=True)
class CheckedFile:
    """A file `check_file` read to its end: what it was asked and what it found."""

    path: Path
    layout: str  # as asked ("auto"...)
    encoding: str  # as asked
    codec: str  # what reads it
    chosen: str  # the layout found
    sha256: str  # of the file as stored
    seconds: float  # reading it took


def check_file(path: str | Path, *, layout: str = "auto", encoding: str = "utf-8") -> CheckedFile:
    """Read `path` to its end as `import_receipts` will, writing nothing.

    Raises InvalidInput for an unknown layout or encoding, a missing file, and a file that
    cannot be read whole: a truncated or damaged ``.gz``, a byte that is not text in
    `encoding` (naming its line and column), a CSV field longer than Python's limit
    (naming the line its row starts on).
    """
    started = time.perf_counter()
    path = Path(path)
    if layout not in LAYOUTS:
        raise InvalidInput(
            say(
                "layout {layout!r}: choose one of {layouts}",
                layout=layout,
                layouts=", ".join(LAYOUTS),
            )
        )
    codec = text_codec(encoding)
    if not path.is_file():
        raise InvalidInput(say("{path}: no such file", path=str(path)))
    sha256, chosen = read_whole_file(path, codec, encoding, layout)
    return CheckedFile(path, layout, encoding, codec, chosen, sha256, time.perf_counter() - started)


def text_codec(encoding: str) -> str:
    """The codec to read text in `encoding` with (UTF-8 allows a byte-order mark)."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise InvalidInput(
            say(
                "encoding {encoding!r} is not a text encoding Python knows: name the file's "
                "encoding, e.g. utf-8, cp1252 or latin-1",
                encoding=encoding,
            )
        )
    return "utf-8-sig" if info.name == "utf-8" else info.name


def open_binary(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def open_text(path: Path, codec: str) -> TextIO:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding=codec, newline="")
    return path.open("r", encoding=codec, newline="")


class _Hashing(io.RawIOBase):
    """A file read through this also feeds its bytes, as stored, to a SHA-256."""

    def __init__(self, raw: io.FileIO) -> None:
        super().__init__()
        self.raw = raw
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # a writable buffer (bytearray, memoryview)
        count = self.raw.readinto(buffer) or 0
        if count:
            self.digest.update(memoryview(buffer)[:count])
        return count

    def hexdigest(self) -> str:
        """The SHA-256 of the whole file (what was not read yet is read now)."""
        for block in iter(lambda: self.raw.read(1 << 20), b""):
            self.digest.update(block)
        return self.digest.hexdigest()


def read_whole_file(path: Path, codec: str, encoding: str, layout: str) -> tuple[str, str]:
    """Read the file to its end as the import will, writing nothing: its SHA-256 and its
    layout. Raises InvalidInput, naming the line, for a file that cannot be read whole."""
    line = 2  # where the CSV row being read starts (the header is line 1)
    with path.open("rb", buffering=0) as raw, _Hashing(raw) as hashing:
        buffered = io.BufferedReader(hashing, 1 << 20)
        packed: gzip.GzipFile | io.BufferedReader[_Hashing] = (
            gzip.GzipFile(fileobj=buffered, mode="rb")
            if path.name.lower().endswith(".gz")
            else buffered
        )
        try:
            with io.TextIOWrapper(packed, encoding=codec, newline="") as stream:
                first = first_line(stream)
                chosen = choose_layout(layout, path, first)
                if chosen == "jsonl":
                    for _ in stream:
                        pass
                else:  # the rows after the header (a hashed stream is read once)
                    reader = csv.reader(stream, delimiter=delimiter(first))
                    for _ in reader:
                        line = reader.line_num + 2
                return hashing.hexdigest(), chosen
        except UnicodeDecodeError as exc:
            raise not_text(path, codec, encoding, exc) from None
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise InvalidInput(
                    say(
                        "{file}: line {line}: the row starting there has a field longer than "
                        "{limit:,} characters, usually a quote that is never closed; nothing "
                        "was imported. Mend the quotes from that line on",
                        file=path.name,
                        line=line,
                        limit=FIELD_LIMIT,
                    )
                ) from None
            raise InvalidInput(
                say(
                    "{file}: line {line}: not CSV this can read ({why}); nothing was imported",
                    file=path.name,
                    line=line,
                    why=str(exc),
                )
            ) from None
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise InvalidInput(
                say(
                    "{file}: the gzip file is truncated or damaged ({why}); nothing was "
                    "imported. Copy or export it again",
                    file=path.name,
                    why=why(exc),
                )
            ) from None


def why(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def not_text(path: Path, codec: str, encoding: str, exc: UnicodeDecodeError) -> InvalidInput:
    """The error for a byte that is not text in `encoding`, naming its line and column."""
    found = bad_byte(path, codec)
    where = (
        say("line {line}, column {column}", line=found[0], column=found[1])
        if found
        else say("somewhere")
    )
    byte = found[2] if found else exc.object[exc.start : exc.end]
    return InvalidInput(
        say(
            "{file}: {where}: byte 0x{byte} is not {encoding} text; nothing was imported. "
            "Name the file's encoding with --encoding (e.g. cp1252 or latin-1)",
            file=path.name,
            where=where,
            byte=bytes(byte).hex().upper(),
            encoding=encoding,
        )
    )


def bad_byte(path: Path, codec: str) -> tuple[int, int, bytes] | None:
    """The line and column (1-based) of the first byte that is not text in `codec`, and
    the bytes at fault; None if every byte is."""
    decoder = codecs.getincrementaldecoder(codec)()
    line = 1
    with open_binary(path) as raw:
        for block in chain(iter(lambda: raw.read(1 << 20), b""), [b""]):
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                data = exc.object  # the decoder's few held-back bytes, then this block
                before = data[: exc.start]
                start = before.rfind(b"\n") + 1
                column = len(before[start:].decode(codec, "replace")) + 1
                return line + before.count(b"\n"), column, bytes(data[exc.start : exc.end])
            line += block.count(b"\n")
    return None


def first_line(stream: TextIO) -> str:
    """The first line of the stream (the readers go back to the start)."""
    return stream.readline()


def choose_layout(layout: str, path: Path, first: str) -> str:
    if layout != "auto":
        return layout
    name = path.name.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson")) or first.lstrip("\ufeff \t").startswith("{"):
        return "jsonl"
    names = header(first)
    if names is not None and tuple(names) in ONLINE_RETAIL_COLUMNS:
        return "online-retail"
    return "csv"


def delimiter(first: str) -> str:
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def header(first: str) -> list[str] | None:
    rows = list(csv.reader([first], delimiter=delimiter(first)))
    if not rows:
        return None
    return [name.strip().lstrip("\ufeff") for name in rows[0]]
