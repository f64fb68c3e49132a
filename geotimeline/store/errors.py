"""The store's errors: one message a person can act on, no traceback."""

from __future__ import annotations


class StoreError(RuntimeError):
    pass


class EditConflict(StoreError):
    """An edit made on an older version of an event than the stored one (someone else changed it meanwhile)."""

    def __init__(self, event_id: int, version: int, current: int, values: dict[str, object]) -> None:
        shown = ", ".join(f"{k}={v!r}" for k, v in values.items())
        super().__init__(f"event {event_id} was changed by someone else since you opened it (your version {version},"
                         f" now {current}); your edit was not saved. Current values: {shown}")
        self.event_id = event_id
        self.version = version
        self.current = current
