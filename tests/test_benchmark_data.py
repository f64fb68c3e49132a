"""The hand-annotated multilingual date set that `benchmarks.temporal_multilingual` scores: well formed, every
gold expression found in its passage in order, values of the contract's shapes. (No score is asserted.)"""

from __future__ import annotations

import json
import re

from benchmarks.temporal_multilingual import DATA, LANGS, load

_VALUE = re.compile(
    r"(?:\d{1,4}(?:-(?:\d\d|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI|XX)(?:-\d\d)?)?(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?"
    r"|XXXX-WXX-[1-7]|(?:PRESENT|PAST|FUTURE)_REF|P(?:T?(?:\d+|X)[YMWDHS])+(?:\d+M)?)")


def test_the_set_loads_with_every_gold_expression_located():
    by_lang = load()
    assert set(by_lang) >= set(LANGS)
    assert all(len(by_lang[lang]) >= 10 for lang in LANGS)
    for docs in by_lang.values():
        for doc in docs:
            for g in doc.gold:
                assert 0 <= g.start < g.end <= len(doc.text)


def test_values_and_types_follow_the_contract():
    for line in DATA.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert rec["lang"] in LANGS
        for g in rec["gold"]:
            assert g["type"] in ("DATE", "TIME", "DURATION", "SET"), g
            for part in g["value"].split(".."):
                assert part == "" or _VALUE.fullmatch(part), (rec["id"], g)
