"""The safety menu entries on a real window: backups, users, audit log, and the contract wording dialog."""

from __future__ import annotations

from gui.app import create_main_window
from models.services.audit import Actor
from models.services.contracts.templates import default_template_text
from models.services.organization import get_office, save_office
from models.vocabulary import ContractKind
from tests.factories import ADMIN
from tests.staff import TODAY
from tests.unit.services.test_organization import OFFICE


def test_menus_open_the_dialogs_and_templates_are_checked_before_saving(qtbot, db) -> None:
    save_office(db, OFFICE, ADMIN)
    window = create_main_window(db, today=lambda: TODAY, actor=Actor("admin", "admin"))
    qtbot.addWidget(window)
    actions = window.safety_actions
    assert actions.action_users.isEnabled() and actions.action_backups.isEnabled()
    for open_dialog in (actions.open_backups, actions.open_users, actions.open_audit_log):
        dialog = open_dialog()
        assert dialog.isVisible()
        dialog.close()

    dialog = actions.open_templates()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContractKind.PART_TIME.value))
    assert dialog.text.toPlainText() == default_template_text(ContractKind.PART_TIME)
    dialog.text.setPlainText(dialog.text.toPlainText() + "\nTambahan {isian_yang_tidak_ada}")
    assert not dialog.save()
    assert "isian_yang_tidak_ada" in dialog.status.text()
    dialog.text.setPlainText(default_template_text(ContractKind.PART_TIME).replace("Pasal", "PASAL", 1))
    assert dialog.save() and dialog.status.text() == "Templat disimpan."
    assert "PASAL" in get_office(db).template_part_time
    assert dialog.restore_default() and get_office(db).template_part_time is None


def test_an_operator_cannot_manage_users(qtbot, db) -> None:
    window = create_main_window(db, today=lambda: TODAY, actor=Actor("budi", "operator"))
    qtbot.addWidget(window)
    assert not window.safety_actions.action_users.isEnabled()
