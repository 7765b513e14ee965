"""The program's icons: named SVG line icons from resources/icons (they scale to any screen), the application
icon, and which icon each of the window's actions shows."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QWidget

from resources import resource_path

# The action's objectName -> the icon's name (resources/icons/<name>.svg). One table, so the set stays
# consistent: the same deed has the same picture in the menus, the tabs' bars and the empty states.
ACTION_ICONS: dict[str, str] = {
    # Berkas
    "action_new_database": "database-new",
    "action_open_database": "open",
    "action_refresh": "refresh",
    "action_organization": "tab-formations",
    "action_find": "search",
    "action_office_settings": "office",
    "action_preferences": "settings",
    "action_quit": "quit",
    "action_import_roster": "sheet-import",
    "action_exchange_send": "package-send",
    "action_exchange_receive": "package-receive",
    "action_exchange_offices": "offices",
    "action_backups": "backup",
    "action_users": "users",
    "action_change_password": "verify",
    "action_sign_out": "quit",
    # Sunting and the Pegawai tab
    "action_undo": "undo",
    "action_redo": "redo",
    "action_new_employee": "employee-add",
    "action_edit_employee": "edit",
    "action_delete_employee": "delete",
    "action_end_employee": "employee-end",
    # Perjanjian Kerja
    "action_new_contract_employees": "contract-new",
    "action_new_contract": "contract-new",
    "action_renew": "contract-renew",
    "action_renewal_list": "calendar",
    "action_mark_signed": "contract-sign",
    "action_end_contract": "contract-end",
    "action_print_contracts": "print",
    "action_verify_contract": "verify",
    "action_contract_templates": "template",
    "action_pay_tables": "sheet-import",
    # Laporan and Bantuan
    "action_recap": "sheet-export",
    "action_export_siasn": "sheet-export",
    "action_audit_log": "audit-log",
    "action_about": "help",
}

TAB_ICONS: dict[str, str] = {"employees": "tab-employees", "formations": "tab-formations",
                             "contracts": "tab-contracts"}


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg; an unknown name is a programming error, not a blank button."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon {name!r} in {path.parent}")
    return QIcon(str(path))


@cache
def app_icon() -> QIcon:
    """The program's own icon: the SVG for every size on screen, with the rendered PNG as a fallback where
    the SVG plugin is missing (a bundle built without it)."""
    result = QIcon(str(resource_path("icons", "app.svg")))
    result.addFile(str(resource_path("icons", "app.png")))
    return result


def apply_action_icons(root: QWidget) -> int:
    """Give every action under `root` that is named in ACTION_ICONS its icon; returns how many got one."""
    count = 0
    for action in root.findChildren(QAction):
        name = ACTION_ICONS.get(action.objectName())
        if name is not None:
            action.setIcon(icon(name))
            count += 1
    return count
