"""ruff and mypy (strict, on the domain) stay clean: part of the suite so CI guards them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "pos_returns", "tests")
    assert result.returncode == 0, result.stdout


def test_mypy_strict_passes_on_the_domain() -> None:
    pytest.importorskip("mypy")
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout
