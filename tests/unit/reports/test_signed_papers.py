"""A signed contract is frozen: a reprint reproduces the signed paper, says what the records changed since, and
keeps the wording it was signed with; undoing the signing prints from the records again."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from models.entities import ContractTemplateVersion, Employee
from models.services.contracts.documents import contract_facts
from models.services.contracts.lifecycle import mark_signed
from models.services.contracts.print_batch import BatchOptions
from models.services.contracts.printing import mark_printed
from models.services.contracts.seal import office_signer, verify_contract
from models.services.contracts.selection import ContractSelection
from models.services.contracts.templates import default_template_text, save_contract_template
from models.services.contracts.undo import unmark_signed
from models.vocabulary import ContractKind
from tests.factories import ADMIN, CLERK
from tests.printing import print_contracts

OLD_ADDRESS = "Jl. Kinibalu No. 12, Palangka Raya"
NEW_ADDRESS = "Jl. G. Obos XII No. 3, Palangka Raya"


def reprint(db, tmp_path, name, contract_id):
    out = tmp_path / f"{name}.pdf"
    result = print_contracts(db, CLERK, ContractSelection(contract_ids=(contract_id,)),
                             BatchOptions(out=out, workers=1))
    return result, " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())


def test_a_reprint_of_a_signed_contract_is_the_signed_paper(office_db, tmp_path) -> None:
    db, pw, _ = office_db  # Rina's part-time contract
    reprint(db, tmp_path, "cetak", pw.id)
    (signed,) = mark_signed(db, CLERK, [pw.id], date(2025, 10, 1), "Palangka Raya")
    with db.session_factory() as s:
        versions = s.scalars(select(ContractTemplateVersion)).all()
    assert [(v.kind, v.source) for v in versions] == [(ContractKind.PART_TIME, "bawaan")]
    assert versions[0].text == default_template_text(ContractKind.PART_TIME)
    with db.session_factory.begin() as s:
        s.get(Employee, pw.employee_id).address = NEW_ADDRESS
    # The office rewords its template afterwards: the signed paper keeps the wording it was signed in.
    save_contract_template(db, ADMIN, ContractKind.PART_TIME,
                           default_template_text(ContractKind.PART_TIME).replace("## UPAH", "## GAJI ATAU UPAH"))
    result, text = reprint(db, tmp_path, "ulang", pw.id)
    assert OLD_ADDRESS in text and NEW_ADDRESS not in text
    assert "GAJI ATAU UPAH" not in text and " UPAH " in text
    assert result.changed_since_signing == 1 and result.as_dict()["changed_since_signing"] == 1

    with db.session_factory() as s:
        facts = contract_facts(s, pw.id)
    assert facts.changed_since_signing == ("alamat",)
    payload = office_signer(db, CLERK).seal(facts)
    verification = verify_contract(db, payload, today=date(2025, 11, 1))
    assert verification.valid and verification.matches_records
    assert any("berubah sejak penandatanganan: alamat" in note for note in verification.notes)

    # Undo the signing: the paper follows the records (and the office's wording) again.
    unmark_signed(db, CLERK, [pw.id], {pw.id: signed.version})
    result, text = reprint(db, tmp_path, "draf", pw.id)
    assert NEW_ADDRESS in text and "GAJI ATAU UPAH" in text and result.changed_since_signing == 0


def test_an_office_wording_is_kept_as_its_own_version(office_db) -> None:
    db, pw, ft = office_db
    own = default_template_text(ContractKind.FULL_TIME).replace("## GAJI DAN TUNJANGAN", "## GAJI")
    save_contract_template(db, ADMIN, ContractKind.FULL_TIME, own)
    mark_printed(db, CLERK, [pw.id, ft.id], on=date(2025, 10, 1))
    mark_signed(db, CLERK, [pw.id, ft.id], date(2025, 10, 1), "Palangka Raya")
    with db.session_factory() as s:
        versions = {v.kind: v for v in s.scalars(select(ContractTemplateVersion))}
    assert versions[ContractKind.FULL_TIME].source == "instansi" and versions[ContractKind.FULL_TIME].text == own
    assert versions[ContractKind.PART_TIME].source == "bawaan"
    with db.session_factory() as s:  # saved, not yet signed with: kept too
        assert s.scalar(select(ContractTemplateVersion.source).where(ContractTemplateVersion.text == own)) == "instansi"
