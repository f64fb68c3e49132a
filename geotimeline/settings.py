"""Settings, in one place, validated. Errors name the key, what was expected and what was got."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# above this many events the app explores the store through SQL aggregates (geotimeline.store.aggregates) instead
# of one pandas frame of every event: see the README's "Large archives" for the measurement behind the number
DEFAULT_LARGE_STORE = 200_000


class SettingsError(ValueError):
    def __init__(self, key: str, expected: str, got: object) -> None:
        super().__init__(f"setting {key}: expected {expected}, got {got!r}")
        self.key = key
        self.expected = expected
        self.got = got


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    samples_dir: Path = DATA_DIR / "samples"
    load_samples: bool = True  # fill an empty store with the sample corpus on first run
    db_url: str = ""  # a shared PostgreSQL store (postgresql://user:pass@host:port/db); db_path is then unused
    large_store: int = DEFAULT_LARGE_STORE  # events above which the app reads aggregates, not every row

    @property
    def db(self) -> str:
        """What to open the store with: the PostgreSQL URL, else the SQLite file's path."""
        return self.db_url or str(self.db_path)


_ENV_KEYS = {
    "db_path": "GEOTIMELINE_DB",
    "max_bytes": "GEOTIMELINE_MAX_BYTES",
    "samples_dir": "GEOTIMELINE_SAMPLES",
    "load_samples": "GEOTIMELINE_LOAD_SAMPLES",
    "large_store": "GEOTIMELINE_LARGE_STORE",
}


def load_settings(env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from defaults, then the environment (GEOTIMELINE_*), then explicit overrides."""
    env = os.environ if env is None else env
    raw: dict[str, object] = {}
    for field, key in _ENV_KEYS.items():
        if env.get(key, "") != "":
            raw[field] = env[key]
    raw.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(raw) - set(_ENV_KEYS)
    if unknown:
        name = sorted(unknown)[0]
        raise SettingsError(name, f"one of {', '.join(sorted(_ENV_KEYS))}", name)
    db_url = raw.get("db_path", "")
    db_url = db_url.strip() if isinstance(db_url, str) and db_url.strip().lower().startswith(_URLS) else ""
    if db_url:
        raw.pop("db_path")
    return Settings(
        db_url=db_url,
        db_path=_path(raw, "db_path", DATA_DIR / "events.db"),
        max_bytes=_positive_int(raw, "max_bytes", DEFAULT_MAX_BYTES),
        samples_dir=_path(raw, "samples_dir", DATA_DIR / "samples"),
        load_samples=_bool(raw, "load_samples", True),
        large_store=_positive_int(raw, "large_store", DEFAULT_LARGE_STORE, "a positive whole number of events"),
    )


_URLS = ("postgresql://", "postgres://")


def _key(field: str) -> str:
    return _ENV_KEYS.get(field, field)


def _path(raw: Mapping[str, object], field: str, default: Path) -> Path:
    value = raw.get(field, default)
    if isinstance(value, Path):
        return value
    if isinstance(value, str) and value.strip() and "\x00" not in value:
        return Path(value.strip()).expanduser()
    raise SettingsError(_key(field), "a file system path" + (" or a postgresql:// URL" if field == "db_path" else ""),
                        value)


def _positive_int(raw: Mapping[str, object], field: str, default: int,
                  expected: str = "a positive whole number of bytes") -> int:
    value = raw.get(field, default)
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise SettingsError(_key(field), expected, value) from None
    if isinstance(value, bool) or number <= 0 or (isinstance(value, float) and value != number):
        raise SettingsError(_key(field), expected, value)
    return number


def _bool(raw: Mapping[str, object], field: str, default: bool) -> bool:
    value = raw.get(field, default)
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(_key(field), "true/false (1/0, yes/no, on/off)", value)
