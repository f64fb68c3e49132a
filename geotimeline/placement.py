"""Where the timeline looks first and which date labels it can print without overlap.

A few background events (a 1951 treaty, a 2016 ruling) would otherwise stretch the time axis over decades
and squeeze the weeks that matter into one column; and labels printed at every span start run into each
other. Both are decided here, as plain functions over the timeline's geometry, so they can be tested
without drawing.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

CORE = 0.9  # the share of events the first view must show at least
GAP = 0.5  # a background event is this far (as a share of the span of the rest) from its neighbour
MIN_GAIN = 2.0  # focus only when the full axis is at least this many times wider than the core
PAD = 0.04  # padding either side of the focused window, as a share of its width
DAY_US = 86_400_000_000
MIN_US = int(np.datetime64("0001-01-01", "us").astype(np.int64))  # the axis never leaves years 0001-9999
MAX_US = int(np.datetime64("9999-12-31T23:59:59", "us").astype(np.int64))
PLOT_PX = 900  # assumed plot width when estimating label widths (the chart fills ~900-1500 px)
CHAR_PX = {False: 6.6, True: 9.6}  # average character width at the label font size (normal, presentation)


def focus_window(starts: pd.Series, edge: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The x range of the first view when a few background events far from the rest (a 1951 treaty among
    2025 events) would make the full axis at least MIN_GAIN times wider: the events left after cutting off
    at most 1 - CORE of them at either end, each cut at a gap at least GAP times as long as the span that
    remains, up to the right edge; None when the full axis is already right. An early group of events that
    is part of the story (no such gap) stays in view. The range slider and "all" still reach every event."""
    s = pd.to_datetime(starts).dropna().sort_values()
    if len(s) < 10:
        return None
    values = micros(s)
    right = int(micros(pd.Series([pd.Timestamp(edge)]))[0])
    budget = int(np.floor((1 - CORE) * len(values)))
    first, last = 0, len(values) - 1
    for i in range(budget):  # leading background: cut after values[i]
        if values[i + 1] - values[i] >= GAP * (max(values[last], right) - values[i + 1]):
            first = i + 1
    for i in range(len(values) - 1, len(values) - 1 - (budget - first), -1):  # trailing, never before the edge
        if values[i] > right and values[i] - values[i - 1] >= GAP * (values[i - 1] - values[first]):
            last = i - 1
    lo, hi = int(values[first]), max(int(values[last]), right)
    full = max(int(values[-1]), right) - int(values[0])
    if hi - lo <= 0 or full < MIN_GAIN * (hi - lo):
        return None
    pad = max(int(PAD * (hi - lo)), DAY_US)
    return stamp(max(lo - pad, MIN_US)), stamp(min(hi + pad, MAX_US))


def micros(x: pd.Series) -> np.ndarray:
    """Dates as int64 microseconds since 1970 (years 0001-9999 fit; nanoseconds stop at 1677 and 2262)."""
    return pd.to_datetime(x).to_numpy().astype("datetime64[us]").astype(np.int64)


def stamp(us: int) -> pd.Timestamp:
    """The Timestamp (microsecond unit) of int64 microseconds since 1970."""
    return pd.Timestamp(np.datetime64(int(us), "us"))


def label_mask(x: pd.Series, y: pd.Series, text: pd.Series, window: tuple[pd.Timestamp, pd.Timestamp],
               presentation: bool = False, plot_px: int = PLOT_PX) -> pd.Series:
    """Which labels to print: inside the window, and in each swimlane only where a label does not run
    into the one before it (text width estimated from its length at the label font size). The sub-rows of a
    lane are closer together than a line of text, so a lane counts as one row of labels."""
    lo, hi = window
    lo_us, hi_us = micros(pd.Series([lo, hi]))
    us_per_px = max(int(hi_us - lo_us), 1) / plot_px
    widths = text.fillna("").astype(str).str.len().to_numpy() * CHAR_PX[presentation] + 8
    xs = micros(x)
    keep = np.zeros(len(xs), dtype=bool)
    inside = (xs >= lo_us) & (xs <= hi_us)
    lane = np.round(y.to_numpy(dtype=float))  # sub-rows sit within +-0.4 of their lane's integer
    frame = pd.DataFrame({"x": xs, "y": lane, "w": widths * us_per_px, "i": np.arange(len(xs))})
    for _, row in frame[inside].sort_values(["y", "x"], kind="stable").groupby("y", sort=False):
        free_from = None
        for x0, width, i in zip(row["x"].to_numpy(), row["w"].to_numpy(), row["i"].to_numpy(), strict=True):
            if free_from is None or x0 >= free_from:
                keep[i] = True
                free_from = x0 + width
    return pd.Series(keep, index=x.index)
