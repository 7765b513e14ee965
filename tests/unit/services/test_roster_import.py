"""Roster import end to end: xlsx files written here with openpyxl, read, checked and written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Employee, Position, Unit
from models.rules.nip import build_pns_nip, build_pppk_nip
from models.services.audit import Actor
from models.services.jobs import Progress, run_to_end
from models.services.permissions import NotAllowed
from models.services.roster_import import import_roster, preview_roster
from models.storage.database import Database
from reports.roster import RosterFileError, load_roster, write_import_report
from tests.factories import BUDI, make_employee, make_position, make_unit


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each test here that needs a database runs on SQLite and again on PostgreSQL (tests/conftest.py any_db)."""
    return any_db


CLERK = Actor("operator1", "operator")
HEADER = ["No", "NIP Baru", "Nama Lengkap", "Tgl. Lahir", "L/P", "Status", "Gol/Ruang", "Jabatan", "Unit Kerja",
          "OPD", "Kec.", "Pendidikan", "TMT PPPK"]


def budi_row(**changes) -> list:
    row = {"no": 1, "nip": "198503122010011003", "name": "Budi Santoso", "born": "12-03-1985", "sex": "L",
           "status": "PNS", "gol": "III b", "position": "Guru Kelas Ahli Pertama", "unit": "SD Negeri 1 Pahandut",
           "opd": "Dinas Pendidikan", "kec": "Pahandut", "edu": "S1", "tmt_pppk": None}
    row.update(changes)
    return list(row.values())


def siti_row(**changes) -> list:
    row = {"no": 2, "nip": "'199001152024212001", "name": "Siti Aminah", "born": date(1990, 1, 15),
           "sex": "Perempuan", "status": "PPPK", "gol": "9", "position": "Perawat Ahli Pertama",
           "unit": "Puskesmas Pahandut", "opd": "Dinas Kesehatan", "kec": "Pahandut", "edu": "S-1/Sarjana",
           "tmt_pppk": "01/03/2024"}
    row.update(changes)
    return list(row.values())


def write_roster(path: Path, rows: list[list], *, titles: int = 2, header: list | None = None,
                 sheet: str = "Daftar") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for index in range(titles):
        ws.append([f"DAFTAR PEGAWAI {index + 1}"])
    if titles:
        ws.append([])
    ws.append(header or HEADER)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def load(path: Path):
    return run_to_end(load_roster(path))


def run_import(db, path: Path, **kwargs):
    kwargs.setdefault("create_new", True)  # most tests here start from an office without units
    loaded = load(path)
    return loaded, run_to_end(import_roster(db, loaded.rows, CLERK, source=path.name, **kwargs))


def employee_count(db) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count(Employee.id)))


def snapshot(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(Employee.__table__).order_by(Employee.id))] + \
            [tuple(r) for r in conn.execute(select(Unit.__table__).order_by(Unit.id))] + \
            [tuple(r) for r in conn.execute(select(Position.__table__).order_by(Position.id))]


def test_new_office_starts_from_its_roster_alone(db, tmp_path) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(), siti_row()])
    loaded, result = run_import(db, path)
    assert loaded.header.excel_row == 4
    assert result.as_dict()["imported"] == 2 and result.count("rejected") == 0
    assert set(result.created_units) == {"Dinas Pendidikan", "SD Negeri 1 Pahandut (Dinas Pendidikan)",
                                         "Dinas Kesehatan", "Puskesmas Pahandut (Dinas Kesehatan)"}
    assert set(result.created_positions) == {"Guru Kelas Ahli Pertama", "Perawat Ahli Pertama"}
    assert result.new_kecamatan == ("Pahandut",)
    with db.session_factory() as s:
        budi = s.scalars(select(Employee).where(Employee.nip == "198503122010011003")).one()
        assert (budi.golongan, budi.birth_date, budi.education_level) == ("III/b", date(1985, 3, 12), "40")
        assert budi.tmt_cpns == date(2010, 1, 1)  # from the NIP
        assert budi.unit.name == "SD Negeri 1 Pahandut" and budi.unit.parent.name == "Dinas Pendidikan"
        assert budi.unit.kind.value == "sekolah" and budi.unit.kecamatan_name == "Pahandut"
        assert budi.position.jenis_jabatan.value == "fungsional" and budi.position.group.value == "guru"
        siti = s.scalars(select(Employee).where(Employee.nip == "199001152024212001")).one()
        assert (siti.status.value, siti.golongan, siti.tmt_pppk) == ("PPPK", "IX", date(2024, 3, 1))
        assert siti.position.jenjang.value == "ahli_pertama" and siti.position.group.value == "kesehatan"
        assert siti.version == 1 and siti.uuid and siti.created_at is not None


def test_importing_the_same_file_twice_changes_nothing_the_second_time(db, tmp_path) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(), siti_row()])
    run_import(db, path)
    before = snapshot(db)
    with db.session_factory() as s:
        audits = s.scalar(select(func.count(AuditEntry.id)))
    _loaded, again = run_import(db, path)
    assert (again.count("imported"), again.count("updated"), again.count("unchanged")) == (0, 0, 2)
    assert again.created_units == () and again.created_positions == ()
    assert snapshot(db) == before
    with db.session_factory() as s:
        assert s.scalar(select(func.count(AuditEntry.id))) == audits


def test_changed_value_updates_the_employee_bumps_version_and_is_audited(db, tmp_path) -> None:
    make_employee(db)
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(gol="III/c", unit=None, opd=None, position=None)])
    _loaded, result = run_import(db, path)
    assert result.count("updated") == 1
    outcome = result.outcomes[0]
    assert outcome.changed == ("golongan",)
    with db.session_factory() as s:
        budi = s.scalars(select(Employee).where(Employee.nip == BUDI.nip)).one()
        assert budi.golongan == "III/c" and budi.version == 2
        assert budi.gelar_belakang == "S.Pd."  # not in the file: kept
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_uuid == budi.uuid,
                                                   AuditEntry.action == "update")).one()
        assert entry.changes == {"golongan": ["III/b", "III/c"]} and entry.actor == "operator1"
        summary = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert summary.changes["updated"] == 1 and summary.changes["source"] == "roster.xlsx"


def test_blank_cells_keep_stored_values(db, tmp_path) -> None:
    make_employee(db)
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(gol=None, edu="", unit=None, opd=None, kec=None,
                                                            position=None)])
    _loaded, result = run_import(db, path)
    assert result.count("unchanged") == 1


def test_existing_units_and_positions_are_matched_whatever_the_case(db, tmp_path) -> None:
    opd = make_unit(db, "Dinas Pendidikan")
    school = make_unit(db, "SD Negeri 1 Pahandut", parent_id=opd.id)
    position = make_position(db, "Guru Kelas Ahli Pertama")
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(unit="SD NEGERI 1 PAHANDUT", opd="dinas pendidikan",
                                                            position="GURU KELAS AHLI PERTAMA")])
    _loaded, result = run_import(db, path)
    assert result.created_units == () and result.created_positions == () and result.new_kecamatan == ()
    with db.session_factory() as s:
        budi = s.scalars(select(Employee)).one()
        assert (budi.unit_id, budi.position_id) == (school.id, position.id)


@pytest.mark.parametrize(("row", "reason"), [
    (budi_row(nip=198503122010011003), "NIP tersimpan sebagai angka"),
    (budi_row(nip="19850312201001100"), "NIP harus 18 digit"),
    (budi_row(born="31-02-1985"), "Tanggal lahir: '31-02-1985' bukan tanggal yang sah"),
    (budi_row(born="13-03-1985"), "berbeda dengan tanggal lahir yang dicatat"),
    (budi_row(sex="P"), "Jenis kelamin pada NIP"),
    (budi_row(status="Honorer"), "Status kepegawaian: 'Honorer' tidak dikenal"),
    (budi_row(gol="IX"), "golongan PNS harus disertai huruf ruang"),
    (budi_row(gol="IV/f"), "Golongan 'IV/f' tidak dikenal"),
    (budi_row(edu="Pasca"), "Tingkat pendidikan 'Pasca' tidak dikenal"),
    (budi_row(position="Perawat"), "Jabatan fungsional 'Perawat' tanpa jenjang"),
    (siti_row(tmt_pppk=None), "TMT PPPK: wajib diisi untuk PPPK"),
    (budi_row(name=None, born=None), "Nama: wajib diisi"),
])
def test_each_rejection_reason_names_the_row_and_field(db, tmp_path, row, reason) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [siti_row(nip="199507022025242001", name="Rina Wati",
                                                            born="2 Juli 1995", status="PPPK Paruh Waktu",
                                                            gol=None, position=None, unit=None, opd=None,
                                                            tmt_pppk="1 Oktober 2025"), row])
    _loaded, result = run_import(db, path)
    assert result.count("imported") == 1 and result.count("rejected") == 1
    rejected = result.as_dict()["rejected_rows"]
    assert rejected[0]["row"] == 6
    assert reason in rejected[0]["reason"]
    assert employee_count(db) == 1


def test_a_nip_twice_in_the_file_is_rejected_on_its_second_row(db, tmp_path) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(), budi_row(no=2, gol="IV/a")])
    _loaded, result = run_import(db, path)
    assert result.count("imported") == 1
    assert result.as_dict()["rejected_rows"] == [
        {"row": 6, "reason": "NIP 198503122010011003 sudah ada pada baris 5 berkas ini; "
                             "hanya baris pertama yang dipakai"}]


def test_title_rows_numbering_row_blank_rows_and_signature_are_not_data(db, tmp_path) -> None:
    rows = [list(range(1, 14)), budi_row(), [None] * 13, siti_row(), [None, None, "Kepala BKPSDM"],
            [None, None, "NIP. 19700101 199003 1 001"]]
    path = write_roster(tmp_path / "roster.xlsx", rows)
    _loaded, result = run_import(db, path)
    assert [o.row for o in result.outcomes] == [6, 8]
    assert result.count("imported") == 2


def test_rejected_rows_do_not_create_their_units(db, tmp_path) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(nip=1985, unit="SD Negeri 9 Jekan Raya",
                                                            position="Guru PJOK Ahli Pertama")])
    _loaded, result = run_import(db, path)
    assert result.count("rejected") == 1 and result.created_units == () and result.created_positions == ()
    with db.session_factory() as s:
        assert s.scalar(select(func.count(Unit.id))) == 0


def test_dry_run_and_preview_write_nothing(db, tmp_path) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(), siti_row()])
    loaded = load(path)
    preview = run_to_end(preview_roster(db, loaded.rows, create_new=True))
    assert preview.dry_run and preview.count("imported") == 2 and len(preview.created_units) == 4
    assert employee_count(db) == 0
    assert snapshot(db) == []


def test_a_file_that_cannot_be_read_changes_nothing(db, tmp_path) -> None:
    make_employee(db)
    before = snapshot(db)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 bukan excel")
    with pytest.raises(RosterFileError, match="tidak dapat dibaca"):
        load(broken)
    no_header = write_roster(tmp_path / "tanpa-judul.xlsx", [["a", "b"]], header=["Nama", "Alamat"])
    with pytest.raises(RosterFileError, match="Baris judul kolom tidak ditemukan"):
        load(no_header)
    with pytest.raises(RosterFileError, match="tidak ditemukan"):
        load(tmp_path / "tidak-ada.xlsx")
    assert snapshot(db) == before


def test_closing_the_import_while_it_checks_rows_writes_nothing(db, tmp_path, monkeypatch) -> None:
    import models.services.roster_import as service

    monkeypatch.setattr(service, "_TICK", 1)  # a step after every row
    make_employee(db)
    before = snapshot(db)
    # Budi changes golongan and moves to a new unit; Siti is new: the import would write all of it.
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(gol="III/c"), siti_row()])
    rows = load(path).rows
    job = import_roster(db, rows, CLERK, create_new=True)
    assert next(job) == Progress(0, 2) and next(job) == Progress(1, 2)  # Budi checked, Siti not yet
    job.close()  # Batal
    assert snapshot(db) == before
    job = import_roster(db, rows, CLERK, create_new=True)
    assert [next(job) for _ in range(3)] == [Progress(0, 2), Progress(1, 2), Progress(2, 2)]
    job.close()  # every row checked, the write not begun: the last point where closing saves nothing
    assert snapshot(db) == before
    result = run_to_end(import_roster(db, rows, CLERK, create_new=True))  # driven to its end, the same rows are written
    assert (result.count("imported"), result.count("updated")) == (1, 1) and snapshot(db) != before


def test_an_import_that_has_begun_writing_takes_no_more_steps(db, tmp_path, monkeypatch) -> None:
    import models.services.roster_import as service

    path = write_roster(tmp_path / "roster.xlsx", [budi_row(), siti_row()])
    rows = load(path).rows
    steps: list[Progress] = []
    steps_when_writing: list[int] = []
    real_write = service._write

    def recording_write(*args):
        steps_when_writing.append(len(steps))
        return real_write(*args)

    monkeypatch.setattr(service, "_write", recording_write)
    result = run_to_end(import_roster(db, rows, CLERK, create_new=True), steps.append)
    assert steps_when_writing == [len(steps)] and steps[-1] == Progress(2, 2)
    assert result.count("imported") == 2 and employee_count(db) == 2


def test_a_clerk_who_may_not_edit_cannot_import_but_may_preview(db, tmp_path) -> None:
    rows = load(write_roster(tmp_path / "roster.xlsx", [budi_row()])).rows
    reader = Actor("tamu", "viewer")
    with pytest.raises(NotAllowed):
        run_to_end(import_roster(db, rows, reader, create_new=True))
    assert run_to_end(import_roster(db, rows, reader, dry_run=True, create_new=True)).count("imported") == 1
    assert employee_count(db) == 0


def test_failure_while_writing_rolls_back_everything(db, tmp_path, monkeypatch) -> None:
    import models.services.roster_import as service

    path = write_roster(tmp_path / "roster.xlsx", [budi_row(), siti_row()])
    loaded = load(path)

    def broken_insert(conn, table, rows):
        if table.name == "audit_entry":
            raise RuntimeError("disk penuh")
        return original(conn, table, rows)

    original = service.bulk_insert
    monkeypatch.setattr(service, "bulk_insert", broken_insert)
    with pytest.raises(RuntimeError):
        run_to_end(import_roster(db, loaded.rows, CLERK, create_new=True))
    assert snapshot(db) == []


def test_reading_and_checking_report_their_steps(db, tmp_path) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(), siti_row()])
    read: list[Progress] = []
    loaded = run_to_end(load_roster(path), read.append)
    assert read == [Progress(0, 2), Progress(2, 2)]  # two data rows under the header
    checked: list[Progress] = []
    run_to_end(import_roster(db, loaded.rows, CLERK, create_new=True), checked.append)
    assert checked == [Progress(0, 2), Progress(2, 2)]


def test_report_lists_rejected_rows_with_reasons_and_imports_again_once_fixed(db, tmp_path) -> None:
    path = write_roster(tmp_path / "roster.xlsx", [budi_row(born="31-02-1985"), siti_row(gol="IV/a")])
    loaded, result = run_import(db, path)
    assert result.count("rejected") == 2
    report = write_import_report(tmp_path / "laporan.xlsx", loaded.grid, loaded.header.index, result, path.name)
    book = openpyxl.load_workbook(report)
    assert book.sheetnames == ["Ditolak", "Dibuat", "Ringkasan"]
    sheet = book["Ditolak"]
    assert [c.value for c in sheet[1]][-1] == "Alasan penolakan"
    assert sheet.cell(2, 2).value == "198503122010011003" and sheet.cell(2, 2).data_type == "s"
    assert "bukan tanggal yang sah" in sheet.cell(2, 14).value
    assert "golongan PPPK" in sheet.cell(3, 14).value
    # The clerk fixes the two cells in the report and imports that file.
    sheet.cell(2, 4).value = "12-03-1985"
    sheet.cell(3, 7).value = "IX"
    book.save(report)
    _loaded, again = run_import(db, report)
    assert again.count("imported") == 2 and again.count("rejected") == 0


def test_siasn_layout_with_number_dates_and_text_identifiers(db, tmp_path) -> None:
    nip = build_pppk_nip(date(1992, 6, 30), 2025, "24", "P", 7)
    header = ["NIP BARU", "NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "JENIS PEGAWAI NAMA", "STATUS CPNS PNS",
              "TMT CPNS", "GOL AKHIR NAMA", "JABATAN NAMA", "JENIS JABATAN NAMA", "UNOR NAMA", "UNOR INDUK NAMA",
              "TINGKAT PENDIDIKAN NAMA"]
    pns = build_pns_nip(date(1980, 1, 2), date(2005, 3, 1), "L", 12)
    rows = [[nip, "DEWI LESTARI", 33785, "P", "PPPK PARUH WAKTU", "", "01-10-2025", "", "Operator Layanan Operasional",
             "Jabatan Pelaksana", "Kelurahan Langkai", "Kecamatan Pahandut", "SLTA"],
            [pns, "AHMAD", "1980-01-02", "L", "PNS DAERAH KAB/KOTA", "C", "2005-03-01", "III/a",
             "Kepala Seksi Pemerintahan", "Jabatan Pengawas", "Kecamatan Pahandut", "", "S-1/Sarjana"]]
    path = write_roster(tmp_path / "siasn.xlsx", rows, titles=0, header=header)
    _loaded, result = run_import(db, path)
    assert result.count("imported") == 2, result.as_dict()
    with db.session_factory() as s:
        dewi = s.scalars(select(Employee).where(Employee.nip == nip)).one()
        assert (dewi.status.value, dewi.tmt_pppk, dewi.tmt_cpns) == ("PPPK_PW", date(2025, 10, 1), None)
        assert dewi.birth_date == date(1992, 6, 30)
        ahmad = s.scalars(select(Employee).where(Employee.nip == pns)).one()
        assert ahmad.status.value == "CPNS" and ahmad.position.jenis_jabatan.value == "pengawas"
        assert dewi.unit.parent_id == ahmad.unit_id  # the kelurahan under the kecamatan office


def test_without_a_status_column_the_identifier_says_the_status(db, tmp_path) -> None:
    header = [h for h in HEADER if h != "Status"]
    pw_nip = build_pppk_nip(date(1995, 7, 2), 2025, "24", "P", 1)
    rows = [[v for i, v in enumerate(row) if HEADER[i] != "Status"] for row in (
        budi_row(),  # NIP with TMT CPNS 2010: PNS
        siti_row(),  # NI PPPK code 21: PPPK
        siti_row(no=3, nip=pw_nip, name="Rina Wati", born=date(1995, 7, 2), gol=None, tmt_pppk="01/10/2025"),
        budi_row(no=4, nip=build_pns_nip(date(1999, 4, 4), date(2025, 6, 1), "L", 1), name="Doni", born="04-04-1999",
                 gol="III a"),  # TMT CPNS June 2025, 17 months before the suite's day: CPNS or PNS?
    )]
    path = write_roster(tmp_path / "tanpa-status.xlsx", rows, header=header)
    _loaded, result = run_import(db, path, dry_run=True)
    by_row = {o.row: o for o in result.outcomes}
    first = min(by_row)
    budi, siti, rina, doni = (by_row[first + i] for i in range(4))
    assert budi.outcome == siti.outcome == rina.outcome == "imported"
    assert any("status PNS dibaca dari NIP" in w for w in budi.warnings)
    assert any("status PPPK dibaca dari NI PPPK (kode 21)" in w for w in siti.warnings)
    assert any("status PPPK Paruh Waktu dibaca dari NI PPPK (kode 24)" in w for w in rina.warnings)
    assert doni.outcome == "rejected"
    assert doni.reasons == ("Status kepegawaian: NIP menunjukkan TMT CPNS 06-2025: bisa CPNS atau PNS; isi kolom "
                            "status",)


def test_every_problem_of_a_row_shows_at_once(db, tmp_path) -> None:
    header = [h for h in HEADER if h != "Status"]
    bad = budi_row(nip="19850312201001100", born="13-03-1985", gol="XX")  # 17 digits, wrong birth, bad golongan
    path = write_roster(tmp_path / "salah.xlsx", [[v for i, v in enumerate(bad) if HEADER[i] != "Status"]],
                        header=header)
    _loaded, result = run_import(db, path, dry_run=True)
    (row,) = result.outcomes
    assert row.outcome == "rejected"
    assert any(r.startswith("NIP") for r in row.reasons) and any(r.startswith("Golongan") for r in row.reasons)
    assert row.reason == "\n".join(row.reasons) and len(row.reasons) >= 2


def test_titles_in_the_name_cell_are_split_off_and_shown(db, tmp_path) -> None:
    path = write_roster(tmp_path / "gelar.xlsx", [siti_row(name="Siti Aminah, S.Kep., Ners"),
                                                  budi_row(name="Drs. Budi Santoso")])
    _loaded, result = run_import(db, path)
    siti, budi = result.outcomes
    assert "Gelar dipisahkan dari nama: belakang 'S.Kep., Ners'" in siti.warnings
    assert "Gelar dipisahkan dari nama: depan 'Drs.'" in budi.warnings
    with db.session_factory() as s:
        stored = {e.nip: (e.gelar_depan, e.name, e.gelar_belakang) for e in s.scalars(select(Employee))}
    assert stored["199001152024212001"] == (None, "Siti Aminah", "S.Kep., Ners")
    assert stored["198503122010011003"] == ("Drs.", "Budi Santoso", None)


def test_a_misspelt_unit_waits_with_the_nearest_known_name(db, tmp_path) -> None:
    make_unit(db, "Dinas Pertanian dan Ketahanan Pangan")
    row = budi_row(unit="Dinas Pertanin dan Ketahanan Pangan", opd=None, position="Penyuluh Pertanian Ahli Pertama")
    path = write_roster(tmp_path / "salah-ketik.xlsx", [row])
    before = employee_count(db)
    _loaded, result = run_import(db, path, create_new=False)
    (outcome,) = result.outcomes
    assert outcome.outcome == "rejected"
    assert ("Unit kerja: 'Dinas Pertanin dan Ketahanan Pangan' belum ada di daftar unit kerja (yang mirip: 'Dinas "
            "Pertanian dan Ketahanan Pangan'); perbaiki ejaannya, atau izinkan membuat unit kerja baru") \
        in outcome.reasons
    assert any(r.startswith("Jabatan: 'Penyuluh Pertanian Ahli Pertama' belum ada di daftar jabatan") for r in
               outcome.reasons)
    assert employee_count(db) == before and result.created_units == ()
    _loaded, result = run_import(db, path, create_new=True)  # the clerk says the names are right
    (outcome,) = result.outcomes
    assert outcome.outcome == "imported"
    assert "Unit kerja baru: 'Dinas Pertanin dan Ketahanan Pangan'; yang mirip: 'Dinas Pertanian dan Ketahanan " \
           "Pangan'" in outcome.warnings
    assert result.created_units == ("Dinas Pertanin dan Ketahanan Pangan",)


def test_a_misspelt_kecamatan_waits_with_the_nearest_kecamatan_of_the_regency(db, tmp_path) -> None:
    from models.services.organization import OfficeInput, save_office
    from tests.factories import ADMIN, make_position

    save_office(db, OfficeInput(name="BKPSDM Kota Palangka Raya", regency_code="62.71",
                                regency_name="Kota Palangka Raya"), ADMIN)
    make_unit(db, "Dinas Pendidikan")
    make_position(db, "Guru Kelas Ahli Pertama")
    rows = [budi_row(kec="Jekan Raja", unit="Dinas Pendidikan", opd=None),
            siti_row(kec="Kecamatan Rakumpit", unit="Dinas Pendidikan", opd=None, position="Guru Kelas Ahli Pertama")]
    path = write_roster(tmp_path / "kecamatan.xlsx", rows)
    _loaded, result = run_import(db, path, create_new=False)
    budi, siti = result.outcomes
    assert budi.outcome == "rejected"
    assert ("Kecamatan: 'Jekan Raja' belum ada di daftar kecamatan (yang mirip: 'Jekan Raya'); perbaiki ejaannya, "
            "atau izinkan membuat kecamatan baru") in budi.reasons
    assert siti.outcome == "imported", siti.reasons  # a kecamatan of the regency, though no unit is in it
    assert "Unit Dinas Pendidikan tercatat di Kecamatan Pahandut; kecamatan 'Rakumpit' pada berkas tidak dipakai." \
        in siti.warnings


def test_a_field_the_file_lacks_takes_one_value_for_every_row(db, tmp_path) -> None:
    header = [h for h in HEADER if h != "Status"]
    path = write_roster(tmp_path / "pppk.xlsx", [[v for i, v in enumerate(siti_row()) if HEADER[i] != "Status"]],
                        header=header)
    loaded = run_to_end(load_roster(path, fixed={"status": "PPPK", "kecamatan": "Jekan Raya"}))
    (row,) = loaded.rows
    assert row.values["status"] == "PPPK" and row.kecamatan == "Jekan Raya"
    with pytest.raises(RosterFileError, match="'nip' tidak dapat diberi satu nilai"):
        run_to_end(load_roster(path, fixed={"nip": "1"}))
    with pytest.raises(RosterFileError, match="Nilai untuk semua baris 'status=Honorer'"):
        run_to_end(load_roster(path, fixed={"status": "Honorer"}))


def test_cli_set_gives_a_value_to_every_row(tmp_path) -> None:
    import json
    import subprocess
    import sys

    header = [h for h in HEADER if h != "Status"]
    path = write_roster(tmp_path / "pppk.xlsx", [[v for i, v in enumerate(siti_row()) if HEADER[i] != "Status"]],
                        header=header)
    root = Path(__file__).resolve().parents[3]
    run = subprocess.run([sys.executable, str(root / "main.py"), "import-roster", str(path), "--db",
                          str(tmp_path / "k.sqlite"), "--set", "status=PPPK Paruh Waktu", "--create-units",
                          "--json"], capture_output=True, text=True, cwd=root)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["imported"] == 1
    from models.storage.database import open_database

    stored = open_database(tmp_path / "k.sqlite")
    with stored.session_factory() as s:  # the value given wins over what the NI PPPK would say (PPPK)
        assert s.scalar(select(Employee.status)).value == "PPPK_PW"
    stored.close()
    bad = subprocess.run([sys.executable, str(root / "main.py"), "import-roster", str(path), "--db",
                          str(tmp_path / "k.sqlite"), "--set", "status"], capture_output=True, text=True, cwd=root)
    assert bad.returncode != 0 and "harus berbentuk KOLOM=NILAI" in bad.stderr + bad.stdout
