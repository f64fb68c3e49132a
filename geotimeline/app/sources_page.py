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
from geotimeline.collection import (
    DEFAULT_COLLECTION,
    SAMPLES,
    CollectionError,
    clean_name,
    list_collections,
    remove_collection,
)
from geotimeline.settings import Settings
from geotimeline.store import Store
from geotimeline.uploads import from_upload_table, pasted_article, refuse, upload_rows, upload_table

log = logging.getLogger(__name__)
UPLOAD_TYPES = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom", "json", "jsonl",
                "ndjson"]


def progress_callback(bar):
    def report(done: int, total: int, label: str) -> None:
        bar.progress(done / total if total else 1.0, text=f"{done}/{total} {views.escape_markdown(label)}")
    return report


def read_named(read) -> tuple[list, list[str]]:
    """Every (name, reader) read; failures named with their reason (nothing is stored here)."""
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
    return articles, errors


def add_articles(store: Store, read, fallback_date: date | None = None, collection: str = DEFAULT_COLLECTION,
                 articles: list | None = None) -> None:
    """Read everything first: one bad file means nothing is stored and the user is told which and why.
    `fallback_date` dates the articles that neither their metadata nor a dateline dates. `articles` already
    read (the upload table's rows) are stored as they are."""
    read_articles, errors = read_named(read)
    if errors:
        st.error("Nothing was stored: remove or fix these files and add again.\n\n"
                 + "\n".join(f"- {views.escape_markdown(e)}" for e in errors))
        return
    from geotimeline.pipeline import ingest_articles, with_publication_date

    bar = st.progress(0.0, text="Processing…")
    st.session_state["_show_collection"] = collection
    done(ingest_articles(store, with_publication_date([*read_articles, *(articles or [])], fallback_date),
                         progress_callback(bar), collection), bar)


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

    st.caption(f"{store.count_articles():,} articles, {n_events:,} events in the store "
               f"{views.escape_markdown(os.path.basename(str(store.path)))}")
    try:
        collection = clean_name(st.text_input("Add to the collection", value=DEFAULT_COLLECTION, key="add_collection",
                                              help="Your articles are kept apart from the samples (collection "
                                                   f"\"{SAMPLES}\"): their events are never merged with others'."))
    except CollectionError as exc:
        st.error(views.escape_markdown(str(exc)))
        collection = ""
    paste, upload, samples = st.columns(3)
    with paste:
        text = st.text_area("Paste an article", height=150, key="paste_text")
        title = st.text_input("Title", key="paste_title", placeholder="the first line, if left empty")
        outlet = st.text_input("Outlet", key="paste_outlet", placeholder="from the dateline, if it names one")
        day, link = st.columns(2)
        published = day.date_input("Published", value=None, key="paste_published", min_value=review.FIRST_DAY,
                                   max_value=review.LAST_DAY)
        url = link.text_input("URL", key="paste_url")
        if st.button("Add pasted text", disabled=not (text or "").strip() or not collection):
            add_articles(store, [("pasted", lambda: [pasted_article(text, title, outlet, url, published,
                                                                    settings.max_bytes)])], collection=collection)
    with upload:
        files = st.file_uploader("Upload files", type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads")
        fallback = st.date_input("Published (for files that give no date)", value=None, key="upload_published",
                                 help="Used only for files whose metadata or dateline gives no publication "
                                      "date: relative dates such as \"on Thursday\" are read from it.")
        rows, unread = upload_rows(files or [], settings.max_bytes)
        edited = None
        if rows:
            st.caption("Check each file's publication date (from its metadata or dateline; edit it here), "
                       "title and outlet before adding.")
            edited = st.data_editor(
                upload_table(rows, fallback), key=f"upload_table_{len(rows)}_{fallback}", hide_index=True,
                num_rows="fixed", disabled=["file"],
                column_config={"published": st.column_config.DateColumn(
                    "published", format="YYYY-MM-DD", min_value=review.FIRST_DAY, max_value=review.LAST_DAY)})
        if st.button("Add the uploaded files", disabled=not files or not collection):
            add_articles(store, [(name, lambda e=error: refuse(e)) for name, error in unread], fallback, collection,
                         articles=from_upload_table(rows, edited))
    with samples:
        st.write("The sample corpus that ships with geotimeline (collection \"Samples\").")
        if st.button("Load the sample corpus"):
            from geotimeline.pipeline import ingest_samples

            bar = st.progress(0.0, text="Processing…")
            ss["_show_collection"] = SAMPLES
            done(ingest_samples(store, settings.samples_dir, progress_callback(bar)), bar)
    manage_collections(store)
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


def manage_collections(store: Store) -> None:
    """The stored collections with their sizes, and removing one (after a confirmation)."""
    ss = st.session_state
    found = list_collections(store.conn)
    if not found:
        return
    with st.expander(f"Collections ({len(found)})"):
        st.dataframe(pd.DataFrame({"collection": [c.name for c in found], "articles": [c.articles for c in found]}),
                     hide_index=True)
        name = st.selectbox("Collection to remove", [c.name for c in found], key="remove_which")
        if st.button("Remove this collection…", key="remove_collection"):
            ss["pending_remove"] = name
        if ss.get("pending_remove"):
            gone = ss["pending_remove"]
            count = next((c.articles for c in found if c.name == gone), 0)
            with st.container(border=True, key="confirm_remove"):
                st.warning(f"Remove the collection \"{views.escape_markdown(gone)}\": {count:,} articles and the "
                           "events only they report will be deleted from the store. This cannot be undone.")
                yes, no, _ = st.columns([1, 1, 4])
                if yes.button("Remove", type="primary", key="remove_yes"):
                    del ss["pending_remove"]
                    articles, events = remove_collection(store, gone)
                    ss["_hide_collection"] = gone
                    ss["ingest_message"] = (f"Removed the collection {gone}: {articles:,} articles, {events:,} events",
                                            (), "", ())
                    st.rerun()
                if no.button("Cancel", key="remove_no"):
                    del ss["pending_remove"]
                    st.rerun()
