"""A small store for the app tests (AppTest and the browser tests): three events from two articles, one
of which carries hostile text (<script>, a remote Markdown image) that must only ever show as text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from geotimeline.events import EventActor
from geotimeline.store import Store
from tests.factories import CARACAS, CARIBBEAN, MOSCOW, article, event

HOSTILE_SENTENCE = "Maduro wrote to Putin <script>window.__xss = 1</script> asking for help."
HOSTILE_TAIL = "![pixel](http://evil.example/pixel.png) [click](javascript:window.__xss=2) :red[loud]"
HOSTILE_TEXT = f"Caracas, 1 Nov. {HOSTILE_SENTENCE} {HOSTILE_TAIL}"
CARRIER_SENTENCE = "The USS Gerald R. Ford entered the Caribbean on October 24, officials said."
MILITIA_SENTENCE = "Venezuela mobilised its militia in September."
NAVAL_TEXT = f"{CARRIER_SENTENCE} {MILITIA_SENTENCE}"


def build_store(path: Path) -> Path:
    with Store(path) as store:
        store.ingest(
            article(HOSTILE_TEXT, id="letters.txt", outlet="Meridian Wire", title="Letters <b>to</b> Moscow"),
            [event(summary="Maduro asks Putin for help", sentence=HOSTILE_SENTENCE,
                   sentence_start=HOSTILE_TEXT.index(HOSTILE_SENTENCE), article_id="letters.txt",
                   place=MOSCOW)],
        )
        store.ingest(
            article(NAVAL_TEXT, id="carrier.txt", outlet="Atlas Daily"),
            [
                event(summary="Carrier enters the Caribbean", category="MOBILIZE", domain="naval",
                      start=date(2025, 10, 24), place=CARIBBEAN, mode="asserted", sentence=CARRIER_SENTENCE,
                      actors=(EventActor("US Navy", "USA", "source"),), article_id="carrier.txt"),
                event(summary="Venezuela mobilises its militia", category="MOBILIZE", domain="land",
                      start=date(2025, 9, 1), end=date(2025, 9, 30), granularity="month", place=CARACAS,
                      mode="asserted", sentence=MILITIA_SENTENCE, sentence_start=NAVAL_TEXT.index(MILITIA_SENTENCE),
                      actors=(EventActor("Venezuela", "VEN", "source"),), article_id="carrier.txt"),
            ],
        )
    return path
