"""An office for the contract window tests: settings, signing key, and contracts at every step of their life.

Built on tests.staff.build_office (20 employees, 8 draft contracts), then through the real services:
  c1 dewi (full-time, ends 30-11-2026) active   c2 Eko (part-time, ended 30-09-2026) expired
  c3 Indah (full-time, ends 2029) active        c4 Joko (part-time, ends 31-12-2026) active
  c5 Siti (full-time, ended 31-05-2026) expired c6 Agus (part-time, starts 01-10-2026) printed
  c7 Gita (full-time, ends 30-11-2026) draft    c8 Hadi (part-time, ended 30-09-2026) draft
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models.entities import AuditEntry, Contract, ContractNumberSequence
from models.services.contracts.lifecycle import activate, expire_due, mark_signed
from models.services.contracts.printing import mark_printed
from models.services.contracts.seal import office_signer
from models.services.organization import OfficeInput, save_office
from models.storage.database import Database
from tests.factories import ADMIN, CLERK
from tests.staff import TODAY, Office, build_office

OFFICE = OfficeInput(
    name="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", regency_code="62.71",
    regency_name="Kota Palangka Raya", address="Jl. Tjilik Riwut Km. 5,5, Palangka Raya",
    ppk_name="Drs. Yohanes Tingang, M.Si.", ppk_nip="197105141996031002",
    ppk_title="Sekretaris Daerah Kota Palangka Raya", signing_city="Palangka Raya",
    contract_number_pattern_pw="800.1.2.5/{seq}/PPPK-PW/BKPSDM/{year}",
)


@dataclass
class ContractOffice:
    staff: Office

    def contract(self, n: int) -> int:
        """Id of contract cN (1-based, as in the module's table)."""
        return self.staff.contract_ids[n - 1]


def build_contract_office(db: Database, employees: int = 20) -> ContractOffice:
    staff = build_office(db, employees, formations=False)
    save_office(db, OFFICE, ADMIN)
    office_signer(db, CLERK)  # the key exists before any test measures "nothing changed"
    ids = staff.contract_ids
    mark_printed(db, CLERK, ids[:6], on=TODAY)
    with db.session_factory() as s:
        starts = dict(s.execute(select(Contract.id, Contract.start_date).where(Contract.id.in_(ids[:5]))).all())
    for contract_id in ids[:5]:
        mark_signed(db, CLERK, [contract_id], min(starts[contract_id], TODAY), today=TODAY)
    activate(db, CLERK, [ids[0], ids[2], ids[3]], today=TODAY)
    expire_due(db, CLERK, TODAY)
    return ContractOffice(staff)


def database_state(db: Database) -> tuple:
    """Everything a print could change: each contract's number, status and version, the sequences, the audit."""
    with db.session_factory() as s:
        contracts = tuple(s.execute(select(Contract.id, Contract.number, Contract.status, Contract.version)
                                    .order_by(Contract.id)).all())
        sequences = tuple(s.execute(select(ContractNumberSequence.series, ContractNumberSequence.year,
                                           ContractNumberSequence.last_seq)).all())
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    return contracts, sequences, audits
