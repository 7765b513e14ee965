"""The first-run setup wizard: `FirstRunWizard(db)`, and the `StartChoice` it returns."""

from gui.dialogs.first_run.common import StartChoice
from gui.dialogs.first_run.wizard import FirstRunWizard

__all__ = ["FirstRunWizard", "StartChoice"]
