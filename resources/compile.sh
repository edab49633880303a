#!/usr/bin/env bash
# Compile the catalogues (.po -> .mo); the .mo files are committed so that a plain
# `pip install` needs no build step. tests/unit/test_catalogues.py checks they are current.
set -euo pipefail
pybabel compile --statistics -D pos_returns -d resources/locale
