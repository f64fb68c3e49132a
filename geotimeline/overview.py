"""An overview of many events: above a few thousand, the timeline draws bins (events per lane, domain and
day/week/month) computed on the server, instead of shipping every event to the browser.

A bin is a row shaped like an event row (so timeline.timeline_figure draws it as a bar in its lane) with a
negative id; `members` maps a bin id to the event ids inside it, so a selected bin selects its events.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geotimeline.timeline import TITLE_SPACE, lane_keys

log = logging.getLogger(__name__)

LIMIT = 1000  # more events than this are binned: each event is an SVG marker drawn twice (plot and range slider);
# 1,240 of them took plotly.js 250-290 ms to redraw in headless Chromium, their weekly bins 110-140 ms, and that many
# dots overlap in their lanes anyway (a bin lists its events when selected)
MAX_PERIODS = 160  # bins per lane at most: the narrowest period that keeps under this is chosen
MAX_BINS = 600  # bins in all at most (the period is widened until there are no more): each is an SVG
# marker drawn twice (plot and range slider); 2,500 weekly bins took 3-4x as long to draw as ~170 monthly ones
MAX_LANES = 30  # the busiest lanes; the rest are pooled
OTHER_LANES = "(other lanes)"
FREQS = (("D", "day"), ("W", "week"), ("M", "month"), ("Q", "quarter"), ("Y", "year"))


@dataclass(frozen=True, slots=True)
class Binned:
    frame: pd.DataFrame  # one row per bin, events-frame columns
    members: dict[int, np.ndarray]  # bin id (negative) -> event ids
    unit: str  # day, week, month, quarter, year

    def expand(self, ids: Iterable[int]) -> tuple[int, ...]:
        """Event ids for a selection that may contain bin ids."""
        out: list[int] = []
        for i in ids:
            if i < 0 and i in self.members:
                out.extend(int(x) for x in self.members[i])
            elif i >= 0:
                out.append(int(i))
        return tuple(dict.fromkeys(out))

    def count(self, ids: Iterable[int]) -> int:
        """Events in a selection that may contain bin ids (the bins' events, each event once)."""
        return len(self.expand(ids))

    def bins_of(self, event_ids: Collection[int]) -> tuple[int, ...]:
        """The bins holding any of `event_ids` (to highlight a selection), in bin order: one pass over all
        members, not one per bin (a click at 100k events asked 170 bins in turn)."""
        if not event_ids or not self.members:
            return ()
        bins = list(self.members)
        ids = np.concatenate([self.members[b] for b in bins])
        owner = np.repeat(np.arange(len(bins)), [len(self.members[b]) for b in bins])
        hit = np.unique(owner[np.isin(ids, np.asarray(list(event_ids)))])
        return tuple(bins[i] for i in hit)


def needs_bins(n: int, limit: int = LIMIT) -> bool:
    return n > limit


def choose_unit(first: pd.Timestamp, last: pd.Timestamp, max_periods: int = MAX_PERIODS) -> tuple[str, str]:
    days = max(1, (last - first).days + 1)
    for freq, unit in FREQS:
        approx = {"day": 1, "week": 7, "month": 30.4, "quarter": 91.3, "year": 365.25}[unit]
        if days / approx <= max_periods:
            return freq, unit
    return FREQS[-1]


def binned(df: pd.DataFrame, lanes: str) -> Binned:
    """Bin the dated events of `df` by (lane, domain, period); undated events are left out, as the
    timeline leaves them out. Lanes beyond the MAX_LANES busiest are pooled into one "(other lanes)",
    and the period is widened until there are at most MAX_BINS bins."""
    d = df[df["start"].notna()]
    if d.empty:
        return Binned(df.iloc[0:0], {}, "day")
    lane = pool_lanes(lane_keys(d, lanes).astype(str))
    first = FREQS.index(choose_unit(d["start"].min(), d["start"].max()))
    for level in range(first, len(FREQS)):
        freq, unit = FREQS[level]
        # integer period ordinals: grouping on boxed Period objects costs a Python object per event
        ordinal = d["start"].dt.to_period(freq).array.asi8
        keys = pd.DataFrame({"lane": lane.to_numpy(), "domain": d["domain"].fillna("other").astype(str).to_numpy(),
                             "period": ordinal, "id": d["id"].to_numpy()})
        group = keys.groupby(["lane", "domain", "period"], sort=True)
        if group.ngroups <= MAX_BINS:
            break
    code = group.ngroup().to_numpy()
    sizes = group.size()
    n_bins = len(sizes)
    order = np.argsort(code, kind="stable")
    split = np.split(keys["id"].to_numpy()[order], np.cumsum(np.bincount(code, minlength=n_bins))[:-1])
    frame = bin_frame(sizes.index.to_frame(index=False), sizes.to_numpy(), freq, unit, lanes)
    members = {int(b): ids for b, ids in zip(frame["id"], split, strict=True)}
    log.debug("binned %d events into %d %s bins", len(d), n_bins, unit)
    return Binned(frame, members, unit)


def pool_lanes(lane: pd.Series, weights: pd.Series | None = None) -> pd.Series:
    """The lane of each row, lanes beyond the MAX_LANES busiest (by row count, or by `weights`; ties by name) pooled."""
    counts = (weights if weights is not None else pd.Series(1, index=lane.index)).groupby(lane.to_numpy()).sum()
    if len(counts) <= MAX_LANES:
        return lane
    table = pd.DataFrame({"lane": counts.index, "n": counts.to_numpy()})
    busiest = table.sort_values(["n", "lane"], ascending=[False, True]).head(MAX_LANES)["lane"]
    return lane.where(lane.isin(busiest), OTHER_LANES)


def bin_frame(idx: pd.DataFrame, n: np.ndarray, freq: str, unit: str, lanes: str) -> pd.DataFrame:
    """The bins as event-shaped rows (ids -1, -2, ... in the order of `idx`): `idx` holds one row per bin with
    its lane, domain and period ordinal (of `freq`), `n` its event count. Shared by `binned` (events in memory)
    and `geotimeline.store.aggregates` (counts from SQL)."""
    n = np.asarray(n, dtype="int64")
    bin_ids = -(np.arange(len(idx)) + 1)
    periods = pd.PeriodIndex.from_ordinals(idx["period"].to_numpy(), freq=freq)
    starts = pd.Series(periods.start_time.normalize())
    ends = pd.Series(periods.end_time.normalize())
    label = np.where(n == 1, "1 event", pd.Series(n).astype(str).to_numpy() + " events")
    when = starts.dt.strftime("%d %b %Y")
    if unit != "day":
        when = f"{unit} of " + when
    lane_name = idx["lane"].astype(str)
    return pd.DataFrame({
        "id": bin_ids,
        "summary": label + " (" + idx["domain"].astype(str).to_numpy() + ")",
        "domain": idx["domain"].astype(str),
        "category": "",
        "start": starts.to_numpy(),
        "end": ends.to_numpy() if unit != "day" else starts.to_numpy(),
        "open_end": False,
        "granularity": "range" if unit != "day" else "day",
        "date_text": when.to_numpy(),
        "date_source": "text",
        "source_country": lane_name if lanes == "country" else "",
        "countries": lane_name if lanes == "country" else "",
        "articles": lane_name if lanes == "article" else "",
        "outlets": "",
        "place_name": "",
        "lat": np.nan,
        "lon": np.nan,
        "confidence": 1.0,
        "n_events": n,
    })


def timeline_view(df: pd.DataFrame, lanes: str, *, cursor: object = None, selected: Collection[int] = (),
                  presentation: bool = False, height: int | None = None) -> tuple[object, Binned | None]:
    """The timeline figure for `df`: every event when there are few, bins when there are many (the
    Binned is returned so a selected bin can be expanded to its events)."""
    fig, bins, marks = timeline_base_view(df, lanes, cursor=cursor, presentation=presentation, height=height)
    return fig.add_traces(timeline_rings(bins, marks, selected, presentation)), bins


def timeline_base_view(df: pd.DataFrame, lanes: str, *, cursor: object = None, presentation: bool = False,
                       height: int | None = None) -> tuple[object, Binned | None, pd.DataFrame]:
    """`timeline_view` without a selection, with the marks `timeline_rings` rings a selection on (the bins'
    marks when binned)."""
    from geotimeline.timeline import timeline_base

    if needs_bins(len(df)):
        b = binned(df, lanes)
        fig, marks = binned_base_view(b.frame, b.unit, len(df), lanes, cursor=cursor, presentation=presentation,
                                      height=height)
        return fig, b, marks
    fig, marks = timeline_base(df, lanes=lanes, cursor=cursor, presentation=presentation, height=height)
    return fig, None, marks


def binned_base_view(frame: pd.DataFrame, unit: str, n_events: int, lanes: str, *, cursor: object = None,
                     presentation: bool = False, height: int | None = None) -> tuple[object, pd.DataFrame]:
    """The timeline of bins (`Binned.frame`, or a large store's `aggregates.StoreBins.frame`) and its marks."""
    from geotimeline.timeline import timeline_base

    fig, marks = timeline_base(frame, lanes=lanes, cursor=cursor, presentation=presentation, height=height)
    fig.update_layout(title={"text": f"{n_events:,} events, {unit}ly bins: select a bin to list its events",
                             "font": {"size": 13}, "x": 0, "y": 1, "yanchor": "top", "yref": "container",
                             "pad": {"t": 6}},
                      margin_t=fig.layout.margin.t + TITLE_SPACE)
    return fig, marks


def timeline_rings(bins: Binned | None, marks: pd.DataFrame, selected: Collection[int],
                   presentation: bool = False) -> list:
    """The ring of the selected events on a `timeline_base_view` figure: around the events themselves, or around
    the bins holding them."""
    from geotimeline.timeline import selection_rings

    return selection_rings(marks, bins.bins_of(selected) if bins is not None else tuple(selected), presentation)
