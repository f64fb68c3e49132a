"""The Sources tab of the page: add articles (paste, upload, the sample corpus) with progress, and review
the extracted events (edit, delete, merge, with a confirmation before anything is lost).

Widgets only; reading, extraction, storage and the review plan live in articles, pipeline, store and review.
Untrusted text reaches the page only through st.dataframe / st.data_editor or escaped Markdown.
"""

from __future__ import annotations

import logging
import os
from datetime import date

import pandas as pd
import streamlit as st

from geotimeline import review, views
from geotimeline.settings import Settings
from geotimeline.store import Store

log = logging.getLogger(__name__)
UPLOAD_TYPES = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom", "json", "jsonl",
                "ndjson"]


def progress_callback(bar):
    def report(done: int, total: int, label: str) -> None:
        bar.progress(done / total if total else 1.0, text=f"{done}/{total} {views.escape_markdown(label)}")
    return report


def add_articles(store: Store, read, fallback_date: date | None = None) -> None:
    """Read everything first: one bad file means nothing is stored and the user is told which and why.
    `fallback_date` dates the articles that neither their metadata nor a dateline dates."""
    from geotimeline.articles import InputError

    articles, errors = [], []
    for name, reader in read:
        try:
            articles.extend(reader())
        except InputError as exc:
            errors.append(f"{exc.source}: {exc.reason}")
        except Exception as exc:  # a reader bug must still name the file
            log.exception("reading %s failed", name)
            errors.append(f"{name}: could not be read ({exc})")
    if errors:
        st.error("Nothing was stored: remove or fix these files and add again.\n\n"
                 + "\n".join(f"- {views.escape_markdown(e)}" for e in errors))
        return
    from geotimeline.pipeline import ingest_articles, with_publication_date

    bar = st.progress(0.0, text="Processing…")
    done(ingest_articles(store, with_publication_date(articles, fallback_date), progress_callback(bar)), bar)


def save_review(store: Store, plan: review.Plan) -> None:
    outcome = review.apply(store, plan)
    st.session_state["review_message"] = (outcome.message(), outcome.errors)
    # a fresh table from the store after every save: a rejected edit must not stay in its cell as if stored
    st.session_state["review_round"] = st.session_state.get("review_round", 0) + 1
    st.rerun()


def done(summary, bar) -> None:
    """Report an ingest after a rerun, so that the charts already include the new events."""
    bar.empty()
    st.session_state["ingest_message"] = (summary.line(), summary.errors, summary.undated_line(),
                                          (*summary.duplicates, *summary.updates))
    st.rerun()


def render(store: Store, settings: Settings, n_events: int, filtered: pd.DataFrame, version: tuple[int, ...]) -> None:
    """The tab's widgets; `filtered` is the events frame under the sidebar filters (the review shows it)."""
    ss = st.session_state
    from geotimeline.articles import read_bytes, read_text

    st.caption(f"{store.count_articles():,} articles, {n_events:,} events in the store "
               f"{views.escape_markdown(os.path.basename(str(store.path)))}")
    paste, upload, samples = st.columns(3)
    with paste:
        text = st.text_area("Paste an article", height=150, key="paste_text")
        published = st.date_input("Published", value=None, key="paste_published")
        if st.button("Add pasted text", disabled=not (text or "").strip()):
            add_articles(store, [("pasted", lambda: [read_text(text, "pasted", published=published,
                                                        max_bytes=settings.max_bytes)])])
    with upload:
        files = st.file_uploader("Upload files", type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads")
        fallback = st.date_input("Published (for files that give no date)", value=None, key="upload_published",
                                 help="Used only for files whose metadata or dateline gives no publication "
                                      "date: relative dates such as \"on Thursday\" are read from it.")
        if st.button("Add the uploaded files", disabled=not files):
            add_articles(store, [(f.name, lambda f=f: read_bytes(f.getvalue(), f.name, max_bytes=settings.max_bytes))
                          for f in files], fallback)
    with samples:
        st.write("The sample corpus that ships with geotimeline.")
        if st.button("Load the sample corpus"):
            from geotimeline.pipeline import ingest_samples

            bar = st.progress(0.0, text="Processing…")
            done(ingest_samples(store, settings.samples_dir, progress_callback(bar)), bar)
    if ss.get("ingest_message"):
        line, errors, undated, notes = ss.pop("ingest_message")
        (st.warning if errors else st.success)(views.escape_markdown(line))
        for err in errors:
            st.error(views.escape_markdown(err))
        if undated:
            st.warning(views.escape_markdown(undated))
        for note in notes:
            st.info(views.escape_markdown(note))
    st.subheader("Review the extracted events")
    st.caption("Edit cells, tick *delete* or tick *merge* on two or more rows, then save. "
               "Shows the filtered events (first 2,000).")
    original = review.review_frame(filtered.head(2000))
    edited = st.data_editor(
        original, key=f"review_{version}_{ss.get('review_round', 0)}", hide_index=True, num_rows="fixed",
        disabled=[c for c in original.columns if c not in (*review.EDITABLE, "delete", "merge")],
        column_config={
            **{c: st.column_config.SelectboxColumn(c, options=list(v), required=True)
               for c, v in review.CHOICES.items()},
            # bounds make the editor refuse a mistyped year (240101) instead of sending an empty date
            **{c: st.column_config.DateColumn(c, format="YYYY-MM-DD", min_value=review.FIRST_DAY,
                                              max_value=review.LAST_DAY) for c in ("start", "end")},
        },
    )
    if st.button("Save changes", type="primary"):
        plan = review.plan(original, edited)
        lines, warnings = review.consequences(plan, original)
        if lines:  # deleting and merging lose information: say what will happen and ask first
            ss["pending_review"] = (plan, lines, warnings)
        else:
            save_review(store, plan)
    if ss.get("pending_review"):
        plan, lines, warnings = ss["pending_review"]
        with st.container(border=True, key="confirm_review"):
            st.markdown("**Please confirm:**\n\n" + "\n".join(f"- {views.escape_markdown(x)}" for x in lines))
            for warning in warnings:
                st.warning(views.escape_markdown(warning))
            yes, no, _ = st.columns([1, 1, 4])
            if yes.button("Confirm", type="primary", key="confirm_yes"):
                del ss["pending_review"]
                save_review(store, plan)
            if no.button("Cancel", key="confirm_no"):
                del ss["pending_review"]
                st.rerun()
    if ss.get("review_message"):
        message, errors = ss.pop("review_message")
        (st.warning if errors else st.success)(views.escape_markdown(message)
                                               + (" — some changes were refused:" if errors else ""))
        for err in errors:
            st.error(views.escape_markdown(err))
