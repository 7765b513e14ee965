"""Rendering one chunk of contracts, in this process or in a worker process of a batch.

Everything a chunk needs travels with it as plain picklable data (the office's facts, each contract's facts
and its sealed QR payload); a worker keeps its renderer, and so its layout cache, from chunk to chunk.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from models.services.contracts.documents import ContractFacts, OfficeFacts
from reports.contracts.render import ContractRenderer

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_renderer: tuple[int, ContractRenderer] | None = None


@dataclass(frozen=True)
class ChunkJob:
    index: int
    office: OfficeFacts
    items: tuple[tuple[ContractFacts, str | None], ...]  # facts and QR payload
    per_person_dir: str | None = None


@dataclass(frozen=True)
class ChunkResult:
    index: int
    pdf: bytes
    pages: tuple[int, ...]  # per contract, in order
    person_files: tuple[str, ...]  # per contract ("" when none was asked for)


def safe_name(text: str, limit: int = 90) -> str:
    """A file or folder name that Windows and Linux both accept."""
    name = _UNSAFE.sub("-", " ".join(text.split())).strip(" .")
    return name[:limit].rstrip(" .") or "tanpa-nama"


def unit_folder(facts: ContractFacts) -> str:
    path = facts.unit_path
    return safe_name(path[0] if len(path) == 1 else f"{path[0]} - {path[-1]}", 120)


def person_file(facts: ContractFacts) -> str:
    """One file per contract: a person with a running contract and its drafted renewal gets two."""
    return f"{safe_name(facts.name, 80)} - {facts.nip} - {facts.start_date.isoformat()}.pdf"


def _renderer_for(office: OfficeFacts) -> ContractRenderer:
    global _renderer
    key = hash((office.paper_size, office.logo, tuple(sorted(office.templates.items())),
                tuple(sorted(office.values.items()))))
    if _renderer is None or _renderer[0] != key:
        _renderer = (key, ContractRenderer(office))
    return _renderer[1]


def render_chunk(job: ChunkJob) -> ChunkResult:
    """The chunk's contracts in one PDF (bytes), and, when asked, one PDF per person in a folder per unit."""
    renderer = _renderer_for(job.office)
    buffer = io.BytesIO()
    writer = renderer.writer(buffer, "Perjanjian Kerja")
    pages = []
    files = []
    for facts, payload in job.items:
        pages.append(renderer.draw(writer, facts, payload))
        if job.per_person_dir:
            folder = Path(job.per_person_dir) / unit_folder(facts)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / person_file(facts)
            single = renderer.writer(str(target), f"Perjanjian Kerja {facts.name}")
            renderer.draw(single, facts, payload)
            single.save()
            files.append(str(target))
        else:
            files.append("")
    writer.save()
    return ChunkResult(job.index, buffer.getvalue(), tuple(pages), tuple(files))
