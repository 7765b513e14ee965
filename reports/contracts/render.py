"""Contracts of one office laid out and drawn: the templates are read once, shared rows laid out once."""

from __future__ import annotations

from models.services.contracts.documents import ContractFacts, OfficeFacts
from models.services.contracts.templates import load_template
from models.vocabulary import ContractKind
from reports.contracts.draw import ContractWriter
from reports.contracts.layout import Layout, Row, page_spec, paginate

Pages = list[list[tuple[float, Row]]]


class ContractRenderer:
    """Turns contract facts into pages; keeps one layout (and its cache) per kind of contract and per set of the
    template's conditions that hold (a renewal, a term cut at the BUP...)."""

    def __init__(self, office: OfficeFacts) -> None:
        self.office = office
        self.spec = page_spec(office.paper_size)
        self._asked: dict[tuple[ContractKind, str | None], frozenset[str]] = {}
        self._layouts: dict[tuple[ContractKind, str | None, frozenset[str]], Layout] = {}

    def layout(self, kind: ContractKind, conditions: frozenset[str] = frozenset(), text: str | None = None) -> Layout:
        """The layout of `text` (a signed contract's wording), else of the office's wording for `kind`."""
        text = text if text is not None else self.office.templates.get(kind)
        asked = self._asked.get((kind, text))
        if asked is None:
            asked = self._asked[(kind, text)] = load_template(text, kind).conditions
        key = (kind, text, conditions & asked)
        layout = self._layouts.get(key)
        if layout is None:
            template = load_template(text, kind, key[2])
            layout = self._layouts[key] = Layout(template, self.spec, self.office.logo is not None)
        return layout

    def pages(self, facts: ContractFacts) -> Pages:
        layout = self.layout(facts.kind, facts.conditions, facts.template_text)
        return paginate(layout.rows(facts.values), self.spec)

    def writer(self, target, title: str = "Perjanjian Kerja") -> ContractWriter:
        return ContractWriter(target, self.spec, self.office.logo, title)

    def draw(self, writer: ContractWriter, facts: ContractFacts, payload: str | None) -> int:
        """Lay out one contract and draw it into `writer`; returns its page count."""
        return writer.add_contract(self.pages(facts), facts.values.get("nomor", ""), payload)
