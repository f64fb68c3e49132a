"""Decoding an input's bytes: byte-order marks, UTF-8 (with replacement and a warning when only a few bytes are
damaged), UTF-16 without a mark, and legacy code pages judged by how plausible the text they give is. Bad input
raises InputError, which names the file and the reason."""

from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

_MAGIC = {
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x1f\x8b": "a gzip archive", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LEGACY = ("cp1252", "cp1251", "iso8859_15", "cp1250", "koi8_r", "iso8859_2", "mac_cyrillic")


class InputError(ValueError):
    """A file (or pasted text) that cannot be read as articles. The message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Bytes to text: BOM, then UTF-8, then the `declared` encoding (an HTML meta charset), then the most
    plausible legacy encoding; empty or binary data is an InputError."""
    if not data:
        raise InputError(source, "file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not text; save the article as text, HTML or Markdown")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not decodable as {codec} despite its byte-order mark") from exc
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(source, "binary file (contains NUL bytes), not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data, source)
    if text is not None:
        return text
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            log.info("%s: declared encoding %r does not fit; guessing", source, declared)
    text = _legacy_decode(data)
    if text is None:
        raise InputError(source, "binary or undecodable file: no text encoding fits its bytes")
    return text


def _mostly_utf8(data: bytes, source: str) -> str | None:
    """UTF-8 with a few damaged bytes (replaced by U+FFFD, with a warning naming the file and the first bad
    byte's offset), or None when the bytes look like a legacy code page: there, nearly every non-ASCII byte
    is invalid UTF-8, while a damaged UTF-8 file has more valid multi-byte characters than bad bytes."""
    escaped = data.decode("utf-8", "surrogateescape")  # each invalid byte -> one lone surrogate
    bad = [i for i, ch in enumerate(escaped) if "\udc80" <= ch <= "\udcff"]
    valid = sum(1 for ch in escaped if ord(ch) > 0x7F) - len(bad)
    if not bad or valid < max(1, len(bad)):
        return None
    offset = len(escaped[:bad[0]].encode("utf-8", "surrogateescape"))
    log.warning("%s: invalid UTF-8 at byte %d (%d bad byte%s in all, each shown as \ufffd); read as UTF-8",
                source, offset, len(bad), "" if len(bad) == 1 else "s")
    return data.decode("utf-8", "replace")


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    codec = "utf-16-le" if odd > 0.3 * len(sample) / 2 and even == 0 else (
        "utf-16-be" if even > 0.3 * len(sample) / 2 and odd == 0 else None)
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _control_ratio(text) > 0.01 else text


def _legacy_decode(data: bytes) -> str | None:
    """Pick among charset-normalizer's guesses and common single-byte codecs by how plausible the words look
    (short Spanish latin-1 text is otherwise often taken for cp1250)."""
    from charset_normalizer import from_bytes

    guesses = [m.encoding for m in from_bytes(data)][:4]
    order = list(dict.fromkeys([*guesses, *_LEGACY]))
    best: tuple[float, int, str] | None = None
    for rank, codec in enumerate(order):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_ratio(text) > 0.01 or not _text_like(text):
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, rank, text)
    if best is None:
        return None
    log.info("decoded with %s", order[best[1]])
    return best[2]


_LATIN_OK = set("áéíóúñüàèìòùâêîôûçäöëïÿœæßãõåøÁÉÍÓÚÑÜÀÈÌÒÙÂÊÎÔÛÇÄÖËÏŒÆÃÕÅØ")
_WORD = re.compile(r"[^\W\d_]+")


def _plausibility(text: str) -> float:
    """Score words with non-ASCII letters: +1 when they look like a real word of one script, -1 otherwise."""
    score = 0.0
    for word in _WORD.findall(text[:20000]):
        if word.isascii() or len(word) < 2:
            continue
        cased = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
        if all("\u0400" <= ch <= "\u04ff" for ch in word):
            score += 1 if cased else -1
        elif all(ch.isascii() or ch in _LATIN_OK for ch in word):
            foreign = sum(not ch.isascii() for ch in word)
            score += 1 if cased and (foreign <= 2 and foreign / len(word) < 0.7) else -1
        elif all(ord(ch) >= 0x2E80 for ch in word):
            score += 0  # CJK: no evidence either way
        else:
            score -= 1
    return score


def _text_like(text: str) -> bool:
    """Mostly letters, digits, spaces and ordinary punctuation (not box drawing and symbols from binary data)."""
    sample = text[:20000]
    usual = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or ch in ".,;:!?¿¡'\"()-–—«»“”‘’%/&$€")
    spaced = len(sample) < 40 or sum(ch.isspace() for ch in sample) >= 0.03 * len(sample)
    cjk = sum(ord(ch) >= 0x2E80 for ch in sample) >= 0.3 * len(sample)  # CJK prose has few spaces
    return usual >= 0.8 * len(sample) and (spaced or cjk)


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / max(1, min(len(text), 20000))
