"""Reviewing extracted events in a table (st.data_editor): which columns are editable, and turning the
edited table into store operations (update, delete, merge), applied and reported."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from geotimeline.collection import event_collections
from geotimeline.events import CATEGORIES, DOMAINS, MODES
from geotimeline.views import clean

log = logging.getLogger(__name__)

FIRST_DAY, LAST_DAY = date(1800, 1, 1), date(2199, 12, 31)  # dates the review editor accepts
EDITABLE = ("summary", "category", "domain", "mode", "start", "end", "attributed_to")
# `version`: the stored version each row was read at; an edit of a row someone else changed since is refused
SHOWN = ("id", "delete", "merge", "edited", *EDITABLE, "date_text", "place_name", "actors", "outlets", "version")
CHOICES = {"category": CATEGORIES, "domain": DOMAINS, "mode": MODES}


def review_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The table the editor shows: one row per event, dates as `date`, plus `delete` and `merge` ticks."""
    cols = [c for c in SHOWN if c in df or c in ("delete", "merge")]
    out = pd.DataFrame(index=range(len(df)))
    for col in cols:
        if col in ("delete", "merge"):
            out[col] = False
        elif col in ("start", "end"):
            out[col] = pd.to_datetime(df[col]).dt.date.to_numpy()
            out[col] = out[col].astype(object).where(pd.notna(out[col]), None)
        else:
            out[col] = df[col].to_numpy()
    return out


@dataclass(frozen=True, slots=True)
class Plan:
    updates: dict[int, dict[str, object]] = field(default_factory=dict)
    deletes: tuple[int, ...] = ()
    merge: tuple[int, ...] = ()  # kept event first
    versions: dict[int, int] = field(default_factory=dict)  # event id -> the version the table showed

    @property
    def empty(self) -> bool:
        return not (self.updates or self.deletes or len(self.merge) >= 2)


def plan(original: pd.DataFrame, edited: pd.DataFrame) -> Plan:
    """The store operations that turn `original` (a `review_frame`) into `edited` (what the editor
    returned). Rows are matched by `id`, not by position. A row both edited and ticked for deletion is
    only deleted; rows ticked for merging are merged into the earliest-dated (then lowest id) of them."""
    before = original.set_index("id")
    after = edited.dropna(subset=["id"]).astype({"id": int}).set_index("id")
    deletes = tuple(int(i) for i in after.index[after.get("delete", pd.Series(False, index=after.index)).fillna(False)
                                                   .astype(bool)])
    merging = [int(i) for i in after.index[after.get("merge", pd.Series(False, index=after.index)).fillna(False)
                                           .astype(bool)] if int(i) not in deletes]
    updates: dict[int, dict[str, object]] = {}
    for event_id in after.index:
        if event_id not in before.index or int(event_id) in deletes:
            continue
        changes: dict[str, object] = {}
        for col in EDITABLE:
            if col not in after.columns or col not in before.columns:
                continue
            new, old = _norm(col, after.at[event_id, col]), _norm(col, before.at[event_id, col])
            if new != old:
                changes[col] = new
        if changes:
            updates[int(event_id)] = changes
    merge: tuple[int, ...] = ()
    if len(merging) >= 2:
        def key(i: int) -> tuple:
            start = _norm("start", after.at[i, "start"]) if "start" in after.columns else None
            return (start is None, start or date.max, i)

        merge = tuple(sorted(merging, key=key))
    versions = {}
    if "version" in before.columns:
        versions = {int(i): int(v) for i, v in before["version"].items()
                    if (int(i) in updates or int(i) in deletes) and pd.notna(v)}
    return Plan(updates=updates, deletes=deletes, merge=merge, versions=versions)


MERGE_DAYS_APART = 7  # merging events further apart than this is flagged (the store merges within 7 days)


def consequences(p: Plan, table: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(what the plan deletes and merges, in words; warnings) for a confirmation step before anything is
    lost. `table` is the review table (one row per event id). Warnings flag merges of events that differ
    in date, category, domain or place: merging keeps the first event's date, category and place."""
    rows = table.set_index("id")

    def label(i: int) -> str:
        if i not in rows.index:
            return f"event {i}"
        r = rows.loc[i]
        day = _norm("start", r.get("start"))
        return f"event {i} ({day.isoformat() if day else 'undated'}, {clean(r.get('category')) or '?'}): " \
               f"{clean(r.get('summary')) or ''}"

    lines = [f"Delete {label(i)}" for i in p.deletes]
    warnings: list[str] = []
    if len(p.merge) >= 2:
        kept, *others = p.merge
        lines.append("Merge " + "; ".join(label(i) for i in others) + f" — into {label(kept)}")
        if kept in rows.index:
            k = rows.loc[kept]
            for i in (o for o in others if o in rows.index):
                r = rows.loc[i]
                diffs = [col for col in ("category", "domain", "place_name")
                         if col in rows.columns and clean(r.get(col)) != clean(k.get(col))]
                a, b = _norm("start", k.get("start")), _norm("start", r.get("start"))
                if a and b and abs((a - b).days) > MERGE_DAYS_APART:
                    diffs.insert(0, f"date ({a.isoformat()} vs {b.isoformat()})")
                if diffs:
                    warnings.append(f"Event {i} differs from event {kept} in " + ", ".join(
                        d.replace("place_name", "place") for d in diffs) + f": the merged event keeps event "
                        f"{kept}'s; are they really the same development?")
    return lines, warnings


def _version(p: Plan, event_id: int) -> dict[str, int]:
    """The version the edit was made on, when the table knew it (the store refuses it if someone changed the
    event since)."""
    return {"version": p.versions[event_id]} if event_id in p.versions else {}


def _norm(col: str, value: object) -> object:
    value = clean(value)
    if value is None:
        return None
    if col in ("start", "end"):
        if isinstance(value, pd.Timestamp):
            return value.date()
        if isinstance(value, date):
            return value
        return pd.Timestamp(str(value)).date()
    text = str(value).strip()
    if col == "attributed_to":
        return text or None
    return text


@dataclass(frozen=True, slots=True)
class Outcome:
    updated: int = 0
    deleted: int = 0
    merged_into: int | None = None
    errors: tuple[str, ...] = ()

    def message(self) -> str:
        parts = []
        if self.updated:
            parts.append(f"{self.updated} event{'s' if self.updated != 1 else ''} updated")
        if self.deleted:
            parts.append(f"{self.deleted} deleted")
        if self.merged_into is not None:
            parts.append(f"merged into event {self.merged_into}")
        return ", ".join(parts) if parts else "no changes"


def apply(store: object, p: Plan) -> Outcome:
    """Apply a plan to the store, one operation at a time; a rejected edit (e.g. an end before the
    start) is reported and the rest still goes through."""
    updated = deleted = 0
    errors: list[str] = []
    merged_into = None
    for event_id, changes in p.updates.items():
        fields = dict(changes)
        if "start" in fields or "end" in fields:  # the precision of the dates the event ends up with
            stored = store.event(event_id)  # type: ignore[attr-defined]
            start = fields.get("start", stored.event.start if stored else None)
            end = fields.get("end", stored.event.end if stored else None)
            fields.setdefault("granularity", "day" if end in (None, start) else "range")
        try:
            store.update_event(event_id, **_version(p, event_id), **fields)  # type: ignore[attr-defined]
            updated += 1
        except Exception as exc:  # StoreError and validation errors: report, keep going
            log.info("edit of event %s rejected: %s", event_id, exc)
            errors.append(f"event {event_id}: {exc}")
    for event_id in p.deletes:
        try:
            store.delete_event(event_id, **_version(p, event_id))  # type: ignore[attr-defined]
            deleted += 1
        except Exception as exc:
            errors.append(f"event {event_id}: {exc}")
    conn = getattr(store, "conn", None)  # a store without SQL (a test double) has one collection
    apart = event_collections(conn, p.merge) if len(p.merge) >= 2 and conn is not None else []
    if len(apart) > 1:  # kept apart on purpose: a sample event must not swallow a user's report
        errors.append(f"merge {', '.join(map(str, p.merge))}: the events belong to different collections "
                      f"({', '.join(apart)}), which are never merged")
    elif len(p.merge) >= 2:
        try:
            merged_into = store.merge_events(list(p.merge))  # type: ignore[attr-defined]
        except Exception as exc:
            errors.append(f"merge {', '.join(map(str, p.merge))}: {exc}")
    return Outcome(updated=updated, deleted=deleted, merged_into=merged_into, errors=tuple(errors))
