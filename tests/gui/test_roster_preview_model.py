"""The preview table model without a window: lazy batches, the "problems only" filter, what each cell says."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gui.table_models.roster_preview import (
    BATCH,
    COLUMN_NAME,
    COLUMN_OUTCOME,
    COLUMN_PROBLEMS,
    COLUMN_ROW,
    REJECTED_COLOR,
    ROW_ROLE,
    WARNING_COLOR,
    RosterPreviewModel,
)
from models.services.roster_import import IMPORTED, REJECTED, UNCHANGED, UPDATED, RowOutcome


def outcomes(count: int) -> list[RowOutcome]:
    rows = []
    for i in range(count):
        excel_row = i + 5
        if i % 10 == 3:
            rows.append(RowOutcome(excel_row, REJECTED, None, f"Pegawai {i}",
                                   reasons=("NIP tersimpan sebagai angka", "Tanggal lahir: bukan tanggal")))
        elif i % 10 == 4:
            rows.append(RowOutcome(excel_row, UPDATED, f"{i:018d}", f"Pegawai {i}", changed=("golongan", "unit_id")))
        elif i % 10 == 5:
            rows.append(RowOutcome(excel_row, IMPORTED, f"{i:018d}", f"Pegawai {i}", warnings=("NIK: tanggal beda",)))
        else:
            rows.append(RowOutcome(excel_row, UNCHANGED, f"{i:018d}", f"Pegawai {i}"))
    return rows


def cell(model: RosterPreviewModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_rows_reach_the_view_in_batches(qtmodeltester) -> None:
    model = RosterPreviewModel()
    model.set_outcomes(outcomes(1200))
    assert model.rowCount() == BATCH and model.matching == 1200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1200 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_each_row_says_its_outcome_and_problems() -> None:
    model = RosterPreviewModel()
    model.set_outcomes(outcomes(20))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Baris", "Hasil", "NIP", "Nama", "Masalah / catatan"]
    assert [cell(model, 3, c) for c in (COLUMN_ROW, COLUMN_OUTCOME, COLUMN_NAME)] == ["8", "ditolak", "Pegawai 3"]
    assert cell(model, 3, COLUMN_PROBLEMS) == "NIP tersimpan sebagai angka\nTanggal lahir: bukan tanggal"
    assert cell(model, 3, COLUMN_PROBLEMS, Qt.ItemDataRole.ToolTipRole) == (
        "NIP tersimpan sebagai angka\nTanggal lahir: bukan tanggal")
    assert cell(model, 3, COLUMN_NAME, Qt.ItemDataRole.BackgroundRole).color() == REJECTED_COLOR
    assert cell(model, 4, COLUMN_OUTCOME) == "diubah"
    assert cell(model, 4, COLUMN_PROBLEMS) == "berubah: Golongan, Unit kerja"
    assert cell(model, 5, COLUMN_PROBLEMS) == "NIK: tanggal beda"
    assert cell(model, 5, COLUMN_ROW, Qt.ItemDataRole.BackgroundRole).color() == WARNING_COLOR
    assert cell(model, 0, COLUMN_OUTCOME) == "tetap" and cell(model, 0, COLUMN_PROBLEMS) == ""
    assert cell(model, 0, COLUMN_ROW, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 3, COLUMN_ROW, ROW_ROLE).row == 8


def test_problems_only_keeps_rejected_rows_and_warnings() -> None:
    model = RosterPreviewModel()
    model.set_outcomes(outcomes(2000))
    model.set_problems_only(True)
    assert model.matching == 400 and model.rowCount() == 400
    assert {cell(model, r, COLUMN_OUTCOME) for r in range(model.rowCount())} == {"ditolak", "baru"}
    assert cell(model, 0, COLUMN_ROW) == "8" and cell(model, 1, COLUMN_ROW) == "10"
    model.set_problems_only(False)
    assert model.matching == 2000 and model.rowCount() == BATCH
