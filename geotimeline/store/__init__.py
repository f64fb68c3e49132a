"""The event store: `Store(path)` for an embedded SQLite file, `Store("postgresql://...")` for a shared database.

One interface (`core.Store`), one module per backend (`sqlite`, `postgres`), one list of migrations (`migrations`),
the merge rules (`merging`), updated copies (`revisions`) and the events frame (`frames`).
"""

from geotimeline.store.core import EDITABLE, IngestResult, Source, Store, StoredEvent, _day
from geotimeline.store.errors import EditConflict, StoreError
from geotimeline.store.migrations import MIGRATIONS, SCHEMA_VERSION
from geotimeline.store.postgres import is_postgres_url, redact
from geotimeline.store.sqlite import migrate

__all__ = ["EDITABLE", "MIGRATIONS", "SCHEMA_VERSION", "EditConflict", "IngestResult", "Source", "Store",
           "StoreError", "StoredEvent", "_day", "is_postgres_url", "migrate", "redact"]
