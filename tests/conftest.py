"""Shared fixtures. Tests never read the public corpora beside the repository: all they need is in tests/ or data/."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def store(tmp_path):
    from geotimeline.store import Store

    with Store(tmp_path / "events.db") as s:
        yield s
