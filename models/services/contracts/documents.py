"""What a printed contract says: the contracts a batch picks, in ceremony order, and the value of every placeholder.

The result is plain, picklable data (ContractFacts), so the PDF renderer in reports/ can lay it out in other
processes, and the seal check can recompute what a paper should say from today's records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Contract, ContractTemplateVersion, Employee, Office, Position
from models.entities.organization import DEFAULT_NUMBER_PATTERN
from models.rules.education import education_level_name
from models.rules.errors import RuleError
from models.rules.formatting import (
    format_date_id,
    format_rupiah,
    full_name,
    number_in_words,
    preamble_date_parts,
    rupiah_in_words,
)
from models.rules.nip import KIND_PNS, KIND_PPPK, format_nip
from models.rules.retirement import bup_month_end
from models.services.contracts.drafts import DEFAULT_WEEKLY_MINUTES
from models.services.contracts.seal_payload import facts_digest
from models.services.contracts.selection import unit_path, unit_tree
from models.services.contracts.terms import month_anniversary
from models.services.errors import DomainError
from models.services.organization import position_bup
from models.vocabulary import ContractKind, ContractStatus, PaperSize

BLANK = "............"  # printed where a value is not known yet, to be written in by hand
# The printed facts the seal's digest covers. The signing day and place are left out on purpose: they are
# often written in by hand at the ceremony, after printing.
DIGEST_FIELDS = (
    "nama", "ni_pppk", "tempat_tanggal_lahir", "pendidikan", "alamat", "jabatan", "unit_kerja", "unit_induk",
    "masa_kerja", "jenis_perjanjian", "tanggal_mulai", "tanggal_selesai", "masa_perjanjian", "golongan", "gaji",
    "jam_kerja",
)
# What each printed fact is called when the records no longer say what a signed paper says.
FACT_LABELS = {
    "nama": "nama", "ni_pppk": "NI PPPK", "tempat_tanggal_lahir": "tempat/tanggal lahir", "pendidikan": "pendidikan",
    "alamat": "alamat", "jabatan": "jabatan", "unit_kerja": "unit kerja", "unit_induk": "perangkat daerah",
    "masa_kerja": "masa kerja", "jenis_perjanjian": "jenis perjanjian", "tanggal_mulai": "tanggal mulai",
    "tanggal_selesai": "tanggal selesai", "masa_perjanjian": "masa perjanjian", "golongan": "golongan",
    "gaji": "gaji/upah", "jam_kerja": "jam kerja",
}
CHUNK = 900


@dataclass(frozen=True)
class OfficeFacts:
    name: str
    paper_size: PaperSize
    logo: bytes | None
    templates: dict[ContractKind, str | None]  # the office's own wording, None: the shipped template
    values: dict[str, str]
    conditions: frozenset[str] = frozenset()  # the template conditions that hold for the whole office


@dataclass(frozen=True)
class ContractFacts:
    contract_id: int
    version: int
    kind: ContractKind
    status: ContractStatus
    number: str | None
    employee_id: int
    nip: str
    name: str  # with titles
    unit_name: str
    unit_path: tuple[str, ...]  # OPD down to the unit, for a folder per unit
    position_name: str
    start_date: date
    end_date: date
    salary: Decimal
    signing_date: date | None
    signing_place: str | None
    values: dict[str, str] = field(default_factory=dict)  # every placeholder, office ones included
    conditions: frozenset[str] = frozenset()  # the template conditions that hold (office ones included)
    # A signed contract prints as it was signed: its frozen values and conditions, in the wording it was signed
    # with (template_text; None: the office's current wording), and names what the records changed since.
    template_text: str | None = None
    changed_since_signing: tuple[str, ...] = ()

    @property
    def digest(self) -> str:
        return facts_digest(self.values, DIGEST_FIELDS)

    @property
    def accepted_digests(self) -> set[str]:
        """The digest, and the one a paper printed by 0.9 carries for the same facts: it printed the weekly
        hours without their unit ("40 (empat puluh)"), as whole hours."""
        found = {self.digest}
        hours = self.values.get("jam_kerja", "")
        if hours.endswith(" jam"):
            found.add(facts_digest({**self.values, "jam_kerja": hours.removesuffix(" jam")}, DIGEST_FIELDS))
        return found


# ---- words and numbers, cached: a batch repeats the same dates and amounts thousands of times ----


@lru_cache(maxsize=4096)
def _date_text(d: date) -> str:
    return format_date_id(d)


@lru_cache(maxsize=1024)
def _signing_parts(d: date | None) -> tuple[tuple[str, str], ...]:
    if d is None:
        return (("hari", BLANK), ("tanggal_terbilang", BLANK), ("bulan", BLANK), ("tahun_terbilang", BLANK),
                ("tanggal_ttd", BLANK))
    parts = preamble_date_parts(d)
    return (*parts.items(), ("tanggal_ttd", format_date_id(d)))


@lru_cache(maxsize=1024)
def _amount(amount: Decimal) -> tuple[str, str]:
    try:
        words = rupiah_in_words(amount)
    except ValueError:  # sen cannot be written in words; the figure still prints
        words = rupiah_in_words(int(amount)) + " lebih"
    return format_rupiah(amount), words


@lru_cache(maxsize=256)
def _count_words(n: int) -> str:
    return f"{n} ({number_in_words(n)})"


@lru_cache(maxsize=64)
def working_time_text(minutes: int) -> str:
    """A week's working time in words: "37 (tiga puluh tujuh) jam 30 (tiga puluh) menit", "20 (dua puluh) jam"."""
    hours, rest = divmod(minutes, 60)
    text = f"{_count_words(hours)} jam"
    return f"{text} {_count_words(rest)} menit" if rest else text


def months_between(start: date, end_exclusive: date) -> tuple[int, int]:
    """Whole months from start to end_exclusive, and the days left over."""
    months = (end_exclusive.year - start.year) * 12 + end_exclusive.month - start.month
    if end_exclusive.day < start.day:
        months -= 1
    return months, (end_exclusive - month_anniversary(start, months)).days


@lru_cache(maxsize=1024)
def term_length_text(start: date, end: date) -> str:
    """Length of an inclusive term in words: "1 (satu) tahun", "3 (tiga) tahun 7 (tujuh) bulan"."""
    months, days = months_between(start, end + timedelta(days=1))
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{_count_words(years)} tahun")
    if months:
        parts.append(f"{_count_words(months)} bulan")
    if days or not parts:
        parts.append(f"{_count_words(days)} hari")
    return " ".join(parts)


def service_length_text(since: date | None, until: date) -> str:
    """Service before this contract: "2 tahun 3 bulan" ("0 tahun 0 bulan" for a first appointment)."""
    if since is None or since >= until:
        return "0 tahun 0 bulan"
    months, _ = months_between(since, until)
    years, months = divmod(months, 12)
    return f"{years} tahun {months} bulan"


# ---- the office ----


def office_facts(session: Session) -> OfficeFacts:
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        raise DomainError("Pengaturan instansi belum diisi: isi nama instansi, PPK dan kota penandatanganan dahulu.")
    values = {
        "instansi": office.name,
        "instansi_alamat": office.address or "",
        "daerah": office.regency_name,
        "kota": office.signing_city or BLANK,
        "ppk_nama": office.ppk_name or BLANK,
        "ppk_nip": format_nip(office.ppk_nip, KIND_PNS) if office.ppk_nip else BLANK,
        "ppk_jabatan": office.ppk_title or BLANK,
    }
    values.update(signer_values(office))
    return OfficeFacts(
        name=office.name, paper_size=office.paper_size, logo=office.logo,
        templates={ContractKind.FULL_TIME: office.template_full_time,
                   ContractKind.PART_TIME: office.template_part_time},
        values=values, conditions=signer_conditions(office),
    )


def signer_values(office: Office) -> dict[str, str]:
    """Who signs as PIHAK KESATU: the official the PPK delegated to, or else the PPK in person (no NIP)."""
    delegated = bool((office.signer_name or "").strip())
    nip = office.signer_nip if delegated else office.ppk_nip
    return {
        "pihak_kesatu_nama": (office.signer_name if delegated else office.ppk_name) or BLANK,
        "pihak_kesatu_nip": format_nip(nip, KIND_PNS) if nip else "",
        "pihak_kesatu_jabatan": (office.signer_title if delegated else office.ppk_title) or BLANK,
        "dasar_pelimpahan": (office.delegation_basis or "").strip(),
    }


def signer_conditions(office: Office) -> frozenset[str]:
    delegated = bool((office.signer_name or "").strip())
    holding = set()
    if delegated:
        holding.add("atas_nama")
        if (office.delegation_basis or "").strip():
            holding.add("dasar_pelimpahan")
    if office.signer_nip if delegated else office.ppk_nip:
        holding.add("nip_pihak_kesatu")
    return frozenset(holding)


def office_number_pattern(session: Session) -> str:
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    return office.contract_number_pattern if office else DEFAULT_NUMBER_PATTERN


# ---- the facts ----


def contract_values(contract: Contract, employee: Employee, position_name: str | None, unit_path: tuple[str, ...],
                     office: OfficeFacts, previous=None) -> dict[str, str]:
    values = dict(office.values)
    values.update(_signing_parts(contract.signing_date))
    gaji, gaji_words = _amount(contract.salary)
    minutes = contract.weekly_minutes or DEFAULT_WEEKLY_MINUTES[contract.kind]
    birth_place = (employee.birth_place or "").strip()
    birth = _date_text(employee.birth_date)
    level = ""
    if employee.education_level:
        try:
            level = education_level_name(employee.education_level)
        except RuleError:
            level = employee.education_level
    education = " ".join(p for p in (level, (employee.education_major or "").strip()) if p)
    values.update({
        "nomor": contract.number or BLANK,
        "jenis_perjanjian": contract.kind.label,
        "tempat_ttd": contract.signing_place or values["kota"],
        "tanggal_mulai": _date_text(contract.start_date),
        "tanggal_selesai": _date_text(contract.end_date),
        "masa_perjanjian": term_length_text(contract.start_date, contract.end_date),
        "golongan": contract.golongan or employee.golongan or "-",
        "gaji": gaji,
        "gaji_terbilang": gaji_words,
        "jam_kerja": working_time_text(minutes),
        "nama": full_name(employee.name, employee.gelar_depan, employee.gelar_belakang),
        "ni_pppk": format_nip(employee.nip, KIND_PPPK),
        "tempat_lahir": birth_place or "-",
        "tanggal_lahir": birth,
        "tempat_tanggal_lahir": f"{birth_place}, {birth}" if birth_place else birth,
        "jenis_kelamin": employee.sex.label,
        "pendidikan": education or "-",
        "alamat": (employee.address or "").strip() or "-",
        "jabatan": position_name or "-",
        "unit_kerja": unit_path[-1] if unit_path else "-",
        "unit_induk": unit_path[0] if unit_path else "-",
        "masa_kerja": service_length_text(employee.tmt_pppk, contract.start_date),
        "nomor_sebelumnya": (previous.number or BLANK) if previous is not None else "",
        "tanggal_mulai_sebelumnya": _date_text(previous.start_date) if previous is not None else "",
        "tanggal_selesai_sebelumnya": _date_text(previous.end_date) if previous is not None else "",
    })
    return values


def contract_conditions(contract: Contract, employee: Employee, position: Position | None,
                        office: OfficeFacts) -> frozenset[str]:
    """The template conditions that hold for this contract: the office's, a renewal, a term cut at the BUP."""
    conditions = set(office.conditions)
    if contract.renews_id is not None:
        conditions.add("perpanjangan")
    if contract.end_date >= bup_month_end(employee.birth_date, position_bup(position)):
        conditions.add("batas_usia_pensiun")
    return frozenset(conditions)


def iter_contract_facts(session: Session, contract_ids: Sequence[int],
                        office: OfficeFacts | None = None) -> Iterator[ContractFacts]:
    """Facts of the given contracts, in the order given, read in chunks so a large batch stays small in memory."""
    office = office or office_facts(session)
    tree = unit_tree(session)
    wordings: dict[str | None, str | None] = {}  # template sha256 -> the wording signed with
    ids = list(contract_ids)
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        rows = session.execute(
            select(Contract, Employee, Position)
            .join(Employee, Contract.employee_id == Employee.id)
            .outerjoin(Position, Employee.position_id == Position.id)
            .where(Contract.id.in_(part))
        ).all()
        by_id = {contract.id: (contract, employee, position) for contract, employee, position in rows}
        renewed = {c.renews_id for c, _, _ in rows if c.renews_id is not None}
        previous = {row.id: row for row in session.execute(
            select(Contract.id, Contract.number, Contract.start_date, Contract.end_date)
            .where(Contract.id.in_(renewed)))} if renewed else {}
        for contract_id in part:
            if contract_id not in by_id:
                raise DomainError(f"Perjanjian kerja dengan id {contract_id} tidak ditemukan.")
            contract, employee, position = by_id[contract_id]
            position_name = position.name if position is not None else None
            path = unit_path(tree, employee.unit_id)
            values = contract_values(contract, employee, position_name, path, office, previous.get(contract.renews_id))
            template, changed = None, ()
            if contract.signed_facts:  # printed as signed; today's values only say what changed since
                signed = json.loads(contract.signed_facts)
                changed = tuple(FACT_LABELS[name] for name in DIGEST_FIELDS
                                if signed["values"].get(name) != values.get(name))
                values, conditions = signed["values"], frozenset(signed["conditions"])
                if contract.template_sha256 not in wordings:
                    wordings[contract.template_sha256] = session.scalar(
                        select(ContractTemplateVersion.text).where(
                            ContractTemplateVersion.sha256 == contract.template_sha256))
                template = wordings[contract.template_sha256]
            else:
                conditions = contract_conditions(contract, employee, position, office)
            yield ContractFacts(
                contract_id=contract.id, version=contract.version, kind=contract.kind, status=contract.status,
                number=contract.number, employee_id=employee.id, nip=employee.nip,
                name=full_name(employee.name, employee.gelar_depan, employee.gelar_belakang),
                unit_name=path[-1] if path else "Tanpa unit kerja", unit_path=path or ("Tanpa unit kerja",),
                position_name=position_name or "-", start_date=contract.start_date, end_date=contract.end_date,
                salary=contract.salary, signing_date=contract.signing_date, signing_place=contract.signing_place,
                values=values, conditions=conditions, template_text=template, changed_since_signing=changed,
            )
        session.expunge_all()  # what was read for this chunk is not needed again


def contract_facts(session: Session, contract_id: int) -> ContractFacts:
    return next(iter_contract_facts(session, [contract_id]))


def contract_id_by_number(session: Session, number: str) -> int | None:
    return session.scalar(select(Contract.id).where(Contract.number == number))
