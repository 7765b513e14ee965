"""The Unit kerja dan jabatan dialog: the units as a tree, the jabatan as a list, a form to add each."""

from gui.dialogs.organization.dialog import OrganizationDialog
from gui.dialogs.organization.positions_page import PositionsPage
from gui.dialogs.organization.units_page import UnitsPage

__all__ = ["OrganizationDialog", "PositionsPage", "UnitsPage"]
