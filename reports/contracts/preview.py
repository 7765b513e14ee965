"""A preview of the first contracts a batch would print: the same layout, the numbers the batch would give
(planned, nothing kept), and no QR seal (a preview is not a paper to be trusted)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from models.services.contracts.documents import iter_contract_facts, office_facts
from models.services.contracts.print_batch import numbered
from models.services.contracts.printing import plan_numbers
from models.storage.database import Database
from reports.contracts.render import ContractRenderer

PREVIEW_CONTRACTS = 2


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    contracts: int
    pages: int


def render_preview(db: Database, contract_ids: Sequence[int], *, limit: int = PREVIEW_CONTRACTS,
                   on: date | None = None) -> Preview:
    """The first `limit` of `contract_ids` as one PDF in memory."""
    ids = list(contract_ids)[:limit]
    numbers = plan_numbers(db, ids, on=on) if ids else {}
    buffer = io.BytesIO()
    pages = 0
    with db.session_factory() as s:
        office = office_facts(s)
        renderer = ContractRenderer(office)
        writer = renderer.writer(buffer, "Pratinjau perjanjian kerja")
        for facts in iter_contract_facts(s, ids, office):
            pages += renderer.draw(writer, numbered(facts, numbers[facts.contract_id]), None)
    writer.save()
    return Preview(buffer.getvalue(), len(ids), pages)
