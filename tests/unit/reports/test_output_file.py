"""Exports appear whole or not at all: a cancelled or failed export keeps an older file and leaves no part file."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.services.errors import Cancelled
from reports.output_file import replaced_on_success
from reports.recap import build_recap
from reports.siasn import export_siasn
from tests.staff import TODAY, build_office


def test_file_appears_only_when_the_block_succeeds(tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    out.write_text("lama")
    with pytest.raises(RuntimeError), replaced_on_success(out) as temp:
        temp.write_text("setengah")
        raise RuntimeError("gagal di tengah")
    assert out.read_text() == "lama" and [p.name for p in tmp_path.iterdir()] == ["rekap.xlsx"]
    with replaced_on_success(out) as temp:
        assert temp.parent == tmp_path and temp.suffix == ".xlsx" and temp != out
        temp.write_text("baru")
    assert out.read_text() == "baru" and [p.name for p in tmp_path.iterdir()] == ["rekap.xlsx"]


@pytest.mark.parametrize("name", ["siasn.xlsx", "siasn.csv", "rekap.xlsx"])
def test_cancelled_export_keeps_the_older_file(db, tmp_path: Path, name: str) -> None:
    build_office(db, 8)
    folder = tmp_path / "keluaran"
    folder.mkdir()
    out = folder / name
    out.write_text("ekspor minggu lalu")
    steps: list[tuple[int, int]] = []

    def cancel_while_writing() -> bool:  # the recap: after the workbook is closed, before its lists are written
        return len(steps) >= 3

    def record(done: int, total: int) -> None:
        steps.append((done, total))

    with pytest.raises(Cancelled):
        if name.startswith("rekap"):
            build_recap(db, out, today=TODAY, progress=record, cancelled=cancel_while_writing)
        else:
            export_siasn(db, out, progress=record, cancelled=lambda: True)
    assert out.read_text() == "ekspor minggu lalu"
    assert not name.startswith("rekap") or steps[-1] == (2, 6)
    assert [p.name for p in folder.iterdir()] == [name]


def test_recap_reports_progress_up_to_its_last_step(db, tmp_path: Path) -> None:
    build_office(db, 8)
    folder = tmp_path / "keluaran"
    folder.mkdir()
    steps: list[tuple[int, int]] = []
    result = build_recap(db, folder / "rekap.xlsx", today=TODAY, progress=lambda d, t: steps.append((d, t)))
    assert steps[0] == (0, 6) and steps[-1] == (6, 6) and [d for d, _t in steps] == sorted(d for d, _t in steps)
    assert result.path.exists() and [p.name for p in folder.iterdir()] == ["rekap.xlsx"]
