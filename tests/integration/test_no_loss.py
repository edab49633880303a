"""A till killed in the middle of completing returns keeps only whole returns."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from integration.shop import RECEIPT, open_shop
from sqlalchemy import func, select

from pos_returns.services import journal
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import make_engine, migrate
from pos_returns.store.models import (
    JournalEntry,
    OutboxItem,
    PrintJob,
    ReceiptLine,
    Refund,
    Return,
    ReturnLine,
)

ROOT = Path(__file__).resolve().parents[2]

WORKER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from pos_returns.domain.model import Condition
    from pos_returns.services.auth import Actor
    from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem, complete_return
    from pos_returns.services.stores import get_store
    from pos_returns.services.uow import UnitOfWork
    from pos_returns.store.db import make_engine
    from pos_returns.store.models import Employee, Role
    from sqlalchemy import select

    engine = make_engine(sys.argv[1])
    at = datetime.fromisoformat("2026-10-10T12:00:00+03:00")
    with UnitOfWork(engine) as uow:
        store = get_store(uow)
        e = uow.session.scalars(select(Employee).where(Employee.code == "101")).one()
        cashier = Actor(e.id, e.store_id, e.code, e.name, Role(e.role))
    for n in range(int(sys.argv[2])):
        request = DecideReturn(f"S01-K-{n:06d}", (ReturnItem(1, 1, Condition.OPENED),), at)
        with UnitOfWork(engine, write=True) as uow:
            complete_return(uow, store, CompleteReturn(request, cashier, "wrong-size"))
            uow.commit()
        print(n, flush=True)
""")


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_killing_the_till_mid_return_leaves_only_whole_returns(
    database_url: str, tmp_path: Path
) -> None:
    receipts = []
    for n in range(400):
        doc = copy.deepcopy(RECEIPT)
        doc["receipt_number"] = f"S01-K-{n:06d}"
        doc["customer"] = f"C-{n}"
        receipts.append(doc)
    engine = make_engine(database_url)
    migrate(engine)
    open_shop(engine, receipts=tuple(receipts))
    script = tmp_path / "worker.py"
    script.write_text(WORKER, "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(script), database_url, "400"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    done = 0
    deadline = time.monotonic() + 60
    while done < 25 and time.monotonic() < deadline:  # let it get going, then pull the plug
        line = proc.stdout.readline()
        if not line:
            break
        done += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert done >= 25, "the worker never got going"

    with UnitOfWork(engine) as uow:
        s = uow.session
        returns = s.scalar(select(func.count()).select_from(Return)) or 0
        assert returns >= done  # every return it reported is there
        assert returns < 400  # and it really was killed mid-way
        assert s.scalar(select(func.count()).select_from(ReturnLine)) == returns
        assert s.scalar(select(func.count()).select_from(Refund)) == 2 * returns
        assert s.scalar(select(func.count()).select_from(OutboxItem)) == returns
        assert s.scalar(select(func.count()).select_from(PrintJob)) == returns
        assert s.scalar(select(func.count()).select_from(JournalEntry)) == returns + 1
        assert s.scalar(select(func.sum(ReceiptLine.returned_qty))) == returns
        assert journal.verify(uow, get_store(uow)).ok
    engine.dispose()
