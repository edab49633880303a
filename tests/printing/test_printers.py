"""Printers by URL: what each kind opens, what the cashier reads when it fails, and the
status a network printer reports (a TCP server on 127.0.0.1 answers as an Epson does)."""

from __future__ import annotations

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
        ("file:///dev/usb/lp0", printer.File, {"devfile": "/dev/usb/lp0"}),
        ("/dev/usb/lp1", printer.File, {"devfile": "/dev/usb/lp1"}),
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
        "file:///no-such-folder/lp0",
    ],
)
def test_a_printer_that_is_not_there_is_offline_in_the_cashiers_words(url: str) -> None:
    with pytest.raises(PrinterOffline) as caught:
        send(printer_config(url), b"\x1b@hello\n")
    assert str(caught.value).startswith("Printer offline: check cable and paper (")
    assert url.split("?", maxsplit=1)[0] in str(caught.value)


def test_a_file_printer_gets_exactly_the_bytes(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    send(printer_config(str(target)), b"\x1b@hello\n")
    assert target.read_bytes() == b"\x1b@hello\n"


def test_preview_sends_nothing_anywhere() -> None:
    send(printer_config("preview"), b"anything")  # no device, no error
    assert printer_config("preview").is_preview
