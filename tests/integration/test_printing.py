"""Return receipts through the print queue, on real SQLite and PostgreSQL, to a network
printer played by a TCP server on 127.0.0.1 whose bytes the test decodes, and to a spool
folder; a printer that would write over the database is refused."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from integration.shop import RECEIPT, Shop, open_shop
from printing.escpos_bytes import Printout, decode
from pypdf import PdfReader
from sqlalchemy import Engine, select, text, update

from pos_returns.domain.model import Condition
from pos_returns.printing import queue
from pos_returns.printing.printers import (
    BadPrinterURL,
    PrinterConfig,
    PrinterOffline,
    printer_config,
    send,
)
from pos_returns.services import print_jobs
from pos_returns.services.errors import InvalidInput, PermissionDenied
from pos_returns.services.receipts import find_return, return_receipt
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem, complete_return
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.store.models import PrintJob, Register

AT = datetime.fromisoformat("2026-10-10T11:30:00+03:00")  # 7 days after the sale


def soon() -> datetime:
    """Seconds after the return: the customer is still at the counter."""
    return AT + timedelta(seconds=20)


class NetworkPrinter:
    """A raw port 9100 printer on 127.0.0.1: keeps each connection's bytes as one job."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.arrived = threading.Condition()
        self._listen()

    def _listen(self) -> None:
        threading.Thread(target=self._serve, args=(self.server,), daemon=True).start()

    def off(self) -> None:
        """Switched off: connections to its port are refused. (shutdown() first: a close
        alone leaves the socket listening while a thread waits in accept().)"""
        self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()

    def on(self) -> None:
        self.server = socket.create_server(("127.0.0.1", self.port))
        self._listen()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self, server: socket.socket) -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while data := conn.recv(65536):
                    chunks.append(data)
            with self.arrived:
                self.jobs.append(b"".join(chunks))
                self.arrived.notify_all()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.off()

    def job(self, index: int) -> bytes:
        """Job `index` (0 is the first), once the printer has read all of it."""
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.jobs) > index, timeout=10)
            return self.jobs[index]

    def printout(self, index: int) -> Printout:
        printout = decode(self.job(index))
        assert printout.problems == []
        return printout


@pytest.fixture
def network_printer() -> Iterator[NetworkPrinter]:
    printer = NetworkPrinter()
    yield printer
    printer.close()


def refused_url() -> str:
    """A port on 127.0.0.1 where nothing listens: the printer is off."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"tcp://127.0.0.1:{probe.getsockname()[1]}"


@pytest.fixture
def shop(engine: Engine) -> Shop:
    return open_shop(engine)


def complete(shop: Shop, *items: ReturnItem, lang: str = "en", **changes) -> str:  # noqa: ANN003
    request = DecideReturn(RECEIPT["receipt_number"], items, changes.pop("at", AT), **changes)
    with UnitOfWork(shop.engine, write=True) as uow:
        done = complete_return(
            uow,
            shop.store(uow),
            CompleteReturn(request, shop.cashier, "wrong-size", language=lang),
        )
        uow.commit()
    return done.number


def use_printer(shop: Shop, url: str) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        queue.set_register_printer(uow, shop.store(uow), shop.manager, "R1", url=url)
        uow.commit()


def job_of(shop: Shop, number: str) -> PrintJob:
    with UnitOfWork(shop.engine) as uow:
        row = find_return(uow, shop.store(uow), number)
        return uow.session.scalars(
            select(PrintJob).where(PrintJob.return_id == row.id).order_by(PrintJob.created_at)
        ).first()


HEADPHONES_OPENED = ReturnItem(2, 1, Condition.OPENED)
SCARVES = ReturnItem(1, 2, Condition.UNOPENED)


def test_a_completed_return_prints_its_receipt_on_the_network_printer(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    number = complete(shop, HEADPHONES_OPENED, SCARVES)
    result = queue.run_queue(shop.engine, "S01", "R1", now=soon)
    assert len(result.sent) == 1 and result.problem is None
    printout = network_printer.printout(0)
    text = " ".join(printout.text.split())
    assert "Riga Centre" in text and "Brīvības iela 1, Rīga" in text
    assert f"Return {number}" in text
    assert "Original receipt S01-R2-000123" in text
    assert "Served by Anna" in text
    assert "Headphones" in text and "Wool scarf" in text
    # The fee's arithmetic: the item, the fee, what is left.
    assert "1 × €89.00, opened €89.00" in text
    assert "15% restocking fee -€13.35" in text
    assert "Refund for this line €75.65" in text
    assert "Rule “electronics-opened”, policy version 1, 7 days after purchase" in text
    assert "Total of this return €120.65" in text
    assert "of which VAT €20.94" in text  # 7.81 + 15.45 × 75.65 / 89.00 (the fee keeps its tax)
    assert "Refunded to VISA 1234 €82.64" in text
    assert "Cash given back €38.01" in text
    assert printout.drawer_pulses == 1  # cash went back: the drawer opens
    assert "Our return policy (version 1)" in text
    assert printout.barcode_texts() == [number]  # scannable back into the app
    assert printout.cuts == 1
    assert "COPY" not in text
    job = job_of(shop, number)
    assert (job.status, job.attempts, job.last_error) == ("done", 1, "")
    # A receipt's amounts end at the right edge of the 42 columns.
    money_lines = [line.text for line in printout.lines if re.search(r"€[\d.]+$", line.text)]
    assert money_lines and all(len(line) == 42 for line in money_lines)


def test_an_offline_printer_keeps_the_job_and_a_later_try_prints_the_same_bytes(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    network_printer.off()
    number = complete(shop, SCARVES, lang="lv")
    clock = [AT]
    result = queue.run_queue(shop.engine, "S01", "R1", now=lambda: clock[0])
    assert result.sent == [] and len(result.waiting) == 1
    assert result.problem.startswith("Printer offline: check cable and paper")
    job = job_of(shop, number)
    assert (job.status, job.attempts) == ("queued", 1)
    assert job.next_attempt_at == AT + timedelta(seconds=5)
    first_bytes = job.payload
    # Too early: the pause is respected and nothing is tried.
    assert queue.run_queue(shop.engine, "S01", "R1", now=lambda: clock[0]).waiting == []
    # Meanwhile the store changes its footer: the waiting receipt stays as it was made.
    with UnitOfWork(shop.engine, write=True) as uow:
        shop.store(uow).receipt_footer = "A footer added later"
        uow.commit()
    network_printer.on()
    clock[0] = AT + timedelta(seconds=6)
    result = queue.run_queue(shop.engine, "S01", "R1", now=lambda: clock[0])
    assert result.sent == [job.id]
    assert network_printer.job(0) == first_bytes
    assert "ATGRIEŠANAS ČEKS" in network_printer.printout(0).text
    assert "footer added later" not in network_printer.printout(0).text
    assert job_of(shop, number).attempts == 2


def test_a_paused_printer_sends_its_receipts_oldest_first_when_it_is_back(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    network_printer.off()
    first = complete(shop, ReturnItem(1, 1, Condition.UNOPENED))
    queue.run_queue(shop.engine, "S01", "R1", now=soon)  # fails: the printer pauses 5 s
    second = complete(shop, ReturnItem(1, 1, Condition.UNOPENED), at=AT + timedelta(seconds=3))
    network_printer.on()
    # The new receipt is due at once; it takes the older one along, in order.
    result = queue.run_queue(shop.engine, "S01", "R1", now=lambda: AT + timedelta(seconds=4))
    assert result.sent == [job_of(shop, first).id, job_of(shop, second).id]
    assert network_printer.printout(0).barcode_texts() == [first]
    assert network_printer.printout(1).barcode_texts() == [second]


def test_two_senders_at_once_print_a_receipt_once(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    """The register's worker and a second one (another app on the same register)."""
    use_printer(shop, network_printer.url)
    number = complete(shop, SCARVES)
    start = threading.Barrier(2)
    results: list[object] = []

    def slow_send(config: PrinterConfig, data: bytes, name: str) -> None:
        time.sleep(0.3)  # both senders are in the middle of the pass
        send(config, data, name)

    def sender(owner: str) -> None:
        start.wait()
        try:
            results.append(
                queue.run_queue(shop.engine, "S01", "R1", now=soon, sender=slow_send, owner=owner)
            )
        except Exception as exc:  # noqa: BLE001 - reported below, not lost in a thread
            results.append(exc)

    threads = [threading.Thread(target=sender, args=(f"till:{n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert all(isinstance(r, queue.QueueRun) for r in results), results
    assert sorted(len(r.sent) for r in results) == [0, 1]  # type: ignore[union-attr]
    job = job_of(shop, number)
    assert (job.status, job.attempts) == ("done", 1)
    time.sleep(0.3)
    assert len(network_printer.jobs) == 1


def test_a_killed_senders_jobs_are_taken_over_a_live_ones_are_not(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    number = complete(shop, SCARVES)
    host = socket.gethostname()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    for owner, taken in ((f"{host}:{os.getppid()}", False), (f"{host}:{dead}", True)):
        with UnitOfWork(shop.engine, write=True) as uow:
            job = uow.session.get(PrintJob, job_of(shop, number).id)
            job.claimed_by, job.claimed_until = owner, soon() + timedelta(minutes=1)
            uow.commit()
        result = queue.run_queue(shop.engine, "S01", "R1", now=soon)
        assert bool(result.sent) is taken, owner
    assert len(network_printer.jobs) == 1


def test_a_job_being_printed_is_not_retried_or_reprinted_under_the_worker(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    number = complete(shop, SCARVES)
    job_id = job_of(shop, number).id
    with UnitOfWork(shop.engine, write=True) as uow:  # the worker is sending it
        job = uow.session.get(PrintJob, job_id)
        job.claimed_by, job.claimed_until = "worker:1", soon() + timedelta(seconds=30)
        uow.commit()
    with UnitOfWork(shop.engine, write=True) as uow, pytest.raises(InvalidInput, match="now"):
        print_jobs.retry(uow, shop.store(uow), job_id, soon())
    result = queue.run_queue(shop.engine, "S01", "R1", now=soon, only=job_id)
    assert result.elsewhere == [job_id] and result.sent == []
    # A reprint asked for at the counter is claimed by the counter from the start.
    with UnitOfWork(shop.engine, write=True) as uow:
        reprint = print_jobs.queue_reprint(
            uow, shop.store(uow), number, "R1", sender=("counter:7", soon())
        )
        uow.commit()
    worker_pass = queue.run_queue(shop.engine, "S01", "R1", now=soon, owner="worker:1")
    assert worker_pass.sent == [job_id]  # its own job; the counter's reprint is left alone
    result = queue.run_queue(shop.engine, "S01", "R1", now=soon, owner="counter:7", only=reprint.id)
    assert result.sent == [reprint.id]


def test_a_printer_back_for_a_reprint_sends_what_waited_for_it(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    network_printer.off()
    number = complete(shop, SCARVES)
    queue.run_queue(shop.engine, "S01", "R1", now=soon)  # fails: paused for 5 s
    assert job_of(shop, number).next_attempt_at == soon() + timedelta(seconds=5)
    network_printer.on()
    with UnitOfWork(shop.engine, write=True) as uow:
        reprint = print_jobs.queue_reprint(uow, shop.store(uow), number, "R1")
        uow.commit()
    assert queue.run_queue(shop.engine, "S01", "R1", now=soon, only=reprint.id).sent
    assert job_of(shop, number).next_attempt_at is None  # the printer is back: due now
    assert queue.run_queue(shop.engine, "S01", "R1", now=soon).sent == [job_of(shop, number).id]


def test_a_job_that_cannot_be_printed_fails_alone(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        broken = PrintJob(store_id=store.id, kind="reprint", register_code="R1", created_at=AT)
        uow.session.add(broken)
        uow.commit()
    number = complete(shop, SCARVES)
    result = queue.run_queue(shop.engine, "S01", "R1", now=soon)
    assert result.sent == [job_of(shop, number).id]
    assert [job for job, _ in result.failed] == [broken.id]
    with UnitOfWork(shop.engine) as uow:
        assert uow.session.get(PrintJob, broken.id).status == "failed"


def test_retries_stop_after_the_last_attempt_and_the_failed_job_stays_visible(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, refused_url())
    number = complete(shop, SCARVES)
    clock = [AT]
    for _ in range(print_jobs.MAX_ATTEMPTS):
        queue.run_queue(shop.engine, "S01", "R1", now=lambda: clock[0])
        clock[0] += print_jobs.LONGEST_PAUSE
    job = job_of(shop, number)
    assert (job.status, job.attempts) == ("failed", print_jobs.MAX_ATTEMPTS)
    with UnitOfWork(shop.engine) as uow:
        waiting = print_jobs.jobs(uow, shop.store(uow), "R1", waiting_only=True)
    assert [j.id for j in waiting] == [job.id]
    use_printer(shop, network_printer.url)
    with UnitOfWork(shop.engine, write=True) as uow:
        print_jobs.retry(uow, shop.store(uow), job.id, clock[0])
        uow.commit()
    result = queue.run_queue(shop.engine, "S01", "R1", now=lambda: clock[0])
    assert result.sent == [job.id]
    assert job_of(shop, number).status == "done"


def test_a_reprint_says_copy_and_opens_no_drawer(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    number = complete(
        shop, ReturnItem(1, 2, Condition.UNOPENED), ReturnItem(2, 1, Condition.UNOPENED)
    )
    queue.run_queue(shop.engine, "S01", "R1", now=soon)
    original = network_printer.printout(0)
    with UnitOfWork(shop.engine, write=True) as uow:
        job = print_jobs.queue_reprint(uow, shop.store(uow), number.lower(), "R1", "fr")
        uow.commit()
    result = queue.run_queue(shop.engine, "S01", "R1", only=job.id, now=soon)
    assert result.sent == [job.id]
    copy = network_printer.printout(1)
    assert "COPIE" in copy.text and "REÇU DE RETOUR" in copy.text
    assert copy.drawer_pulses == 0
    assert "COPY" not in original.text
    assert original.drawer_pulses == 1  # cash went back: the drawer opened, once
    # A done job is not sent again as an original: a reprint is the way.
    with UnitOfWork(shop.engine, write=True) as uow, pytest.raises(InvalidInput, match="done"):
        print_jobs.retry(uow, shop.store(uow), job_of(shop, number).id, soon())


def test_a_reprint_while_the_original_waits_is_a_copy_and_the_drawer_opens_once(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    network_printer.off()
    number = complete(
        shop, ReturnItem(1, 2, Condition.UNOPENED), ReturnItem(2, 1, Condition.UNOPENED)
    )
    queue.run_queue(shop.engine, "S01", "R1", now=soon)  # the original waits
    with UnitOfWork(shop.engine, write=True) as uow:
        print_jobs.queue_reprint(uow, shop.store(uow), number, "R1")
        uow.commit()
    network_printer.on()
    result = queue.run_queue(shop.engine, "S01", "R1", now=lambda: AT + timedelta(minutes=1))
    assert len(result.sent) == 2
    original, reprint = network_printer.printout(0), network_printer.printout(1)
    assert "COPY" not in original.text and "COPY" in reprint.text
    # The original failed once: the cashier handed the cash over by hand; nothing pops open
    # a minute later.
    assert original.drawer_pulses == 0 and reprint.drawer_pulses == 0


def test_a_receipt_printed_long_after_the_return_opens_no_drawer(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    use_printer(shop, network_printer.url)
    complete(shop, ReturnItem(1, 2, Condition.UNOPENED), ReturnItem(2, 1, Condition.UNOPENED))
    queue.run_queue(shop.engine, "S01", "R1", now=lambda: AT + timedelta(minutes=10))
    assert network_printer.printout(0).drawer_pulses == 0


def test_a_big_refund_has_a_signature_line_and_a_customer_near_the_limit_is_told(
    shop: Shop,
) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        store.signature_over_minor = 5000
        uow.commit()
    complete(shop, ReturnItem(1, 1, Condition.UNOPENED))
    number = complete(shop, HEADPHONES_OPENED, at=AT + timedelta(hours=1))
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        document = return_receipt(uow, store, find_return(uow, store, number))
    text = " ".join(document.text_blocks())
    assert "Customer signature" in text
    # The example policy allows 3 returns in 90 days: 2 of 3 is close.
    assert "2 of 3 returns in 90 days" in text


def test_a_bilingual_receipt_carries_the_stores_language_too(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        store.language, store.bilingual_receipts = "lv", True
        uow.commit()
    number = complete(shop, SCARVES, lang="fr")
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        document = return_receipt(uow, store, find_return(uow, store, number))
    text = " ".join(document.text_blocks())
    assert "REÇU DE RETOUR" in text  # the customer's language for the labels
    assert "Retour sous 30 jours" in text and "Atgriežot 30 dienu laikā" in text


def test_only_a_manager_sets_a_printer_and_a_bad_url_is_refused(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        with pytest.raises(PermissionDenied):
            queue.set_register_printer(uow, store, shop.cashier, "R1", url="preview:")
        with pytest.raises(InvalidInput, match="unknown kind 'lpt'"):
            queue.set_register_printer(uow, store, shop.manager, "R1", url="lpt://1")
        with pytest.raises(InvalidInput, match="unknown printer profile"):
            queue.set_register_printer(
                uow, store, shop.manager, "R1", url="tcp://10.0.0.5", profile_name="TM-0"
            )


def test_a_register_without_a_printer_shows_a_preview_and_the_job_is_previewed(shop: Shop) -> None:
    number = complete(shop, SCARVES)
    result = queue.run_queue(shop.engine, "S01", "R1")
    assert len(result.previewed) == 1
    assert job_of(shop, number).status == "previewed"


def test_a_preview_printer_with_a_folder_keeps_each_receipt_as_a_pdf(
    shop: Shop, tmp_path: Path
) -> None:
    folder = tmp_path / "receipts"
    use_printer(shop, "preview://" + folder.as_posix())
    number = complete(shop, SCARVES)
    result = queue.run_queue(shop.engine, "S01", "R1")
    assert result.previewed and result.problem is None
    assert job_of(shop, number).status == "previewed"
    pdf = folder / f"{number}.pdf"
    assert result.kept == [pdf] and sorted(p.name for p in folder.iterdir()) == [pdf.name]
    text = PdfReader(pdf).pages[0].extract_text()
    assert "RETURN RECEIPT" in text and number in text and "Wool scarf" in text
    with UnitOfWork(shop.engine, write=True) as uow:
        job = print_jobs.queue_reprint(uow, shop.store(uow), number, "R1")
        uow.commit()
    again = queue.run_queue(shop.engine, "S01", "R1", only=job.id)
    assert again.kept[0].name == f"{number}-reprint-{job.id}.pdf"  # nothing overwritten
    assert len(list(folder.iterdir())) == 2


def test_a_preview_folder_that_cannot_be_written_says_so_and_the_receipt_is_still_shown(
    shop: Shop, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    use_printer(shop, "preview://" + blocked.as_posix())
    number = complete(shop, SCARVES)
    result = queue.run_queue(shop.engine, "S01", "R1")
    assert result.previewed and result.kept == []
    assert result.problem is not None and "receipt not kept as a PDF in" in result.problem
    assert job_of(shop, number).status == "previewed"  # it is on the screen
    with pytest.raises(BadPrinterURL, match="preview:///path/to/folder"):
        printer_config("preview:receipts")


def test_installing_gives_a_register_a_printer_only_if_it_has_none(shop: Shop) -> None:
    kept = print_jobs.PrinterSettings("preview:///var/receipts")
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        assert print_jobs.install_printer(uow, store, "R1", kept)
        assert not print_jobs.install_printer(uow, store, "R1", print_jobs.PrinterSettings())
        uow.commit()
    use_printer(shop, "tcp://10.0.0.5")
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        assert not print_jobs.install_printer(uow, store, "R1", kept)  # the manager's stays
        assert print_jobs.register_printer(uow, store, "R1").url == "tcp://10.0.0.5"
        assert print_jobs.register_printer(uow, store, "R2").url == print_jobs.PREVIEW_URL


def test_send_says_offline_in_the_cashiers_words() -> None:
    with pytest.raises(PrinterOffline, match="^Printer offline: check cable and paper"):
        send(printer_config(refused_url()), b"\x1b@")
    with pytest.raises(PrinterOffline, match="no-such-dir"):
        send(PrinterConfig("file:///no-such-dir/lp0"), b"\x1b@")


def test_a_receipt_only_previewed_on_screen_is_no_copy_when_printed_later(
    shop: Shop, network_printer: NetworkPrinter
) -> None:
    number = complete(shop, SCARVES)
    assert queue.run_queue(shop.engine, "S01", "R1").previewed  # no printer: screen only
    use_printer(shop, network_printer.url)
    with UnitOfWork(shop.engine, write=True) as uow:
        job = print_jobs.queue_reprint(uow, shop.store(uow), number, "R1")
        uow.commit()
    queue.run_queue(shop.engine, "S01", "R1", only=job.id)
    assert "COPY" not in network_printer.printout(0).text
    with UnitOfWork(shop.engine, write=True) as uow:
        again = print_jobs.queue_reprint(uow, shop.store(uow), number, "R1")
        uow.commit()
    queue.run_queue(shop.engine, "S01", "R1", only=again.id)
    assert "COPY" in network_printer.printout(1).text  # now the customer had it on paper


def test_a_spool_folder_gets_each_receipt_as_a_file_named_by_its_job(
    shop: Shop, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    use_printer(shop, f"file://{spool}")
    number = complete(shop, SCARVES)
    result = queue.run_queue(shop.engine, "S01", "R1", now=soon)
    job = job_of(shop, number)
    assert result.sent == [job.id] and job.status == "done"
    assert [p.name for p in spool.iterdir()] == [f"{job.id}.escpos"]
    printout = decode((spool / f"{job.id}.escpos").read_bytes())
    assert printout.problems == [] and printout.barcode_texts() == [number]


def till(tmp_path: Path) -> tuple[Engine, Shop, Path]:
    """A register's SQLite database, its file named as the embedded default's."""
    path = tmp_path / "pos-returns.sqlite3"
    engine = open_database(str(path))
    return engine, open_shop(engine), path


def healthy(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.mark.parametrize("side", ["", "-wal", "-shm"])
def test_a_printer_set_to_the_database_file_is_refused_and_the_database_stays_whole(
    tmp_path: Path, side: str
) -> None:
    """Issue 14 item 9: `file://` on the database overwrote it ("database disk image is
    malformed" for every later command)."""
    engine, shop, path = till(tmp_path)
    target = path.with_name(path.name + side)
    assert target.exists()
    with UnitOfWork(engine, write=True) as uow, pytest.raises(InvalidInput) as caught:
        queue.set_register_printer(uow, shop.store(uow), shop.manager, "R1", url=f"file://{target}")
    assert f"{target} is a file, which a printer would write over" in str(caught.value)
    assert "file:///dev/usb/lp0" in str(caught.value)
    assert "fichier" in caught.value.in_language("fr")  # the back office shows it translated
    number = complete(shop, SCARVES)
    assert queue.run_queue(engine, "S01", "R1", now=soon).previewed  # still no printer
    assert job_of(shop, number).status == "previewed" and healthy(engine)
    engine.dispose()


def test_a_printer_edited_into_the_database_file_is_refused_when_sending_and_the_job_waits(
    tmp_path: Path,
) -> None:
    """The settings are a row of the database: someone who edits them gets past the check
    when a printer is set, not past the one when a job is sent."""
    engine, shop, path = till(tmp_path)
    with UnitOfWork(engine, write=True) as uow:
        uow.session.execute(
            update(Register)
            .where(Register.code == "R1")
            .values(printer={"url": f"file://{path}", "profile": "TM-T88V"})
        )
        uow.commit()
    number = complete(shop, SCARVES)
    result = queue.run_queue(engine, "S01", "R1", now=soon)
    assert result.sent == [] and [job for job, _ in result.waiting] == [job_of(shop, number).id]
    assert result.problem.startswith("Printer offline: check cable and paper (")
    assert f"{path} is not a printer's device, nothing written" in result.problem
    job = job_of(shop, number)
    assert (job.status, job.last_error) == ("queued", result.problem)  # shown, waiting
    assert healthy(engine)
    with UnitOfWork(engine) as uow:  # every later command still reads the store
        assert find_return(uow, shop.store(uow), number).number == number
    engine.dispose()


def test_a_preview_folder_never_writes_over_a_file_of_the_receipts_name(
    shop: Shop, tmp_path: Path
) -> None:
    folder = tmp_path / "receipts"
    folder.mkdir()
    use_printer(shop, "preview://" + folder.as_posix())
    number = complete(shop, SCARVES)
    taken = folder / f"{number}.pdf"  # before its PDF is made: as another database's was
    taken.write_bytes(b"a receipt kept from another database")
    result = queue.run_queue(shop.engine, "S01", "R1")
    job = job_of(shop, number)
    assert result.kept == [folder / f"{number}-{job.id}.pdf"] and result.problem is None
    assert taken.read_bytes() == b"a receipt kept from another database"
    assert "RETURN RECEIPT" in PdfReader(result.kept[0]).pages[0].extract_text()
    assert sorted(p.name for p in folder.iterdir()) == sorted([taken.name, result.kept[0].name])
