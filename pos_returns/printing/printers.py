"""Printers, configured by URL, never by code.

    tcp://192.168.1.50:9100        a network printer (raw port 9100)
    usb://04b8:0202                a USB printer by vendor:product id
    serial:///dev/ttyUSB0?baudrate=19200
    cups://QUEUE                   a CUPS queue, sent raw with `lp`
    file:///dev/usb/lp0            a device file (a character device, or a FIFO)
    file:///var/spool/pos-returns  a spool folder: each job a new file, <job id>.escpos
    preview:                       no paper: the receipt is shown on screen only
    preview:///home/me/receipts    shown on screen, and each receipt kept there as a PDF

A `file://` printer never writes over a file: a device is opened as it is (never created,
never truncated), a spool folder gets a new file per job, written whole and then named
(an existing name is left alone). A regular file, a path that does not exist and anything
else are refused when the printer is set (`BadPrinterURL`) and again when a job is sent
(`PrinterOffline`, the job waits): the settings live in the database, which can be edited.

Every failure to reach a printer is one `PrinterOffline` with a sentence for the cashier.
Sending is short (3 s timeouts) and meant for a worker thread, never the screen's.
"""

from __future__ import annotations

import os
import stat
import subprocess
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from pos_returns.printing._escpos import printer
from pos_returns.printing.files import write_new
from pos_returns.printing.profiles import DEFAULT_PROFILE, profile
from pos_returns.services.errors import Sentence, say

TIMEOUT = 3.0
KINDS = ("tcp", "usb", "serial", "cups", "file", "preview")
EXAMPLES = (
    "tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0, cups://QUEUE, "
    "file:///dev/usb/lp0, file:///var/spool/pos-returns or preview:"
)
SPOOL_SUFFIX = ".escpos"


class BadPrinterURL(ValueError):
    """A printer URL that cannot be used; `sentence` is the message, translatable."""

    def __init__(self, url: str, why: Sentence) -> None:
        self.sentence = say(
            "printer {url}: {why} (e.g. {examples})", url=url, why=why, examples=EXAMPLES
        )
        super().__init__(str(self.sentence))


class PrinterOffline(Exception):
    """The printer did not take the bytes; `str()` is the sentence for the cashier."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"Printer offline: check cable and paper ({detail})")
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PrinterConfig:
    url: str
    profile: str = DEFAULT_PROFILE
    timeout: float = TIMEOUT

    @property
    def kind(self) -> str:
        return self.url.split(":", 1)[0]

    @property
    def is_preview(self) -> bool:
        return self.kind == "preview"

    @property
    def preview_folder(self) -> Path | None:
        """Where a preview printer keeps a PDF of each receipt (None: it keeps none)."""
        if not self.is_preview:
            return None
        path = unquote(urlsplit(self.url).path)
        return Path(path) if path else None


def printer_config(url: str, profile_name: str | None = None) -> PrinterConfig:
    """A checked configuration; raises BadPrinterURL or UnknownProfile."""
    url = url.strip()
    if url in ("preview", "preview:"):
        url = "preview:"
    elif url.startswith("preview:") and not url.startswith("preview:///"):
        raise BadPrinterURL(url, say("a preview's folder is written preview:///path/to/folder"))
    elif url.startswith("/"):
        url = "file://" + url
    kind = url.split(":", 1)[0] if ":" in url else ""
    if kind not in KINDS:
        raise BadPrinterURL(url, say("unknown kind '{kind}'", kind=kind or url))
    config = PrinterConfig(url, profile_name or DEFAULT_PROFILE)
    profile(config.profile)  # raises UnknownProfile
    _arguments(config)  # raises BadPrinterURL
    if config.kind == "file":
        _check_file_printer(config.url, _file_path(config))
    return config


def _file_path(config: PrinterConfig) -> str:
    parts = urlsplit(config.url)
    if parts.netloc not in ("", "localhost"):  # file://dev/usb/lp0 would mean /usb/lp0
        raise BadPrinterURL(
            config.url, say("write three slashes before the path, e.g. file:///dev/usb/lp0")
        )
    path = unquote(parts.path)
    if not path:
        raise BadPrinterURL(config.url, say("give a path, e.g. file:///dev/usb/lp0"))
    return path


def _check_file_printer(url: str, path: str) -> None:
    """A `file://` printer is a device (character device or FIFO) or a spool folder; a
    regular file (the database itself, say) or a path that does not exist yet (it would
    become a file) is refused with BadPrinterURL."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise BadPrinterURL(
            url,
            say("{path} does not exist: plug the printer in, or make the folder first", path=path),
        ) from None
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise BadPrinterURL(
            url, say("{path} cannot be checked: {why}", path=path, why=why)
        ) from None
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISDIR(mode):
        return
    if stat.S_ISREG(mode):
        raise BadPrinterURL(
            url,
            say(
                "{path} is a file, which a printer would write over: give a printer's device "
                "or a folder",
                path=path,
            ),
        )
    raise BadPrinterURL(url, say("{path} is neither a printer's device nor a folder", path=path))


def _arguments(config: PrinterConfig, name: str = "") -> tuple[Any, dict[str, Any]]:
    """The python-escpos class and keyword arguments for `config` (`name`: the job's, for a
    spool folder's file)."""
    parts = urlsplit(config.url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    kind = config.kind
    common: dict[str, Any] = {"profile": config.profile}
    if kind == "tcp":
        if not parts.hostname:
            raise BadPrinterURL(config.url, say("give the printer's address"))
        try:
            port = parts.port or 9100
        except ValueError:
            raise BadPrinterURL(config.url, say("the port is a number")) from None
        return printer.Network, {
            **common,
            "host": parts.hostname,
            "port": port,
            "timeout": config.timeout,
        }
    if kind == "usb":
        try:
            vendor, product = (int(x, 16) for x in parts.netloc.split(":"))
        except ValueError:
            raise BadPrinterURL(config.url, say("write the ids as hex vendor:product")) from None
        return printer.Usb, {
            **common,
            "idVendor": vendor,
            "idProduct": product,
            "timeout": int(config.timeout * 1000),
            **({"in_ep": int(query["in_ep"], 16)} if "in_ep" in query else {}),
            **({"out_ep": int(query["out_ep"], 16)} if "out_ep" in query else {}),
        }
    if kind == "serial":
        path = unquote(parts.path)
        if not path:
            raise BadPrinterURL(config.url, say("give the device, e.g. serial:///dev/ttyUSB0"))
        try:
            baudrate = int(query.get("baudrate", "9600"))
        except ValueError:
            raise BadPrinterURL(config.url, say("baudrate is a number")) from None
        return printer.Serial, {
            **common,
            "devfile": path,
            "baudrate": baudrate,
            "timeout": config.timeout,
        }
    if kind == "cups":
        queue = parts.netloc or parts.path.strip("/")
        if not queue:
            raise BadPrinterURL(config.url, say("give the CUPS queue's name"))
        return _Cups, {"queue": unquote(queue), "timeout": config.timeout}
    if kind == "file":
        return _FilePrinter, {"path": _file_path(config), "url": config.url, "name": name}
    return None, {}


def send(config: PrinterConfig, data: bytes, name: str | None = None) -> None:
    """Send `data` and close, so the printer finishes the job; raises PrinterOffline.

    `name` names the job (its id): a spool folder keeps it as `<name>.escpos`, and a job
    already there is not written again. Without one, the file gets a new unique name.

    The send runs on its own thread with a deadline: a serial line with no handshake or a
    device node of a printer out of paper can block a write forever, and the print worker
    must get its answer ("offline") in seconds. A send given up on may still finish later:
    the job is then printed twice, never lost.
    """
    if config.is_preview:
        return
    outcome: list[BaseException | None] = []
    with _sending_lock:
        earlier = _sending.get(config.url)
        if earlier is not None and earlier.is_alive():
            # A send given up on is still blocked on the device: another would pile up
            # behind it and print the receipt once more for every try when paper comes.
            raise PrinterOffline(f"{config.url}: still busy with the receipt before")
        name = name or f"pos-returns-{uuid.uuid4()}"
        worker = threading.Thread(
            target=lambda: outcome.append(_attempt(config, data, name)), name="printer", daemon=True
        )
        _sending[config.url] = worker
        worker.start()
    worker.join(deadline(config))
    if not outcome:
        raise PrinterOffline(f"{config.url}: no answer in {deadline(config):.0f} s")
    if outcome[0] is not None:
        raise outcome[0]


_sending: dict[str, threading.Thread] = {}  # the last send to each printer
_sending_lock = threading.Lock()


def deadline(config: PrinterConfig) -> float:
    """How long a whole send may take: connecting, writing and closing."""
    return 3 * config.timeout + 1


def _attempt(config: PrinterConfig, data: bytes, name: str) -> BaseException | None:
    device = None
    try:
        cls, kwargs = _arguments(config, name)  # a URL edited in the database: bad here too
        device = cls(**kwargs)
        device.open()
        if not device.device:
            raise PrinterOffline(f"{config.url}: no connection")
        if config.kind == "serial":
            device.device.write_timeout = config.timeout
        device._raw(data)
        device.close()
        device = None
    except PrinterOffline as exc:
        return exc
    # python-escpos, the socket, pyusb, pyserial and lp fail in their own ways; to the
    # cashier they all mean the same: the receipt did not reach the printer.
    except Exception as exc:  # noqa: BLE001
        return PrinterOffline(_detail(config, exc))
    finally:
        if device is not None:
            _close_quietly(device)
    return None


class _FilePrinter:
    """A `file://` printer, checked again as it is opened (the settings may have been
    edited in the database file): a character device or FIFO is opened as it is, never
    created nor truncated, and written; a folder gets the job as a new file of its own.
    Anything else, a regular file above all, is refused before a byte is written."""

    def __init__(self, path: str, url: str, name: str) -> None:
        self.path, self.url, self.name = path, url, name
        self.device: bool | None = None
        self._fd: int | None = None
        self._folder = False

    def open(self) -> None:
        try:
            self._folder = stat.S_ISDIR(os.stat(self.path).st_mode)
            if not self._folder:
                # No O_CREAT, no O_TRUNC: opening changes nothing, whatever the path is.
                flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
                self._fd = os.open(self.path, flags)
                mode = os.fstat(self._fd).st_mode  # what was opened, not what was looked at
                if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
                    os.close(self._fd)
                    self._fd = None
                    raise PrinterOffline(
                        f"{self.url}: {self.path} is not a printer's device, nothing written "
                        "(file:// takes a device or a folder)"
                    )
        except FileNotFoundError:
            raise PrinterOffline(f"{self.url}: no such device or folder") from None
        self.device = True

    def _raw(self, data: bytes) -> None:
        if self._folder:
            # None: the job's file is there already, whole (a sender that wrote it died
            # before it could say so); it is not written twice.
            write_new(Path(self.path), _spool_name(self.name), data)
            return
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]  # type: ignore[arg-type]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self.device = None


def _spool_name(name: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "job"
    return safe + SPOOL_SUFFIX


class _Cups:
    """A CUPS queue, fed raw bytes by `lp` (python-escpos's LP class neither waits with a
    timeout nor checks that `lp` took the job, and adds a line feed)."""

    def __init__(self, queue: str, timeout: float) -> None:
        self.queue = queue
        self.timeout = timeout
        self.device: bool | None = None

    def open(self) -> None:
        self.device = True

    def _raw(self, data: bytes) -> None:
        try:
            done = subprocess.run(
                ["lp", "-d", self.queue, "-o", "raw", "-t", "pos-returns"],
                input=data,
                capture_output=True,
                timeout=self.timeout * 3,
                check=False,
            )
        except FileNotFoundError:
            raise PrinterOffline(
                f"cups://{self.queue}: CUPS is not installed on this computer (no lp command)"
            ) from None
        if done.returncode != 0:
            why = " ".join(done.stderr.decode(errors="replace").split()) or "lp failed"
            raise PrinterOffline(f"cups://{self.queue}: {why}")

    def close(self) -> None:
        self.device = None


def _close_quietly(device: Any) -> None:
    try:
        device.close()
    except Exception:  # noqa: BLE001, S110 - already failing; the first error is the one to show
        pass


def _detail(config: PrinterConfig, exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, ImportError) or "No backend available" in text:
        text = f"this computer lacks the driver for {config.kind} printers ({text}); for USB, "
        text += "install libusb" if config.kind == "usb" else "install the package's extras"
    return f"{config.url}: {text}"[:300]


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    online: bool | None  # None: the printer cannot say
    paper: str | None  # "ok" | "low" | "out" | None
    message: str


def query_status(config: PrinterConfig) -> PrinterStatus:
    """Ask the printer (network, USB, serial) whether it is online and has paper.

    A printer that gives no answer is "unknown", not "paper OK" (python-escpos 3.1 says
    OK when nothing comes back).
    """
    if config.is_preview:
        return PrinterStatus(True, None, "preview only")
    if config.kind not in ("tcp", "usb", "serial"):
        return PrinterStatus(None, None, f"{config.kind} printers do not report their state")
    cls, kwargs = _arguments(config)
    try:
        device = cls(**kwargs)
        device.open()
        online = device.query_status(b"\x10\x04\x01")
        paper = device.query_status(b"\x10\x04\x04")
        device.close()
    except TimeoutError:
        return PrinterStatus(None, None, "the printer does not answer status requests")
    except Exception as exc:  # noqa: BLE001 - any failure means offline, said plainly
        return PrinterStatus(False, None, str(PrinterOffline(_detail(config, exc))))
    if not online or not paper:
        return PrinterStatus(None, None, "the printer does not answer status requests")
    state = "out" if paper[0] & 0x60 == 0x60 else "low" if paper[0] & 0x0C == 0x0C else "ok"
    is_online = not online[0] & 0x08
    message = {"ok": "ready", "low": "paper is running low", "out": "out of paper"}[state]
    return PrinterStatus(is_online, state, message if is_online else "offline")
