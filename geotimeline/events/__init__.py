"""Events: who did what to whom, where and when, read from the annotated document (geotimeline.document).

Stages over one article, each adding to what the ones before found (`extraction.extract_events` runs them):

- reportshape: the shape of the story (dateline, a report's "COUNTRY:" heading, telex capitals, incident report)
- categories, predicates, nouns: event triggers, by the lexicon and by the parse's lemmas, with PLOVER categories
- attribution: who says so ("X said", "according to X") and the mode (asserted, claimed, denied ...)
- arguments, objects, phrases, pronouns, people: source and target actors from the dependency tree (objects: what a
  verb's prepositions and purpose name, and a state's force reported seen)
- roles, clauses: the surface role reading, kept for a sentence the parse gives no subject and for languages
  without a parser
- sentencetree: what the tree says about a trigger (its clause, the date that governs it, what makes it happen)
- conventions: event coders' conventions where a sentence names only a place (a crowd is its people, a state act
  in the passive is the state's, a force acts on the place's state, a visit is paid to the host)
- dates, places, vessels: the event's date, place and named ships
- summaries, glosses: the English label
- records: the Event and EventActor records the store keeps

Only the public records and `extract_events` are re-exported here; the stages import each other directly.
"""

from geotimeline.events.extraction import MAX_TEXT_CHARS, extract_events
from geotimeline.events.records import CATEGORIES, DOMAINS, MODES, Event, EventActor

__all__ = ["CATEGORIES", "DOMAINS", "MAX_TEXT_CHARS", "MODES", "Event", "EventActor", "extract_events"]
