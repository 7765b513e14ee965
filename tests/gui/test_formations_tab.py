"""The Formasi tab on hand-made data: in post, vacancies, retirements, grouping, shortage marks, and
Kebutuhan edited in place through the undo stack (saved, audited, undone)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QSpinBox
from sqlalchemy import select

from gui.context import AppContext
from gui.table_models.formations import GROUP_START_ROLE, REPEATED_TEXT_COLOR, SHORTAGE_COLOR
from gui.tabs.formations_tab import FormationsTab
from models.entities import AuditEntry, Formation
from models.rules.nik import build_nik
from models.rules.nip import build_pppk_nip
from models.services.employee_validation import EmployeeInput
from models.services.employees import create_employee, end_employee
from models.services.formations import FormationInput, record_formation
from models.services.organization import create_position, create_unit
from models.storage.database import Database
from tests.factories import CLERK

TODAY = date(2026, 11, 25)
# Perawat Terampil retires at 58: TMT pensiun is the first of the month after the 58th birthday.
BIRTHS = {
    "Ani": date(1968, 11, 10),  # TMT pensiun 01-12-2026: within 1 year
    "Dodi": date(1969, 10, 20),  # 01-11-2027: within 1 year (horizon 25-11-2027)
    "Eka": date(1969, 11, 20),  # 01-12-2027: just past 1 year, within 5
    "Budi": date(1970, 6, 15),  # 01-07-2028: within 5 years
    "Citra": date(1990, 1, 1),  # far off
}


def _employee(db: Database, name: str, born: date, unit_id: int, position_id: int, seq: int) -> int:
    sex = "P" if seq % 2 else "L"
    data = EmployeeInput(nip=build_pppk_nip(born, 2024, "21", sex, seq), name=name, birth_date=born, sex=sex,
                         status="PPPK", nik=build_nik("62.71.01", born, sex, seq), golongan="VII",
                         unit_id=unit_id, position_id=position_id, tmt_pppk=date(2024, 3, 1))
    return create_employee(db, data, CLERK).id


@pytest.fixture
def office(db: Database) -> dict[str, int]:
    kesehatan = create_unit(db, CLERK, name="Dinas Kesehatan", kind="opd")
    pendidikan = create_unit(db, CLERK, name="Dinas Pendidikan", kind="opd")
    puskesmas = create_unit(db, CLERK, name="Puskesmas Pahandut", kind="puskesmas", parent_id=kesehatan.id,
                            kecamatan_code="62.71.01", kecamatan_name="Pahandut")
    sd = create_unit(db, CLERK, name="SD Negeri 1 Sabangau", kind="sekolah", parent_id=pendidikan.id,
                     kecamatan_code="62.71.02", kecamatan_name="Sabangau")
    perawat = create_position(db, CLERK, name="Perawat Terampil", jenis_jabatan="fungsional", jenjang="terampil",
                              group="kesehatan")
    bidan = create_position(db, CLERK, name="Bidan Terampil", jenis_jabatan="fungsional", jenjang="terampil",
                            group="kesehatan")
    guru = create_position(db, CLERK, name="Guru Ahli Pertama", jenis_jabatan="fungsional",
                           jenjang="ahli_pertama", group="guru")
    for seq, (name, born) in enumerate(BIRTHS.items(), start=1):
        _employee(db, name, born, puskesmas.id, perawat.id, seq)
    # Not in post for the perawat formation: retired, or another jabatan.
    gone = _employee(db, "Fajar", date(1975, 5, 5), puskesmas.id, perawat.id, 10)
    end_employee(db, gone, "retired", date(2026, 1, 1), "BUP", CLERK)
    _employee(db, "Gita", date(1968, 12, 1), puskesmas.id, bidan.id, 11)
    # A guru retires at 60: born 03-1967, TMT pensiun 01-04-2027.
    _employee(db, "Hana", date(1967, 3, 1), sd.id, guru.id, 12)
    ids = {}
    for key, unit, position, needed, approved in (
        ("perawat", puskesmas, perawat, 7, 2),
        ("bidan", puskesmas, bidan, 1, 1),
        ("guru", sd, guru, 4, 0),
    ):
        ids[key] = record_formation(db, FormationInput(2026, unit.id, position.id, "PPPK", needed, approved),
                                    CLERK).id
    return ids


@pytest.fixture
def tab(qtbot, db: Database, office) -> FormationsTab:
    context = AppContext(db, CLERK, lambda: TODAY)
    widget = FormationsTab(db.session_factory, context=context)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(tab: FormationsTab, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole):
    return tab.model.index(row, tab.model.column_of(key)).data(role)


def row_of(tab: FormationsTab, position: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if cell(tab, r, "position") == position)


def test_in_post_vacancies_and_retirements_are_counted_from_active_staff(tab) -> None:
    r = row_of(tab, "Perawat Terampil")
    numbers = {key: cell(tab, r, key) for key in ("needed", "approved", "in_post", "vacancies", "retiring_1y",
                                                  "retiring_5y")}
    assert numbers == {"needed": "7", "approved": "2", "in_post": "5", "vacancies": "2", "retiring_1y": "2",
                       "retiring_5y": "4"}
    bidan = row_of(tab, "Bidan Terampil")
    assert [cell(tab, bidan, k) for k in ("in_post", "vacancies", "retiring_1y")] == ["1", "0", "1"]  # Gita: 01-01-2027
    guru = row_of(tab, "Guru Ahli Pertama")
    assert [cell(tab, guru, k) for k in ("in_post", "vacancies", "retiring_1y")] == ["1", "3", "1"]


def test_numbers_explain_how_they_are_counted(tab) -> None:
    r = row_of(tab, "Perawat Terampil")
    assert cell(tab, r, "in_post", Qt.ItemDataRole.ToolTipRole) == (
        "5 pegawai aktif di Puskesmas Pahandut dengan jabatan Perawat Terampil")
    assert cell(tab, r, "vacancies", Qt.ItemDataRole.ToolTipRole).startswith(
        "Kebutuhan 7 dikurangi yang menjabat 5, paling kecil 0")
    assert "25-11-2027" in cell(tab, r, "retiring_1y", Qt.ItemDataRole.ToolTipRole)
    header = tab.model.headerData(tab.model.column_of("vacancies"), Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.ToolTipRole)
    assert header == "Kebutuhan dikurangi yang menjabat, paling kecil 0"


def test_shortages_are_marked_by_colour_and_icon(tab) -> None:
    short, full = row_of(tab, "Perawat Terampil"), row_of(tab, "Bidan Terampil")
    assert cell(tab, short, "vacancies", Qt.ItemDataRole.BackgroundRole) == SHORTAGE_COLOR
    assert not cell(tab, short, "vacancies", Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(tab, full, "vacancies", Qt.ItemDataRole.BackgroundRole) is None
    assert cell(tab, full, "vacancies", Qt.ItemDataRole.DecorationRole) is None
    assert "Kurang" in tab.legend.texts[0]


def test_rows_are_grouped_by_opd_then_unit(tab) -> None:
    opd = [cell(tab, r, "opd") for r in range(tab.model.rowCount())]
    units = [cell(tab, r, "unit") for r in range(tab.model.rowCount())]
    assert opd == ["Dinas Kesehatan", "Dinas Kesehatan", "Dinas Pendidikan"]
    assert units == ["Puskesmas Pahandut", "Puskesmas Pahandut", "SD Negeri 1 Sabangau"]
    faint = [cell(tab, r, "unit", Qt.ItemDataRole.ForegroundRole) for r in range(3)]
    assert faint == [None, REPEATED_TEXT_COLOR, None]  # repeats of the row above are faint
    assert [cell(tab, r, "opd", GROUP_START_ROLE) for r in range(3)] == [True, False, True]
    assert cell(tab, 0, "opd", Qt.ItemDataRole.FontRole).bold()


def test_shortage_only_and_unit_filters(qtbot, tab) -> None:
    qtbot.mouseClick(tab.filter_bar.widgets["shortage_only"], Qt.MouseButton.LeftButton,
                     pos=QPoint(5, tab.filter_bar.widgets["shortage_only"].height() // 2))
    assert tab.filter_bar.value("shortage_only")
    qtbot.waitUntil(lambda: tab.count_label.text() == "2 formasi")  # loaded in a worker
    assert sorted(cell(tab, r, "position") for r in range(tab.model.rowCount())) == [
        "Guru Ahli Pertama", "Perawat Terampil"]
    qtbot.keyClicks(tab.filter_bar.widgets["unit_id"], "Dinas Kesehatan")
    qtbot.waitUntil(lambda: tab.count_label.text() == "1 formasi")
    qtbot.mouseClick(tab.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.count_label.text() == "3 formasi")


def edit_needed(qtbot, tab: FormationsTab, row: int, text: str) -> None:
    index = tab.model.index(row, tab.model.column_of("needed"))
    tab.table.scrollTo(index)
    center = tab.table.visualRect(index).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    editor = tab.table.findChild(QSpinBox, "formations_needed_editor")
    assert editor is not None and editor.minimum() == 0
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: tab.table.state() != QAbstractItemView.State.EditingState)


def stored_needed(db: Database, formation_id: int) -> int:
    with db.session_factory() as s:
        return s.get(Formation, formation_id).needed


def test_editing_needs_in_place_saves_audits_and_undoes(qtbot, db, office, tab) -> None:
    r = row_of(tab, "Perawat Terampil")
    edit_needed(qtbot, tab, r, "9")
    assert stored_needed(db, office["perawat"]) == 9
    assert (cell(tab, r, "needed"), cell(tab, r, "vacancies")) == ("9", "4")  # the row follows, in place
    with db.session_factory() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "formation", AuditEntry.action == "update")
                          .order_by(AuditEntry.id.desc())).first()
    assert entry.changes["needed"] == [7, 9] or entry.changes["needed"] == ["7", "9"]
    assert entry.actor == CLERK.username
    stack = tab.context.undo_stack
    assert stack.undoText().startswith("Ubah kebutuhan Perawat Terampil di Puskesmas Pahandut (2026): 7 → 9")
    stack.undo()
    assert stored_needed(db, office["perawat"]) == 7
    assert cell(tab, r, "needed") == "7"
    stack.redo()
    assert stored_needed(db, office["perawat"]) == 9


def test_needs_below_the_approved_formasi_are_refused_with_a_message(qtbot, db, office, tab) -> None:
    r = row_of(tab, "Perawat Terampil")
    edit_needed(qtbot, tab, r, "1")
    box = tab.findChild(QMessageBox, "error_box")
    assert box is not None and "Kebutuhan: 1 lebih kecil dari formasi yang disetujui (2)" in box.text()
    box.close()
    assert stored_needed(db, office["perawat"]) == 7 and cell(tab, r, "needed") == "7"
    assert tab.context.undo_stack.count() == 0


def test_without_a_context_the_table_is_read_only(qtbot, db, office) -> None:
    widget = FormationsTab(db.session_factory, today=lambda: TODAY)
    qtbot.addWidget(widget)
    index = widget.model.index(0, widget.model.column_of("needed"))
    assert not widget.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_reloads_run_in_a_worker_and_stale_results_are_dropped(qtbot, tab) -> None:
    busy: list[bool] = []
    tab.model.busy_changed.connect(busy.append)
    tab.filter_bar.widgets["shortage_only"].setChecked(True)
    tab.search.setText("bidan")  # asked before the first load came back: that one is stale
    tab.model.set_search("bidan")
    assert tab.model.busy and tab.busy_indicator.isVisibleTo(tab)
    assert tab.model.rowCount() == 3  # the old rows stay until the new ones arrive
    qtbot.waitUntil(lambda: not tab.model.busy)
    assert busy == [True, False]
    assert tab.model.rowCount() == 0 and tab.count_label.text() == "0 formasi"  # bidan is not short
    assert not tab.busy_indicator.isVisibleTo(tab)
    tab.filter_bar.widgets["shortage_only"].setChecked(False)
    qtbot.waitUntil(lambda: tab.count_label.text() == "1 formasi")
    assert [cell(tab, 0, "position")] == ["Bidan Terampil"]
