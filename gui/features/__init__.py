"""Actions and dialogs that plug into the main window, one class per module (e.g. `EmployeeActions`).

The window builds each one (gui/main_window.py) once its tabs and menus exist. A feature adds its QActions
to a tab (`TableTab.add_action`) or to a menu (`window.menu_*`), and keeps its own state on the objects it
creates; what outlives the window it asks for with the window's signals (gui/session.py acts on them).
"""
