"""One row of the events frame (store.events_frame columns), for chart and report tests."""

from __future__ import annotations

import pandas as pd

T = pd.Timestamp
# the seed development: Maduro asks Putin for help, dated in the text, placed in Caracas
BASE = {
    "summary": "Maduro asks Putin for help", "category": "REQUEST", "domain": "diplomatic",
    "start": T("2025-10-16"), "end": pd.NaT, "open_end": False, "granularity": "day",
    "date_text": "October 16", "date_source": "text", "date_mod": None,
    "place_name": "Caracas", "lat": 10.49, "lon": -66.88, "place_kind": "city", "place_country": "VEN",
    "place_inferred": False, "attributed_to": None, "mode": "asserted", "confidence": 0.8, "edited": False,
    "actors": "Nicolás Maduro (VEN, source); Vladimir Putin (RUS, target)", "source_country": "VEN",
    "target_country": "RUS", "countries": "VEN|RUS", "vessels": "", "outlets": "Meridian Wire",
    "articles": "maduro-letters", "n_sources": 1, "sentence": "s", "published": T("2025-11-01"),
}
