"""Every command that opens a store says clearly why a PostgreSQL store cannot be used: the store named (its
password hidden), the reason, exit 2, no traceback; for an unreachable server, refused credentials, a missing
database, a schema newer than the program and a role without rights. A role that may only read can export."""

from __future__ import annotations

import socket
import uuid

import psycopg
import pytest

from geotimeline.cli import main
from geotimeline.store import Store, StoreError
from tests.conftest import FIXTURES

PASSWORD = "s3cret-word"
ARTICLE = str(FIXTURES / "input_front.md")
COMMANDS = {
    "ingest": ["ingest", "--no-progress", ARTICLE],
    "ingest --workers": ["ingest", "--no-progress", ARTICLE, "--workers", "2"],
    "export": ["export"],
    "export --collection": ["export", "--format", "csv", "--collection", "My articles"],
}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _with(url: str, *, user: str | None = None, password: str | None = None, database: str | None = None) -> str:
    info = psycopg.conninfo.conninfo_to_dict(url)
    user = user or info.get("user", "postgres")
    password = password if password is not None else PASSWORD
    return (f"postgresql://{user}:{password}@{info['host']}:{info['port']}/{database or info['dbname']}")


@pytest.fixture(scope="module")
def faults(pg_server):
    """(fault name) -> (URL of a store that cannot be used that way, what the message must say)."""
    server, reason = pg_server
    if server is None:
        pytest.skip(f"PostgreSQL half skipped: {reason}")
    too_new = server.create_database()
    Store(too_new).close()
    with psycopg.connect(too_new, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
        conn.execute("CREATE ROLE outsider LOGIN")
    role = f"r_{uuid.uuid4().hex[:8]}"
    with_password = server.add_password_role(role, "the-right-one")
    yield {
        "unreachable": (f"postgresql://someone:{PASSWORD}@127.0.0.1:{_closed_port()}/news", "Connection refused"),
        "wrong password": (_with(with_password), "password authentication failed"),
        "unknown role": (_with(too_new, user="nobody_here"), 'role "nobody_here" does not exist'),
        "missing database": (_with(too_new, database="no_such_db"), 'database "no_such_db" does not exist'),
        "schema too new": (_with(too_new), "schema version 99 is newer than this program"),
        "no rights": (_with(too_new, user="outsider"), "permission denied"),
    }
    server.drop_database(too_new)


@pytest.mark.parametrize("fault", ["unreachable", "wrong password", "unknown role", "missing database",
                                   "schema too new", "no rights"])
@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("given", ["--db", "GEOTIMELINE_DB"])
def test_a_postgresql_store_that_cannot_be_used_is_named_with_the_reason(faults, fault, command, given, capsys,
                                                                         monkeypatch):
    url, reason = faults[fault]
    if given == "--db":
        argv = ["--db", url, *COMMANDS[command]]
    else:
        monkeypatch.setenv("GEOTIMELINE_DB", url)
        argv = COMMANDS[command]
    assert main(argv) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    shown = url.replace(f":{PASSWORD}@", ":***@")
    assert lines[0].startswith(f"error: {given.replace('GEOTIMELINE_DB', 'store')} {shown}: ")
    assert reason in lines[0]
    assert PASSWORD not in err and "Traceback" not in err


@pytest.fixture
def read_only(pg_url):
    """A store with one article, and a role that may read its tables but not write them."""
    assert main(["--db", pg_url, "ingest", "--no-progress", str(FIXTURES / "input_records.jsonl")]) == 0
    role = f"reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    return pg_url, _with(pg_url, user=role)


def test_a_read_only_role_exports_what_the_owner_exports(read_only, capsys):
    owner, reader = read_only
    capsys.readouterr()
    assert main(["--db", owner, "export"]) == 0
    by_owner = capsys.readouterr().out
    assert main(["--db", reader, "export"]) == 0
    assert capsys.readouterr().out == by_owner and '"summary"' in by_owner


def test_a_read_only_role_s_ingest_stops_with_the_reason_and_changes_nothing(read_only, capsys):
    owner, reader = read_only
    with Store(owner) as store:
        before = store.version()
    assert main(["--db", reader, "ingest", "--no-progress", ARTICLE]) == 2
    err = capsys.readouterr().err
    assert "ingest stopped (permission denied for table" in err and PASSWORD not in err and "Traceback" not in err
    with Store(owner) as store:
        assert store.version() == before


def test_a_worker_that_cannot_open_the_store_says_which_store_and_why(faults):
    from geotimeline.archive import ingest_partition

    url, reason = faults["missing database"]
    with pytest.raises(StoreError, match=reason) as refused:
        ingest_partition(url, [])
    assert PASSWORD not in str(refused.value) and "no_such_db" in str(refused.value)
