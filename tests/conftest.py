"""Test set-up shared by every layer.

Qt must run offscreen before anything imports PySide6; shared examples are found beside
the project (``../shared/examples``) or through POS_RETURNS_EXAMPLES.
"""

from __future__ import annotations

import os
import tempfile

import psycopg
import pytest
from speed import machine_factor

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The registers' journal keys (and any settings) go to a folder of this run, never to the
# user's own config folder; the commands the tests run inherit it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="posr-tests-config-")
# ... and never to a desktop's login keyring: the file kept where no keyring is (as on CI).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

PG_ADMIN = os.environ.get("POS_RETURNS_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_unavailable() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return f"PostgreSQL at {PG_ADMIN} is not reachable ({str(exc).strip()})"


@pytest.fixture(scope="session")
def postgres_admin() -> str:
    problem = _pg_unavailable()
    if problem:
        if os.environ.get("POS_RETURNS_REQUIRE_POSTGRES"):
            pytest.fail(problem + "; POS_RETURNS_REQUIRE_POSTGRES is set, so this is a failure")
        pytest.skip(problem)
    return PG_ADMIN


# -- speed targets on a slower machine (tests/speed.py) -------------------------------------
@pytest.fixture
def slowdown() -> float:
    """This machine's time for a fixed loop over a till-class CPU's, at least 1, measured
    just before the test (see tests/speed.py)."""
    factor = machine_factor()
    print(f"\nbench: targets scaled by {factor:.2f}")
    return factor
