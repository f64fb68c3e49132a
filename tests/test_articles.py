"""Reading articles in every input format, and refusing bad input with a message naming file and reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geotimeline.articles import (
    Article,
    InputError,
    decode,
    detect_language,
    read_articles,
    read_bytes,
    read_text,
    sniff_format,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("fixture", "ids", "titles", "outlet", "published", "language"),
    [
        ("input_page.html", ["input_page.html"], ["Navy ships arrive in the Caribbean"], "Meridian Wire",
         [date(2025, 10, 31)], "en"),
        ("input_broken.html", ["input_broken.html"], ["Broken page"], "", [None], "en"),
        ("input_front.md", ["input_front.md"], ["Coast guard vessels meet near the shoal"], "Meridian Wire",
         [date(2025, 11, 1)], "en"),
        ("input_feed.rss", ["https://harbour.example/id/101", "https://harbour.example/2025/11/talks"],
         ["Frigate docks in Valletta", "Talks resume in Geneva"], "Harbour Gazette",
         [date(2025, 11, 1), date(2025, 11, 2)], "en"),
        ("input_feed.atom", ["urn:uuid:entry-1"], ["La armada despliega patrulleros"], "Diario del Caribe",
         [date(2025, 10, 31)], "es"),
        ("input_records.jsonl", ["r1", "r2"], ["Envoy visits Caracas", "Ministers meet"], None,
         [date(2025, 10, 30), date(2025, 10, 31)], "en"),
    ],
)
def test_reads_each_format(fixture, ids, titles, outlet, published, language):
    articles = read_articles(FIXTURES / fixture)
    assert [a.id for a in articles] == ids
    assert [a.title for a in articles] == titles
    assert [a.published for a in articles] == published
    assert all(a.language == language for a in articles)
    if outlet is not None:
        assert all(a.outlet == outlet for a in articles)
    assert all(a.text.strip() and a.source.endswith(fixture) for a in articles)


@pytest.mark.parametrize(
    ("fixture", "present", "absent"),
    [
        ("input_page.html", ["Three destroyers", "mobilise reservists", "stalled since September"],
         ["cookies", "Home", "Share on", "Read also", "Aruba closes", "comments", "Write a comment",
          "outrageous", "All rights reserved"]),
        ("input_broken.html", ["embassy in Havana reopened", "Staff returned"], ["<p>", "<div>"]),
        ("input_feed.rss", ["Italian frigate docked in Valletta on Saturday"], ["<b>", "<p>"]),
    ],
)
def test_html_main_text_only(fixture, present, absent):
    text = read_articles(FIXTURES / fixture)[0].text
    for phrase in present:
        assert phrase in text
    for phrase in absent:
        assert phrase not in text


def test_markdown_body_kept_as_is_without_front_matter():
    raw = (FIXTURES / "input_front.md").read_text(encoding="utf-8")
    article = read_articles(FIXTURES / "input_front.md")[0]
    assert article.text == raw.split("---\n", 2)[2]
    assert "outlet:" not in article.text and article.url == "https://meridian.example/shoal"


@pytest.mark.parametrize(
    "raw",
    [
        "CARACAS, Oct 31 (Reuters) -\r\n  Two  ships\tsailed.\r\n\r\n",
        "\n\nLine one.\n   indented line\n",
    ],
)
def test_plain_text_offsets_kept(tmp_path, raw):
    path = tmp_path / "story.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert read_articles(path)[0].text == raw
    path.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    assert read_articles(path)[0].text == raw  # only the BOM goes


def test_upload_and_path_share_one_code_path(tmp_path):
    data = (FIXTURES / "input_page.html").read_bytes()
    path = tmp_path / "input_page.html"
    path.write_bytes(data)
    from_path = read_articles(path)[0]
    from_upload = read_bytes(data, "input_page.html")[0]
    assert from_upload.text == from_path.text and from_upload.published == from_path.published
    assert from_upload.id == from_path.id == "input_page.html"


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", "<html><body>x", "text"),
        ("a.md", "plain", "markdown"),
        ("a.htm", "x", "html"),
        ("a.rss", "x", "feed"),
        ("a.xml", "<!DOCTYPE html><html>", "html"),
        ("a.json", "[]", "jsonl"),
        ("upload", '<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("upload", '<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("upload", "<!doctype html><html>", "html"),
        ("upload", "---\ntitle: x\n---\n", "markdown"),
        ("upload", '{"id": 1, "text": "x"}', "jsonl"),
        ("upload", "Just words.", "text"),
    ],
)
def test_sniff_format(name, head, expected):
    assert sniff_format(head.encode(), name) == expected


# ---------------------------------------------------------------- dates and language


@pytest.mark.parametrize(
    ("text", "caller", "expected"),
    [
        ("CARACAS, Oct 31 (Reuters) - Ships sailed.", None, None),  # no year anywhere: not invented
        ("Manila, 17 June 2024. Vessels collided near the shoal.", None, date(2024, 6, 17)),
        ("Published: 2025-11-01\n\nThe talks resumed.", None, date(2025, 11, 1)),
        ("01.11.2025 14:32\nThe talks resumed.", None, date(2025, 11, 1)),
        ("Manila, 17 June 2024. Vessels collided.", date(2025, 1, 2), date(2025, 1, 2)),  # caller wins
        ("On 17 June 2024 the vessels collided near the shoal.", None, None),  # an event date, not a dateline
        ("No date at all in this text.", None, None),
    ],
)
def test_published_from_caller_then_dateline(text, caller, expected):
    assert read_text(text, published=caller).published == expected
    assert read_bytes(text.encode(), "x.txt", published=caller)[0].published == expected


def test_metadata_date_beats_dateline():
    md = "---\npublished: 2025-11-02\n---\nManila, 17 June 2024. Vessels collided.\n"
    assert read_bytes(md.encode(), "a.md")[0].published == date(2025, 11, 2)


def test_yearless_dateline_takes_year_from_metadata():
    md = "---\npublished: 2025\n---\nCARACAS, Oct 31 (Reuters) - Ships sailed.\n"
    assert read_bytes(md.encode(), "a.md")[0].published == date(2025, 10, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela sent letters to Russia and China asking for military assistance amid US pressure.", "en"),
        ("Venezuela envió cartas a Rusia y China para pedir asistencia militar ante la presión de Estados Unidos.",
         "es"),
        ("Венесуэла направила письма России и Китаю с просьбой о военной помощи из-за давления США.", "ru"),
        ("Le Venezuela a envoyé des lettres à la Russie et à la Chine pour demander une aide militaire.", "fr"),
        ("Short.", "en"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(("given", "expected"), [("ES", "es"), ("pt-BR", "pt"), (None, "en")])
def test_caller_language_wins(given, expected):
    assert read_text("The ministers met in Geneva on Friday to discuss the blockade.", language=given).language \
        == expected


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("КАРАКАС, 1 ноября — Президент Венесуэлы направил письма Путину и Си Цзиньпину.", "cp1251"),
        ("Москва", "cp1251"),
        ("CARACAS, 31 oct. - El presidente envió cartas a Moscú y Pekín. ¿Habrá respuesta? Señal clara.", "latin-1"),
        ("Niño", "latin-1"),
        ("Le ministre français a rencontré à Genève ses homologues européens.", "latin-1"),
        ("Die Außenministerin traf ihren Amtskollegen in München.", "cp1252"),
        ("El ministro habló con la prensa.", "utf-16"),
        ("Президент выступил.", "utf-8-sig"),
    ],
)
def test_legacy_encodings_read_correctly(tmp_path, text, encoding):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    assert read_articles(path)[0].text == text


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "whitespace"),
        ("blank.md", b"---\ntitle: x\n---\n   \n", "whitespace"),
        ("nul.txt", b"abc\x00\x01\x02\x03def\xff\xfe\x00", "binary"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        ("garbage.rss", b"\x00\x00\x01binary", "binary"),
        ("broken.xml", b"<rss><channel><title>x</title>", "feed"),
        ("nofeed.atom", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'></feed>", "no entries"),
        ("empty.html", b"<html><body><script>var a = 1;</script></body></html>", "no article text"),
        ("bad.jsonl", b'{"id": "a", "text": "fine"}\n{"id": "b", "text": \n', "line 2: not valid JSON"),
        ("notext.jsonl", b'{"id": "a", "text": "fine"}\n\n{"id": "b", "title": "x"}\n', "line 3: no text"),
        ("blanktext.jsonl", b'{"id": "a", "text": "   "}\n', "line 1: no text"),
        ("list.jsonl", b'["a", "b"]\n', "expected a JSON object"),
        ("dup.jsonl", b'{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "line 2: duplicate id 'a'"),
        ("baddate.jsonl", b'{"id": "a", "text": "x", "published": "2025-02-30T00:00:00Z"}\n',
         "line 1, field 'published': '2025-02-30T00:00:00Z' is not a valid date"),
        ("baddate.md", b"---\npublished: 2025-02-30\n---\nBody text.\n",
         "front matter field 'published': '2025-02-30' is not a valid date"),
        ("words.md", b"---\npublished: last Friday\n---\nBody text.\n", "is not an ISO date"),
        ("open.md", b"---\ntitle: x\nBody text.\n", "never closed"),
        ("array.json", b'[{"id": "a", "text": "x"}, {"id": "b"}]', "record 2: no text"),
    ],
)
def test_bad_input_names_file_and_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    for call in (lambda: read_articles(path), lambda: read_bytes(data, name)):
        with pytest.raises(InputError) as caught:
            call()
        assert name in str(caught.value)
        assert reason in str(caught.value)


@pytest.mark.parametrize(("size", "limit", "ok"), [(100, 100, True), (101, 100, False)])
def test_oversized_input(tmp_path, size, limit, ok):
    data = b"a" * size
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    for call in (lambda: read_articles(path, max_bytes=limit), lambda: read_bytes(data, "big.txt", max_bytes=limit)):
        if ok:
            assert call()[0].text == data.decode()
        else:
            with pytest.raises(InputError, match=r"big\.txt: file is too large"):
                call()


@pytest.mark.parametrize(("text", "reason"), [("", "no text"), ("  \n ", "no text")])
def test_pasted_text_errors(text, reason):
    with pytest.raises(InputError, match=f"pasted: {reason}"):
        read_text(text)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="nope.txt: file not found"):
        read_articles(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="not a regular file"):
        read_articles(tmp_path)


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 4, bytes(range(0x80, 0x100)) * 8, bytes((i * 7919) % 127 + 129 for i in range(3000))],
)
def test_decode_rejects_binary_bytes(data):
    with pytest.raises(InputError, match="x: binary"):
        decode(data, "x")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("北京外交部发言人表示，双方将继续保持沟通。", "gb18030"), ("東京で外相会談が行われた。", "shift_jis")],
)
def test_decode_east_asian_legacy(text, encoding):
    assert decode(text.encode(encoding), "x") == text


def test_read_text_metadata_and_fingerprint():
    article = read_text("Manila, 17 June 2024. Vessels collided.", title="T", outlet="O", url="https://u")
    assert isinstance(article, Article)
    assert (article.id, article.source, article.title, article.outlet, article.url) == ("pasted", "pasted", "T", "O",
                                                                                         "https://u")
    assert article.fingerprint == read_text("manila 17 june 2024 vessels collided").fingerprint


@pytest.mark.parametrize(
    ("name", "data", "ids"),
    [
        ("one.json", b'{\n  "id": "x1",\n  "text": "The envoy arrived."\n}\n', ["x1"]),
        ("many.json", b'[{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]', ["a", "b"]),
        ("lines.json", b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n', ["a", "b"]),
        ("noid.jsonl", b'{"text": "One."}\n\n{"text": "Two."}\n', ["noid.jsonl:1", "noid.jsonl:3"]),
    ],
)
def test_json_shapes(name, data, ids):
    assert [a.id for a in read_bytes(data, name)] == ids


def test_html_declared_charset_is_honoured():
    text = "Министр иностранных дел прибыл в Каракас для переговоров о военном сотрудничестве."
    page = f'<html><head><meta charset="windows-1251"><title>Т</title></head><body><p>{text}</p></body></html>'
    article = read_bytes(page.encode("cp1251"), "page.html")[0]
    assert text in article.text and article.language == "ru"


def test_feed_date_is_the_feeds_local_date():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</title>'
            b"<pubDate>Sat, 01 Nov 2025 23:30:00 -0500</pubDate><description>The talks resumed in Geneva."
            b"</description></item></channel></rss>")
    assert read_bytes(feed, "f.rss")[0].published == date(2025, 11, 1)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (b"<html><body><nav>Home | World</nav><p>Short note: ships left port.</p></body></html>",
         "Short note: ships left port."),
        (b"<p>Only a paragraph</p>", "Only a paragraph"),
        (b"<div><p>unclosed <b>bold <i>italic", "unclosed bold italic"),
    ],
)
def test_short_and_broken_pages_still_give_their_text(page, expected):
    assert read_bytes(page, "x.html")[0].text == expected
