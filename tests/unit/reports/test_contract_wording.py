"""Contracts a BKPSDM head signs as printed: working time with minutes, who signs as PIHAK KESATU and on whose
behalf, a renewal's own wording, and no promise of renewal on a term cut at the BUP (read back from the PDFs)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from models.services.contracts.drafts import ContractInput, create_contract
from models.services.contracts.lifecycle import mark_signed
from models.services.contracts.print_batch import BatchOptions
from models.services.contracts.renewal import renew_contracts
from models.services.contracts.selection import ContractSelection
from models.services.jobs import run_to_end
from models.services.organization import save_office
from models.vocabulary import ContractKind
from tests.factories import ADMIN, CLERK, SITI, make_employee
from tests.printing import print_contracts
from tests.unit.reports.conftest import office_input

WALI_KOTA = dict(ppk_name="H. Fairuz Natsir, S.H.", ppk_nip=None, ppk_title="Wali Kota Palangka Raya")
SEKDA = dict(signer_name="Drs. Yohanes Tingang, M.Si.", signer_nip="197105141996031002",
             signer_title="Sekretaris Daerah Kota Palangka Raya")
BASIS = "Keputusan Wali Kota Palangka Raya Nomor 800.1.2/45/BKPSDM/2025 tentang Pelimpahan Kewenangan"


def printed(db, tmp_path, name: str, **selection) -> str:
    out = tmp_path / f"{name}.pdf"
    print_contracts(db, CLERK, ContractSelection(**selection), BatchOptions(out=out, workers=1))
    return " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())


def test_full_time_hours_are_37_and_a_half_and_part_time_20(office_db, tmp_path) -> None:
    db = office_db[0]
    full = printed(db, tmp_path, "penuh", kind=ContractKind.FULL_TIME)
    assert "Jam kerja PIHAK KEDUA adalah 37 (tiga puluh tujuh) jam 30 (tiga puluh) menit dalam satu minggu" in full
    part = printed(db, tmp_path, "paruh", kind=ContractKind.PART_TIME)
    assert "adalah 20 (dua puluh) jam dalam satu minggu" in part and "menit" not in part


def test_the_wali_kota_in_person_has_no_nip_lines(office_db, tmp_path) -> None:
    db = office_db[0]
    save_office(db, office_input(**WALI_KOTA), ADMIN)
    text = printed(db, tmp_path, "walikota", kind=ContractKind.PART_TIME)
    assert "Nama : H. Fairuz Natsir, S.H. Jabatan : Wali Kota Palangka Raya" in text
    assert "bertindak untuk dan atas nama Pemerintah Kota Palangka Raya" in text
    assert "a.n." not in text
    assert "NIP" not in text.replace("NI PPPK", "")
    assert "H. Fairuz Natsir, S.H." in text[text.rindex("PIHAK KESATU,"):]


def test_a_delegated_signer_acts_on_behalf_of_the_ppk_citing_the_regulation(office_db, tmp_path) -> None:
    db = office_db[0]
    save_office(db, office_input(**WALI_KOTA, **SEKDA, delegation_basis=BASIS), ADMIN)
    text = printed(db, tmp_path, "sekda", kind=ContractKind.PART_TIME)
    assert ("Nama : Drs. Yohanes Tingang, M.Si. NIP : 19710514 199603 1 002 Jabatan : Sekretaris Daerah Kota "
            "Palangka Raya dalam hal ini bertindak untuk dan atas nama Wali Kota Palangka Raya berdasarkan "
            f"{BASIS}, selanjutnya disebut PIHAK KESATU") in text
    closing = text[text.rindex("PIHAK KESATU,"):]
    assert closing.startswith("PIHAK KESATU, a.n. WALI KOTA PALANGKA RAYA Sekretaris Daerah Kota Palangka Raya,")
    assert "Drs. Yohanes Tingang, M.Si." in closing and "NIP 19710514 199603 1 002" in closing
    save_office(db, office_input(**WALI_KOTA, **SEKDA), ADMIN)  # no regulation given: no "berdasarkan"
    text = printed(db, tmp_path, "sekda-tanpa-dasar", kind=ContractKind.PART_TIME)
    assert "atas nama Wali Kota Palangka Raya, selanjutnya disebut PIHAK KESATU" in text


def test_a_renewal_prints_as_perpanjangan_with_its_own_wording(office_db, tmp_path) -> None:
    db, pw, _ = office_db
    printed(db, tmp_path, "pertama", kind=ContractKind.PART_TIME)  # numbered: 800.1.2.5/1/PPPK-PW/BKPSDM/2025
    mark_signed(db, CLERK, [pw.id], date(2025, 10, 1), "Palangka Raya")
    (renewal,) = run_to_end(renew_contracts(db, CLERK, [pw.id], today=date(2026, 8, 1)))
    text = printed(db, tmp_path, "perpanjangan", contract_ids=(renewal.id,))
    assert text.count("PERPANJANGAN PERJANJIAN KERJA PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA PARUH WAKTU") == 1
    assert ("sepakat untuk memperpanjang Perjanjian Kerja Paruh Waktu Nomor 800.1.2.5/1/PPPK-PW/BKPSDM/2025 "
            "untuk masa 1 Oktober 2025 sampai dengan 30 September 2026") in text
    assert "PIHAK KESATU memperpanjang masa kerja PIHAK KEDUA" in text
    assert "menerima dan mempekerjakan" not in text and "mengikatkan diri" not in text
    first = printed(db, tmp_path, "pertama-lagi", contract_ids=(pw.id,))
    assert "PERPANJANGAN" not in first and "menerima dan mempekerjakan" in first


@pytest.mark.parametrize("nip, nik, capped", [
    ("197102102024212001", "6271015002710002", True),  # BUP 58 at the end of February 2029, before 5 years
    ("199001152024212002", "6271015501900003", False),
])
def test_a_term_cut_at_the_bup_does_not_promise_a_renewal(office_db, tmp_path, nip, nik, capped) -> None:
    db = office_db[0]
    born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    person = make_employee(db, SITI, nip=nip, nik=nik, birth_date=born, name="Sri Lestari")
    contract = create_contract(db, ContractInput(person.id, date(2026, 3, 1), salary=3_203_600), CLERK)
    text = printed(db, tmp_path, "bup", contract_ids=(contract.id,))
    assert ("Perjanjian kerja dapat diperpanjang" not in text) is capped
    assert ("berakhir pada batas usia pensiun jabatan PIHAK KEDUA, sehingga perjanjian kerja ini tidak dapat "
            "diperpanjang" in text) is capped
