"""Titles written in a name cell are split off, exactly as written; a name without titles stays whole."""

from __future__ import annotations

import pytest

from models.rules.titles import split_titles


@pytest.mark.parametrize("cell, expected", [
    ("Maria Ulfa, S.Kep., Ners", (None, "Maria Ulfa", "S.Kep., Ners")),
    ("dr. Andi Pratama, Sp.PD", ("dr.", "Andi Pratama", "Sp.PD")),
    ("Dr. Ir. H. Bambang Susilo, M.T.", ("Dr. Ir. H.", "Bambang Susilo", "M.T.")),
    ("Hj. Siti Aminah, A.Md.Keb.", ("Hj.", "Siti Aminah", "A.Md.Keb.")),
    ("Rina Wati, S.Pd., M.Pd.", (None, "Rina Wati", "S.Pd., M.Pd.")),
    ("Agus  Salim,S.Kom.", (None, "Agus Salim", "S.Kom.")),
    ("Budi Santoso", (None, "Budi Santoso", None)),
    ("Siti, Aminah", (None, "Siti, Aminah", None)),  # not a title: left whole for the clerk
    ("Drs.", (None, "Drs.", None)),  # a title alone is not split off into nothing
])
def test_split_titles(cell, expected) -> None:
    assert split_titles(cell) == expected
