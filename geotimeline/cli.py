"""Command-line interface: timex, extract, ingest, export. The contracts here are kept stable."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from geotimeline.articles import Article, InputError, read_articles

EXPORT_FORMATS = ("json", "csv", "geojson", "timelinejs")


def calendar_range_error(text: str) -> str | None:
    """Why a YYYY-MM-DD publication date lies outside the years 0001-9999 the app handles (year 0000, a
    five-digit or signed year), or None when its year is in range or it is no such date at all."""
    m = re.fullmatch(r"\s*(-?)(\d{4,})-\d{2}-\d{2}\s*", text)
    if m is None or (not m.group(1) and len(m.group(2)) == 4 and int(m.group(2)) > 0):
        return None
    return f"publication date {text.strip()!r} is outside the years 0001-9999 that geotimeline handles"


def _iso_day(text: str) -> date:
    if (reason := calendar_range_error(text)) is not None:
        raise argparse.ArgumentTypeError(reason)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _language(text: str) -> str:
    if not text.isalpha() or not 2 <= len(text) <= 3:
        raise argparse.ArgumentTypeError(f"expected a language code such as en, es or ru, got {text!r}")
    return text.lower()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m geotimeline",
        description="Geopolitical event timeline: dates, actors, places and events from news articles.",
    )
    parser.add_argument("--db", type=Path, help="SQLite store (default: $GEOTIMELINE_DB or data/events.db)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    timex = verbs.add_parser("timex", help="print the temporal expressions of an article as JSON")
    timex.add_argument("file", type=Path)
    timex.add_argument("--published", type=_iso_day, help="publication date YYYY-MM-DD (reference date)")
    timex.add_argument("--lang", type=_language, help="language code (default: given by the file or detected)")

    extract = verbs.add_parser("extract", help="print the events of articles (JSON, CSV or GeoJSON)")
    extract.add_argument("files", type=Path, nargs="+")
    extract.add_argument("--published", type=_iso_day)
    extract.add_argument("--lang", type=_language)
    extract.add_argument("--format", choices=("json", "csv", "geojson"), default="json")

    ingest = verbs.add_parser("ingest", help="add articles to the store")
    ingest.add_argument("files", type=Path, nargs="*")
    ingest.add_argument("--samples", action="store_true", help="the sample corpus in data/samples/")
    ingest.add_argument("--published", type=_iso_day)
    ingest.add_argument("--lang", type=_language)
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    verbs.add_parser("seed", help="rebuild data/samples.db, the pre-filled store the app starts from, "
                     "from data/samples/")

    export = verbs.add_parser("export", help="write the stored events")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    export.add_argument("--out", type=Path, help="output file (default: standard output)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return {"timex": _timex, "extract": _extract, "ingest": _ingest, "export": _export,
                "seed": _seed}[args.verb](args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _read(path: Path, args: argparse.Namespace) -> list[Article]:
    from geotimeline.settings import load_settings

    return read_articles(path, published=args.published, language=args.lang,
                         max_bytes=load_settings().max_bytes)


def _timex(args: argparse.Namespace) -> int:
    from geotimeline.temporal import find_timexes

    articles = _read(args.file, args)
    rows: list[dict] = []
    for article in articles:
        if article.published is None:
            print(f"error: {args.file}: no publication date found; give one with --published YYYY-MM-DD",
                  file=sys.stderr)
            return 2
        for timex in find_timexes(article.text, article.published, article.language):
            row = timex.to_dict()
            if len(articles) > 1:
                row["article"] = article.id
            rows.append(row)
    _write(json.dumps(rows, ensure_ascii=False, indent=2), None)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from geotimeline.events import extract_events
    from geotimeline.export import export

    events: list[dict] = []
    failed = 0
    for path in args.files:
        try:
            articles = _read(path, args)
        except InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        for article in articles:
            events.extend(e.to_dict() for e in extract_events(article))
    _write(export(events, args.format), None)
    return 1 if failed else 0


def _open_store(args: argparse.Namespace):
    from geotimeline.settings import load_settings
    from geotimeline.store import Store

    settings = load_settings(db_path=args.db)
    return Store(settings.db_path), settings


def _ingest(args: argparse.Namespace) -> int:
    from geotimeline.pipeline import IngestSummary, ingest_articles, read_all, sample_paths

    if not args.files and not args.samples:
        print("error: name files to ingest, or --samples", file=sys.stderr)
        return 2
    store, settings = _open_store(args)
    with store:
        paths = list(args.files) + (sample_paths(settings.samples_dir) if args.samples else [])
        articles, errors = read_all(paths, published=args.published, language=args.lang,
                                    max_bytes=settings.max_bytes)
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        bar = None if args.no_progress or not articles else ProgressBar(sys.stderr)
        summary: IngestSummary = ingest_articles(store, articles, bar)
        if bar:
            bar.close()
        for error in summary.errors:
            print(f"error: {error}", file=sys.stderr)
        if summary.undated_line():
            print(f"warning: {summary.undated_line()}", file=sys.stderr)
        line = summary.line() + (f"; {len(errors)} files unreadable" if errors else "")
        print(f"{line}; store {store.path} now holds {store.count_articles()} articles and "
              f"{store.count_events()} events")
        return 1 if errors or summary.errors else 0


def _seed(args: argparse.Namespace) -> int:
    from geotimeline.seed import build_seed, seed_path
    from geotimeline.settings import load_settings

    samples_dir = load_settings().samples_dir
    summary = build_seed(samples_dir)
    print(f"{seed_path(samples_dir)}: {summary.line()}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from geotimeline.export import export

    store, _ = _open_store(args)
    with store:
        text = export(store.event_dicts(), args.format)
    _write(text, args.out)
    if args.out:
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        out.write_text(text, encoding="utf-8")


class ProgressBar:
    """A one-line progress bar on a terminal stream (plain lines when it is not a terminal)."""

    def __init__(self, stream, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.last = -1

    def __call__(self, done: int, total: int, label: str) -> None:
        share = done / total if total else 1.0
        if self.tty:
            filled = int(share * self.width)
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}")
            self.stream.flush()
        elif int(share * 10) != self.last:
            self.last = int(share * 10)
            self.stream.write(f"ingest: {done}/{total}\n")

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
