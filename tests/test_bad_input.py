"""Bad input on the command line: a message naming the file or option and the reason, exit 2, no traceback,
and the store (or the file named) left exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from geotimeline.cli import main
from geotimeline.store import Store
from tests.factories import article, event

ROOT = Path(__file__).resolve().parent.parent
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0  # root may write anywhere: permission cases mean nothing


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.ingest(article("Venezuela asked Russia for help."), [event()])
    return path


def dump(path: Path) -> str:
    """Everything the store holds, as SQL text (the same text means nothing was changed)."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir" if path.is_dir() else "none"


def call(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("these are my notes, not a database\n", encoding="utf-8"), "not a sqlite database"),
        (lambda p: p.write_bytes(bytes(range(256)) * 64), "not a sqlite database"),
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000), "not a usable geotimeline database"),
    ],
    ids=["text-file", "binary-file", "directory", "corrupt-sqlite"],
)
@pytest.mark.parametrize("verb", [["ingest", "--samples", "--no-progress"], ["export"]], ids=["ingest", "export"])
def test_db_that_is_no_store_is_refused_by_name_and_left_alone(tmp_path, capsys, make, reason, verb):
    bad = tmp_path / "notes.db"
    make(bad)
    before = digest(bad)
    code, out, err = call(capsys, "--db", str(bad), *verb)
    assert code == 2, err
    assert f"--db {bad}" in err and reason in err.lower()
    assert "Traceback" not in err and out == ""
    assert digest(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal/-shm left beside it


@pytest.mark.skipif(AS_ROOT, reason="root may write to read-only files")
def test_db_that_cannot_be_written_is_refused_before_ingest(db, tmp_path, capsys):
    before = dump(db)
    db.chmod(0o444)
    try:
        code, _, err = call(capsys, "--db", str(db), "ingest", "--samples", "--no-progress")
    finally:
        db.chmod(0o644)
    assert code == 2 and f"--db {db}" in err and "not writable" in err
    assert dump(db) == before


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        (lambda d: d / "missing" / "events.json", "does not exist"),
        (lambda d: d, "is a directory"),
        (lambda d: d / "a-file.txt" / "events.json", "is a file, not a folder"),
    ],
    ids=["missing-folder", "directory", "under-a-file"],
)
def test_export_out_that_cannot_be_written_is_refused_by_name(db, tmp_path, capsys, target, reason):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    (out_dir / "a-file.txt").write_text("keep me", encoding="utf-8")
    before_store, before_files = dump(db), sorted(p.name for p in out_dir.rglob("*"))
    out = target(out_dir)
    code, stdout, err = call(capsys, "--db", str(db), "export", "--out", str(out))
    assert code == 2, err
    assert f"--out {out}" in err and reason in err
    assert "Traceback" not in err and stdout == ""
    assert dump(db) == before_store
    assert sorted(p.name for p in out_dir.rglob("*")) == before_files
    assert (out_dir / "a-file.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(AS_ROOT, reason="root may write to read-only folders")
def test_export_into_a_read_only_folder_is_refused(db, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = call(capsys, "--db", str(db), "export", "--out", str(folder / "x.json"))
    finally:
        folder.chmod(0o755)
    assert code == 2 and "not writable" in err and not (folder / "x.json").exists()


def test_export_replaces_a_file_whole(db, tmp_path, capsys):
    out = tmp_path / "events.json"
    out.write_text("old export", encoding="utf-8")
    code, _, err = call(capsys, "--db", str(db), "export", "--out", str(out))
    assert code == 0, err
    assert [e["summary"] for e in json.loads(out.read_text(encoding="utf-8"))] == [event().summary]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.json", "store.db"]  # no temporary left


@pytest.mark.parametrize(
    ("field", "value", "got"),
    [
        ("language", ["en"], "a list"),
        ("language", 7, "a number"),
        ("title", ["a", "b"], "a list"),
        ("outlet", {"x": 1}, "an object"),
        ("url", 12.5, "a number"),
        ("id", ["x"], "a list"),
        ("published", 20251101, "a number"),
        ("text", ["Venezuela asked Russia for help."], "a list"),
        ("title", True, "true/false"),
    ],
)
def test_jsonl_field_of_the_wrong_type_names_file_line_and_field(db, tmp_path, capsys, field, value, got):
    feed = tmp_path / "feed.jsonl"
    record = {"id": "r1", "text": "Cuba hosted a Russian frigate in Havana.", "published": "2025-11-01",
              field: value}
    feed.write_text("\n" + json.dumps(record) + "\n", encoding="utf-8")
    before = dump(db)
    code, out, err = call(capsys, "--db", str(db), "ingest", str(feed), "--no-progress")
    assert code == 2, err
    assert f"{feed}: line 2: field '{field}' must be a string, got {got}" in err
    assert "Traceback" not in err and "0 articles added" in out
    assert dump(db) == before


def test_jsonl_bad_line_is_skipped_and_the_others_are_read(tmp_path):
    from geotimeline.articles import InputError, read_articles

    feed = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "text": "Cuba hosted a frigate."}, {"id": "b", "text": "Peru met Chile.", "title": ["x"]},
            "not json", {"id": "c", "text": "Spain met Italy.", "outlet": "Wire"}]
    feed.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows), encoding="utf-8")
    problems: list[str] = []
    read = read_articles(feed, problems=problems)
    assert [a.id for a in read] == ["a", "c"] and read[1].outlet == "Wire"
    assert [p.split(": ")[1] for p in problems] == ["line 2", "line 3"]
    assert all(p.startswith(str(feed)) and "skipped" in p for p in problems)
    with pytest.raises(InputError, match="line 2: field 'title' must be a string"):
        read_articles(feed)  # without a problems list (the app's uploads), one bad record refuses the file


def test_unexpected_failure_is_one_line_and_exit_1_without_debug(db, capsys, monkeypatch):
    import geotimeline.export

    def broken(*_args, **_kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(geotimeline.export, "export", broken)
    code, _, err = call(capsys, "--db", str(db), "export")
    assert code == 1 and "unexpected failure (KeyError" in err and "--debug" in err
    assert len(err.strip().splitlines()) == 1
    with pytest.raises(KeyError):
        main(["--debug", "--db", str(db), "export"])


def test_no_traceback_reaches_the_terminal(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Cuba hosted a frigate.", "language": 3}) + "\n", encoding="utf-8")
    text_db = tmp_path / "notes.db"
    text_db.write_text("notes", encoding="utf-8")
    for argv in (["--db", str(tmp_path / "s.db"), "ingest", str(feed), "--no-progress"],
                 ["--db", str(text_db), "export"], ["--db", str(tmp_path / "s.db"), "export", "--out",
                                                    str(tmp_path / "no" / "x.csv")]):
        done = subprocess.run([sys.executable, "-m", "geotimeline", *argv], capture_output=True, text=True,
                              cwd=ROOT, timeout=300)
        assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr.startswith("error: ")


SPANISH = "El ministro venezolano se reunió con el embajador ruso en Caracas el lunes; añadió que habrá más diálogo.\n"


@pytest.mark.parametrize(
    ("damage", "bad_bytes"),
    [
        (lambda data: data[:40] + b"\xff" + data[40:], 1),
        (lambda data: data[:30] + b"\xc3" + data[31:] + b"\xfe\xfe", 3),
    ],
    ids=["one-stray-byte", "a-cut-character-and-two-stray-bytes"],
)
def test_mostly_utf8_file_is_read_as_utf8_with_a_warning_naming_file_and_offset(tmp_path, caplog, damage,
                                                                                bad_bytes):
    from geotimeline.articles import read_articles

    data = damage((SPANISH * 20).encode("utf-8"))
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    with caplog.at_level("WARNING", logger="geotimeline.articles"):
        text = read_articles(path, language="es")[0].text
    assert "reunió" in text and "añadió" in text  # UTF-8, not a legacy code page's mojibake
    assert "Ã" not in text and text.count("\ufffd") == bad_bytes
    first_bad = next(i for i, (a, b) in enumerate(zip(data, (SPANISH * 20).encode("utf-8"), strict=False)) if a != b)
    warning = " ".join(r.getMessage() for r in caplog.records)
    assert str(path) in warning and f"byte {first_bad}" in warning


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("cp1252", SPANISH * 5),
        ("koi8_r", "Министр иностранных дел России встретился с послом Венесуэлы в Москве в понедельник.\n" * 5),
    ],
)
def test_a_legacy_encoded_file_is_still_detected(tmp_path, codec, text):
    from geotimeline.articles import read_articles

    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(codec))
    assert read_articles(path)[0].text == text


def test_very_deep_html_still_yields_its_sentence(tmp_path):
    from geotimeline.articles import read_articles

    sentence = "The foreign minister met the ambassador in Caracas on Monday."
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + f"<p>{sentence}</p><script>var x = 1;</script>"
                    + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    assert read_articles(path)[0].text.strip() == sentence
