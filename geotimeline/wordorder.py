"""Russian word order and names, repaired in slovnet's tree before the tree reader sees it (geotimeline.udtree).

- A name as ClearNLP shapes it: the last word heads it, the words before are compounds, and a title before a name
  hangs from the name ("министр Рамон Веласкес": the person, with the title's country in the core of the phrase).
- Object-first sentences, which the parser reads subject-first: a nominative object, or a predicate that agrees with
  the object and not with the chosen subject, turns them round ("Удары Израиля по Газе осудил Египет").

Each works on one sentence's parallel lists (heads as indices in the sentence, ClearNLP labels, UD parts of speech
and features) and changes them in place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from geotimeline.treewords import RU_LEMMAS


def kids_of(heads: list[int]) -> list[list[int]]:
    """Each word's dependents, in order."""
    out: list[list[int]] = [[] for _ in heads]
    for i, h in enumerate(heads):
        if h != i:
            out[h].append(i)
    return out


def names_last(heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> None:
    """A name as ClearNLP shapes it: its last word is the head, the words before it compounds ("Мария Захарова",
    UD flat with the first word as head), and a title before a name hangs from the name ("министр Рамон
    Веласкес", "президент Венесуэлы Николас Мадуро": the person, with the title's country in its core)."""
    n = len(heads)
    for i in range(n):
        if pos[i] != "PROPN" or deps[i] in ("flat", "compound") and heads[i] == i - 1:
            continue
        last = i
        while last + 1 < n and pos[last + 1] == "PROPN" and heads[last + 1] in range(i, last + 1) and deps[last + 1] in (
                "flat", "appos"):
            last += 1
        if last > i:
            _promote(heads, deps, i, last, range(i, last))
    kids = kids_of(heads)
    for t in range(n):  # the title before the name
        if pos[t] != "NOUN" or lemmas[t] not in _TITLES:
            continue
        name = next((c for c in kids[t] if c > t and deps[c] == "appos" and pos[c] == "PROPN"), None)
        if name is not None:
            _promote(heads, deps, t, name, [t], frozenset({"nmod", "amod", "det", "nummod", "case", "compound", "prep"}))
            kids = kids_of(heads)


def subject_by_case(heads: list[int], deps: list[str], pos: list[str], feats: list[dict], words: list[str],
                    nominative: Callable[[str], bool]) -> None:
    """An object in the nominative is the subject of a sentence in object-first order ("Письмо должен был передать
    министр": the minister hands the letter over); the subject the parse chose in its place, in a case that can be
    an object (an inanimate noun where the object is a person), becomes the object."""
    kids = kids_of(heads)
    for v in range(len(heads)):  # "послание должен был передать министр": two subjects, one agrees
        subjects = [c for c in kids[v] if deps[c] == "nsubj" and pos[c] in ("NOUN", "PROPN")]
        if len(subjects) == 2:
            right = [c for c in subjects if _agrees(v, c, kids, deps, feats)]
            if len(right) == 1:
                wrong = subjects[0] if right[0] == subjects[1] else subjects[1]
                inner = next((c for c in kids[v] if deps[c] == "xcomp"), v)
                heads[wrong], deps[wrong] = inner, "dobj"
                kids = kids_of(heads)
    for o in range(len(heads)):
        if deps[o] != "dobj" or pos[o] not in ("NOUN", "PROPN"):
            continue
        v = heads[o]
        holders = [v, heads[v]] if deps[v] == "xcomp" else [v]
        s = next((c for h in holders for c in kids[h] if deps[c] == "nsubj"), None)
        if s is None:  # "Удары Израиля осудил Египет" read as two objects: the one the verb agrees with is the subject
            other = [c for c in kids[v] if deps[c] == "dobj" and c != o]
            if (len(other) == 1 and feats[v].get("VerbForm") == "Fin" and _agrees(v, o, kids, deps, feats)
                    and not _agrees(v, other[0], kids, deps, feats) and nominative(words[o])):
                deps[o] = "nsubj"
            continue
        by_case = feats[o].get("Case") == "Nom" and (feats[s].get("Case") == "Acc" or feats[s].get("Animacy") == "Inan"
                                                     and feats[o].get("Animacy") == "Anim")
        # "Вторжение России осудили страны G7": the plural verb agrees with the countries, not the invasion
        by_agreement = (not _agrees(heads[s], s, kids, deps, feats) and _agrees(heads[s], o, kids, deps, feats)
                        and nominative(words[o]))
        if by_case or by_agreement:
            heads[o], heads[s], deps[o], deps[s] = heads[s], heads[o], "nsubj", "dobj"
            kids = kids_of(heads)


def _agrees(v: int, noun: int, kids: list[list[int]], deps: list[str], feats: list[dict]) -> bool:
    """Does the predicate `v` (a finite verb, or a short adjective or participle: "должен") agree with `noun` as its
    subject (number; gender in the singular)? A noun with a conjunct ("Россия и Китай") is plural; a predicate or
    noun that does not say agrees."""
    verb, own = feats[v], feats[noun]
    if verb.get("VerbForm", "Fin") != "Fin" and verb.get("Variant") != "Short" or "Number" not in verb or "Number" not in own:
        return True
    number = "Plur" if any(deps[c] == "conj" for c in kids[noun]) else own["Number"]
    if number != verb["Number"]:
        return False
    return number == "Plur" or "Gender" not in verb or "Gender" not in own or verb["Gender"] == own["Gender"]


def _promote(heads: list[int], deps: list[str], old: int, new: int, under: Sequence[int],
             keep: frozenset[str] = frozenset()) -> None:
    """`new` takes `old`'s place in the tree; the words `under` become its compounds, and their other dependents
    (a conjunct, a relative clause) hang from `new`, except those labelled `keep` (a title's own "транспорта")."""
    heads[new], deps[new] = (new, "ROOT") if heads[old] == old else (heads[old], deps[old])
    for c in range(len(heads)):
        if heads[c] in under and c != new and c not in under and deps[c] not in keep:
            heads[c] = new
    for k in under:
        heads[k], deps[k] = new, "compound"


_TITLES = frozenset(w for w, en in RU_LEMMAS.items() if en in {
    "president", "minister", "spokesperson", "ambassador", "envoy", "secretary", "chancellor", "king", "premier",
    "official", "commander", "general", "chief", "leader"})
