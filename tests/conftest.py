"""Shared test fixtures and the --update-golden switch."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The encoder's cache of compiled patterns (encoder/recache.py) goes to a
# folder of the tests', not to the user's ~/.cache; set before any encoder
# module compiles a pattern, and inherited by the CLI processes tests start.
os.environ.setdefault(
    "TEI_ENCODER_CACHE_DIR", os.path.join(tempfile.gettempdir(), "tei-encoder-test-cache")
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files (out/) from the encoder; read the diff before committing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def repo_root() -> Path:
    return ROOT
