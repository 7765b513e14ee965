"""The verify dialog: a payload from a printed contract is accepted and shown; a changed or foreign one is refused."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt

from gui.app import create_main_window
from models.services.contracts.documents import contract_facts
from models.services.contracts.print_batch import BatchOptions
from models.services.contracts.seal import office_signer
from models.services.contracts.seal_payload import SealFacts, key_id, make_payload, parse_payload
from models.services.contracts.selection import ContractSelection
from tests.factories import CLERK
from tests.gui.contract_office import ContractOffice, build_contract_office
from tests.printing import print_contracts
from tests.staff import TODAY


@pytest.fixture
def office(db) -> ContractOffice:
    return build_contract_office(db)


@pytest.fixture
def dialog(qtbot, db, office):
    window = create_main_window(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.contract_actions.action_verify.trigger()  # Perjanjian Kerja > Periksa keaslian perjanjian…
    found = window.contract_actions.dialog
    assert found.objectName() == "verify_dialog" and found.isVisible()
    return found


@pytest.fixture
def printed_payload(db, office, tmp_path) -> str:
    """Print Gita's draft (it gets its number), then seal it as the paper was sealed."""
    gita = office.contract(7)
    print_contracts(db, CLERK, ContractSelection(contract_ids=(gita,)), BatchOptions(out=tmp_path / "gita.pdf"))
    with db.session_factory() as s:
        return office_signer(db, CLERK).seal(contract_facts(s, gita))


def paste_and_check(qtbot, dialog, payload: str) -> None:
    dialog.payload.clear()
    qtbot.keyClicks(dialog.payload, payload)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


def test_verify_accepts_a_payload_from_a_printed_contract(qtbot, dialog, printed_payload) -> None:
    paste_and_check(qtbot, dialog, printed_payload)
    assert dialog.verdict.text() == "SAH: kertas ini dikeluarkan oleh instansi ini"
    assert dialog.number.text() == "4/PPPK/BKPSDM/XI/2026"
    assert dialog.nip.text() == "19760707 2024 21 1 019"
    assert dialog.name.text() == "Gita Permata, S.Pd."
    assert dialog.term.text() == "1 Desember 2021 s.d. 30 November 2026"
    assert dialog.status.text() == "Dicetak"
    assert dialog.notes.text() == ""


def test_verify_rejects_a_tampered_payload_and_says_why(qtbot, dialog, printed_payload) -> None:
    tampered = printed_payload.replace("|2026-11-30|", "|2027-11-30|")  # a longer term written in
    paste_and_check(qtbot, dialog, tampered)
    assert dialog.verdict.text().startswith("TIDAK SAH: Tanda tangan digital tidak cocok")
    assert dialog.term.text() == "(tidak terjamin) 1 Desember 2021 s.d. 30 November 2027"


def test_verify_rejects_a_payload_sealed_with_another_key(qtbot, dialog, printed_payload) -> None:
    facts = parse_payload(printed_payload)[0]
    other = Ed25519PrivateKey.generate()
    forged = make_payload(SealFacts(key_id(other.public_key()), facts.number, facts.nip, facts.name, facts.start,
                                    facts.end, facts.digest), other)
    paste_and_check(qtbot, dialog, forged)
    expected = f"TIDAK SAH: Kode ini ditandatangani dengan kunci {key_id(other.public_key())}"
    assert dialog.verdict.text().startswith(expected)


def test_verify_explains_text_that_is_no_seal_and_an_empty_box(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict.text() == "Tempel isi kode QR dahulu."
    paste_and_check(qtbot, dialog, "https://contoh.go.id/bukan-segel")
    assert dialog.verdict.text() == "TIDAK SAH: Isi kode QR ini bukan segel perjanjian kerja SIMPEG Luring."
    assert not dialog.details.isVisibleTo(dialog)
