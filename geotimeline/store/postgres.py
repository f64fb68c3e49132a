"""The shared backend: PostgreSQL through psycopg 3 and its connection pool, for a class or a newsroom.

The store's SQL is written once, with `?` placeholders; `pg_sql` turns them into psycopg's `%s`. The schema
version lives in a one-row `schema_version` table; migrations run at open under an advisory lock, so several
processes starting together migrate once. Writers take transaction-scoped advisory locks on the merge keys of
the events they write (see `lock`), so two processes never both create the same development.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from geotimeline.store.errors import StoreError
from geotimeline.store.migrations import SCHEMA_VERSION, next_step, postgres_statements, too_new

log = logging.getLogger(__name__)

URL_PREFIXES = ("postgresql://", "postgres://")
_MIGRATION_LOCK = 0x67656F74  # "geot": the advisory lock held while migrating
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.strip().lower().startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return _PASSWORD.sub(r"\1***@", url)


@lru_cache(maxsize=512)
def pg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class Rows:
    """A fetched result, so a pooled connection goes back to the pool at once."""

    def __init__(self, rows: list[tuple], description: Any, rowcount: int) -> None:
        self.rows, self.description, self.rowcount = rows, description, rowcount

    def fetchone(self) -> tuple | None:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[tuple]:
        return self.rows

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.rows)


class Conn:
    """One psycopg connection speaking the store's `?` dialect."""

    def __init__(self, conn: Any) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self.raw.execute(pg_sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(pg_sql(sql), rows)


class PoolReader:
    """`execute` on a connection borrowed from the pool for that one statement (autocommit)."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool

    def execute(self, sql: str, params: Sequence[object] = ()) -> Rows:
        with self.pool.connection() as raw:
            cur = raw.execute(pg_sql(sql), tuple(params))
            return Rows(cur.fetchall() if cur.description else [], cur.description, cur.rowcount)


def migrate(conn: Any, where: str, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to `target`, one transaction per step, under an advisory lock. A store that recorded
    a version with one of the once equally numbered steps missing (see `migrations.MARKERS`) gets that step. A store already
    up to date is only read: a role that may read but not create tables (a class's read-only account) opens it."""
    if conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]:
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
        version = row[0] if row and row[0] is not None else 0
        if version > SCHEMA_VERSION:
            raise StoreError(too_new(version, where))
        if version >= target and next_step(version, target, lambda t, c: _has_column(conn, t, c)) is None:
            return version
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    while True:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if version > SCHEMA_VERSION:
                raise StoreError(too_new(version, where))
            if version >= target:
                return version
            step = next_step(version, target, lambda table, column: _has_column(conn, table, column))
            if step is not None:
                log.info("migrating store schema %d: step %d", version, step + 1)
                for statement in postgres_statements(step):
                    conn.execute(statement)
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version VALUES (%s)",
                         (target if step is None else max(version, step + 1),))


def _has_column(conn: Any, table: str, column: str) -> bool:
    return conn.execute("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                        " AND table_name = %s AND column_name = %s", (table, column)).fetchone() is not None


class PostgresBackend:
    dialect = "postgresql"

    def __init__(self, url: str, *, pool_size: int = 4) -> None:
        import psycopg
        from psycopg_pool import ConnectionPool

        self.name = redact(url)
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=10) as conn:
                migrate(conn, self.name)
            self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, kwargs={"autocommit": True},
                                       open=True, timeout=60, name="geotimeline")
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"{self.name}: cannot open the PostgreSQL store ({redact(reason)})") from exc
        self.reader = PoolReader(self.pool)

    @contextmanager
    def reading(self) -> Iterator[Conn]:
        with self.pool.connection() as raw:
            yield Conn(raw)

    @contextmanager
    def transaction(self) -> Iterator[Conn]:
        with self.pool.connection() as raw, raw.transaction():
            yield Conn(raw)

    def lock(self, conn: Conn, keys: Iterable[str]) -> None:
        """Transaction-scoped advisory locks on `keys`, taken in one sorted order (no deadlock)."""
        for key in sorted(set(keys)):
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (key,))

    def integrity(self) -> list[str]:
        return []  # PostgreSQL keeps its own pages sound; the store's invariants are checked by Store.check

    def close(self) -> None:
        self.pool.close()
