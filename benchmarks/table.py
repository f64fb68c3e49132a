"""Shared output for benchmarks: a plain-text table on stdout and a JSON file in benchmarks/results/."""

from __future__ import annotations

import json
import platform
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def corpus(name: str) -> Path:
    """Path of a public corpus in ../shared/corpora; exits with a clear message when it is missing."""
    path = SHARED / "corpora" / name
    if not path.exists():
        sys.exit(f"benchmark needs {path} (the shared corpora beside the repository); not found")
    return path


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join([line, sep, *body])


def write_results(name: str, headers: Sequence[str], rows: Sequence[Sequence[object]], *, out: Path | None = None,
                  **extra: object) -> Path:
    """Print the table and write benchmarks/results/NAME.json (or `out`) with the rows and any extra figures."""
    print(format_table(headers, rows))
    if out is None:
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"{name}.json"
    payload = {
        "benchmark": name,
        "command": f"python -m benchmarks.{name}",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "headers": list(headers),
        "rows": [list(r) for r in rows],
        **extra,
    }
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return out


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)
