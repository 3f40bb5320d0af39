#!/usr/bin/env bash
# The whole test suite, from a fresh machine with python3 and pip only:
# creates .venv if needed, installs the package with its dev extras, then runs
# ruff (lint + format check), mypy --strict on the package, and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
echo "== ruff check"; .venv/bin/ruff check .
echo "== ruff format --check"; .venv/bin/ruff format --check .
echo "== mypy --strict sanctions_screen"; .venv/bin/mypy --strict sanctions_screen
echo "== pytest"; .venv/bin/python -m pytest "$@"
