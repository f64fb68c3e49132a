"""How consistently TimeBank + AQUAINT normalise the same DATE wording, next to what we get right.

    python -m benchmarks.temporal_agreement

For every gold DATE that our tagger finds (the relaxed matches behind `benchmarks.temporal`'s value
accuracy), the wording is reduced to a form (lower case, digits -> 9, month names -> MON, weekdays -> WD,
no leading article: "last week", "MON 99", "a year ago") and the gold value to a shape ("1998-W33" ->
"9999-W99", "1989-XX" -> "9999-XX"). A tagger that gives one shape per form can at best get the most
frequent shape of each form right: that sum over matched mentions is the "shape agreement". It is no hard
ceiling (context may choose between shapes: "a year ago" is a quarter in an earnings report), but every
mention above it needs a context rule that the corpus itself does not apply consistently. Shown with our
exact value accuracy (shape and content right), and the DATE value F1 that the shape agreement would give
at our relaxed F1. The forms that lose most mentions are listed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from benchmarks.table import corpus, write_results
from benchmarks.temporal import _same_value, ours, read_doc, score

_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.I)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
TOP = 12


def form(text: str) -> str:
    t = _WEEKDAY.sub("WD", _MONTH.sub("MON", text.lower()))
    return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\d", "9", re.sub(r"\s+", " ", t)))


def shape(value: str) -> str:
    return re.sub(r"-W9$", "-W99", re.sub(r"\d", "9", value))  # "1998-W7" is "1998-W07" (as scored)


def main() -> None:
    docs = [read_doc(p) for p in sorted(corpus("timebank").rglob("*.tml"))]
    system = {d.name: ours(d) for d in docs}
    shapes: dict[str, Counter] = defaultdict(Counter)
    exact: Counter = Counter()
    for d in docs:
        found, used = system[d.name], set()
        for g in d.gold:
            if g.type != "DATE":
                continue
            i = next((i for i, s in enumerate(found) if i not in used and s.start < g.end and g.start < s.end), None)
            if i is None:
                continue
            used.add(i)
            key = form(d.text[g.start:g.end])
            shapes[key][shape(g.value)] += 1
            exact[key] += _same_value(found[i].value, g.value)
    matched = sum(sum(c.values()) for c in shapes.values())
    agreement = sum(max(c.values()) for c in shapes.values())
    ours_exact = sum(exact.values())
    f1 = score(docs, system, "DATE")["relaxed_f1"]
    headers = ["measure", "mentions", "percent"]
    rows = [
        ["gold DATEs we find (relaxed)", matched, 100.0],
        ["shape agreement (one shape per wording)", agreement, round(100 * agreement / matched, 1)],
        ["ours: value exactly right", ours_exact, round(100 * ours_exact / matched, 1)],
        ["DATE value F1 at the shape agreement", "", round(100 * f1 * agreement / matched, 1)],
        ["DATE value F1, ours", "", round(100 * f1 * ours_exact / matched, 1)],
    ]
    lost = sorted(shapes.items(), key=lambda kv: sum(kv[1].values()) - max(kv[1].values()), reverse=True)[:TOP]
    forms = [{"form": k, "mentions": sum(c.values()), "shapes": dict(c.most_common()), "ours_exact": exact[k]}
             for k, c in lost]
    write_results("temporal_agreement", headers, rows, documents=len(docs), least_consistent_forms=forms)
    print("\nleast consistent wordings (gold shapes, ours exactly right):")
    for f in forms:
        print(f"  {f['form']!r:24} {f['mentions']:4}  {f['shapes']}  ours {f['ours_exact']}")


if __name__ == "__main__":
    main()
