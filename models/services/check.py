"""The soundness check of a database: storage integrity, schema version and domain invariants."""

from __future__ import annotations

from dataclasses import dataclass, field

from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from models.entities import Contract, Employee, Position
from models.rules.crosscheck import cross_check
from models.rules.retirement import bup_month_end
from models.services.organization import position_bup
from models.storage.database import Database, head_revision
from models.vocabulary import EmployeeStatus

MAX_LISTED = 200  # a damaged file can yield thousands; the first ones say enough


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message}


@dataclass
class CheckReport:
    employees: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: int = 0
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, kind: str, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(Problem(kind, message))


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    report.add("integritas", f"SQLite integrity_check: {line}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                report.add("kunci_asing", f"Tabel {row[0]} baris {row[1]} menunjuk {row[2]} yang tidak ada")
        revision = MigrationContext.configure(conn).get_current_revision()
    if revision != head_revision():
        report.add("skema", f"Skema pada revisi {revision}, seharusnya {head_revision()}")
    if report.problem_count:  # a broken file: domain checks would only add noise
        return report
    _check_employees(db, report)
    _check_contracts(db, report)
    return report


def _check_employees(db: Database, report: CheckReport) -> None:
    with db.session_factory() as s:
        report.employees = s.scalar(select(func.count(Employee.id))) or 0
        duplicates = s.execute(
            select(Employee.nip, func.count()).group_by(Employee.nip).having(func.count() > 1)
        ).all()
        for nip, count in duplicates:
            report.add("nip_ganda", f"NIP {nip} dipakai {count} pegawai")
        rows = s.execute(
            select(Employee.nip, Employee.name, Employee.status, Employee.nik, Employee.birth_date,
                   Employee.sex, Employee.tmt_cpns)
        )
        for nip, name, status, nik, birth_date, sex, tmt_cpns in rows:
            kind = EmployeeStatus(status).nip_kind
            for finding in cross_check(nip=nip, kind=kind, nik=nik, birth_date=birth_date,
                                       sex=sex.value if sex else None, tmt_cpns=tmt_cpns):
                if finding.level == "error":
                    report.add("data_pegawai", f"{name} ({nip}): {finding.message}")
                else:
                    report.warnings += 1


def _check_contracts(db: Database, report: CheckReport) -> None:
    with db.session_factory() as s:
        rows = s.execute(
            select(Contract.id, Contract.number, Contract.start_date, Contract.end_date,
                   Employee.nip, Employee.birth_date, Employee.status, Position)
            .join(Employee, Contract.employee_id == Employee.id)
            .outerjoin(Position, Employee.position_id == Position.id)
        )
        for contract_id, number, start, end, nip, birth_date, status, position in rows:
            label = f"Perjanjian {number or f'#{contract_id}'} ({nip})"
            if end <= start:
                report.add("perjanjian", f"{label}: selesai {end:%d-%m-%Y} tidak setelah mulai {start:%d-%m-%Y}")
            if end > bup_month_end(birth_date, position_bup(position)):
                report.add("perjanjian", f"{label}: berakhir {end:%d-%m-%Y}, melewati batas usia pensiun")
            if status not in (EmployeeStatus.PPPK, EmployeeStatus.PPPK_PW):
                report.add("perjanjian", f"{label}: pegawai berstatus {status.label}, bukan PPPK")
