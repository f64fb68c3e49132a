"""Reading benchmark: publication dates from datelines, and main-text extraction from HTML pages.

1. Datelines (TimeBank + AQUAINT, 256 documents with a gold document creation time; VOA, 89 stories with a
   published timestamp; the shipped data/samples corpus, dates from its front matter): the date `dateline_date` finds in the text alone, against the gold date. Two settings:
   no year known, and the year known from metadata (for year-less datelines such as "WASHINGTON, August 8
   (Xinhua) --"). Baseline, side by side: the first date-shaped expression in the first 300 characters, with
   the same date grammar but without the dateline shape.
2. Language of the data/samples bodies (en/es/ru, front matter as gold): the restricted py3langid set
   against py3langid over all its languages.
3. HTML main text (VOA stories wrapped in synthetic page furniture: navigation, cookie notice, share bar,
   "Read also" list, comment thread, footer): word-level precision/recall of the extracted text against the
   story text, for the reader's settings (trafilatura, favor_precision, no comments), trafilatura's defaults
   and a naive all-text baseline (lxml).

Run: python -m benchmarks.reading
"""

from __future__ import annotations

import html
import json
import re
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from benchmarks.table import corpus, write_results
from geotimeline.articles import _html_fragment_text, detect_language, read_articles, read_bytes
from geotimeline.dateline import _DATE, _date_of, dateline_date

_ANY_DATE = re.compile(_DATE, re.I)


def timebank_docs() -> list[tuple[str, date]]:
    docs = []
    for path in sorted(corpus("timebank").glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', raw)
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        if dct and body:
            text = html.unescape(re.sub(r"<[^>]+>", "", body[1])).strip()
            docs.append((text, date.fromisoformat(dct[1])))
    return docs


def voa_docs() -> list[tuple[str, date]]:
    rows = [json.loads(line) for line in (corpus("voa") / "voa_stories.jsonl").open(encoding="utf-8")]
    return [(r["text"], date.fromisoformat(r["published"][:10])) for r in rows]


def sample_docs() -> list[tuple[str, date, str]]:
    """The shipped sample corpus (data/samples, en/es/ru): body text, front-matter date and language."""
    docs = []
    for path in sorted((Path(__file__).resolve().parent.parent / "data" / "samples").glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        article = read_articles(path)[0]
        if article.published:
            docs.append((article.text, article.published, article.language))
    return docs


def language_rows(docs: list[tuple[str, date, str]]) -> list[list[object]]:
    import py3langid

    methods = {"detect_language (restricted set)": detect_language,
               "baseline: py3langid, all languages": lambda text: py3langid.classify(text)[0]}
    rows = []
    for name, method in methods.items():
        correct = sum(method(text) == lang for text, _when, lang in docs)
        short = sum(method(text[:60]) == lang for text, _when, lang in docs)
        rows.append(["language data/samples", name, len(docs), round(correct / len(docs), 3), "",
                     f"first 60 chars only: {short / len(docs):.3f}", ""])
    return rows


def first_date_baseline(text: str, year: int | None) -> date | None:
    for m in _ANY_DATE.finditer(text[:300]):
        found = _date_of(m, "en", year)
        if found:
            return found
    return None


def score(docs: list[tuple[str, date]], find) -> tuple[int, int, int, int]:
    predicted = exact = near = wrong = 0
    for text, gold in docs:
        got = find(text, gold.year)
        if got is None:
            continue
        predicted += 1
        if got == gold:
            exact += 1
        elif abs(got - gold) <= timedelta(days=1):
            near += 1
        else:
            wrong += 1
    return predicted, exact, near, wrong


FURNITURE_TOP = """<div class="cookie-notice">We use cookies to personalise content and analyse our traffic.
<button>Accept all cookies</button> <a href="/privacy">Manage preferences</a></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a>
</li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/video">Video</a></li>
</ul></nav><form><input name="q" placeholder="Search"></form></header>"""
SHARE = """<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">WhatsApp</a>
<a href="#">Telegram</a> <a href="#">Email this story</a> <span>Print</span></div>"""
FURNITURE_BOTTOM = """<aside class="related"><h3>Read also</h3><ul><li><a href="/a">Markets close higher after a volatile week</a></li>
<li><a href="/b">Weather service warns of heavy rain across the region this weekend</a></li><li><a href="/c">
Ten things to know before you travel this summer</a></li></ul></aside>
<section class="comments"><h3>Comments (14)</h3><p>Write a comment</p><div class="comment"><b>reader1984</b>
<p>This is exactly what everyone expected, nothing new here, typical politicians doing typical things.</p></div>
<div class="comment"><b>anon</b><p>Totally disagree with the previous comment, the article misses the point entirely.</p></div></section>
<footer><p>About us | Contact | Advertise | Careers</p><p>Copyright 2025 Example Media Group. All rights reserved.
Terms of use. Privacy policy. Cookie policy.</p></footer>"""


INLINE = ('<p class="read-also"><strong>Read also:</strong> <a href="/x">Storm closes ports along the coast</a></p>\n'
          '<div class="social">VK X OK WhatsApp Telegram</div>\n<div class="ad">Advertisement</div>\n')


def html_page(title: str, text: str, inline: bool = False) -> str:
    """A news page around `text`; `inline` also puts a "Read also" link, share buttons and an ad label between
    the story's paragraphs, as some sites do (the seed article has them)."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text)
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    blocks = [f"<p>{html.escape(p)}</p>\n" for p in paragraphs]
    if inline and len(blocks) > 2:
        blocks.insert(2, INLINE)
    body = "".join(blocks)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body>{FURNITURE_TOP}<main><article><h1>{html.escape(title)}</h1>{SHARE}{body}</article>"
            f"{FURNITURE_BOTTOM}</main></body></html>")


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def prf(gold: Counter[str], got: Counter[str]) -> tuple[float, float]:
    overlap = sum((gold & got).values())
    return overlap / max(1, sum(got.values())), overlap / max(1, sum(gold.values()))


def html_scores(rows: list[dict]) -> list[list[object]]:
    import trafilatura

    methods = {
        "reader (trafilatura precision, no comments)":
            lambda page: read_bytes(page.encode("utf-8"), "page.html", published=date(2000, 1, 1))[0].text,
        "baseline: trafilatura defaults": lambda page: trafilatura.extract(page) or "",
        "baseline: all page text (lxml)": _html_fragment_text,
    }
    table = []
    for inline in (False, True):
        for name, method in methods.items():
            precisions, recalls, started = [], [], time.perf_counter()
            for row in rows:
                gold = words(row["title"] + " " + row["text"])
                p, r = prf(gold, words(method(html_page(row["title"], row["text"], inline))))
                precisions.append(p)
                recalls.append(r)
            seconds = time.perf_counter() - started
            p, r = sum(precisions) / len(rows), sum(recalls) / len(rows)
            task = "html main text" + (" (furniture inside article)" if inline else "")
            table.append([task, name, len(rows), round(p, 3), round(r, 3), f"F1 {2 * p * r / (p + r):.3f}",
                          f"{1000 * seconds / len(rows):.1f} ms/page"])
    return table


def main() -> None:
    rows: list[list[object]] = []
    samples = sample_docs()
    corpora = {"timebank+aquaint": timebank_docs(), "voa": voa_docs(),
               "data/samples": [(text, when) for text, when, _lang in samples]}
    for corpus_name, docs in corpora.items():
        for year_known in (False, True):
            for method, find in (("dateline_date", lambda t, y, k=year_known: dateline_date(t, "en", y if k else None)),
                                 ("baseline: first date in 300 chars",
                                  lambda t, y, k=year_known: first_date_baseline(t, y if k else None))):
                predicted, exact, near, wrong = score(docs, find)
                rows.append([f"dates {corpus_name}" + (" (year known)" if year_known else ""), method, len(docs),
                             round(exact / max(1, predicted), 3), round(predicted / len(docs), 3),
                             f"exact {exact}, +-1 day {near}, wrong {wrong}", ""])
    rows.extend(language_rows(samples))
    voa = [json.loads(line) for line in (corpus("voa") / "voa_stories.jsonl").open(encoding="utf-8")]
    rows.extend(html_scores(voa))
    started = time.perf_counter()
    articles = read_articles(corpus("voa") / "voa_stories.jsonl")
    seconds = time.perf_counter() - started
    english = sum(a.language == "en" for a in articles) / len(articles)
    rows.append(["voa_stories.jsonl", "read_articles", len(articles), "", "", f"language en {english:.3f}",
                 f"{seconds:.2f} s"])
    write_results("reading", ["task", "method", "n", "precision", "coverage/recall", "detail", "time"], rows,
                  notes="dates: precision = exact / predicted, coverage = predicted / n; html: word-level "
                        "precision/recall/F1 in the detail column order P, R, F1 (synthetic page furniture)")


if __name__ == "__main__":
    main()
