"""Opening the store a command names (--db, or the settings) and reporting a store that fails: one line naming the
store (a PostgreSQL URL's password hidden) and the reason, as an InputError (exit 2), never a traceback."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from geotimeline.decoding import InputError

SQLITE_HEADER = b"SQLite format 3\x00"


def open_store(args: argparse.Namespace, *, write: bool):
    """The store named by --db (or the settings), checked first: a directory, a file that is not SQLite, or
    one this user cannot read (or write, for `write`) is an InputError naming the option and the reason; so is a
    PostgreSQL store that cannot be opened (unreachable, refused credentials, no such database, a schema newer
    than this program)."""
    from geotimeline.settings import load_settings
    from geotimeline.store import Store, StoreError

    settings = load_settings(db_path=args.db)
    option = _store_option(args, settings)
    if settings.db_url:
        try:
            return Store(settings.db_url), settings
        except StoreError as exc:
            raise InputError(option, _reason(exc, settings)) from exc
    path = settings.db_path
    _check_store_path(path, option, write=write)
    try:
        return Store(path), settings
    except (StoreError, OSError) as exc:
        raise InputError(option, _reason(exc, settings)) from exc


def _store_option(args: argparse.Namespace, settings) -> str:
    """How messages name the store: the option or the setting it came from, a URL's password hidden."""
    from geotimeline.store import redact

    name = redact(settings.db_url) if settings.db_url else str(settings.db_path)
    return f"--db {name}" if args.db else f"store {name}"


def _reason(exc: BaseException, settings) -> str:
    """The first line of a store or driver error, without the store's name in front (the message names it) and
    with any password hidden."""
    from geotimeline.store import redact

    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    for name in (redact(settings.db_url) if settings.db_url else "", str(settings.db_path)):
        if name and text.startswith(f"{name}: "):
            text = text.removeprefix(f"{name}: ")
    return redact(text)


def _store_errors() -> tuple[type[BaseException], ...]:
    """The errors a store's backends raise: SQLite's, ours, and psycopg's when it is loaded (a PostgreSQL store)."""
    from geotimeline.store import StoreError

    errors: list[type[BaseException]] = [sqlite3.DatabaseError, StoreError]
    if "psycopg" in sys.modules:
        errors.append(sys.modules["psycopg"].Error)
    return tuple(errors)


@contextmanager
def store_failures(args: argparse.Namespace, settings, doing: str, after: str = "") -> Iterator[None]:
    """A store failing while a command works with it (a PostgreSQL role that may read but not write, a server
    gone away, a damaged SQLite file): an InputError naming the store and the reason, not a traceback."""
    try:
        yield
    except Exception as exc:
        if not isinstance(exc, _store_errors()):
            raise
        raise InputError(_store_option(args, settings), f"{doing} ({_reason(exc, settings)}){after}") from exc


def _check_store_path(path: Path, option: str, *, write: bool) -> None:
    if path.is_dir():
        raise InputError(option, "is a directory; give the path of a database file")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise InputError(option, "cannot be read (permission denied)")
        try:
            with path.open("rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise InputError(option, f"cannot be read ({exc.strerror or exc})") from exc
        if head and head != SQLITE_HEADER:
            raise InputError(option, "is not a SQLite database (a geotimeline store); nothing was changed")
        if write and not os.access(path, os.W_OK):
            raise InputError(option, "is not writable (permission denied)")
    folder = path.parent
    for parent in (folder, *folder.parents):
        if parent.exists():
            if not parent.is_dir():
                raise InputError(option, f"{parent} is a file, not a folder")
            if write and not os.access(parent, os.W_OK | os.X_OK):
                raise InputError(option, f"folder {parent} is not writable (permission denied)")
            break
