"""An office's package applied at the centre, on SQLite and on PostgreSQL: rows, references, versions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from models.entities import Contract, Employee, Position, Unit
from models.entities.exchange import ExchangeSent
from models.services.employees import create_employee, delete_employee, update_employee
from models.services.exchange import office_key_export, office_overview, register_office, set_central_key
from models.services.organization import save_office
from models.storage.database import Database, open_database
from tests.factories import ADMIN, BUDI, CLERK, make_employee
from tests.staff import build_office, employee_input
from tests.unit.exchange.helpers import (
    KAPUAS,
    PALANGKA,
    Keys,
    counts,
    export_package,
    import_package,
    make_office,
    register,
)


def test_full_package_inserts_every_row_with_references_resolved(office: Database, any_db: Database, keys: Keys,
                                                                 tmp_path: Path) -> None:
    build_office(office, 12)
    register(any_db, office)
    package = export_package(office, tmp_path, CLERK)
    assert package.full and package.sequence == 1 and package.path.parent == tmp_path
    assert package.tables["employee"] == 12 and package.tables["unit"] == 5

    result = import_package(any_db, package.path, keys.private, CLERK)

    assert (result.inserted, result.updated, result.unchanged, result.conflicts) == (package.rows, 0, 0, [])
    with office.session_factory() as s:
        sent = {e.nip: (e.name, e.unit.name, e.position.name, e.version) for e in s.scalars(select(Employee))}
    with any_db.session_factory() as s:
        got = {e.nip: (e.name, e.unit.name, e.position.name, e.version) for e in s.scalars(select(Employee))}
        school = s.scalars(select(Unit).where(Unit.name == "SD Negeri 1 Pahandut")).one()
        assert school.parent.name == "Dinas Pendidikan"
        assert {c.employee.nip for c in s.scalars(select(Contract))} <= set(got)
    assert got == sent


def test_the_same_package_twice_changes_nothing(office: Database, any_db: Database, keys: Keys,
                                                tmp_path: Path) -> None:
    build_office(office, 8)
    register(any_db, office)
    package = export_package(office, tmp_path, CLERK)
    import_package(any_db, package.path, keys.private, CLERK)
    before = counts(any_db)

    again = import_package(any_db, package.path, keys.private, CLERK)

    assert again.already_applied and (again.inserted, again.updated, again.unchanged) == (0, 0, package.rows)
    assert "sudah diterapkan" in again.warnings[0]
    assert counts(any_db) == before


def test_incremental_package_carries_only_changed_rows_and_deletions(office: Database, any_db: Database,
                                                                     keys: Keys, tmp_path: Path) -> None:
    staff = build_office(office, 10, contracts=False)
    register(any_db, office)
    import_package(any_db, export_package(office, tmp_path, CLERK).path, keys.private, CLERK)
    update_employee(office, staff.employee_ids[0], {"name": "Budi Santoso Baru"}, CLERK)
    delete_employee(office, staff.employee_ids[1], CLERK)

    delta = export_package(office, tmp_path, CLERK)
    result = import_package(any_db, delta.path, keys.private, CLERK)

    assert not delta.full and delta.sequence == 2
    assert (delta.rows, delta.deleted) == (1, 1)
    assert (result.inserted, result.updated, result.deleted, result.conflicts) == (0, 1, 1, [])
    with any_db.session_factory() as s:
        names = set(s.scalars(select(Employee.name)))
    assert "Budi Santoso Baru" in names and len(names) <= 9
    assert export_package(office, tmp_path, CLERK).rows == 0  # nothing changed since


def test_a_gap_in_the_sequence_is_reported_and_the_package_still_applied(office: Database, any_db: Database,
                                                                         keys: Keys, tmp_path: Path) -> None:
    staff = build_office(office, 4, contracts=False)
    register(any_db, office)
    first = export_package(office, tmp_path, CLERK)
    update_employee(office, staff.employee_ids[0], {"phone": "081200000001"}, CLERK)
    export_package(office, tmp_path, CLERK)  # number 2 never reaches the centre
    update_employee(office, staff.employee_ids[1], {"phone": "081200000002"}, CLERK)
    third = export_package(office, tmp_path, CLERK)
    import_package(any_db, first.path, keys.private, CLERK)

    result = import_package(any_db, third.path, keys.private, CLERK)

    assert any("Paket nomor 2" in w and "belum diterima" in w for w in result.warnings)
    assert result.updated == 1
    (row,) = [r for r in _overview(any_db)]
    assert (row.last_sequence, row.packages, row.missing_sequences) == (3, 2, 1)


def test_the_same_nip_from_two_offices_is_a_conflict_and_not_applied(office: Database, any_db: Database,
                                                                     keys: Keys, tmp_path: Path) -> None:
    make_employee(office, BUDI)
    kapuas = make_office(tmp_path / "kapuas", KAPUAS, keys)
    make_employee(kapuas, BUDI, name="Budi Kapuas")
    register(any_db, office)
    register(any_db, kapuas)
    import_package(any_db, export_package(office, tmp_path / "a", CLERK).path, keys.private, CLERK)

    result = import_package(any_db, export_package(kapuas, tmp_path / "b", CLERK).path, keys.private, CLERK)

    (conflict,) = result.conflicts
    assert conflict.kind == "nip_claimed" and BUDI.nip in conflict.detail and "Budi Santoso" in conflict.detail
    assert "BKPSDM Kabupaten Kapuas" in conflict.detail
    with any_db.session_factory() as s:
        assert s.scalars(select(Employee.name).where(Employee.nip == BUDI.nip)).all() == ["Budi Santoso"]
    kapuas_row = next(r for r in _overview(any_db) if r.code == "62.03")
    assert kapuas_row.open_conflicts == 1
    kapuas.close()


def test_an_older_version_after_a_newer_one_is_a_conflict(office: Database, any_db: Database, keys: Keys,
                                                          tmp_path: Path) -> None:
    budi = make_employee(office, BUDI)
    register(any_db, office)
    old = export_package(office, tmp_path, CLERK)  # Budi at version 1
    update_employee(office, budi.id, {"name": "Budi Santoso Perbaikan"}, CLERK)
    new = export_package(office, tmp_path, CLERK, full=True)  # version 2
    import_package(any_db, new.path, keys.private, CLERK)

    result = import_package(any_db, old.path, keys.private, CLERK)

    (conflict,) = result.conflicts
    assert conflict.kind == "older_version" and "versi 1" in conflict.detail and "versi 2" in conflict.detail
    assert any("lebih kecil" in w for w in result.warnings)
    with any_db.session_factory() as s:
        assert s.scalars(select(Employee.name)).all() == ["Budi Santoso Perbaikan"]


def test_jabatan_of_the_same_name_from_two_offices_are_one_row(office: Database, any_db: Database, keys: Keys,
                                                               tmp_path: Path) -> None:
    build_office(office, 3, contracts=False, formations=False)
    kapuas = make_office(tmp_path / "kapuas", KAPUAS, keys)
    build_office(kapuas, 0, contracts=False, formations=False)
    with kapuas.session_factory() as s:
        units = {u.name: u.id for u in s.scalars(select(Unit))}
        positions = {p.name: p.id for p in s.scalars(select(Position))}
    for i in range(3, 5):  # other people (other NIP) on the same jabatan names
        data = employee_input(i + 40, _Ids(units, positions))
        create_employee(kapuas, data, CLERK)
    register(any_db, office)
    register(any_db, kapuas)
    import_package(any_db, export_package(office, tmp_path / "a", CLERK).path, keys.private, CLERK)
    result = import_package(any_db, export_package(kapuas, tmp_path / "b", CLERK).path, keys.private, CLERK)

    assert result.conflicts == []
    with any_db.session_factory() as s:
        assert s.scalars(select(Position.name).order_by(Position.name)).all() == sorted(positions)
        assert len(s.scalars(select(Employee)).all()) == 5
        assert len(s.scalars(select(Unit)).all()) == 10
    kapuas.close()


def test_a_dry_run_reports_and_writes_nothing(office: Database, any_db: Database, keys: Keys, tmp_path: Path) -> None:
    build_office(office, 5)
    register(any_db, office)
    package = export_package(office, tmp_path, CLERK)
    before = counts(any_db)

    result = import_package(any_db, package.path, keys.private, CLERK, dry_run=True)

    assert result.dry_run and result.inserted == package.rows
    assert counts(any_db) == before
    assert import_package(any_db, package.path, keys.private, CLERK).inserted == package.rows


class _Ids:
    def __init__(self, units: dict[str, int], positions: dict[str, int]) -> None:
        self.unit_ids, self.position_ids = units, positions


def _overview(db: Database):
    with db.session_factory() as s:
        return office_overview(s)


def test_an_office_on_a_server_database_sends_the_same_rows(any_db: Database, keys: Keys, tmp_path: Path) -> None:
    db = open_database(tmp_path / "pusat.sqlite")  # the centre, on a file of its own
    save_office(any_db, PALANGKA, ADMIN)
    set_central_key(any_db, ADMIN, keys.public.read_bytes())
    staff = build_office(any_db, 8)
    key_folder = tmp_path / "kunci-kantor"
    register_office(db, ADMIN, office_key_export(any_db, CLERK, key_folder))
    first = export_package(any_db, tmp_path, CLERK, key_folder=key_folder)
    import_package(db, first.path, keys.private, CLERK)
    update_employee(any_db, staff.employee_ids[2], {"address": "Jl. RTA Milono Km 2"}, CLERK)

    second = export_package(any_db, tmp_path, CLERK, key_folder=key_folder)
    result = import_package(db, second.path, keys.private, CLERK)

    assert (second.rows, result.updated, result.conflicts) == (1, 1, [])
    with any_db.session_factory() as s:
        sent = {e.uuid: (e.nip, e.name, e.birth_date, e.address, e.version, e.updated_at.replace(microsecond=0))
                for e in s.scalars(select(Employee))}
        salaries = sorted(c.salary for c in s.scalars(select(Contract)))
    with db.session_factory() as s:
        got = {e.uuid: (e.nip, e.name, e.birth_date, e.address, e.version, e.updated_at.replace(microsecond=0))
               for e in s.scalars(select(Employee))}
        assert sorted(c.salary for c in s.scalars(select(Contract))) == salaries
    assert got == sent
    db.close()


def test_a_row_stamped_just_before_the_snapshot_but_committed_after_is_still_sent(office: Database,
                                                                                  tmp_path: Path) -> None:
    budi = make_employee(office, BUDI)
    export_package(office, tmp_path, CLERK)
    with office.session_factory() as s:
        snapshot_at = s.scalars(select(ExchangeSent.snapshot_at)).one()
    with office.session_factory.begin() as s:  # a clerk's save that began before the package and ended after
        s.execute(update(Employee).where(Employee.id == budi.id)
                  .values(phone="081299990000", version=Employee.version + 1,
                          updated_at=snapshot_at - timedelta(seconds=30)))

    late = export_package(office, tmp_path, CLERK)

    assert late.tables["employee"] == 1
    assert export_package(office, tmp_path, CLERK).rows == 0  # and it is not sent a second time
