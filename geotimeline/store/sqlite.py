"""The embedded backend: one SQLite file (WAL), schema version in PRAGMA user_version."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from geotimeline.store.errors import StoreError
from geotimeline.store.migrations import SCHEMA_VERSION, next_step, statements, too_new

log = logging.getLogger(__name__)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION, where: str = "store") -> int:
    """Bring the schema up to `target`, one transaction per step, the version read under the write lock (two
    processes opening a new file together migrate it once). A store that recorded a version with one of the
    once equally numbered steps missing (see `migrations.MARKERS`) gets that step. Returns the version reached."""
    version = _version(conn, where)
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _version(conn, where)
            step = next_step(version, target, lambda table, column: _has_column(conn, table, column))
            if step is not None:
                log.info("migrating store schema %d: step %d", version, step + 1)
                for statement in statements(step):
                    conn.execute(statement)
            version = target if step is None else max(version, step + 1)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})"))


def _version(conn: sqlite3.Connection, where: str) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(too_new(version, where))
    return version


class SqliteBackend:
    """One connection shared by the process's threads; writers are serialised by BEGIN IMMEDIATE."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        if self.name != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn, where=self.name)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable geotimeline database ({exc})") from exc

    @property
    def reader(self) -> sqlite3.Connection:
        return self.conn

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        yield self.conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def lock(self, conn: sqlite3.Connection, keys: Iterable[str]) -> None:
        """Nothing to do: BEGIN IMMEDIATE already holds the one write lock."""

    def integrity(self) -> list[str]:
        return [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]

    def close(self) -> None:
        self.conn.close()
