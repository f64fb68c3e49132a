"""Command-line interface: timex, extract, ingest, export. The contracts here are kept stable."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from geotimeline.articles import Article, InputError, read_articles
from geotimeline.storeaccess import open_store, store_failures

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
    parser.add_argument("--db", type=_store_arg, metavar="PATH|URL",
                        help="SQLite store file, or a shared PostgreSQL store postgresql://user:pass@host:port/db "
                             "(default: $GEOTIMELINE_DB or data/events.db)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details to stderr")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an unexpected failure")
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
    ingest.add_argument("--collection", default=None,
                        help='collection to add the files to (default "My articles"; --samples go to "Samples")')
    ingest.add_argument("--workers", type=_workers, metavar="N",
                        help="extract on a Dask LocalCluster of N worker processes (large archives)")
    ingest.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="extract on a running Dask cluster, given its scheduler's address")

    verbs.add_parser("seed", help="rebuild data/samples.db, the pre-filled store the app starts from, "
                     "from data/samples/")

    export = verbs.add_parser("export", help="write the stored events")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    export.add_argument("--out", type=Path, help="output file (default: standard output)")
    export.add_argument("--collection", action="append", default=[],
                        help="only the events of this collection (repeat for several; default: all)")
    return parser


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of worker processes, got {value!r}") from None
    if not 1 <= number <= 256:
        raise argparse.ArgumentTypeError(f"expected 1 to 256 worker processes, got {number}")
    return number


def _store_arg(value: str) -> Path | str:
    """--db: a PostgreSQL URL stays text (a Path would fold its '//'), anything else is a path."""
    return value if value.strip().lower().startswith(("postgresql://", "postgres://")) else Path(value)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return {"timex": _timex, "extract": _extract, "ingest": _ingest, "export": _export,
                "seed": _seed}[args.verb](args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last guard: one line, not a traceback (unless --debug)
        if args.debug:
            raise
        print(f"error: unexpected failure ({type(exc).__name__}: {exc}); run again with --debug for the "
              "details", file=sys.stderr)
        return 1


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
    return 2 if failed else 0


def _check_out(out: Path) -> None:
    """--out must name a file in an existing, writable folder (checked before any work is done)."""
    option = f"--out {out}"
    if out.is_dir():
        raise InputError(option, "is a directory; give a file name")
    folder = out.parent
    if not folder.exists():
        raise InputError(option, f"folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(option, f"{folder} is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise InputError(option, "is not writable (permission denied)")


def _ingest(args: argparse.Namespace) -> int:
    from geotimeline.collection import SAMPLES, CollectionError, clean_name
    from geotimeline.pipeline import (
        IngestSummary,
        combine,
        ingest_articles,
        read_all,
        sample_articles,
        sample_paths,
    )

    if not args.files and not args.samples:
        print("error: name files to ingest, or --samples", file=sys.stderr)
        return 2
    try:
        collection = clean_name(args.collection)
    except CollectionError as exc:
        print(f"error: --collection: {exc}", file=sys.stderr)
        return 2
    store, settings = open_store(args, write=True)
    with store, store_failures(args, settings, "ingest stopped", "; the articles stored before stay: run the"
                                " same command again to add the rest"):
        articles, errors = read_all(list(args.files), published=args.published, language=args.lang,
                                    max_bytes=settings.max_bytes)
        samples: list = []
        if args.samples:
            samples, sample_errors = read_all(sample_paths(settings.samples_dir))
            errors += sample_errors
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        bar = None if args.no_progress or not (articles or samples) else ProgressBar(sys.stderr)
        if args.workers or args.scheduler:
            from geotimeline.archive import ingest_archive

            summary: IngestSummary = ingest_archive(store, settings.db, articles, workers=args.workers or 2,
                                                    scheduler=args.scheduler, progress=bar, collection=collection)
        else:
            summary = ingest_articles(store, articles, bar, collection)
        if samples:  # a few dozen articles: always in this process
            more = ingest_articles(store, sample_articles(samples), bar, collection if args.collection else SAMPLES)
            summary = combine([summary, more])
        if bar:
            bar.close()
        for error in summary.errors:
            print(f"error: {error}", file=sys.stderr)
        for note in (*summary.duplicates, *summary.updates):
            print(f"note: {note}", file=sys.stderr)
        if summary.undated_line():
            print(f"warning: {summary.undated_line()}", file=sys.stderr)
        line = summary.line() + (f"; {len(errors)} refused (files or records)" if errors else "")
        print(f"{line}; store {store.path} now holds {store.count_articles()} articles and "
              f"{store.count_events()} events")
        return 2 if errors else 1 if summary.errors else 0


def _seed(args: argparse.Namespace) -> int:
    from geotimeline.seed import build_seed, seed_path
    from geotimeline.settings import load_settings

    samples_dir = load_settings().samples_dir
    summary = build_seed(samples_dir)
    print(f"{seed_path(samples_dir)}: {summary.line()}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from geotimeline.export import export

    if args.out:
        _check_out(args.out)
    store, settings = open_store(args, write=False)
    with store, store_failures(args, settings, "cannot be read as a geotimeline store"):
        events = store.event_dicts()
        if args.collection:
            from geotimeline.collection import article_keys

            keys = article_keys(store.conn, tuple(" ".join(c.split()) for c in args.collection))
            events = [e for e in events if any(s["article_key"] in keys for s in e["sources"])]
        text = export(events, args.format)
    _write(text, args.out)
    if args.out:
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    temporary: Path | None = None  # a whole file or none: written beside the target, then moved over it
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.",
                                         delete=False) as handle:
            temporary = Path(handle.name)
            handle.write(text)
        os.chmod(temporary, out.stat().st_mode & 0o777 if out.exists() else 0o666 & ~_umask())
        os.replace(temporary, out)
    except OSError as exc:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise InputError(f"--out {out}", f"cannot be written ({exc.strerror or exc})") from exc


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
