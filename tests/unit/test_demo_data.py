"""The demo office: realistic, consistent, deterministic, all-or-nothing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

import models.demo as demo
from models.demo import build_demo
from models.entities import AuditEntry, Contract, Employee, Formation, Position, Unit
from models.rules.nik import parse_nik
from models.rules.nip import parse_nip
from models.services.check import check_database
from models.services.errors import DomainError
from models.storage.database import open_database

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path)
    counts = build_demo(db, employees=600, seed=7, today=TODAY)
    yield db, counts, path
    db.close()


def test_counts_match_what_is_stored(built) -> None:
    db, counts, _ = built
    with db.session_factory() as s:
        assert s.scalar(select(func.count(Employee.id))) == counts.employees == 600
        assert s.scalar(select(func.count(Unit.id))) == counts.units
        assert s.scalar(select(func.count(Formation.id))) == counts.formations
        assert s.scalar(select(func.count(Contract.id))) == counts.contracts
        assert s.scalar(select(func.count(AuditEntry.id))) == 1


def test_the_database_passes_check_without_warnings(built) -> None:
    report = check_database(built[0])
    assert report.ok, report.problems
    assert report.warnings == 0 and report.employees == 600


def test_status_mix_is_like_the_2025_reports(built) -> None:
    share = {status: n / 600 for status, n in built[1].by_status.items()}
    assert share["PNS"] == pytest.approx(0.45, abs=0.06)
    assert share["PPPK"] == pytest.approx(0.25, abs=0.06)
    assert share["PPPK_PW"] == pytest.approx(0.25, abs=0.06)
    assert share["CPNS"] == pytest.approx(0.05, abs=0.03)


def test_nip_and_nik_decode_to_the_recorded_birth_date_and_sex(built) -> None:
    with built[0].session_factory() as s:
        employees = s.scalars(select(Employee)).all()
        assert len({e.nip for e in employees}) == len({e.nik for e in employees}) == 600
        for e in employees:
            kind = e.status.nip_kind
            nip = parse_nip(e.nip, kind, today=TODAY)
            nik = parse_nik(e.nik, today=TODAY)
            assert nip.birth_date == nik.birth_date == e.birth_date
            assert nip.sex == nik.sex == e.sex.value
            if e.status.is_pppk:
                assert e.tmt_pppk is not None and e.tmt_cpns is None
            else:
                assert (nip.tmt_cpns.year, nip.tmt_cpns.month) == (e.tmt_cpns.year, e.tmt_cpns.month)


def test_every_pppk_has_exactly_one_contract_running_today(built) -> None:
    with built[0].session_factory() as s:
        for e in s.scalars(select(Employee).where(Employee.status.in_(["PPPK", "PPPK_PW"]))):
            running = [c for c in e.contracts if c.status.value == "active"]
            assert len(running) == 1, e.nip
            assert running[0].start_date <= TODAY <= running[0].end_date
            kind = "full_time" if e.status.value == "PPPK" else "part_time"
            assert all(c.kind.value == kind for c in e.contracts)
            for older, newer in zip(e.contracts, e.contracts[1:], strict=False):
                assert newer.renews_id == older.id and newer.start_date > older.end_date
        no_contract = s.scalar(select(func.count(Contract.id)).join(Employee)
                               .where(Employee.status.in_(["PNS", "CPNS"])))
        assert no_contract == 0


def test_units_spread_over_the_real_kecamatan_and_the_outer_ones_are_short_staffed(built) -> None:
    with built[0].session_factory() as s:
        kecamatan = set(s.scalars(select(Unit.kecamatan_name)))
        assert kecamatan == {"Pahandut", "Sabangau", "Jekan Raya", "Bukit Batu", "Rakumpit"}
        schools = s.scalars(select(Unit).where(Unit.kind == "sekolah")).all()
        assert schools and {u.parent.name for u in schools} == {"Dinas Pendidikan"}

        def staffing(names: list[str]) -> float:
            needed = s.scalar(select(func.sum(Formation.needed)).join(Unit)
                              .where(Unit.kecamatan_name.in_(names)))
            in_post = s.scalar(select(func.count(Employee.id)).join(Unit, Employee.unit_id == Unit.id)
                               .where(Unit.kecamatan_name.in_(names)))
            return in_post / needed

        assert staffing(["Rakumpit", "Bukit Batu"]) < 0.8 * staffing(["Jekan Raya", "Pahandut"])


def test_positions_and_formations_are_consistent(built) -> None:
    with built[0].session_factory() as s:
        for p in s.scalars(select(Position)):
            assert (p.jenjang is not None) == (p.jenis_jabatan.value == "fungsional"), p.name
        assert s.scalar(select(func.count(Formation.id)).where(Formation.approved > Formation.needed)) == 0
        assert s.scalar(select(func.count(Formation.id)).where(Formation.year == TODAY.year)) > 0


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def test_same_seed_and_date_build_the_same_records(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = open_database(tmp_path / f"{name}.sqlite")
        build_demo(db, employees=80, seed=seed, today=TODAY)
        db.close()
        dumps.append(_dump(tmp_path / f"{name}.sqlite"))
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def test_refuses_a_database_that_has_data(built) -> None:
    db, counts, _ = built
    with pytest.raises(DomainError, match="sudah berisi data"):
        build_demo(db, employees=10, today=TODAY)
    with db.session_factory() as s:
        assert s.scalar(select(func.count(Employee.id))) == counts.employees


def test_a_failure_while_saving_leaves_the_database_empty(tmp_path: Path, monkeypatch) -> None:
    real = demo._insert_chunk

    def failing(conn, table, chunk):
        if table.name == "contract":
            raise OSError("disk penuh")
        real(conn, table, chunk)

    monkeypatch.setattr(demo, "_insert_chunk", failing)
    db = open_database(tmp_path / "x.sqlite")
    with pytest.raises(OSError):
        build_demo(db, employees=50, today=TODAY)
    with db.session_factory() as s:
        assert s.scalar(select(func.count(Employee.id))) == 0
        assert s.scalar(select(func.count(Unit.id))) == 0
    db.close()


def test_another_regency_and_an_unknown_code(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kapuas.sqlite")
    counts = build_demo(db, employees=120, regency_code="62.03", today=TODAY)
    assert counts.employees == 120 and check_database(db).ok
    db.close()
    other = open_database(tmp_path / "none.sqlite")
    with pytest.raises(DomainError, match="tidak ditemukan"):
        build_demo(other, employees=10, regency_code="99.99", today=TODAY)
    other.close()


def test_pns_golongan_fits_the_jenjang_and_pppk_were_20_at_their_tmt(built) -> None:
    from models.entities import Contract, Position
    from models.rules.grades import PNS_GRADES, jenjang_golongan_range
    from models.rules.retirement import full_years as age_on
    from models.vocabulary import ContractKind, EmployeeStatus

    db = built[0]
    rank = {g.code: i for i, g in enumerate(PNS_GRADES)}
    with db.session_factory() as s:
        rows = s.execute(select(Employee.status, Employee.golongan, Position.jenjang, Employee.birth_date,
                                Employee.tmt_pppk).join(Position, Employee.position_id == Position.id)).all()
        part_time_minutes = list(s.scalars(select(Contract.weekly_minutes).where(
            Contract.kind == ContractKind.PART_TIME)))
    checked = 0
    for status, golongan, jenjang, birth, tmt_pppk in rows:
        span = jenjang_golongan_range(jenjang.value if jenjang else None)
        if status is EmployeeStatus.PNS and span is not None:
            assert rank[span[0]] <= rank[golongan] <= rank[span[1]], (jenjang, golongan)
            checked += 1
        if status.is_pppk:
            assert age_on(birth, tmt_pppk) >= 20
    assert checked > 50  # the demo has jabatan fungsional PNS to check
    assert part_time_minutes and sum(m == 1200 for m in part_time_minutes) / len(part_time_minutes) > 0.7
