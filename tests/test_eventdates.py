"""Event dates from their clause: "two days after" the development the report is about."""

from __future__ import annotations

from datetime import date

import pytest

from geotimeline.articles import Article
from geotimeline.events import extract_events

REF = date(2024, 1, 12)  # a Friday


def _dated(text: str, language: str = "en") -> list[tuple[str, str, str, str | None]]:
    found = extract_events(Article("t", text, published=REF, language=language))
    return [(e.category, e.start.isoformat(), e.granularity, e.date_text) for e in found]


@pytest.mark.parametrize(("text", "language", "category", "expected"), [
    # the lead event is the development the report is about; a clause "N units after" counts back from it
    ("US and British warplanes struck Houthi targets in Yemen on Friday. The strikes came two days after the UN "
     "Security Council passed a resolution demanding an end to the attacks.", "en", "REQUEST",
     ("2024-01-10", "day", "two days after")),
    # "before" counts forward; weeks keep the precision of a week
    ("The navy seized a tanker off Oman on Friday. The seizure came a week before the ministers met in Geneva.",
     "en", "CONSULT", ("2024-01-15", "week", "a week before")),  # the week of 19 January
    # a date of its own wins over the relation
    ("US and British warplanes struck Houthi targets on Friday. The strikes came three days after US forces "
     "shot down 18 drones on Tuesday.", "en", "ASSAULT", ("2024-01-09", "day", "Tuesday")),
    ("Buques estadounidenses atacaron una lancha el viernes. El ataque se produjo dos días después de que Irán "
     "incautara un petrolero.", "es", "COERCE", ("2024-01-10", "day", "dos días después de")),
    # the date of a subordinate clause ("después de que China aprobara el miércoles") is not the main verb's
    ("Filipinas presentará una protesta diplomática contra China después de que el Consejo de Estado chino "
     "aprobara el miércoles la creación de una reserva.", "es", "ACCUSE", ("2024-01-12", "day", None)),
    ("Американские корабли атаковали катер в пятницу. Удар был нанесён через два дня после того, как Иран "
     "захватил танкер.", "ru", "COERCE", ("2024-01-10", "day", "два дня после")),
])
def test_a_clause_n_units_after_counts_from_the_lead_event(text, language, category, expected):
    found = [d for d in _dated(text, language) if d[0] == category]
    assert found, _dated(text, language)
    assert found[-1][1:] == expected


def test_no_relation_no_shift():
    # without "N units after", an undated event keeps the day of the story it is told in
    found = _dated("US warplanes struck Houthi targets on Friday. Iran's navy seized a tanker.")
    assert any(d[:3] == ("COERCE", "2024-01-12", "day") for d in found), found


@pytest.mark.parametrize(("text", "day", "mod"), [
    # a development told with no date of its own, in a story about a recent day: that day or after
    ("Gunmen attacked a convoy near Gao on Tuesday. Mali deployed 300 soldiers to the town.", "2024-01-09", "ON_OR_AFTER"),
    # a story whose dates are old keeps the publication day for its undated developments
    ("Gunmen attacked a convoy near Gao in March 2019. Mali deployed 300 soldiers to the town.", "2024-01-12", None),
])
def test_an_undated_development_takes_the_storys_day(text, day, mod):
    found = [e for e in extract_events(Article("t", text, published=REF)) if e.category == "MOBILIZE"]
    assert found and found[0].start.isoformat() == day and found[0].date_mod == mod, [
        (e.category, e.start, e.date_mod, e.date_source) for e in found]


@pytest.mark.parametrize(("text", "categories"), [
    # "reclamar" a territory is a claim of sovereignty, not a request
    ("El Esequibo, que Venezuela reclama como suyo, es rico en petróleo.", []),
    ("China reclama la soberanía del bajo de Scarborough.", []),
    ("Un atolón que ambos países reclaman fue declarado reserva.", []),
    ("Venezuela reclamó a Guyana el pago de la deuda.", ["REQUEST"]),
])
def test_a_territorial_claim_is_no_request(text, categories):
    assert [d[0] for d in _dated(text, "es")] == categories


@pytest.mark.parametrize(("text", "category", "start"), [
    # an event with no date of its own is dated by the statement that tells it
    ("Japan said on Tuesday that it would resume fuel shipments to Manila.", "AGREE", date(2024, 1, 9)),
    ("The ministry told reporters Wednesday that the navy had seized a tanker.", "COERCE", date(2024, 1, 10)),
    # its own date wins over the statement's
    ("Kenya said on Wednesday that its forces attacked a camp on Monday.", "ASSAULT", date(2024, 1, 8)),
])
def test_an_undated_report_takes_the_date_it_was_told(text, category, start):
    events = [e for e in extract_events(Article(id="t", text=text, published=REF)) if e.category == category]
    assert events and events[0].start == start, [(e.category, e.start, e.date_text) for e in extract_events(
        Article(id="t", text=text, published=REF))]
