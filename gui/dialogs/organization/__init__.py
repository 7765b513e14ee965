"""The Unit kerja dan jabatan dialog: the units as a tree, the jabatan as a list, a form to add each.

The dialog and its pages load on first use (the window imports only `commands` at start)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {"OrganizationDialog": "dialog", "PositionsPage": "positions_page", "UnitsPage": "units_page"}
__all__ = list(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(import_module(f"gui.dialogs.organization.{_WHERE[name]}"), name)
