"""A Plotly chart that stays on the page across reruns: a Streamlit v2 component drawing with plotly.js.

`st.plotly_chart` derives its element id from the figure, so every changed figure (a filter change) unmounts the
chart and draws a new one from scratch, twice (once as sent, once after its own theme and size pass). Here the
chart's element is keyed by name only: a new figure goes to `Plotly.react` on the same plot, which keeps the DOM,
the base map and the axes and redraws what changed. Measured in `python -m benchmarks.app`.

plotly.js is the copy the plotly Python package ships (MIT), served from ./static like the map outline (no CDN);
`ensure_plotly_js` puts it there. Selections come back as a trigger value shaped like st.plotly_chart's
(`{"selection": {"points": [{"customdata": ...}]}}`) so views.selected_ids reads either. A figure's animation
controls (the map's playback) run their commands from here, so that Pause, which interrupts a running animation,
is no uncaught error. A figure without a height takes its element's (the briefing sizes its charts by CSS).
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

PLOTLY_JS = "plotly.min.js"
COMPONENT = "geotimeline_chart"
SELECTION_MODES = ("points", "box", "lasso")

# Trusted code (ours); the figure arrives as data and is only ever given to Plotly, whose text is escaped by
# charts/maps before it is put in a figure.
JS = r"""
function loadPlotly(src) {
  if (!window.__gtPlotly) {
    window.__gtPlotly = new Promise((resolve, reject) => {
      if (window.Plotly) { resolve(window.Plotly); return; }
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve(window.Plotly);
      s.onerror = () => { window.__gtPlotly = null; reject(new Error('plotly.js did not load from ' + src)); };
      document.head.appendChild(s);
    });
  }
  return window.__gtPlotly;
}

// the chart alone on the screen (st.plotly_chart had such a button): plotly's own height gives way to the screen's
const FULLSCREEN = {
  name: 'fullscreen', title: 'Fullscreen (Esc to leave)',
  icon: { width: 16, height: 16, path: 'M0 0h6v2H2v4H0zM10 0h6v6h-2V2h-4zM0 10h2v4h4v2H0zM14 10h2v6h-6v-2h4z' },
  click: gd => {
    if (document.fullscreenElement) { document.exitFullscreen(); return; }
    if (!gd.requestFullscreen || !gd._fullLayout) return;
    const height = gd._fullLayout.height, bottom = gd._fullLayout.margin.b;
    const leave = () => {
      if (document.fullscreenElement === gd) return;
      document.removeEventListener('fullscreenchange', leave);
      window.Plotly.relayout(gd, { height, width: null, 'margin.b': bottom });
    };
    gd.requestFullscreen().then(() => {
      gd.style.background = '#FFFFFF';
      // the bottom margin holds the range slider, whose thickness is a share of the plot's height
      const scale = window.innerHeight / height;
      window.Plotly.relayout(gd, { height: window.innerHeight, width: window.innerWidth, 'margin.b': bottom * scale });
      document.addEventListener('fullscreenchange', leave);
    }).catch(() => {});
  },
};

// plotly.js rejects the promise of an animation that another one interrupts (Pause, a slider step during Play),
// with no reason; run by plotly's own buttons and slider, that rejection is uncaught (a page error). So the
// figure's animate controls are marked `execute: false` (plotly still draws them and keeps the slider on the
// frame shown) and their commands run here, where an interruption is an expected end.
function takeAnimations(layout) {
  const controls = [...(layout.updatemenus || []).flatMap(m => m.buttons || []),
                    ...(layout.sliders || []).flatMap(s => s.steps || [])].filter(c => c && c.method === 'animate');
  controls.forEach(c => { c.execute = false; });
  return controls.length > 0;
}

function runAnimations(gd, Plotly) {
  // an interrupted animation's promise is rejected with no reason (a newer command runs); others are real
  const run = args => Plotly.animate(gd, ...(args || [])).catch(err => { if (err) console.warn(err); });
  const ours = c => c && c.method === 'animate' && c.execute === false;
  gd.on('plotly_buttonclicked', ev => { if (ours(ev && ev.button)) run(ev.button.args); });
  // a dragged slider changes step on every move: like plotly, run the latest once per frame
  let latest = null;
  gd.on('plotly_sliderchange', ev => {
    if (!ev || !ev.interaction || !ours(ev.step)) return;
    const scheduled = latest !== null;
    latest = ev.step.args || [];
    if (!scheduled) requestAnimationFrame(() => { const args = latest; latest = null; run(args); });
  });
}

function pointsOf(ev) {
  return ((ev && ev.points) || []).map(p => ({
    customdata: Array.isArray(p.customdata) ? p.customdata[0] : p.customdata,
    curve_number: p.curveNumber, point_number: p.pointNumber,
  }));
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let gd = parentElement.querySelector(':scope > .gt-live-chart');
  if (!gd) {
    gd = document.createElement('div');
    gd.className = 'gt-live-chart';
    parentElement.appendChild(gd);
  }
  gd.__send = setTriggerValue;  // the latest render's sender
  if (!data || gd.__rev === data.rev) return;
  gd.__rev = data.rev;
  const fig = JSON.parse(data.figure);
  const layout = fig.layout || {};
  if (data.select) {
    // a click only reports the point (the page rings the selection itself: plotly's own fading would stay on)
    layout.clickmode = layout.clickmode || 'event';
    layout.hovermode = layout.hovermode || 'closest';
    layout.dragmode = layout.dragmode || 'pan';
  }
  // each new figure starts without plotly's selection state (faded points, a box outline): a zoom may survive
  // an update (uirevision), a selection never does; the page shows what is selected
  layout.selectionrevision = data.rev;
  layout.selections = [];
  const animated = takeAnimations(layout);
  if (layout.height) gd.style.height = layout.height + 'px';  // the page keeps its place while plotly loads
  loadPlotly(data.src).then(Plotly => {
    if (gd.__rev !== data.rev) return;  // a newer figure arrived meanwhile
    const config = Object.assign({}, data.config || {});
    config.modeBarButtonsToAdd = [...(config.modeBarButtonsToAdd || []), FULLSCREEN];
    return Plotly.react(gd, { data: fig.data || [], layout, frames: fig.frames || [], config }).then(() => {
      gd.dataset.rev = data.rev;
      if (!gd.__sized && window.ResizeObserver) {  // a collapsed sidebar resizes the column, not the window
        gd.__sized = new ResizeObserver(() => { if (gd._fullLayout) Plotly.Plots.resize(gd); });
        gd.__sized.observe(gd);
      }
      if (animated && !gd.__animated) {
        gd.__animated = true;
        runAnimations(gd, Plotly);
      }
      if (gd.__wired || !data.select) return;
      gd.__wired = true;
      let seq = 0;
      const send = ev => {
        const points = pointsOf(ev);
        if (points.length) gd.__send('select', { selection: { points }, seq: ++seq });
      };
      gd.on('plotly_selected', send);
      gd.on('plotly_click', send);
    });
  }).catch(err => {
    gd.textContent = 'The chart could not be drawn: ' + err.message;
  });
  return () => {
    if (gd.__sized) gd.__sized.disconnect();
    if (window.Plotly) window.Plotly.purge(gd);
  };
}
"""
CSS = ".gt-live-chart { width: 100%; }"

_mount: Callable | None = None


def ensure_plotly_js(static_dir: Path) -> bool:
    """Copy the plotly.js bundle of the installed plotly package into `static_dir` (once per version: same size
    and name). False (and a log line) when it cannot be written; the chart then says plotly.js did not load."""
    import plotly

    source = Path(plotly.__file__).resolve().parent / "package_data" / PLOTLY_JS
    target = static_dir / PLOTLY_JS
    try:
        if target.is_file() and target.stat().st_size == source.stat().st_size:
            return True
        static_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
        return True
    except OSError as exc:
        log.error("cannot put %s in %s: %s", PLOTLY_JS, static_dir, exc)
        return False


def compose(spec: dict, traces: Sequence[object] = (), geo: dict | None = None,
            uirevision: str | None = None) -> tuple[str, str]:
    """The payload of a plain figure spec (a cached `json.loads(fig.to_json())`) with `traces` added on top and
    its map view replaced by `geo` (center, projection, resolution: the map's fit-to-data bounds go).
    `uirevision`: while it stays the same, a zoom or pan the user made survives the update (plotly.js keeps
    user-changed view attributes); a new value gives the figure's own view again."""
    import plotly.graph_objects as go

    data = list(spec.get("data", []))
    if traces:  # encoded as the figure's own traces are (typed arrays included)
        data += json.loads(go.Figure(data=list(traces)).to_json())["data"]
    layout = spec.get("layout", {})
    if geo:
        view = {k: v for k, v in layout.get("geo", {}).items() if k != "fitbounds"}
        layout = {**layout, "geo": {**view, **geo}}
    if uirevision is not None:
        layout = {**layout, "uirevision": uirevision}
    return figure_payload(json.dumps({**spec, "data": data, "layout": layout}))


def figure_payload(figure_json: str) -> tuple[str, str]:
    """(figure JSON, revision): the revision tells the browser whether the figure changed."""
    return figure_json, hashlib.blake2b(figure_json.encode(), digest_size=8).hexdigest()


def live_chart(payload: tuple[str, str], *, key: str, config: dict, src: str,
               selection_modes: Sequence[str] = (), on_select: Callable[[], None] | None = None) -> None:
    """Draw (or update in place) the chart `key` with the figure of `payload` (see `figure_payload`).
    With `selection_modes`, clicks and box/lasso selections fire `on_select`; read them with `selection(key)`.
    The figure's own fonts are kept (the same as in the exports; large type for a projector is the figure's)."""
    import streamlit as st

    global _mount
    if _mount is None:
        _mount = st.components.v2.component(COMPONENT, js=JS, css=CSS, isolate_styles=False)
    figure, rev = payload
    modes = [m for m in selection_modes if m in SELECTION_MODES]
    remove = [b for b, m in (("select2d", "box"), ("lasso2d", "lasso")) if m not in modes]
    config = {**config, "modeBarButtonsToRemove": [*config.get("modeBarButtonsToRemove", []), *remove]}
    kwargs = {"on_select_change": on_select or (lambda: None)} if modes else {}
    _mount(key=key, data={"figure": figure, "rev": rev, "config": config, "src": src, "select": bool(modes)},
           **kwargs)


def selection(key: str) -> dict | None:
    """The last selection the chart `key` sent (in a callback: the one that fired it), or None."""
    import streamlit as st

    value = st.session_state.get(key)
    if value is None:
        return None
    picked = value.get("select") if hasattr(value, "get") else None
    return picked if isinstance(picked, dict) else None
