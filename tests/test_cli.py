"""The command-line contract: verbs, JSON shapes, exit codes and messages for bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTRACT_KEYS = {"summary", "sentence", "article", "start", "end", "granularity", "date_text", "date_source",
                "category", "domain", "actors", "place", "attributed_to", "mode", "confidence"}

ARTICLE = (
    "Venezuela's transport minister met his Russian counterpart in Moscow on October 16. "
    "According to The Washington Post, President Nicolás Maduro asked Vladimir Putin for missiles. "
    "Since September, the U.S. Navy has struck boats in the Caribbean Sea.\n"
)


def run(*args: str, db: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "geotimeline"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(command + list(args), capture_output=True, text=True, cwd=ROOT, input=stdin,
                          timeout=300)


@pytest.fixture
def article_file(tmp_path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_help_lists_the_verbs():
    out = run("--help")
    assert out.returncode == 0
    for verb in ("timex", "extract", "ingest", "export"):
        assert verb in out.stdout


def test_timex_prints_offsets_into_the_text(article_file):
    out = run("timex", str(article_file), "--published", "2025-11-01")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    text = article_file.read_text(encoding="utf-8")
    assert rows and all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    october = next(r for r in rows if "October 16" in r["text"])
    assert october["value"] == "2025-10-16" and october["type"] == "DATE"


def test_timex_without_any_publication_date_says_how_to_give_one(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("The ministers met on Wednesday.", encoding="utf-8")
    out = run("timex", str(path))
    assert out.returncode == 2
    assert "undated.txt" in out.stderr and "--published" in out.stderr


def test_extract_json_contract(article_file):
    out = run("extract", str(article_file), "--published", "2025-11-01")
    assert out.returncode == 0, out.stderr
    events = json.loads(out.stdout)
    assert events and all(set(e) >= EXTRACT_KEYS for e in events)
    assert {e["article"] for e in events} == {"report.txt"}
    consult = [e for e in events if e["category"] == "CONSULT"]
    assert consult and consult[0]["start"] == "2025-10-16" and consult[0]["date_source"] == "text"


def test_extract_csv(article_file):
    out = run("extract", str(article_file), "--published", "2025-11-01", "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and "summary" in rows[0]


def test_ingest_is_idempotent_and_export_writes_every_format(article_file, tmp_path):
    db = tmp_path / "cli.db"
    first = run("ingest", str(article_file), "--published", "2025-11-01", "--no-progress", db=db)
    assert first.returncode == 0, first.stderr
    assert "1 article added" in first.stdout
    second = run("ingest", str(article_file), "--published", "2025-11-01", "--no-progress", db=db)
    assert "0 articles added, 1 skipped" in second.stdout
    exported = json.loads(run("export", "--format", "json", db=db).stdout)
    assert exported and all({"id", "sources"} <= set(e) for e in exported)
    assert all(set(e) >= EXTRACT_KEYS for e in exported)
    for fmt in ("csv", "geojson", "timelinejs"):
        out_file = tmp_path / f"events.{fmt}"
        result = run("export", "--format", fmt, "--out", str(out_file), db=db)
        assert result.returncode == 0, result.stderr
        assert out_file.stat().st_size > 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blob.txt", b"\x00\xff\x00\x10binary" * 100, "binary"),
    ],
)
def test_ingest_bad_file_names_it_and_writes_nothing(tmp_path, name, content, reason):
    db = tmp_path / "bad.db"
    bad = tmp_path / name
    bad.write_bytes(content)
    out = run("ingest", str(bad), "--published", "2025-11-01", "--no-progress", db=db)
    assert out.returncode != 0
    assert name in out.stderr and reason in out.stderr.lower()
    assert "0 articles added" in out.stdout


def test_bad_published_date_is_refused():
    out = run("timex", "whatever.txt", "--published", "2025-02-30")
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr
