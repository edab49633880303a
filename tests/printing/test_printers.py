"""Printers by URL: what each kind opens, what the cashier reads when it fails, the
status a network printer reports (a TCP server on 127.0.0.1 answers as an Epson does), and
a `file://` printer that writes only to a device or a spool folder, never over a file."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_returns.printing._escpos import printer
from pos_returns.printing.printers import (
    BadPrinterURL,
    PrinterConfig,
    PrinterOffline,
    _arguments,
    _Cups,
    _FilePrinter,
    printer_config,
    query_status,
    send,
)
from pos_returns.printing.profiles import UnknownProfile


class StatusPrinter:
    """Answers DLE EOT 1 (printer status) and DLE EOT 4 (paper sensor) with fixed bytes;
    `answers=None` never answers, like a printer that does not do status."""

    def __init__(self, online: int | None, paper: int | None) -> None:
        self.answers = {1: online, 4: paper}
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while len(request := conn.recv(3)) == 3:
                    answer = self.answers.get(request[2])
                    if answer is not None:
                        conn.sendall(bytes([answer]))

    def config(self) -> PrinterConfig:
        return PrinterConfig(f"tcp://127.0.0.1:{self.port}", timeout=0.5)


@pytest.fixture
def status_printer(request: pytest.FixtureRequest) -> Iterator[StatusPrinter]:
    fake = StatusPrinter(*request.param)
    yield fake
    fake.server.close()


@pytest.mark.parametrize(
    ("status_printer", "online", "paper", "message"),
    [
        ((0x16, 0x12), True, "ok", "ready"),
        ((0x16, 0x1E), True, "low", "paper is running low"),
        ((0x1E, 0x72), False, "out", "offline"),
        ((None, None), None, None, "the printer does not answer status requests"),
    ],
    indirect=["status_printer"],
)
def test_a_network_printer_reports_its_state(
    status_printer: StatusPrinter, online: bool | None, paper: str | None, message: str
) -> None:
    state = query_status(status_printer.config())
    assert (state.online, state.paper, state.message) == (online, paper, message)


def test_a_printer_that_is_off_is_offline_not_paper_ok() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    state = query_status(printer_config(url))
    assert state.online is False
    assert state.message.startswith("Printer offline: check cable and paper")


@pytest.mark.parametrize(
    ("url", "cls", "expected"),
    [
        ("tcp://10.0.0.5", printer.Network, {"host": "10.0.0.5", "port": 9100, "timeout": 3.0}),
        ("tcp://printer.local:9101", printer.Network, {"host": "printer.local", "port": 9101}),
        ("usb://04b8:0202", printer.Usb, {"idVendor": 0x04B8, "idProduct": 0x0202}),
        ("usb://04b8:0e15?out_ep=01", printer.Usb, {"out_ep": 1}),
        (
            "serial:///dev/ttyUSB0?baudrate=19200",
            printer.Serial,
            {"devfile": "/dev/ttyUSB0", "baudrate": 19200},
        ),
        ("cups://TM-T88V", _Cups, {"queue": "TM-T88V"}),
        ("file:///dev/null", _FilePrinter, {"path": "/dev/null"}),
        ("/dev/null", _FilePrinter, {"path": "/dev/null"}),
    ],
)
def test_each_kind_of_printer_is_a_url(url: str, cls: type, expected: dict) -> None:
    got_cls, kwargs = _arguments(printer_config(url, "TM-T20II"))
    assert got_cls is cls
    assert kwargs.get("profile", "TM-T20II") == "TM-T20II"
    assert expected.items() <= kwargs.items()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("lpt://1", "unknown kind 'lpt'"),
        ("192.168.1.5", "unknown kind"),
        ("tcp://", "give the printer's address"),
        ("tcp://10.0.0.5:port", "the port is a number"),
        ("usb://epson", "hex vendor:product"),
        ("serial://", "give the device"),
        ("serial:///dev/ttyS0?baudrate=fast", "baudrate is a number"),
        ("cups://", "CUPS queue's name"),
    ],
)
def test_a_bad_printer_url_says_what_to_write(url: str, why: str) -> None:
    with pytest.raises(BadPrinterURL, match=why) as caught:
        printer_config(url)
    assert "tcp://192.168.1.50:9100" in str(caught.value)  # and shows the kinds


def test_an_unknown_profile_is_refused() -> None:
    with pytest.raises(UnknownProfile):
        printer_config("tcp://10.0.0.5", "TM-NOPE")


@pytest.mark.parametrize(
    "url",
    [
        "usb://04b8:0202",
        "serial:///dev/pos-returns-no-such-tty",
        "cups://no-such-queue",
        "file:///no-such-folder/lp0",  # unplugged since it was set
    ],
)
def test_a_printer_that_is_not_there_is_offline_in_the_cashiers_words(url: str) -> None:
    with pytest.raises(PrinterOffline) as caught:
        send(PrinterConfig(url), b"\x1b@hello\n")
    assert str(caught.value).startswith("Printer offline: check cable and paper (")
    assert url.split("?", maxsplit=1)[0] in str(caught.value)
    assert not Path("/no-such-folder").exists()  # nothing made


def fifo(tmp_path: Path) -> Path:
    """A FIFO stands in for a printer's device: a reader takes what is written."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs a POSIX FIFO")
    path = tmp_path / "lp0"
    os.mkfifo(path)
    return path


def test_a_device_printer_gets_exactly_the_bytes(tmp_path: Path) -> None:
    device = fifo(tmp_path)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(device.read_bytes()))
    reader.start()
    send(printer_config(f"file://{device}"), b"\x1b@hello\n")
    reader.join(10)
    assert received == [b"\x1b@hello\n"]


def test_a_spool_folder_gets_each_job_as_a_new_whole_file_named_by_the_job(
    tmp_path: Path,
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    config = printer_config(f"file://{spool}")
    send(config, b"\x1b@first\n", "0192-job-1")
    send(config, b"\x1b@second\n", "0192-job-2")
    assert {p.name: p.read_bytes() for p in spool.iterdir()} == {
        "0192-job-1.escpos": b"\x1b@first\n",
        "0192-job-2.escpos": b"\x1b@second\n",
    }  # and no temporary file left behind
    # The same job again (its sender died before saying it was sent): not written twice,
    # and what is there is not written over.
    send(config, b"\x1b@other bytes\n", "0192-job-1")
    assert (spool / "0192-job-1.escpos").read_bytes() == b"\x1b@first\n"
    assert len(list(spool.iterdir())) == 2
    # A test page sent with no job gets a name of its own.
    send(config, b"\x1b@test\n")
    assert len(list(spool.glob("pos-returns-*.escpos"))) == 1


def test_a_spool_folder_leaves_a_file_of_the_jobs_name_alone(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    (spool / "job-7.escpos").write_bytes(b"someone else's")
    send(printer_config(f"file://{spool}"), b"\x1b@job\n", "job-7")
    assert (spool / "job-7.escpos").read_bytes() == b"someone else's"
    assert [p.name for p in spool.iterdir()] == ["job-7.escpos"]


def a_database(tmp_path: Path) -> Path:
    """A SQLite database file with a row in it, as a register's is."""
    import sqlite3

    path = tmp_path / "pos-returns.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kept (x)")
        conn.execute("INSERT INTO kept VALUES (42)")
    conn.close()
    return path


@pytest.mark.parametrize("how", ["file://{path}", "{path}", "file://localhost{path}"])
def test_a_file_printer_that_is_a_regular_file_is_refused_when_set(
    tmp_path: Path, how: str
) -> None:
    database = a_database(tmp_path)
    before = database.read_bytes()
    with pytest.raises(BadPrinterURL) as caught:
        printer_config(how.format(path=database))
    message = str(caught.value)
    assert f"{database} is a file, which a printer would write over" in message
    assert "give a printer's device or a folder" in message
    assert "file:///dev/usb/lp0" in message and "file:///var/spool/pos-returns" in message
    assert "\n" not in message
    assert database.read_bytes() == before


def test_a_file_printer_is_refused_through_a_symlink_to_a_file(tmp_path: Path) -> None:
    database = a_database(tmp_path)
    link = tmp_path / "lp0"
    link.symlink_to(database)
    with pytest.raises(BadPrinterURL, match="is a file, which a printer would write over"):
        printer_config(f"file://{link}")


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file://{tmp}/lp0", "does not exist: plug the printer in, or make the folder first"),
        ("file://dev/usb/lp0", "write three slashes before the path, e.g. file:///dev/usb/lp0"),
        ("file://", "give a path, e.g. file:///dev/usb/lp0"),
    ],
)
def test_a_file_printer_that_is_not_there_yet_or_mistyped_is_refused(
    tmp_path: Path, url: str, why: str
) -> None:
    with pytest.raises(BadPrinterURL, match=why):
        printer_config(url.format(tmp=tmp_path))
    assert not (tmp_path / "lp0").exists()


@pytest.mark.skipif(not Path("/dev/loop0").is_block_device(), reason="needs a block device")
def test_a_disk_is_no_printer() -> None:
    with pytest.raises(BadPrinterURL, match="is neither a printer's device nor a folder"):
        printer_config("file:///dev/loop0")
    with pytest.raises(PrinterOffline, match="is not a printer's device, nothing written"):
        send(PrinterConfig("file:///dev/loop0"), b"\x1b@")


def test_a_regular_file_is_refused_again_at_send_time_and_left_as_it_was(
    tmp_path: Path,
) -> None:
    """The settings are rows in the database file: a URL may reach `send` unchecked."""
    database = a_database(tmp_path)
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(b"the write-ahead log")
    for target in (database, wal):
        before, stamp = target.read_bytes(), target.stat().st_mtime_ns
        with pytest.raises(PrinterOffline) as caught:
            send(PrinterConfig(f"file://{target}"), b"\x1b@hello\n")
        assert str(caught.value).startswith("Printer offline: check cable and paper (")
        assert f"{target} is not a printer's device, nothing written" in str(caught.value)
        assert (target.read_bytes(), target.stat().st_mtime_ns) == (before, stamp)


def test_a_mistyped_url_edited_into_the_settings_is_offline_at_once() -> None:
    with pytest.raises(PrinterOffline, match="write three slashes") as caught:
        send(PrinterConfig("file://dev/usb/lp0", timeout=5), b"\x1b@")  # /usb/lp0, really
    assert "no answer" not in str(caught.value)


def test_a_serial_printer_on_a_regular_file_writes_nothing(tmp_path: Path) -> None:
    database = a_database(tmp_path)
    before = database.read_bytes()
    with pytest.raises(PrinterOffline):
        send(PrinterConfig(f"serial://{database}"), b"\x1b@hello\n")
    assert database.read_bytes() == before


def test_preview_sends_nothing_anywhere() -> None:
    send(printer_config("preview"), b"anything")  # no device, no error
    assert printer_config("preview").is_preview
