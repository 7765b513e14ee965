"""Roles are enforced in the services themselves: a viewer cannot change records, an operator cannot
change the office's settings, whatever the window shows. Nothing is written when refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Employee, Office
from models.services.audit import Actor
from models.services.employees import create_employee
from models.services.formations import FormationInput, record_formation
from models.services.organization import save_office
from models.services.permissions import NotAllowed
from tests.factories import BUDI
from tests.unit.services.test_organization import OFFICE

VIEWER = Actor("tamu", "viewer")
OPERATOR = Actor("budi", "operator")


def counts(db) -> tuple[int, int, int]:
    with db.session_factory() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (Employee, Office, AuditEntry))


def test_viewer_cannot_add_an_employee_or_a_formation(db) -> None:
    before = counts(db)
    with pytest.raises(NotAllowed, match=r"peran Peninjau.*tidak berhak mengubah data pegawai"):
        create_employee(db, BUDI, VIEWER)
    with pytest.raises(NotAllowed):
        data = FormationInput(year=2026, unit_id=1, position_id=1, procurement_kind="PPPK", needed=3)
        record_formation(db, data, VIEWER)
    assert counts(db) == before


def test_operator_edits_records_but_not_the_office(db) -> None:
    create_employee(db, BUDI, OPERATOR)
    before = counts(db)
    with pytest.raises(NotAllowed, match="mengubah pengaturan instansi"):
        save_office(db, OFFICE, OPERATOR)
    assert counts(db) == before
