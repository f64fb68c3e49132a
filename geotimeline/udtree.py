"""A Russian parse in the shape the English tree reader knows: slovnet's Universal Dependencies tree as a spaCy Doc
with ClearNLP labels.

`annotate(text, only)` splits the text into sentences and words (razdel; with `only`, each range is one
sentence, so no tree crosses from one into the next, and the rest of the text is blanked with offsets kept, as
for English), tags and parses them with slovnet's news models (morphology and syntax, over the navec news
embeddings), lemmatizes each word with pymorphy3 (the parse whose part of speech agrees with slovnet's), and
builds a spaCy Doc whose labels are those of en_core_web_sm, so that geotimeline.events.arguments reads Russian as it
reads English:

- nsubj:pass -> nsubjpass, obj -> dobj, iobj or a bare dative -> dative, aux:pass -> auxpass, acl:relcl -> relcl,
  a bare noun phrase of time or manner -> npadvmod; ccomp, xcomp, conj, cc, appos, parataxis, amod, nmod as they are;
- a preposition's phrase (obl or nmod with a case word) -> prep headed by the preposition, pobj below it;
- the bare instrumental of a passive ("задержано пограничниками") -> agent;
- "по словам X" -> "according to X"; "в МИД заявили" (a body and a verb of saying with no subject) -> the body
  is the subject;
- names headed by their last word, object-first sentences turned round (geotimeline.wordorder).

Each token's `norm_` is its gloss for the reader's tables (geotimeline.treewords), its `tag_` a Penn tag where
the reader asks one (VBN a passive participle, VBG a gerund, VB an infinitive, NNS a plural noun).

The models ship inside the natasha wheel (package data natasha/data: nothing is downloaded at run time; natasha
itself is never imported, its pymorphy2 does not run on Python 3.11). A missing model or a failure of slovnet
gives None, with a log line: the caller keeps its surface reading.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from geotimeline.treewords import RU_LEMMAS, russian_gloss
from geotimeline.wordorder import kids_of, names_last, subject_by_case

log = logging.getLogger(__name__)

MODEL_FILES = {
    "navec": "emb/navec_news_v1_1B_250K_300d_100q.tar",
    "syntax": "model/slovnet_syntax_news_v1.tar",
    "morph": "model/slovnet_morph_news_v1.tar",
}
MAX_WORDS = 200  # words of one sentence given to slovnet at once (its head scores grow with the square)
_LABELS = {
    "root": "ROOT", "nsubj:pass": "nsubjpass", "csubj:pass": "csubjpass", "obj": "dobj", "iobj": "dative",
    "aux:pass": "auxpass", "acl:relcl": "relcl", "obl:tmod": "npadvmod", "nmod:tmod": "npadvmod",
    "orphan": "dep", "list": "dep", "vocative": "dep", "dislocated": "dep", "reparandum": "dep", "goeswith": "dep",
}
# verbs of saying, promising and judging: with no subject, in the plural, after "в" + a name or a body, that name says
_SAY = frozenset({"say", "report", "note", "state", "add", "announce", "confirm", "claim", "tell", "write", "promise",
                  "threaten", "condemn", "reject", "deny", "demand", "warn", "accuse", "urge", "criticize", "protest",
                  "call", "believe", "acknowledge", "insist", "assert"})
_OC = {  # UD part of speech -> pymorphy3 (OpenCorpora) parts of speech that agree with it
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF", "PRTS"},
    "ADV": {"ADVB", "COMP", "PRED"}, "PRON": {"NPRO"}, "DET": {"NPRO", "ADJF"}, "NUM": {"NUMR", "ADJF"},
    "ADP": {"PREP"}, "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"}, "PART": {"PRCL"},
}


class ModelMissing(RuntimeError):
    """The Russian model files (natasha's package data) are not installed."""


@dataclass(frozen=True, slots=True)
class Word:
    start: int  # character offsets in the text
    end: int
    text: str


def model_dir() -> Path:
    """Where the installed natasha wheel keeps slovnet's and navec's files (found without importing natasha)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing("the natasha package (slovnet and navec model files) is not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    missing = [name for name in MODEL_FILES.values() if not (data / name).is_file()]
    if missing:
        raise ModelMissing(f"{data}: missing {', '.join(missing)}")
    return data


@cache
def models() -> tuple[Any, Any] | None:
    """(slovnet morphology, slovnet syntax), loaded once; None when they are not installed."""
    try:
        data = model_dir()
        from navec import Navec
        from slovnet import Morph, Syntax
    except (ModelMissing, ImportError) as exc:
        log.warning("no Russian parser: %s; Russian is read without a parse", exc)
        return None
    navec = Navec.load(str(data / MODEL_FILES["navec"]))
    return (Morph.load(str(data / MODEL_FILES["morph"])).navec(navec),
            Syntax.load(str(data / MODEL_FILES["syntax"])).navec(navec))


@cache
def _blas() -> Any:
    """slovnet's inference is numpy matrix products: on one BLAS thread it runs 4-10 times faster here (2 cores
    shared by several processes) than with OpenBLAS's own thread pool fighting for them."""
    from threadpoolctl import ThreadpoolController
    return ThreadpoolController()


@cache
def _analyzer() -> Any:
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def lemma_of(word: str, pos: str) -> str:
    """pymorphy3's lemma of `word`, from the first analysis whose part of speech agrees with the tagger's."""
    if not any(c.isalpha() for c in word):
        return word
    parses = _analyzer().parse(word)
    wanted = _OC.get(pos, set())
    best = next((p for p in parses if str(p.tag.POS) in wanted), parses[0] if parses else None)
    return best.normal_form if best is not None else word.lower()


def annotate(text: str, only: Sequence[tuple[int, int]] | None, vocab: Any) -> Any | None:
    """The parsed Doc of a Russian text (see the module's doc), or None when the parser is missing or fails."""
    loaded = models()
    if loaded is None:
        return None
    import razdel
    if only is None:
        ranges = [(s.start, s.stop) for s in razdel.sentenize(text)]
    else:
        ranges, at = [], 0
        for a, b in sorted(only):
            a, b = max(a, at, 0), min(b, len(text))
            if b > a:
                ranges.append((a, b))
                at = b
    sentences = [[Word(a + t.start, a + t.stop, t.text) for t in razdel.tokenize(text[a:b])] for a, b in ranges]
    # slovnet scores every pair of words: a run-on "sentence" is parsed in pieces of MAX_WORDS words
    sentences = [s[k : k + MAX_WORDS] for s in sentences for k in range(0, len(s), MAX_WORDS)]
    try:
        morph, syntax = loaded
        words = [[w.text for w in s] for s in sentences]
        with _blas().limit(limits=1, user_api="blas"):  # numpy's BLAS threads fight over a shared machine's cores
            tagged = list(morph.map(words))
            parsed = list(syntax.map(words))
    except Exception:  # slovnet's numpy inference on untrusted text: read it without a parse rather than crash
        log.warning("the Russian parser failed on a text of %d characters; read without a parse", len(text),
                    exc_info=True)
        return None
    return _doc(text, ranges, sentences, tagged, parsed, vocab)


def _doc(text: str, ranges: list[tuple[int, int]], sentences: list[list[Word]], tagged: list, parsed: list,
         vocab: Any) -> Any:
    from spacy.tokens import Doc
    shown = _blank_outside(text, ranges)
    cols: dict[str, list] = {k: [] for k in ("words", "spaces", "heads", "deps", "pos", "tags", "lemmas", "morphs")}
    norms: list[str] = []

    def add(word: str, head: int, row: Row | None = None) -> None:
        cols["words"].append(word), cols["spaces"].append(False), cols["heads"].append(head)
        cols["deps"].append(row.dep if row else "dep"), cols["pos"].append(row.pos if row else "SPACE")
        cols["tags"].append(row.tag if row else "_SP"), cols["lemmas"].append(row.lemma if row else word)
        cols["morphs"].append(row.morph if row else ""), norms.append(row.norm if row else word)

    def space(piece: str, head: int) -> None:  # a space belongs to the word before it (the first, to the one after)
        if piece.startswith(" ") and cols["words"] and not cols["spaces"][-1] and cols["pos"][-1] != "SPACE":
            cols["spaces"][-1], piece = True, piece[1:]
        if piece:
            add(piece, head)

    at = 0
    for sent, morph, tree in zip(sentences, tagged, parsed, strict=True):
        rows = rows_of(sent, morph, tree)
        where: list[int] = []  # word k of the sentence -> its token's index in the doc
        space(shown[at : sent[0].start], len(cols["words"]) - 1)
        for k, w in enumerate(sent):
            if k:
                space(text[sent[k - 1].end : w.start], where[-1])
            where.append(len(cols["words"]))
            add(w.text, -1, rows[k])
        for k, row in enumerate(rows):
            cols["heads"][where[k]] = where[row.head]
        if cols["heads"][0] < 0:  # the text's leading space belongs to its first word
            cols["heads"][0] = where[0]
        at = sent[-1].end
    space(shown[at:], len(cols["words"]) - 1)
    cols["heads"] = [max(h, 0) for h in cols["heads"]]  # a text with no words: its one space token is its own head
    doc = Doc(vocab, **cols)
    for tok, norm in zip(doc, norms, strict=True):
        tok.norm_ = norm
    return doc


def _blank_outside(text: str, ranges: list[tuple[int, int]]) -> str:
    """`text` with every character outside `ranges` blanked (line breaks kept), offsets unchanged."""
    out, at = [], 0
    for a, b in ranges:
        out.append("".join(c if c == "\n" else " " for c in text[at:a]))
        out.append(text[a:b])
        at = b
    out.append("".join(c if c == "\n" else " " for c in text[at:]))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Row:
    head: int  # the head's index in the sentence (a root is its own head)
    dep: str
    pos: str
    tag: str
    lemma: str
    morph: str
    norm: str


def rows_of(sent: Sequence[Word], morph: Any, tree: Any) -> list[Row]:
    """One sentence's words with their ClearNLP-shaped heads and labels (slovnet's morphology and UD tree in)."""
    n = len(sent)
    pos = [t.pos for t in morph.tokens]
    feats = [dict(t.feats) for t in morph.tokens]
    heads = [int(t.head_id) - 1 if int(t.head_id) > 0 else i for i, t in enumerate(tree.tokens)]
    rels = [t.rel for t in tree.tokens]
    lemmas = [lemma_of(w.text, p) for w, p in zip(sent, pos, strict=True)]
    deps = [_LABELS.get(r, r.split(":")[0]) for r in rels]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    case: list[str | None] = [None] * n  # a preposition's object's case
    prep_text: dict[int, str] = {}
    for i in range(n):
        if deps[i] not in ("obl", "nmod"):
            continue
        p = next((c for c in children[i] if deps[c] == "case" and pos[c] == "ADP" and c < i), None)
        if p is None:
            head = heads[i]
            if feats[i].get("Case") == "Ins" and deps[i] == "obl" and _passive(head, deps, children, feats):
                deps[i] = "agent"  # "задержано пограничниками": who did it
            elif deps[i] == "obl":
                deps[i] = "dative" if feats[i].get("Case") == "Dat" else "npadvmod"
            continue
        fixed = [c for c in children[p] if deps[c] == "fixed"]
        prep_text[p] = " ".join(sent[k].text.lower() for k in [p, *fixed])
        case[p] = feats[i].get("Case")
        heads[p], deps[p], heads[i], deps[i] = heads[i], "prep", p, "pobj"
        children[heads[p]].append(p)
    for i in range(n):  # "их судно": a possessive pronoun is the possessor, as English "their" ("свой" is the subject's)
        if deps[i] == "det" and sent[i].text.lower() in ("его", "её", "ее", "их"):
            deps[i] = "poss"
    names_last(heads, deps, pos, lemmas)
    subject_by_case(heads, deps, pos, feats, [w.text for w in sent], _nominative)
    rows_norm = [russian_gloss(prep_text.get(i, w.text), lemmas[i], pos[i], case[i]) for i, w in enumerate(sent)]
    for i in range(n):  # "по словам министра": according to the minister
        if deps[i] == "pobj" and lemmas[i] == "слово" and rows_norm[heads[i]] == "on" and sent[heads[i]].text.lower() == "по":
            rows_norm[heads[i]], deps[i], rows_norm[i] = "according", "prep", "to"
            for c in kids_of(heads)[i]:
                if deps[c] == "nmod":
                    deps[c] = "pobj"
    kids = kids_of(heads)
    for v in range(n):  # "в МИД заявили, что ...", "в Москве пообещали ...": the body or the capital that says
        if (RU_LEMMAS.get(lemmas[v]) not in _SAY or feats[v].get("Number") != "Plur"
                or any(deps[c].startswith("nsubj") for c in kids[v])):
            continue
        place = next((c for c in kids[v] if deps[c] == "prep" and rows_norm[c] == "in"), None)
        noun = next((c for c in kids[place] if deps[c] == "pobj"), None) if place is not None else None
        if noun is not None and (pos[noun] == "PROPN" or rows_norm[noun] in _SAID_BY):
            heads[noun], deps[noun], heads[place], deps[place] = v, "nsubj", noun, "case"
            kids = kids_of(heads)
    _one_tree(heads, deps, pos)
    return [Row(heads[i], deps[i], pos[i], _tag(pos[i], feats[i]), lemmas[i],
                "|".join(f"{k}={v}" for k, v in sorted(feats[i].items())), rows_norm[i]) for i in range(n)]


def _nominative(word: str) -> bool:
    """Can the word form be a nominative (pymorphy3: any of its analyses)?"""
    return any("nomn" in p.tag for p in _analyzer().parse(word))


def _one_tree(heads: list[int], deps: list[str], pos: list[str]) -> None:
    """Make the sentence one tree: slovnet picks each head on its own, so a sentence may come with two roots or a
    cycle; every other root and every word on a cycle hangs from the first root (the main verb where there is one)."""
    n = len(heads)
    roots = [i for i in range(n) if heads[i] == i]
    root = next((i for i in roots if pos[i] in ("VERB", "AUX")), roots[0] if roots else 0)
    heads[root], deps[root] = root, "ROOT"
    rooted = {root}  # words known to reach the root
    for i in range(n):
        path, v = set(), i
        while v not in rooted and heads[v] != v and v not in path:
            path.add(v)
            v = heads[v]
        if v not in rooted:  # a cycle, or another root: it hangs from the root
            heads[v], deps[v] = root, "dep" if deps[v] == "ROOT" else deps[v]
        rooted.update(path)
        rooted.add(v)


_SAID_BY = frozenset({"ministry", "government", "army", "navy", "embassy", "mission", "department", "office",
                      "command", "council", "administration", "agency", "parliament", "cabinet", "court"})


def _passive(head: int, deps: list[str], children: list[list[int]], feats: list[dict]) -> bool:
    return feats[head].get("Voice") == "Pass" or any(deps[c] in ("nsubjpass", "auxpass") for c in children[head])


def _tag(pos: str, feats: dict) -> str:
    """The Penn tag the reader asks for: VBN a passive participle, VBG a gerund or active participle, VB an
    infinitive, NNS / NNPS a plural noun or name."""
    if pos in ("VERB", "AUX"):
        form = feats.get("VerbForm")
        if form == "Part":
            return "VBN" if feats.get("Voice") == "Pass" else "VBG"
        return {"Conv": "VBG", "Inf": "VB"}.get(form or "", "VBD" if feats.get("Tense") == "Past" else "VBP")
    if pos in ("NOUN", "PROPN"):
        return ("NNP" if pos == "PROPN" else "NN") + ("S" if feats.get("Number") == "Plur" else "")
    return pos
