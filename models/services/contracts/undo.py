"""Taking back a contract change of this session (the window's Urungkan): each one validated, one transaction, audited.

An undo only goes through while the contracts are as the change left them (their row version, their status):
a contract printed, signed or edited since is refused with a message, and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm.exc import StaleDataError

from models.entities import Contract
from models.services import audit
from models.services.audit import Actor
from models.services.contracts.lifecycle import (
    ENDED_STATUSES,
    change_contract,
    check_versions,
    contract_label,
    end_contract,
    load_contracts,
    mark_signed,
    raise_problems,
    stale_edit,
)
from models.services.contracts.renewal import renew_contracts
from models.services.contracts.signed_papers import thaw
from models.services.errors import FieldProblem
from models.services.jobs import Job
from models.services.permissions import Permission, require
from models.storage.database import Database
from models.vocabulary import ContractStatus

S = ContractStatus


def delete_drafts(db: Database, actor: Actor, contract_ids: Sequence[int], *,
                  reopen: Mapping[int, ContractStatus] | None = None) -> None:
    """Delete draft contracts made in this session (not yet numbered, nothing renewing them).

    `reopen` gives, for a contract a renewal closed as renewed, the status it had before: it gets it back
    (and its end date cleared again when it was still running), unless something else renews it too.
    """
    require(actor, Permission.EDIT_RECORDS)
    problems: list[FieldProblem] = []
    try:
        with db.session_factory.begin() as s:
            contracts = load_contracts(s, contract_ids)
            ids = [c.id for c in contracts]
            renewed_by = set(s.scalars(select(Contract.renews_id).where(Contract.renews_id.in_(ids))))
            for contract in contracts:
                label = contract_label(contract)
                if contract.status is not S.DRAFT or contract.number:
                    problems.append(FieldProblem("contract_status", f"{label} sudah {contract.status.label.lower()}; "
                                                                    "hanya draf yang belum dicetak dapat dihapus"))
                elif contract.id in renewed_by:
                    problems.append(FieldProblem("renews_id", f"{label} sudah diperpanjang lagi"))
            if problems:
                raise_problems(problems)
            previous_ids = {c.renews_id for c in contracts if c.renews_id is not None}
            for contract in contracts:
                audit.record(s, actor, "delete", contract, audit.diff(audit.snapshot(contract), {}),
                             f"Draf dihapus (diurungkan): {contract_label(contract)}")
            s.execute(delete(Contract).where(Contract.id.in_(ids)))
            s.expire_all()
            for old_id, status in (reopen or {}).items():
                if old_id not in previous_ids:
                    continue
                old = s.get(Contract, old_id)
                still_renewed = s.scalar(select(Contract.id).where(Contract.renews_id == old_id).limit(1))
                if old is None or old.status is not S.RENEWED or still_renewed is not None:
                    continue
                status = ContractStatus(status)
                values: dict = {"status": status}
                if status not in ENDED_STATUSES:
                    values["ended_on"] = None
                change_contract(s, actor, old, "reopen", "Dibuka kembali (perpanjangan diurungkan)", **values)
    except StaleDataError as exc:
        raise stale_edit() from exc


def unmark_signed(db: Database, actor: Actor, contract_ids: Sequence[int], versions: Mapping[int, int], *,
                  previous: Mapping[int, tuple[date | None, str | None]] | None = None) -> None:
    """Signed contracts back to printed, as mark_signed found them, if nothing changed them since."""
    require(actor, Permission.EDIT_RECORDS)
    problems: list[FieldProblem] = []
    try:
        with db.session_factory.begin() as s:
            contracts = load_contracts(s, contract_ids)
            check_versions(contracts, versions)
            for contract in contracts:
                if contract.status is not S.SIGNED:
                    problems.append(FieldProblem("contract_status", f"{contract_label(contract)} sudah "
                                                                    f"{contract.status.label.lower()}"))
            if problems:
                raise_problems(problems)
            for contract in contracts:
                signing_date, place = (previous or {}).get(contract.id, (None, None))
                change_contract(s, actor, contract, "unsign", "Penandatanganan diurungkan", status=S.PRINTED,
                                signing_date=signing_date, signing_place=place)
                thaw(contract)
    except StaleDataError as exc:
        raise stale_edit() from exc


def reopen_contract(db: Database, actor: Actor, contract_id: int, version: int, status: ContractStatus,
                    ended_on: date | None, end_reason: str | None) -> None:
    """An ended contract back to the status it had before it was ended, if nothing changed it since."""
    require(actor, Permission.EDIT_RECORDS)
    status = ContractStatus(status)
    try:
        with db.session_factory.begin() as s:
            (contract,) = load_contracts(s, [contract_id])
            check_versions([contract], {contract.id: version})
            if contract.status not in ENDED_STATUSES:
                raise_problems([FieldProblem("contract_status", f"{contract_label(contract)} berstatus "
                                                                f"{contract.status.label}, bukan berakhir")])
            change_contract(s, actor, contract, "reopen", "Pengakhiran diurungkan", status=status,
                            ended_on=ended_on, end_reason=end_reason)
    except StaleDataError as exc:
        raise stale_edit() from exc


# ---- the changes, done so that they can be taken back ----


@dataclass(frozen=True)
class SignedChange:
    versions: dict[int, int]  # as mark_signed left them
    previous: dict[int, tuple[date | None, str | None]]  # signing date and place before


@dataclass(frozen=True)
class EndedChange:
    contract_id: int
    version: int  # as end_contract left it
    status: ContractStatus  # before
    ended_on: date | None
    end_reason: str | None


@dataclass(frozen=True)
class RenewedChange:
    created_ids: list[int]
    previous: dict[int, ContractStatus]  # the renewed contracts' statuses before


def _versions_and_state(db: Database, contract_ids: Sequence[int]) -> list[Contract]:
    with db.session_factory() as s:
        return load_contracts(s, contract_ids)


def sign_undoably(db: Database, actor: Actor, contract_ids: Sequence[int], signing_date: date,
                  place: str | None, *, today: date | None = None) -> SignedChange:
    """mark_signed, remembering what unmark_signed needs."""
    require(actor, Permission.EDIT_RECORDS)
    before = _versions_and_state(db, contract_ids)
    contracts = mark_signed(db, actor, contract_ids, signing_date, place, today=today,
                            expected_versions={c.id: c.version for c in before})
    return SignedChange({c.id: c.version for c in contracts},
                        {c.id: (c.signing_date, c.signing_place) for c in before})


def end_undoably(db: Database, actor: Actor, contract_id: int, outcome: ContractStatus, on: date,
                 reason: str | None, *, today: date | None = None) -> EndedChange:
    """end_contract, remembering what reopen_contract needs."""
    require(actor, Permission.EDIT_RECORDS)
    (before,) = _versions_and_state(db, [contract_id])
    contract = end_contract(db, actor, contract_id, outcome, on, reason, today=today, expected_version=before.version)
    return EndedChange(contract.id, contract.version, before.status, before.ended_on, before.end_reason)


def renew_undoably(db: Database, actor: Actor, contract_ids: Sequence[int], *, start_date: date | None = None,
                   today: date | None = None) -> Job[RenewedChange]:
    """renew_contracts (a job), remembering what delete_drafts needs to reopen the renewed contracts."""
    require(actor, Permission.EDIT_RECORDS)
    before = _versions_and_state(db, contract_ids)
    created = yield from renew_contracts(db, actor, contract_ids, start_date=start_date, today=today,
                                         expected_versions={c.id: c.version for c in before})
    return RenewedChange([c.id for c in created], {c.id: c.status for c in before})
