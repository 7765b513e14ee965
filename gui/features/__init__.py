"""Actions and dialogs that plug into the main window: each module has `install(window)`.

The window calls `install_features` once its tabs and menus exist. A feature adds its QActions to a tab
(`TableTab.add_action`) or to a menu (`window.menu_*`), and keeps its own state on the objects it creates.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.main_window import MainWindow

FEATURES: tuple[str, ...] = (
    "gui.features.employee_actions",
    "gui.features.contract_actions",
    "gui.features.report_actions",
    "gui.features.exchange_actions",
    "gui.features.organization_actions",
    "gui.features.safety_actions",
    "gui.features.session_actions",  # last: its two actions go right above Keluar
)


def install_features(window: MainWindow) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
