"""Reaching the chain's central database: one way to connect (a short timeout, so a centre
that does not answer holds nothing for long) and one error for a centre that does not
answer or drops the connection, said in one line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from pos_returns.services.chain import ChainUnreachable

TIMEOUT = 5  # seconds to wait for the centre to answer a connection


class CentralUnreachable(ChainUnreachable):
    """The central database did not answer or dropped the connection; nothing is lost:
    what was not confirmed goes up with the next push."""


def plain(url: str) -> str:
    """A libpq URL from an SQLAlchemy one (``postgresql+psycopg://`` -> ``postgresql://``)."""
    return re.sub(r"^postgresql\+\w+://", "postgresql://", url)


def one_line(exc: BaseException, limit: int = 200) -> str:
    """What the centre (or the network) said, in one line of at most `limit` characters."""
    return " ".join(str(exc).split())[:limit]


def connect(url: str, **options: Any) -> psycopg.Connection[Any]:
    """A connection to the central database at `url` (an SQLAlchemy or libpq URL), given
    up after `TIMEOUT` seconds. Raises what psycopg raises: head office's commands say it
    their way (`central.CentralError`); the exchange uses `connected`."""
    return psycopg.connect(plain(url), connect_timeout=TIMEOUT, **options)


@contextmanager
def connected(url: str, **options: Any) -> Iterator[psycopg.Connection[Any]]:
    """`connect`, closed at the end of the block; a centre that does not answer, or drops
    the connection within the block, raises CentralUnreachable in one line."""
    try:
        with connect(url, **options) as conn:
            yield conn
    except psycopg.OperationalError as exc:
        raise CentralUnreachable(one_line(exc)) from None
