"""The Perjanjian Kerja tab: filters (ends within N months, kind, status, unit), days left, tints, legend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.table_models.contracts import ENDING_SOON_COLOR, EXPIRED_COLOR
from gui.tabs.contracts_tab import ContractsTab
from models.storage.database import Database, open_database
from tests.gui.test_filters import choose
from tests.staff import TODAY, Office, build_office


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Office]:
    database = open_database(tmp_path_factory.mktemp("contracts_tab") / "simpeg.sqlite")
    office = build_office(database, 40)  # 16 contracts: 8 full-time, 8 part-time
    yield database, office
    database.close()


@pytest.fixture
def tab(qtbot, office_db) -> ContractsTab:
    widget = ContractsTab(office_db[0].session_factory, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(tab: ContractsTab, key: str) -> list[str]:
    c = tab.model.column_of(key)
    return [tab.model.index(r, c).data() for r in range(tab.model.rowCount())]


def test_ends_within_3_months_keeps_only_contracts_ending_soon(qtbot, tab) -> None:
    assert tab.count_label.text() == "16 perjanjian kerja"
    combo = tab.filter_bar.widgets["ends_within_months"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Kapan saja", "1 bulan", "3 bulan", "6 bulan",
                                                                 "12 bulan"]
    choose(qtbot, combo, "3 bulan")
    assert set(column(tab, "end")) == {"30-11-2026", "31-12-2026"}
    assert tab.count_label.text() == f"{tab.model.rowCount()} perjanjian kerja"
    choose(qtbot, combo, "1 bulan")
    assert set(column(tab, "end")) == {"30-11-2026"} and set(column(tab, "days_left")) == {"5"}


def test_kind_and_unit_filters(qtbot, tab) -> None:
    choose(qtbot, tab.filter_bar.widgets["kind"], "PPPK Paruh Waktu")
    assert set(column(tab, "kind")) == {"PPPK Paruh Waktu"} and tab.count_label.text() == "8 perjanjian kerja"
    qtbot.mouseClick(tab.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.filter_bar.widgets["unit_id"], "Dinas Kesehatan")
    assert set(column(tab, "unit")) == {"Puskesmas Pahandut"}
    choose(qtbot, tab.filter_bar.widgets["status"], "Ditandatangani")
    assert tab.model.rowCount() == 0 and tab.count_label.text() == "0 perjanjian kerja"


def test_rows_are_tinted_and_the_legend_explains_the_tints(tab) -> None:
    tints = {}
    for r in range(tab.model.rowCount()):
        row = tab.model.row_at(r)
        tints[row.end_date.isoformat()] = tab.model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert tints["2026-11-30"] == ENDING_SOON_COLOR and tints["2026-12-31"] == ENDING_SOON_COLOR
    assert tints["2026-05-31"] == EXPIRED_COLOR and tints["2029-02-28"] is None
    days = tab.model.column_of("days_left")
    icons = {tab.model.row_at(r).end_date.isoformat(): tab.model.index(r, days).data(Qt.ItemDataRole.DecorationRole)
             for r in range(tab.model.rowCount())}
    assert not icons["2026-11-30"].isNull() and not icons["2026-05-31"].isNull()  # not colour alone
    assert icons["2029-02-28"] is None
    assert tab.legend.texts[0].startswith("⚠ Berakhir dalam 6 bulan (penuh waktu) atau 3 bulan (paruh waktu)")
    assert tab.legend.texts[1] == "✖ Sudah berakhir"


def test_optional_contract_columns_start_hidden(tab) -> None:
    header = tab.table.horizontalHeader()
    for key in ("number", "salary", "signing_date"):
        assert header.isSectionHidden(tab.model.column_of(key))
    assert column(tab, "salary")[0] == "Rp3.000.000,00"
    assert "Gaji/upah" in {a.text() for a in tab.show_column_menu().actions()}
