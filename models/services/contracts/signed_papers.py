"""A signed contract is frozen: at signing, the facts it printed and the wording it was printed in are kept with it.

A reprint then reproduces the paper that was signed, not the employee's current jabatan, unit or address (the
records may rightly change afterwards); documents.iter_contract_facts reads the frozen facts back and names what
the records changed since, so the window can warn. Every wording a contract was signed with is kept for good in
contract_template_version, by its sha256: the shipped one of this program version, or the office's own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy.orm import Session

from models.entities import Contract
from models.services.contracts.documents import contract_conditions, contract_values, office_facts
from models.services.contracts.selection import unit_path, unit_tree
from models.services.contracts.templates import template_text, wording_version


def freeze_signed(session: Session, contracts: Sequence[Contract]) -> None:
    """Keep, on each contract just marked signed, the facts it prints now and the wording's version."""
    office = office_facts(session)
    tree = unit_tree(session)
    versions: dict = {}
    for contract in contracts:
        employee = contract.employee
        position = employee.position
        previous = session.get(Contract, contract.renews_id) if contract.renews_id is not None else None
        values = contract_values(contract, employee, position.name if position else None,
                                 unit_path(tree, employee.unit_id), office, previous)
        conditions = contract_conditions(contract, employee, position, office)
        if contract.kind not in versions:
            own = office.templates.get(contract.kind)
            source = "instansi" if own and own.strip() else "bawaan"
            versions[contract.kind] = wording_version(session, template_text(own, contract.kind), contract.kind,
                                                      source)
        contract.signed_facts = json.dumps({"values": values, "conditions": sorted(conditions)},
                                           ensure_ascii=False, sort_keys=True)
        contract.template_sha256 = versions[contract.kind]


def thaw(contract: Contract) -> None:
    """Signing undone: the contract prints from the records again."""
    contract.signed_facts = None
    contract.template_sha256 = None
