"""Shared fixtures. Tests never read the public corpora beside the repository: all they need is in tests/ or data/."""

from __future__ import annotations

import os
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


@pytest.fixture
def sqlite_store(tmp_path):
    from geotimeline.store import Store

    with Store(tmp_path / "events.db") as s:
        yield s


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL server for the session (tests/pg.py), or the reason there is none. With
    GEOTIMELINE_REQUIRE_PG=1 (as .ci/run sets) a server that cannot start fails the tests instead of skipping."""
    from tests import pg

    server, reason = pg.start()
    yield server, reason
    if server is not None:
        server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    server, reason = pg_server
    if server is None:
        if os.environ.get("GEOTIMELINE_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL required (GEOTIMELINE_REQUIRE_PG=1) but not started: {reason}")
        pytest.skip(f"PostgreSQL half skipped: {reason}")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path) -> str:
    """Where a store lives, once per backend: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_store(store_target):
    from geotimeline.store import Store

    with Store(store_target) as s:
        yield s
