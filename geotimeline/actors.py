"""Actors: countries, demonyms, capitals used for governments, leaders, ministries, forces, groups.

STUB: the records are fixed; the matcher is being written.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # canonical display name ("Nicolás Maduro", "Russia", "US Navy")
    country: str | None  # ISO 3166-1 alpha-3 where one applies
    kind: str  # country, person, government, ministry, military, company, armed_group, organisation


@dataclass(frozen=True, slots=True)
class ActorMention:
    text: str
    start: int
    end: int
    actor: Actor
