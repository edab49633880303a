"""The sync loop's pace, with a central database that is really unreachable: it backs off
5 s, 10 s, 20 s, ... and never gives up, and nothing waiting is lost."""

from __future__ import annotations

from pathlib import Path

from integration.shop import open_shop

from pos_returns.store.db import open_database
from pos_returns.sync.worker import LONGEST_WAIT, SyncPass, run

DOWN = "postgresql://nobody:x@127.0.0.1:1/chain"


def test_an_unreachable_centre_is_retried_with_growing_pauses(tmp_path: Path) -> None:
    shop = open_shop(open_database(str(tmp_path / "till.sqlite3")))
    waits: list[float] = []
    passes: list[SyncPass] = []
    run(shop.engine, DOWN, "S01", passes=9, sleep=waits.append, said=passes.append)
    assert waits == [5.0, 10.0, 20.0, 40.0, 80.0, 160.0, LONGEST_WAIT, LONGEST_WAIT]
    assert all(not p.online and p.problem for p in passes) and len(passes) == 9
