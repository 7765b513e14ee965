"""Which contracts a print batch takes, in the order a signing ceremony calls them, and where each one's unit sits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import Contract, Employee, Unit
from models.services.errors import DomainError
from models.vocabulary import ContractKind, ContractStatus


@dataclass(frozen=True)
class ContractSelection:
    """Which contracts a print batch takes: every given filter must hold."""

    unit_name: str | None = None  # this unit and every unit beneath it; case does not matter
    unit_id: int | None = None
    status: ContractStatus | None = None
    signing_date: date | None = None
    kind: ContractKind | None = None
    contract_ids: tuple[int, ...] | None = None



def unit_tree(session: Session) -> dict[int, tuple[int | None, str]]:
    return {uid: (parent, name) for uid, parent, name in session.execute(select(Unit.id, Unit.parent_id, Unit.name))}


def unit_path(tree: dict[int, tuple[int | None, str]], unit_id: int | None) -> tuple[str, ...]:
    path: list[str] = []
    seen = set()
    while unit_id is not None and unit_id in tree and unit_id not in seen:
        seen.add(unit_id)
        parent, name = tree[unit_id]
        path.append(name)
        unit_id = parent
    return tuple(reversed(path))


def _subtree(tree: dict[int, tuple[int | None, str]], roots: set[int]) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for uid, (parent, _) in tree.items():
        children.setdefault(parent, []).append(uid)
    found, todo = set(), list(roots)
    while todo:
        uid = todo.pop()
        if uid not in found:
            found.add(uid)
            todo.extend(children.get(uid, ()))
    return found


def select_contract_ids(session: Session, selection: ContractSelection) -> list[int]:
    """Ids of the contracts a batch takes, ordered as the ceremony calls them: by unit, then name."""
    tree = unit_tree(session)
    stmt = (
        select(Contract.id)
        .join(Employee, Contract.employee_id == Employee.id)
        .outerjoin(Unit, Employee.unit_id == Unit.id)
        .order_by(func.lower(Unit.name), func.lower(Employee.name), Employee.nip, Contract.start_date)
    )
    roots: set[int] | None = None
    if selection.unit_name is not None:
        wanted = selection.unit_name.strip().casefold()
        roots = {uid for uid, (_, name) in tree.items() if name.casefold() == wanted}
        if not roots:
            raise DomainError(f"Unit kerja '{selection.unit_name}' tidak ditemukan. Tulis namanya persis seperti "
                              "pada daftar unit kerja.")
    if selection.unit_id is not None:
        if selection.unit_id not in tree:
            raise DomainError(f"Unit kerja dengan id {selection.unit_id} tidak ditemukan.")
        roots = {selection.unit_id} if roots is None else roots & {selection.unit_id}
    if roots is not None:
        units = sorted(_subtree(tree, roots))
        stmt = stmt.where(Employee.unit_id.in_(units))
    if selection.status is not None:
        stmt = stmt.where(Contract.status == selection.status)
    if selection.signing_date is not None:
        stmt = stmt.where(Contract.signing_date == selection.signing_date)
    if selection.kind is not None:
        stmt = stmt.where(Contract.kind == selection.kind)
    ids = list(session.scalars(stmt))
    if selection.contract_ids is not None:
        chosen = set(selection.contract_ids)
        ids = [i for i in ids if i in chosen]
    return ids
