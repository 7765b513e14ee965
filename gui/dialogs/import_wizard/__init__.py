"""The roster import wizard (issue 5): `ImportWizard(context, parent).show()`."""

from gui.dialogs.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
