"""Row bookkeeping for the demo: explicit ids, seeded UUIDs and one fixed timestamp per build."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any


class RowStamper:
    """Gives each new row of a table the next id and the columns every row carries.

    UUIDs come from the seeded generator and timestamps from the build's reference time, so the
    same seed and date build byte-for-byte the same records.
    """

    def __init__(self, rng: random.Random, at: datetime) -> None:
        self._rng = rng
        self._at = at
        self._next_id: dict[str, int] = defaultdict(lambda: 1)
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, table: str, **values: Any) -> int:
        row_id = self._next_id[table]
        self._next_id[table] = row_id + 1
        values.update(
            id=row_id,
            uuid=str(uuid.UUID(int=self._rng.getrandbits(128), version=4)),
            created_at=self._at,
            updated_at=self._at,
            version=1,
        )
        self.rows[table].append(values)
        return row_id

    def count(self, table: str) -> int:
        return len(self.rows[table])
