"""Killing the app in the middle of printing loses no receipt: the job stays queued and the
next worker prints it. The printer is a FIFO nobody reads yet, so the worker blocks in the
middle of sending, where it is killed (SIGKILL: no clean-up runs)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from integration.shop import RECEIPT, open_shop
from integration.test_printing import AT
from printing.escpos_bytes import decode
from sqlalchemy import select

from pos_returns.domain.model import Condition
from pos_returns.printing import queue
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem, complete_return
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.store.models import PrintJob

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX FIFO")


def worker(db: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pos_returns", "print", "worker", "--db", str(db), "--once"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def job(engine) -> PrintJob:  # noqa: ANN001
    with UnitOfWork(engine) as uow:
        return uow.session.scalars(select(PrintJob)).one()


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_worker_killed_while_sending_leaves_the_job_queued_for_the_next(
    tmp_path: Path, database_url: str
) -> None:
    db = database_url
    engine = open_database(db)
    shop = open_shop(engine)
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    with UnitOfWork(engine, write=True) as uow:
        store = shop.store(uow)
        queue.set_register_printer(uow, store, shop.manager, "R1", url=f"file://{fifo}")
        request = DecideReturn(
            RECEIPT["receipt_number"], (ReturnItem(1, 1, Condition.UNOPENED),), AT
        )
        number = complete_return(
            uow, store, CompleteReturn(request, shop.cashier, "wrong-size")
        ).number
        uow.commit()

    first = worker(db)
    deadline = time.monotonic() + 30
    while job(engine).payload is None:  # rendered and stored: it is sending now
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "the worker never got to sending"
        time.sleep(0.05)
    time.sleep(0.3)
    assert first.poll() is None  # blocked in the middle of sending
    first.kill()
    first.wait()
    left = job(engine)
    assert (left.status, left.attempts) == ("queued", 1)  # the try it died in counts
    assert left.claimed_by.endswith(f":{first.pid}")  # a dead sender's claim: taken over

    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    second = worker(db)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err.decode()
    reader.join(10)
    assert f"printed job {left.id}".encode() in out
    assert job(engine).status == "done"
    printout = decode(received[0])
    assert printout.barcode_texts() == [number]
    assert received[0] == left.payload  # the very bytes rendered before the kill
    engine.dispose()
