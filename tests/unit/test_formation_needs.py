"""update_formation_needs: validated, version-checked, audited, one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.entities import AuditEntry, Formation
from models.services.errors import ConcurrentEdit, NotFound, ValidationFailed
from models.services.formations import update_formation_needs
from tests.factories import CLERK
from tests.staff import build_office


@pytest.fixture
def formation(db) -> Formation:
    office = build_office(db, 4, contracts=False)
    with db.session_factory() as s:
        return s.get(Formation, office.formation_ids[0])


def test_needs_are_saved_with_an_audit_entry_and_a_new_version(db, formation) -> None:
    version = update_formation_needs(db, formation.id, formation.needed + 5, CLERK, expected_version=formation.version)
    assert version == formation.version + 1
    with db.session_factory() as s:
        assert s.get(Formation, formation.id).needed == formation.needed + 5
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "formation", AuditEntry.action == "update")
                          ).one()
    assert "needed" in entry.changes and entry.summary.startswith("Formasi 2026")


def test_unchanged_needs_write_nothing(db, formation) -> None:
    assert update_formation_needs(db, formation.id, formation.needed, CLERK) == formation.version
    with db.session_factory() as s:
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()


@pytest.mark.parametrize("needed", [-1, 2.5, True])
def test_needs_must_be_a_whole_number_from_zero(db, formation, needed) -> None:
    with pytest.raises(ValidationFailed, match="Kebutuhan"):
        update_formation_needs(db, formation.id, needed, CLERK)


def test_needs_below_the_approved_number_are_refused(db, formation) -> None:
    with pytest.raises(ValidationFailed, match=r"lebih kecil dari formasi yang disetujui \(4\)"):
        update_formation_needs(db, formation.id, 3, CLERK)


def test_a_stale_version_or_a_missing_formation_is_refused(db, formation) -> None:
    update_formation_needs(db, formation.id, 40, CLERK)
    with pytest.raises(ConcurrentEdit, match="Muat ulang"):
        update_formation_needs(db, formation.id, 41, CLERK, expected_version=formation.version)
    with pytest.raises(NotFound):
        update_formation_needs(db, 99_999, 1, CLERK)
