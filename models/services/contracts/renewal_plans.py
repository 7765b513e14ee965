"""What a renewal would create, shown before it is done: per chosen contract the new term, or why it cannot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Contract
from models.rules.errors import RuleError
from models.rules.formatting import full_name
from models.services.contracts.documents import months_between
from models.services.contracts.drafts import contract_kind_for, part_time_limits
from models.services.contracts.lifecycle import contract_label, load_contracts
from models.services.contracts.renewal import _plan_renewal
from models.services.contracts.terms import default_contract_term
from models.services.errors import FieldProblem
from models.services.organization import position_bup
from models.vocabulary import ContractKind, ContractStatus

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class RenewalPlan:
    contract_id: int
    nip: str
    name: str
    kind: ContractKind
    status: ContractStatus
    end_date: date  # of the contract being renewed
    next_start: date | None
    next_end: date | None
    months: int | None  # whole months of the new term
    capped_by_bup: bool
    problem: str | None  # why it cannot be renewed; None when it can

    @property
    def ok(self) -> bool:
        return self.problem is None


def renewal_plans(session: Session, contract_ids: Sequence[int], *,
                  start_date: date | None = None) -> list[RenewalPlan]:
    """The new term renew_contracts would give each chosen contract (same rules), in the order given."""
    contracts = load_contracts(session, contract_ids)
    has_successor = set(session.scalars(select(Contract.renews_id).where(
        Contract.renews_id.in_([c.id for c in contracts]))))
    plans = []
    limits = part_time_limits(session)
    for contract in contracts:
        employee = contract.employee
        problems: list[FieldProblem] = []
        planned = _plan_renewal(session, contract, start_date, contract.id in has_successor, problems, limits)
        start, end = planned if planned is not None else (None, None)
        capped = False
        months = None
        if start is not None and end is not None:
            months, days = months_between(start, end + ONE_DAY)
            months += 1 if days else 0
            try:
                capped = default_contract_term(start, contract_kind_for(employee.status).value, employee.birth_date,
                                               position_bup(employee.position), part_time=limits).capped_by_bup
            except RuleError:
                capped = False
        label = contract_label(contract)
        problem = "; ".join(p.message.replace(f"{label}: ", "").replace(f"{label} ", "") for p in problems)
        plans.append(RenewalPlan(
            contract_id=contract.id, nip=employee.nip,
            name=full_name(employee.name, employee.gelar_depan, employee.gelar_belakang), kind=contract.kind,
            status=contract.status, end_date=contract.end_date, next_start=start, next_end=end, months=months,
            capped_by_bup=capped, problem=problem or None,
        ))
    return plans
