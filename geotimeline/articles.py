"""Reading articles: plain text, Markdown (with front matter), HTML, RSS/Atom feeds and JSON Lines.

One code path for files (`read_articles`), uploads (`read_bytes`) and pasted text (`read_text`). Bad input
raises `InputError(source, reason)`; nothing is partially returned for a broken file. The publication date
comes from the caller, else metadata, else a dateline in the text, else stays None (never today's date).
"""

from __future__ import annotations

import email.utils
import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from geotimeline.dateline import dateline_date, dateline_outlet, year_of
from geotimeline.decoding import InputError as InputError  # re-exported: its old home
from geotimeline.decoding import decode
from geotimeline.settings import DEFAULT_MAX_BYTES

log = logging.getLogger(__name__)

MAX_BYTES = DEFAULT_MAX_BYTES
LANGUAGES = ("en", "es", "ru", "fr", "de", "pt", "it", "ar", "zh", "uk", "ja", "ko", "tr", "fa", "nl", "pl")
FORMATS = ("text", "markdown", "html", "feed", "jsonl")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
    ".htm": "html", ".xhtml": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed", ".jsonl": "jsonl",
    ".ndjson": "jsonl", ".json": "jsonl",
}
@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read. `id` is what events cite (a JSON Lines record's id, else the file name);
    `fingerprint` is the stable store key, derived from the normalised text."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    language: str = "en"
    source: str = ""  # file path or "pasted"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.text)


def fingerprint(text: str) -> str:
    """Stable id from the normalised text: case, whitespace and punctuation runs folded."""
    norm = re.sub(r"\W+", " ", text.casefold()).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class _Meta:
    """What metadata (front matter, page, feed, record) says; empty strings when it says nothing."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    year: int | None = None
    language: str = ""


# ---------------------------------------------------------------- public entry points


def read_articles(path: Path | str, published: date | None = None, language: str | None = None,
                  max_bytes: int = MAX_BYTES, problems: list[str] | None = None) -> list[Article]:
    """Read one file (any supported format) into articles; raises InputError naming the file and reason.
    With a `problems` list, a bad record of a JSON Lines file is skipped and described there (file, line,
    reason) while the file's other records are read; without one, a bad record refuses the whole file."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise InputError(source, "file not found")
    if not path.is_file():
        raise InputError(source, "not a regular file (a directory?)")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(source, f"file is too large ({size:,} bytes; the limit is {max_bytes:,} bytes, "
                                 "set by GEOTIMELINE_MAX_BYTES)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from exc
    return _read(data, path.name, source, published, language, max_bytes, problems)


def read_bytes(data: bytes, name: str, published: date | None = None, language: str | None = None,
               max_bytes: int = MAX_BYTES) -> list[Article]:
    """Read an uploaded file's bytes; `name` (the file name) chooses the format and becomes the id."""
    return _read(data, Path(name).name or "upload", name, published, language, max_bytes)


def read_text(text: str, source: str = "pasted", published: date | None = None, language: str | None = None,
              title: str = "", outlet: str = "", url: str = "", max_bytes: int = MAX_BYTES) -> Article:
    """One article from pasted plain text, kept as given except a leading BOM."""
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(source, f"text is too large (the limit is {max_bytes:,} bytes)")
    text = text.removeprefix("\ufeff")
    _require_text(text, source)
    meta = _Meta(title=title, outlet=outlet, url=url)
    return _article(source, text, meta, source, published, language, default_title=_first_line(text))


def sniff_format(data: bytes | str, name: str = "") -> str:
    """The input format: from the file extension when known, else from the first bytes."""
    fmt = _EXTENSIONS.get(Path(name).suffix.lower())
    head = (data[:2048].decode("utf-8", "ignore") if isinstance(data, bytes) else data[:2048])
    head = head.lstrip("\ufeff \t\r\n").lower()
    if fmt == "feed" and re.search(r"<!doctype html|<html[\s>]", head):
        return "html"
    if fmt:
        return fmt
    if re.search(r"<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]", head):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(body|p|div|article)[\s>]", head):
        return "html"
    if head.startswith("---\n") or head.startswith("---\r\n"):
        return "markdown"
    if head.startswith("{") and '"text"' in head:
        return "jsonl"
    return "text"


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code among LANGUAGES, guessed with py3langid; `default` for text too short to tell."""
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample) < 25:
        return default
    lang, _prob = _identifier().classify(sample)
    return lang


# ---------------------------------------------------------------- dispatch


def _read(data: bytes, name: str, source: str, published: date | None, language: str | None,
          max_bytes: int, problems: list[str] | None = None) -> list[Article]:
    if len(data) > max_bytes:
        raise InputError(source, f"file is too large ({len(data):,} bytes; the limit is {max_bytes:,} "
                                 "bytes, set by GEOTIMELINE_MAX_BYTES)")
    fmt = sniff_format(data, name)
    declared = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I) if fmt == "html" else None
    text = decode(data, source, declared[1].decode("ascii") if declared else None)  # feeds too: rejects binary
    if fmt == "feed":
        return _read_feed(data, name, source, published, language)
    if fmt == "html":
        return [_read_html(text, name, source, published, language)]
    if fmt == "jsonl":
        return _read_jsonl(text, name, source, published, language, problems)
    if fmt == "markdown":
        return [_read_markdown(text, name, source, published, language)]
    text = text.removeprefix("\ufeff")
    _require_text(text, source)
    return [_article(name, text, _Meta(), source, published, language, default_title=_first_line(text))]


def _article(id_: str, text: str, meta: _Meta, source: str, published: date | None, language: str | None,
             default_title: str = "") -> Article:
    lang = _norm_lang(language) or meta.language or detect_language(text)
    when = published or meta.published or dateline_date(text, lang, year=meta.year or year_of(meta.url))
    return Article(id=id_, text=text, title=meta.title or default_title, outlet=meta.outlet or dateline_outlet(text) or site_of(meta.url),
                   url=meta.url,
                   published=when, language=lang, source=source)


def site_of(url: str) -> str:
    """The site of an article's URL as its outlet when nothing else names one ("https://www.example.org/a" ->
    "example.org"); "" for no URL or one without a host."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.") if "." in host else ""


def _require_text(text: str, source: str) -> None:
    if not text.strip():
        raise InputError(source, "no text (the file is empty or whitespace only)")


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            line = line.strip().lstrip("#").strip()
            return line if len(line) <= 200 else ""
    return ""


def _norm_lang(code: str | None) -> str:
    if not code:
        return ""
    return re.split(r"[-_]", code.strip().lower())[0][:3]


_ID = None


def _identifier():
    global _ID
    if _ID is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        _ID = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        _ID.set_languages(list(LANGUAGES))
    return _ID


# ---------------------------------------------------------------- formats


def _parse_date(value: object, source: str, field: str) -> tuple[date | None, int | None]:
    """ISO date (or timestamp; the date part is taken) from metadata -> (date, year); bad values raise."""
    if value is None or value == "":
        return None, None
    if isinstance(value, date):
        return value, value.year
    text = str(value).strip().strip("'\"")
    if re.fullmatch(r"\d{4}", text):
        return None, int(text)
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d)", text)
    if not m:
        raise InputError(source, f"{field}: '{text}' is not an ISO date (YYYY-MM-DD)")
    try:
        when = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise InputError(source, f"{field}: '{text}' is not a valid date ({exc})") from exc
    return when, when.year


def _read_markdown(text: str, name: str, source: str, published: date | None, language: str | None) -> Article:
    text = text.removeprefix("\ufeff")
    meta, body = _Meta(), text
    m = re.match(r"---[ \t]*\r?\n", text)
    if m:
        end = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M).search(text, m.end())
        if end is None:
            raise InputError(source, "front matter opened with '---' on line 1 is never closed")
        meta = _front_matter(text[m.end():end.start()], source)
        body = text[end.end():]
    _require_text(body, source)
    heading = re.search(r"^#{1,3}[ \t]+(.+)$", body, re.M)
    return _article(name, body, meta, source, published, language,
                    default_title=heading[1].strip() if heading else _first_line(body))


def _front_matter(block: str, source: str) -> _Meta:
    fields: dict[str, str] = {}
    for number, line in enumerate(block.splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise InputError(source, f"front matter line {number} is not 'key: value': {line.strip()[:60]!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    pub_key = "published" if "published" in fields else "date"
    when, year = _parse_date(fields.get(pub_key), source, f"front matter field '{pub_key}'")
    return _Meta(title=fields.get("title", ""), outlet=fields.get("outlet", fields.get("source", "")),
                 url=fields.get("url", ""), published=when, year=year,
                 language=_norm_lang(fields.get("language", fields.get("lang"))))


def _read_html(html: str, name: str, source: str, published: date | None, language: str | None) -> Article:
    import trafilatura

    html = html.removeprefix("\ufeff")
    _require_text(html, source)
    doc, text = None, ""
    for precise in (True, False):  # precision first; recall when that finds nothing (short pages)
        try:
            doc = trafilatura.bare_extraction(
                html, include_comments=False, favor_precision=precise, favor_recall=not precise,
                with_metadata=True, include_tables=True,
                date_extraction_params={"extensive_search": False, "original_date": True})
        except Exception as exc:  # trafilatura/lxml raise assorted errors on malformed pages
            log.warning("%s: main-text extraction failed (%s)", source, exc)
        text = (doc.text or "").strip() if doc else ""
        if text:
            break
    if not text:
        log.warning("%s: no main text found; taking all the page's visible text", source)
        text = _html_fragment_text(html)
    if not text:
        raise InputError(source, "no article text found in the HTML page")
    meta = _Meta()
    if doc:
        when = None
        if doc.date:
            try:
                when, _ = _parse_date(doc.date, source, "page date")
            except InputError as exc:
                log.warning("%s: ignoring page date (%s)", source, exc.reason)
        meta = _Meta(title=doc.title or "", outlet=doc.sitename or "", url=doc.url or "", published=when,
                     language=_norm_lang(doc.language) or _html_lang(html))
    return _article(name, text, meta, source, published, language)


def _html_lang(html: str) -> str:
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", html[:4000], re.I)
    return _norm_lang(m[1]) if m else ""


_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article",
          "pre", "table", "ul", "ol", "dd", "dt", "header", "footer"}


def _html_fragment_text(html: str) -> str:
    """All visible text of an HTML fragment (no scripts/styles), block elements on their own lines. Read with
    the standard library's event parser, which keeps no tree: any nesting depth is read (lxml stops at 256)."""
    from html.parser import HTMLParser

    parts: list[str] = []
    hidden = 0  # inside script/style/noscript/template

    class _Text(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object) -> None:
            nonlocal hidden
            if tag in _HIDDEN:
                hidden += 1
            elif tag in _BLOCK:
                parts.append("\n")

        def handle_startendtag(self, tag: str, attrs: object) -> None:
            if tag in _BLOCK:
                parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            nonlocal hidden
            if tag in _HIDDEN:
                hidden = max(0, hidden - 1)
            elif tag in _BLOCK:
                parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not hidden:
                parts.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"[ \t\xa0]+", " ", line).strip() for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


_HIDDEN = {"script", "style", "noscript", "template"}


def _read_feed(data: bytes, name: str, source: str, published: date | None, language: str | None) -> list[Article]:
    import feedparser

    if not data.strip():
        raise InputError(source, "file is empty")
    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never fetches or opens paths
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.bozo else ""
        raise InputError(source, f"not a readable RSS/Atom feed, or a feed with no entries{why}")
    if parsed.bozo:
        log.warning("%s: feed is not well-formed (%s); reading its %d entries", source, parsed.bozo_exception,
                    len(parsed.entries))
    outlet = parsed.feed.get("title", "")
    feed_lang = _norm_lang(parsed.feed.get("language"))
    articles = []
    for number, entry in enumerate(parsed.entries, start=1):
        contents = entry.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
        text = _html_fragment_text(body) if "<" in body else body.strip()
        label = f"{source} (entry {number})"
        if not text:
            raise InputError(label, "entry has no text (neither content nor summary)")
        when = _entry_date(entry)
        meta = _Meta(title=entry.get("title", ""), outlet=outlet, url=entry.get("link", ""), published=when,
                     language=_norm_lang(entry.get("language")) or feed_lang)
        id_ = entry.get("id") or entry.get("link") or f"{name}#{number}"
        articles.append(_article(id_, text, meta, source, published, language))
    return articles


def _entry_date(entry: dict) -> date | None:
    """The entry's date as the feed wrote it (local date of its time zone), else feedparser's UTC reading."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        stamp = entry.get(f"{key}_parsed")
        if stamp:
            return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    return None


def _read_jsonl(text: str, name: str, source: str, published: date | None, language: str | None,
                problems: list[str] | None = None) -> list[Article]:
    text = text.removeprefix("\ufeff")
    _require_text(text, source)
    rows: list[tuple[str, object]] | None = None
    if text.lstrip().startswith("[") or name.lower().endswith(".json"):  # one JSON document: array or object
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data":  # "Extra data": JSON Lines in a .json file
                raise InputError(source, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") \
                    from exc
        else:
            records = records if isinstance(records, list) else [records]
            rows = [(f"record {i}", r) for i, r in enumerate(records, start=1)]
    if rows is None:
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                rows.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as exc:
                rows.append((f"line {number}",
                             InputError(source, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})")))
    articles: list[Article] = []
    first_seen: dict[str, str] = {}
    for where, record in rows:
        try:
            if isinstance(record, InputError):  # a line that is not JSON
                raise record
            articles.append(_record(record, where, name, source, published, language, first_seen))
        except InputError as exc:
            if problems is None:
                raise
            problems.append(f"{exc}; that {where.split()[0]} was skipped, the file's other "
                            f"{where.split()[0]}s are read")
    if not articles:
        raise InputError(source, "no records" if not rows else "no readable records (every one was skipped)")
    return articles


_STRING_FIELDS = ("id", "title", "outlet", "url", "language", "published", "date", "text")


def _record(record: object, where: str, name: str, source: str, published: date | None, language: str | None,
            first_seen: dict[str, str]) -> Article:
    """One JSON Lines record as an article: text fields must be strings (an id may be a whole number)."""
    if not isinstance(record, dict):
        raise InputError(source, f"{where}: expected a JSON object, got {_json_type(record)}")
    for key in _STRING_FIELDS:
        value = record.get(key)
        if value is None or isinstance(value, str):
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            continue
        raise InputError(source, f"{where}: field '{key}' must be a string, got {_json_type(value)}")
    body = record.get("text")
    if not body or not body.strip():
        raise InputError(source, f"{where}: no text (the 'text' field is missing or empty)")
    id_ = str(record.get("id") or f"{name}:{where.split()[-1]}")
    if id_ in first_seen:
        raise InputError(source, f"{where}: duplicate id '{id_}' (first used on {first_seen[id_]})")
    when, year = _parse_date(record.get("published") or record.get("date"), source, f"{where}, field 'published'")
    first_seen[id_] = where
    meta = _Meta(title=record.get("title") or "", outlet=record.get("outlet") or "",
                 url=record.get("url") or "", published=when, year=year,
                 language=_norm_lang(record.get("language")))
    return _article(id_, body, meta, source, published, language)


def _json_type(value: object) -> str:
    """How a JSON value's type reads in a message: "a list", "an object", "a number"."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return {list: "a list", dict: "an object", str: "a string"}.get(type(value), type(value).__name__)
