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

CORE = 0.9  # the share of events the first view must show
MIN_GAIN = 2.0  # focus only when the full axis is at least this many times wider than the core
PAD = 0.04  # padding either side of the focused window, as a share of its width
PLOT_PX = 900  # assumed plot width when estimating label widths (the chart fills ~900-1500 px)
CHAR_PX = {False: 6.6, True: 9.6}  # average character width at the label font size (normal, presentation)


def focus_window(starts: pd.Series, edge: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The x range of the first view: the narrowest window holding CORE of the event starts, up to the
    right edge, when a few outliers make the full axis MIN_GAIN times wider; None when the full axis is
    already right. The range slider and the "all" button still reach every event."""
    s = pd.to_datetime(starts).dropna().sort_values()
    if len(s) < 10:
        return None
    values = s.to_numpy(dtype="datetime64[ns]").astype(np.int64)
    right = int(pd.Timestamp(edge).value)
    keep = int(np.ceil(CORE * len(values)))
    # windows [values[i], values[i + keep - 1]] hold `keep` events; take the narrowest, then reach the edge
    widths = values[keep - 1:] - values[: len(values) - keep + 1]
    i = int(np.argmin(widths))
    lo, hi = int(values[i]), max(int(values[i + keep - 1]), right)
    full = right - int(values[0])
    if hi - lo <= 0 or full < MIN_GAIN * (hi - lo):
        return None
    pad = max(int(PAD * (hi - lo)), int(pd.Timedelta(days=1).value))
    return pd.Timestamp(lo - pad), pd.Timestamp(hi + pad)


def label_mask(x: pd.Series, y: pd.Series, text: pd.Series, window: tuple[pd.Timestamp, pd.Timestamp],
               presentation: bool = False, plot_px: int = PLOT_PX) -> pd.Series:
    """Which labels to print: inside the window, and in each swimlane only where a label does not run
    into the one before it (text width estimated from its length at the label font size). The sub-rows of a
    lane are closer together than a line of text, so a lane counts as one row of labels."""
    lo, hi = window
    span_ns = max(int((hi - lo).value), 1)
    ns_per_px = span_ns / plot_px
    widths = text.fillna("").astype(str).str.len().to_numpy() * CHAR_PX[presentation] + 8
    xs = pd.to_datetime(x).to_numpy(dtype="datetime64[ns]").astype(np.int64)
    keep = np.zeros(len(xs), dtype=bool)
    inside = (xs >= lo.value) & (xs <= hi.value)
    lane = np.round(y.to_numpy(dtype=float))  # sub-rows sit within +-0.4 of their lane's integer
    frame = pd.DataFrame({"x": xs, "y": lane, "w": widths * ns_per_px, "i": np.arange(len(xs))})
    for _, row in frame[inside].sort_values(["y", "x"], kind="stable").groupby("y", sort=False):
        free_from = None
        for x0, width, i in zip(row["x"].to_numpy(), row["w"].to_numpy(), row["i"].to_numpy(), strict=True):
            if free_from is None or x0 >= free_from:
                keep[i] = True
                free_from = x0 + width
    return pd.Series(keep, index=x.index)
