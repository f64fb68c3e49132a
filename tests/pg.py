"""A throw-away PostgreSQL server for the tests: initdb in a temporary directory, listening on 127.0.0.1 on a free
port, run as an unprivileged user (PostgreSQL refuses root: as root, the user `geotimeline-test` is created when
missing and the server runs as it), stopped at the end. `start()` says why when it cannot start one."""

from __future__ import annotations

import glob
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

USER = "geotimeline-test"


@dataclass(frozen=True, slots=True)
class Server:
    root: Path
    port: int
    bin_dir: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def add_password_role(self, role: str, password: str) -> str:
        """A login role that must give `password` (scram-sha-256; every other role keeps trust); returns the URL of
        the server's `postgres` database as that role."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
        hba = self.root / "data" / "pg_hba.conf"
        hba.write_text(f"host all \"{role}\" 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        reloaded = _run(self.bin_dir / "pg_ctl", "-D", str(self.root / "data"), "reload")
        if reloaded.returncode != 0:
            raise RuntimeError(f"pg_ctl reload failed: {reloaded.stderr.strip()[-300:]}")
        time.sleep(0.5)  # the postmaster reads pg_hba.conf again on SIGHUP
        return f"postgresql://{role}:{password}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        _run(self.bin_dir / "pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def start() -> tuple[Server | None, str]:
    """(the server, "") or (None, the reason it could not be started)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed (pip install -r requirements.txt)"
    binaries = bin_dir()
    if binaries is None:
        return None, "no PostgreSQL binaries (initdb, pg_ctl) found; .ci/run installs Debian's postgresql"
    if os.geteuid() == 0 and not _ensure_user():
        return None, f"running as root and could not create the unprivileged user {USER!r} for the server"
    root = Path(tempfile.mkdtemp(prefix="geotimeline-pg-"))
    os.chmod(root, 0o755)
    if os.geteuid() == 0:
        shutil.chown(root, USER)
    port = _free_port()
    data = root / "data"
    initdb = _run(binaries / "initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                  "--locale=C", "--no-sync")
    if initdb.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        return None, f"initdb failed: {initdb.stderr.strip()[-300:]}"
    options = f"-p {port} -h 127.0.0.1 -k {root} -F -c max_connections=100"
    started = _run(binaries / "pg_ctl", "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "-t", "60",
                   "start")
    if started.returncode != 0:
        log_text = (root / "log").read_text(errors="replace")[-500:] if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        return None, f"pg_ctl start failed: {started.stderr.strip()[-300:]} {log_text}"
    return Server(root, port, binaries), ""


def _run(*command: object) -> subprocess.CompletedProcess:
    argv = [str(c) for c in command]
    if os.geteuid() == 0:
        argv = ["runuser", "-u", USER, "--", *argv]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd="/")


def _ensure_user() -> bool:
    if subprocess.run(["id", USER], capture_output=True).returncode == 0:
        return True
    made = subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
                          capture_output=True, text=True)
    return made.returncode == 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
