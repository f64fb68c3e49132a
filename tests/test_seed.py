"""The shipped pre-filled store: used on first run only when it matches the samples, never overwriting
a store, and kept in step with the samples and the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from geotimeline import seed
from geotimeline.settings import DATA_DIR
from geotimeline.store import Store
from tests.factories import SAMPLE_ARTICLE, write_samples


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    return write_samples(tmp_path / "data" / "samples")


def test_first_run_copies_a_current_seed_and_never_overwrites_a_store(samples: Path, tmp_path: Path) -> None:
    seed.build_seed(samples)
    assert seed.seed_path(samples) == samples.parent / "samples.db" and seed.seed_is_current(samples)
    assert not list(samples.parent.glob("*.db-wal"))  # one self-contained file
    db = tmp_path / "work" / "events.db"
    assert seed.copy_seed(db, samples)
    with Store(db) as store:
        assert store.count_articles() == 2 and store.count_events() >= 2
        store.delete_event(store.events()[0].id)
        left = store.count_events()
    assert not seed.copy_seed(db, samples)  # a store is there: the user's edits stay
    with Store(db) as store:
        assert store.count_events() == left


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_a_seed_that_no_longer_matches_the_samples_is_not_used(samples: Path, tmp_path: Path, change: str) -> None:
    seed.build_seed(samples)
    if change == "edit":
        (samples / "sample-1.md").write_text(SAMPLE_ARTICLE.format(n=1, day=4), encoding="utf-8")
    elif change == "add":
        (samples / "sample-3.md").write_text(SAMPLE_ARTICLE.format(n=3, day=12), encoding="utf-8")
    else:
        (samples / "sample-2.md").unlink()
    assert not seed.seed_is_current(samples)
    assert not seed.copy_seed(tmp_path / "events.db", samples)
    assert not (tmp_path / "events.db").exists()


def _rows(store: Store) -> list[tuple]:
    return sorted((s.event.summary, str(s.event.start), str(s.event.end), s.event.category, s.event.domain,
                   s.event.place.name if s.event.place else "", len(s.sources)) for s in store.events())


def test_the_shipped_seed_matches_the_samples_and_the_extractor(tmp_path: Path) -> None:
    """Fails when data/samples or the extractor changed since the seed was built: rebuild it with
    `python -m geotimeline seed`."""
    samples = DATA_DIR / "samples"
    assert seed.seed_is_current(samples), "data/samples.db is stale: run python -m geotimeline seed"
    fresh = tmp_path / "fresh.db"
    from geotimeline.pipeline import ingest_samples

    with Store(fresh) as store:
        ingest_samples(store, samples)
        expected = _rows(store)
    copy = tmp_path / "copy.db"
    assert seed.copy_seed(copy, samples)
    with Store(copy) as store:
        assert _rows(store) == expected, "data/samples.db is stale: run python -m geotimeline seed"
