"""Clauses of a sentence, as event extraction needs them: where the clause of one trigger ends and the next
begins, so that each event takes the actors, place and date of its own clause.

A boundary is a semicolon, a relative pronoun or a contrast ("who", "which", "but", "mientras"), ", and", or a
subordinator that opens a clause with an event of its own ("después de que", "после того как"): in "presentará
una protesta después de que China aprobara el miércoles ...", Wednesday is China's approval, not the protest.
"""

from __future__ import annotations

import re

_SUBORDINATE = r"después de que|antes de que|после того,? как|до того,? как"
_SUBORDINATE_RE = re.compile(rf"\b(?:{_SUBORDINATE})\b", re.I)
BOUNDARY = re.compile(rf";|\b(?:while|whereas|but|meanwhile|who|whom|whose|which|в то время как|а также|mientras"
                      rf"|{_SUBORDINATE})\b|,\s*(?:and|y|и)\b", re.I)


def clause_end_before(text: str, lo: int, hi: int | None) -> int:
    """Where the clause of a trigger ending at `lo` ends: at the first boundary before the next kept trigger at
    `hi`, else at that trigger ("killed innocent sailors and called on ..."); for the last trigger of the
    sentence (`hi` None), at a subordinate clause of its own, else at the end of the sentence."""
    if hi is None:
        m = _SUBORDINATE_RE.search(text, lo)
        return m.start() if m else len(text)
    m = BOUNDARY.search(text, lo, hi)
    return m.start() if m else hi


def clause_start_after(text: str, lo: int, hi: int) -> int:
    """Where the clause of a trigger at `hi` starts: after the last boundary since `lo`, else at `lo`."""
    ends = [m.end() for m in BOUNDARY.finditer(text, lo, hi)]
    return ends[-1] if ends else lo
