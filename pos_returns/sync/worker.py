"""Running the exchange: one pass (push, then pull), and a loop that retries with backoff.

The counter runs passes on its own thread; `pos-returns sync` runs the loop for a headless
register or a cron job (`--once`)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg

from pos_returns.services import exchange
from pos_returns.services.uow import Database
from pos_returns.sync.connection import CentralUnreachable, one_line
from pos_returns.sync.pull import PullResult, pull
from pos_returns.sync.push import PushResult, push

log = logging.getLogger(__name__)
FIRST_WAIT, LONGEST_WAIT = 5.0, 300.0


@dataclass(frozen=True)
class SyncPass:
    at: datetime
    pushed: PushResult | None
    pulled: PullResult | None
    problem: str | None  # the central database could not be reached
    pending: int  # returns still waiting to go up
    refused: int = 0  # records the centre refuses (kept apart, with its reason)

    @property
    def online(self) -> bool:
        return self.problem is None

    @property
    def blocked(self) -> bool:
        """Online, but some records do not go up: a manager must look."""
        return self.online and self.refused > 0


def pending(engine: Database, store_code: str) -> int:
    """The returns still waiting to go up."""
    return exchange.pending_returns(engine, store_code)


def sync_once(engine: Database, central_url: str, store_code: str) -> SyncPass:
    """Push what is pending, then pull what changed; never raises for a central database
    that is down (the pass says so, and everything waits for the next one)."""
    at = datetime.now(UTC)
    try:
        pushed = push(engine, central_url, store_code)
        pulled = pull(engine, central_url, store_code)
    except CentralUnreachable as exc:
        log.warning("central database unreachable: %s", exc)
        return SyncPass(
            at, None, None, str(exc), pending(engine, store_code), _refused(engine, store_code)
        )
    except psycopg.Error as exc:  # refused (a role without rights, a schema to migrate)
        said = one_line(exc)
        log.error("the central database refused the exchange: %s", said)
        return SyncPass(
            at,
            None,
            None,
            f"refused: {said}",
            pending(engine, store_code),
            _refused(engine, store_code),
        )
    return SyncPass(
        at, pushed, pulled, None, pending(engine, store_code), _refused(engine, store_code)
    )


def _refused(engine: Database, store_code: str) -> int:
    return exchange.refused_count(engine, store_code)


def run(
    engine: Database,
    central_url: str,
    store_code: str,
    *,
    every: float = 30.0,
    passes: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    said: Callable[[SyncPass], None] = lambda _p: None,
) -> None:
    """Sync every `every` seconds; after a failure wait 5 s, 10 s, 20 s, ... at most 5 min."""
    wait, done = FIRST_WAIT, 0
    while passes is None or done < passes:
        result = sync_once(engine, central_url, store_code)
        said(result)
        done += 1
        if passes is not None and done >= passes:
            return
        if result.online:
            wait = FIRST_WAIT
            sleep(every)
        else:
            sleep(wait)
            wait = min(wait * 2, LONGEST_WAIT)
