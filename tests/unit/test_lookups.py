"""Choices for filters and forms, and the BUP the queries compute in SQL agreeing with the domain rule."""

from __future__ import annotations

import itertools

from sqlalchemy import select

from models.entities import Position
from models.rules.retirement import default_bup
from models.services.lookups import (
    formation_year_choices,
    golongan_choices,
    kecamatan_choices,
    position_choices,
    unit_choices,
)
from models.services.organization import create_position
from models.services.queries import position_bup
from models.vocabulary import JenisJabatan, Jenjang, PositionGroup
from tests.factories import CLERK
from tests.staff import build_office


def test_unit_choices_label_units_with_their_opd(db) -> None:
    build_office(db, 0)
    with db.session_factory() as s:
        labels = [u.label for u in unit_choices(s)]
        kecamatan = kecamatan_choices(s)
        years = formation_year_choices(s)
        positions = [p.name for p in position_choices(s)]
    assert labels == ["Dinas Kesehatan", "Dinas Pendidikan", "Puskesmas Pahandut — Dinas Kesehatan",
                      "SD Negeri 1 Pahandut — Dinas Pendidikan", "SMP Negeri 2 Jekan Raya — Dinas Pendidikan"]
    assert kecamatan == [("62.71.04", "Jekan Raya"), ("62.71.01", "Pahandut")]
    assert years == [2026, 2025]  # latest first
    assert positions == sorted(positions)


def test_golongan_choices_list_pns_then_pppk() -> None:
    choices = golongan_choices()
    assert choices[:2] == ["I/a", "I/b"] and choices[16] == "IV/e" and choices[17] == "I" and choices[-1] == "XVII"


def test_sql_bup_agrees_with_the_rule_for_every_kind_of_jabatan(db) -> None:
    expected = {}
    for n, (jenis, jenjang, group) in enumerate(itertools.product(JenisJabatan, [None, *Jenjang], PositionGroup)):
        if jenis is JenisJabatan.FUNGSIONAL and jenjang is None:
            continue  # the service refuses a JF without jenjang
        name = f"Jabatan {n}"
        create_position(db, CLERK, name=name, jenis_jabatan=jenis.value, jenjang=jenjang.value if jenjang else None,
                        group=group.value)
        expected[name] = default_bup(jenis.value, jenjang.value if jenjang else None, group.value)
    create_position(db, CLERK, name="Jabatan khusus", jenis_jabatan="pelaksana", group="teknis", bup=62)
    expected["Jabatan khusus"] = 62
    with db.session_factory() as s:
        found = dict(s.execute(select(Position.name, position_bup())).tuples().all())
    assert found == expected
    assert len(found) > 100
