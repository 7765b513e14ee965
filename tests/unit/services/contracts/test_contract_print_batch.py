"""A print batch numbers nothing until it completes: planned numbers, a clean stop, and a race with another print."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.entities import Contract
from models.services.contracts.drafts import ContractInput, create_contract
from models.services.contracts.print_batch import BatchOptions
from models.services.contracts.printing import mark_printed, plan_numbers
from models.services.contracts.selection import ContractSelection
from models.services.errors import ConcurrentEdit
from models.vocabulary import ContractStatus
from tests.factories import CLERK
from tests.gui.contract_office import build_contract_office, database_state
from tests.printing import print_contracts, print_job
from tests.staff import TODAY


@pytest.fixture
def office(db):
    return build_contract_office(db)


def test_planned_numbers_are_the_ones_printing_gives_and_planning_keeps_nothing(db, office) -> None:
    drafts = [office.contract(7), office.contract(8)]
    before = database_state(db)
    planned = plan_numbers(db, drafts, on=TODAY)
    assert planned == {office.contract(7): "4/PPPK/BKPSDM/XI/2026",
                       office.contract(8): "800.1.2.5/4/PPPK-PW/BKPSDM/2026"}
    assert database_state(db) == before
    stamps = mark_printed(db, CLERK, drafts, on=TODAY, expected_numbers=planned)
    assert {s.contract_id: s.number for s in stamps} == planned


def test_closing_the_batch_half_way_removes_its_files_and_numbers_nothing(db, office, tmp_path) -> None:
    before = database_state(db)
    options = BatchOptions(out=tmp_path / "out" / "semua.pdf", per_person_dir=tmp_path / "out" / "orang",
                           attendance=tmp_path / "out" / "hadir.pdf", workers=1, chunk_size=1, printed_on=TODAY)
    (tmp_path / "out").mkdir()
    batch = print_job(db, CLERK, ContractSelection(), options)
    assert next(batch)[:2] == (0, 8)
    assert next(batch)[:2] == (1, 8)
    assert next(batch)[:2] == (2, 8)
    batch.close()  # what the window's job runner does when Batal is pressed
    assert list((tmp_path / "out").iterdir()) == []
    assert database_state(db) == before


def test_a_print_that_lost_its_numbers_to_another_print_saves_nothing_and_removes_its_file(db, office,
                                                                                            tmp_path) -> None:
    gita = office.contract(7)
    out = tmp_path / "a.pdf"
    batch = print_job(db, CLERK, ContractSelection(contract_ids=(gita,)),
                                 BatchOptions(out=out, printed_on=TODAY))
    assert next(batch)[:2] == (0, 1)  # numbers planned: Gita would be 4/PPPK/BKPSDM/XI/2026
    siti = office.staff.employee_ids[13]
    other = create_contract(db, ContractInput(siti, date(2026, 12, 1), salary=3_000_000), CLERK)
    # Another clerk's print takes number 4 meanwhile.
    print_contracts(db, CLERK, ContractSelection(contract_ids=(other.id,)),
                    BatchOptions(out=tmp_path / "b.pdf", printed_on=TODAY))
    with pytest.raises(ConcurrentEdit, match="berubah selama pencetakan"):
        list(batch)
    assert not out.exists() and not list(tmp_path.glob("a.pdf*"))
    with db.session_factory() as s:
        row = s.get(Contract, gita)
        assert (row.number, row.status) == (None, ContractStatus.DRAFT)
        assert s.scalar(select(Contract.number).where(Contract.id == other.id)) == "4/PPPK/BKPSDM/XI/2026"


def test_closing_a_batch_of_worker_processes_stops_them_and_leaves_no_person_file(db, office, tmp_path) -> None:
    before = database_state(db)
    folder = tmp_path / "out"
    folder.mkdir()
    options = BatchOptions(out=folder / "semua.pdf", per_person_dir=folder / "orang", workers=2, chunk_size=1,
                           printed_on=TODAY)
    batch = print_job(db, CLERK, ContractSelection(), options)
    done = 0
    while done < 1:  # until the first chunk came back; the others are still being rendered
        done, total, _text = next(batch)
    assert total == 8 and done < 8
    batch.close()
    assert list(folder.iterdir()) == []  # chunks in flight wrote files too: removed with their unit folders
    assert database_state(db) == before
