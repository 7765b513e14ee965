"""Exports appear whole or not at all: a cancelled or failed export keeps an older file and leaves no part file."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.services.jobs import Progress, run_to_end
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
    job = build_recap(db, out, today=TODAY) if name.startswith("rekap") else export_siasn(db, out)
    steps = [next(job), next(job)]
    if name.startswith("rekap"):  # on to the long lists: the workbook is closed, its rows are being written
        while steps[-1].done < 3:
            steps.append(next(job))
    assert any(p.name.startswith("~") for p in folder.iterdir())  # the job was writing its temporary file
    job.close()  # what the window's runner does when the clerk presses Batal
    assert out.read_text() == "ekspor minggu lalu"
    assert [p.name for p in folder.iterdir()] == [name]


def test_recap_reports_progress_up_to_its_last_step(db, tmp_path: Path) -> None:
    build_office(db, 8)
    folder = tmp_path / "keluaran"
    folder.mkdir()
    steps: list[Progress] = []
    result = run_to_end(build_recap(db, folder / "rekap.xlsx", today=TODAY), steps.append)
    assert steps[0] == Progress(0, 6) and steps[-1] == Progress(6, 6)
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert result.path.exists() and [p.name for p in folder.iterdir()] == ["rekap.xlsx"]
