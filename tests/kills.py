"""kill -9 mid-ingest, of the client or of one Dask worker: the real CLI (`python -m geotimeline --db TARGET ingest
FILE --workers N`) as a subprocess, a SIGKILL once some articles are stored. For the client: whether any of its
worker processes outlived it and whether the store still changed after the kill (someone left writing). For a
worker: whether the run still ended well (its partition run again). Then the same command run again.

Shared by the tests (tests/test_archive.py) and the benchmark (benchmarks/scale.py), as tests/pg.py is.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

from geotimeline.store import is_postgres_url

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class ClientKill:
    """What a kill -9 of the ingest client left, and what running the command again did."""

    articles_total: int
    stored_at_kill: int
    children_at_kill: int  # the client's descendant processes (the Dask workers) when it was killed
    survivors: tuple[str, ...]  # descendants still running after the grace period: "PID NAME"
    stored_after_settle: int  # once the survivors were gone (or the grace period ended)
    changed_after_settle: bool  # the store changed after that: someone left behind was still writing
    rerun_returncode: int
    rerun_stderr: str
    seconds_to_kill: float
    seconds_rerun: float

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__slots__ if k != "rerun_stderr"}


def write_jsonl(records: Sequence[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return path


def stored_articles(target: str) -> int:
    """Articles in the store at `target` now (0 while it is not yet created), read without migrating it."""
    try:
        if is_postgres_url(target):
            import psycopg

            with psycopg.connect(target, autocommit=True, connect_timeout=5) as conn:
                return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        if not Path(target).exists():
            return 0
        with sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=10) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except Exception:  # no articles table yet: the client is still creating the store
        return 0


def ingest_command(target: str, path: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "geotimeline", "--db", target, "ingest", str(path), "--workers", str(workers),
            "--no-progress"]


def kill_client_mid_ingest(target: str, path: Path, total: int, *, workers: int = 2, at_least: int = 1,
                           grace: float = 15.0, timeout: float = 900.0) -> ClientKill:
    """Run the ingest command, SIGKILL the client once `at_least` articles are stored, wait up to `grace`
    seconds for its workers to go, then run the same command again to its end."""
    command = ingest_command(target, path, workers)
    start = time.perf_counter()
    client = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    children: dict[int, psutil.Process] = {}
    try:
        while (stored := stored_articles(target)) < at_least:
            if client.poll() is not None:
                raise RuntimeError(f"the ingest ended (exit {client.returncode}) before {at_least} articles were "
                                   f"stored: {client.stderr.read()[-500:] if client.stderr else ''}")
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"no {at_least} articles stored within {timeout:.0f} s")
            children.update((p.pid, p) for p in _descendants(client.pid))
            time.sleep(0.05)
        children.update((p.pid, p) for p in _descendants(client.pid))
        os.kill(client.pid, signal.SIGKILL)
        killed_at = time.perf_counter() - start
    finally:
        if client.poll() is None:
            client.kill()
        client.wait()
        if client.stderr:
            client.stderr.close()
    survivors = _wait_gone(list(children.values()), grace)
    settled = stored_articles(target)
    time.sleep(2.0)
    changed = stored_articles(target) != settled
    for process in survivors:  # leave nothing running behind the test
        with contextlib.suppress(psutil.Error):
            process.kill()
    again = time.perf_counter()
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    return ClientKill(total, stored, len(children), tuple(f"{p.pid} {_name(p)}" for p in survivors), settled,
                      changed, rerun.returncode, rerun.stderr, round(killed_at, 1),
                      round(time.perf_counter() - again, 1))


def _descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _wait_gone(processes: list[psutil.Process], grace: float) -> list[psutil.Process]:
    deadline = time.perf_counter() + grace
    while (alive := [p for p in processes if _alive(p)]) and time.perf_counter() < deadline:
        time.sleep(0.2)
    return alive


def _name(process: psutil.Process) -> str:
    try:
        return " ".join(process.cmdline())[:120]
    except psutil.Error:
        return "?"


@dataclass(frozen=True, slots=True)
class WorkerKill:
    """What a kill -9 of one Dask worker mid-run did to the run, and what running the command again did."""

    articles_total: int
    stored_at_kill: int
    killed: str  # "PID COMMAND" of the worker killed
    returncode: int  # of the run whose worker was killed (it goes on without it)
    stderr: str
    rerun_returncode: int
    rerun_stderr: str
    seconds: float  # the run with the kill, to its end
    seconds_rerun: float

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__slots__ if not k.endswith("stderr")}


def kill_worker_mid_ingest(target: str, path: Path, total: int, *, workers: int = 2, at_least: int = 1,
                           timeout: float = 900.0) -> WorkerKill:
    """Run the ingest command, SIGKILL one of its Dask worker processes once `at_least` articles are stored, let
    the run end, then run the same command again."""
    command = ingest_command(target, path, workers)
    start = time.perf_counter()
    client = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while (stored := stored_articles(target)) < at_least:
            if client.poll() is not None or time.perf_counter() - start > timeout:
                raise RuntimeError(f"the ingest ended (exit {client.returncode}) or timed out before {at_least} "
                                   "articles were stored")
            time.sleep(0.05)
        worker = next((p for p in _descendants(client.pid) if "spawn_main" in _name(p)), None)
        if worker is None:
            raise RuntimeError("no Dask worker process found among the client's children")
        killed = f"{worker.pid} {_name(worker)}"
        worker.send_signal(signal.SIGKILL)
        _, stderr = client.communicate(timeout=timeout)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
    seconds = time.perf_counter() - start
    again = time.perf_counter()
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    return WorkerKill(total, stored, killed, client.returncode, stderr, rerun.returncode, rerun.stderr,
                      round(seconds, 1), round(time.perf_counter() - again, 1))
