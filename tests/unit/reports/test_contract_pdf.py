"""Contract PDFs read back: names, NI PPPK, dates and amounts in words, page numbers, paper, fonts, the QR seal."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.services.contracts.print_batch import BatchOptions
from models.services.contracts.seal import verify_contract
from models.services.contracts.selection import ContractSelection
from models.services.contracts.templates import default_template_text, save_contract_template
from models.services.organization import save_office
from models.vocabulary import ContractKind, ContractStatus
from tests.factories import ADMIN, CLERK
from tests.printing import print_contracts
from tests.unit.reports.conftest import office_input

MM = 72 / 25.4


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_batch_prints_both_kinds_with_names_nip_dates_and_amounts_in_words(office_db, tmp_path) -> None:
    db = office_db[0]
    out = tmp_path / "upacara.pdf"
    result = print_contracts(db, CLERK, ContractSelection(), BatchOptions(out=out, workers=1),)
    assert (result.contracts, result.pages, result.numbered) == (2, 6, 2)
    pages = pdf_text(out)
    assert len(pages) == 6
    # Ordered by unit, then name: the puskesmas (Siti) comes before the school (Rina).
    siti, rina = flat(" ".join(pages[:3])), flat(" ".join(pages[3:]))
    assert "PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA PARUH WAKTU" in rina
    assert "PARUH WAKTU" not in siti
    assert "Nomor: 800.1.2.5/1/PPPK-PW/BKPSDM/2025" in rina
    assert "Rina Wati" in rina and "19950702 2025 24 2 001" in rina
    assert "Palangka Raya, 2 Juli 1995" in rina
    assert ("Pada hari ini Rabu tanggal satu bulan Oktober tahun dua ribu dua puluh lima, bertempat di Palangka "
            "Raya") in rina
    assert "Rp2.500.000,00 (dua juta lima ratus ribu rupiah)" in rina
    assert "1 Oktober 2025 sampai dengan tanggal 30 September 2026" in rina
    assert "1 (satu) tahun" in rina and "20 (dua puluh) jam" in rina
    assert "Siti Aminah, S.Kep., Ners" in siti and "19900115 2024 21 2 001" in siti
    assert "Rp3.203.600,00 (tiga juta dua ratus tiga ribu enam ratus rupiah)" in siti
    assert "golongan IX" in siti and "28 Februari 2029" in siti
    # Unsigned yet: the day is left to be written in by hand, and the seal still certifies the rest.
    assert "Pada hari ini ............ tanggal ............" in siti
    for n, page in enumerate(pages[:3], 1):
        assert f"Halaman {n} dari 3" in page
    for article in range(1, 14):
        assert f"Pasal {article}" in rina
    assert "PIHAK KESATU" in rina and "PIHAK KEDUA" in rina and "METERAI" in rina


def test_contracts_are_marked_printed_and_keep_their_numbers_on_reprint(office_db, tmp_path) -> None:
    db = office_db[0]
    first = print_contracts(db, CLERK, ContractSelection(status=ContractStatus.DRAFT),
                            BatchOptions(out=tmp_path / "a.pdf", workers=1))
    assert first.contracts == 2
    again = print_contracts(db, CLERK, ContractSelection(status=ContractStatus.PRINTED),
                            BatchOptions(out=tmp_path / "b.pdf", workers=1))
    assert (again.contracts, again.numbered) == (2, 0)
    assert flat(" ".join(pdf_text(tmp_path / "a.pdf"))) == flat(" ".join(pdf_text(tmp_path / "b.pdf")))


@pytest.mark.parametrize("paper, size_mm", [("A4", (210, 297)), ("F4", (215, 330))])
def test_paper_size_follows_the_office_and_the_font_is_embedded(office_db, tmp_path, paper, size_mm) -> None:
    db, _, _ = office_db
    save_office(db, office_input(paper_size=paper), ADMIN)
    out = tmp_path / "kertas.pdf"
    print_contracts(db, CLERK, ContractSelection(), BatchOptions(out=out, workers=1))
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == size_mm
    fonts = set()
    for page in reader.pages:
        for xobject in page["/Resources"]["/XObject"].values():
            resources = xobject.get_object().get("/Resources", {})
            for inner in resources.get("/XObject", {}).values():
                for font in inner.get_object()["/Resources"].get("/Font", {}).values():
                    font = font.get_object()
                    fonts.add((str(font["/BaseFont"]), "/FontFile2" in font["/FontDescriptor"]))
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("LiberationSerif" in name for name, _ in fonts)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_printed_qr_code_scans_and_verifies_and_a_changed_one_does_not(office_db, tmp_path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    db = office_db[0]
    out = tmp_path / "qr.pdf"
    print_contracts(db, CLERK, ContractSelection(kind=ContractKind.PART_TIME), BatchOptions(out=out, workers=1))
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "3", "-l", "3", str(out), str(tmp_path / "hal")],
                   check=True)
    (image,) = tmp_path.glob("hal*.png")
    codes = zxingcpp.read_barcodes(Image.open(image), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1
    payload = codes[0].text
    result = verify_contract(db, payload, today=date(2025, 11, 1))
    assert result.valid and result.matches_records
    assert (result.facts.number, result.facts.nip, result.facts.name) == (
        "800.1.2.5/1/PPPK-PW/BKPSDM/2025", "199507022025242001", "Rina Wati")
    tampered = verify_contract(db, payload.replace("Rina Wati", "Rina Watt"))
    assert not tampered.valid


def test_the_office_wording_is_printed_and_long_values_wrap(office_db, tmp_path) -> None:
    db, pw, _ = office_db
    text = default_template_text(ContractKind.PART_TIME).replace("## UPAH", "## GAJI ATAU UPAH")
    save_contract_template(db, ADMIN, ContractKind.PART_TIME, text)
    from models.entities import Employee

    with db.session_factory.begin() as s:
        s.get(Employee, pw.employee_id).address = "Jl. " + "Panjang Sekali " * 20 + "No. 1"
    out = tmp_path / "kata.pdf"
    print_contracts(db, CLERK, ContractSelection(kind=ContractKind.PART_TIME), BatchOptions(out=out, workers=1))
    text = flat(" ".join(pdf_text(out)))
    assert "GAJI ATAU UPAH" in text
    assert "Panjang Sekali " * 19 in text
