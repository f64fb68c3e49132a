"""The shipped, pre-filled store: `data/samples.db`, built from the sample articles in `data/samples/`.

On first run the app copies it to the working store (`data/events.db`), so a newcomer sees the sample
corpus at once instead of waiting for 38 articles to be read. The seed records a digest of the sample
files it was built from (`samples.db.sha256` beside it); a seed that does not match the samples on disk
(an article added or edited) is not used, and the samples are read instead. The working store is never
the seed itself: edits made in the app stay out of the repository.

Rebuild after changing the samples or the extractor: `python -m geotimeline seed`
(tests/test_seed.py fails while the shipped seed is stale).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from geotimeline.pipeline import IngestSummary, ingest_samples, sample_paths
from geotimeline.store import Store

log = logging.getLogger(__name__)


def seed_path(samples_dir: Path) -> Path:
    """data/samples/ -> data/samples.db"""
    return samples_dir.with_name(samples_dir.name + ".db")


def digest_path(seed: Path) -> Path:
    return seed.with_name(seed.name + ".sha256")


def samples_digest(samples_dir: Path) -> str:
    """SHA-256 over the sample files' names and bytes, in name order."""
    h = hashlib.sha256()
    for path in sample_paths(samples_dir):
        h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def seed_is_current(samples_dir: Path) -> bool:
    seed = seed_path(samples_dir)
    try:
        recorded = digest_path(seed).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return seed.is_file() and recorded == samples_digest(samples_dir)


def copy_seed(db_path: Path, samples_dir: Path) -> bool:
    """Copy the seed to `db_path` when there is no store there yet and the seed matches the samples;
    True when copied. Written to a temporary file first, so a kill never leaves half a store."""
    if db_path.exists() or not seed_is_current(samples_dir):
        return False
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".seed-", suffix=".db", dir=db_path.parent)
    os.close(fd)
    try:
        shutil.copyfile(seed_path(samples_dir), tmp)
        os.replace(tmp, db_path)  # atomic; if another session copied first, both copies are the same seed
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("store %s pre-filled from %s", db_path, seed_path(samples_dir))
    return True


def build_seed(samples_dir: Path) -> IngestSummary:
    """Read the samples into a fresh store and replace the seed and its digest with it."""
    seed = seed_path(samples_dir)
    fd, tmp = tempfile.mkstemp(prefix=".seed-", suffix=".db", dir=seed.parent)
    os.close(fd)
    os.unlink(tmp)  # Store creates it
    try:
        with Store(tmp) as store:
            summary = ingest_samples(store, samples_dir)
        if summary.errors:
            raise RuntimeError("the seed was not rebuilt: " + "; ".join(summary.errors))
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:  # one self-contained file: no -wal beside it, no free pages
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        os.replace(tmp, seed)
    finally:
        for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    digest_path(seed).write_text(samples_digest(samples_dir) + "\n", encoding="utf-8")
    return summary
