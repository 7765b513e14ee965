"""Managing users (admin): the list, adding a person, changing a role, resetting a password, deactivating."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.errors import show_error
from models.services.audit import Actor
from models.services.errors import DomainError
from models.services.users import UserInfo, create_user, list_users, set_password, update_user
from models.storage.database import Database
from models.vocabulary import Role


class NewUserForm(QDialog):
    """Username, full name, role, password: the fields create_user checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_user_form")
        self.setWindowTitle(self.tr("Pengguna baru"))
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in (Role.OPERATOR, Role.VIEWER, Role.ADMIN):
            self.role.addItem(role.label, role.value)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow(self.tr("Kata sandi awal"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Pengguna"))
        self.db = db
        self.actor = actor
        self.users: list[UserInfo] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"),
                                              self.tr("Keadaan")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().resizeSection(0, 140)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        roles = QLabel(self.tr("Admin: pengaturan, pengguna, pemulihan cadangan · Operator: data, cetak, impor · "
                               "Peninjau: melihat, rekap, ekspor"), self)
        roles.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Tambah…"), self)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("users_role")
        for role in Role:
            self.role_combo.addItem(role.label, role.value)
        self.role_button = QPushButton(self.tr("Ubah peran"), self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("users_new_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Kata sandi baru"))
        self.password_button = QPushButton(self.tr("Ganti kata sandi"), self)
        self.active_button = QPushButton(self.tr("Nonaktifkan"), self)
        self.status = QLabel(self)
        self.status.setObjectName("users_status")
        row = QHBoxLayout()
        for widget in (self.add_button, self.role_combo, self.role_button, self.password_edit,
                       self.password_button, self.active_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(roles)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.resize(820, 420)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.users = list_users(self.db)
        self.table.setRowCount(len(self.users))
        for r, user in enumerate(self.users):
            state = self.tr("Aktif") if user.active else self.tr("Nonaktif")
            for c, text in enumerate((user.username, user.full_name, user.role.label, state)):
                self.table.setItem(r, c, QTableWidgetItem(text))
            if user.username == select:
                self.table.selectRow(r)
        self._on_table_item_selection_changed()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def add_user(self, username: str, full_name: str, role: Role, password: str) -> bool:
        return self._run(lambda: create_user(self.db, self.actor, username, full_name, role, password),
                         self.tr("Pengguna {name} ditambahkan.").format(name=username), username)

    def _run(self, call, done_text: str, select: str | None) -> bool:
        try:
            call()
        except DomainError as exc:
            show_error(self, exc)
            self.status.setText(exc.message)
            return False
        self.status.setText(done_text)
        self.reload(select)
        return True

    def _on_add_button_clicked(self) -> None:
        form = NewUserForm(self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.add_user(form.username.text(), form.full_name.text(), Role(form.role.currentData()),
                          form.password.text())

    def _on_role_button_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            role = Role(self.role_combo.currentData())
            self._run(lambda: update_user(self.db, self.actor, user.id, role=role),
                      self.tr("Peran {name} sekarang {role}.").format(name=user.username, role=role.label),
                      user.username)

    def _on_password_button_clicked(self) -> None:
        user = self.selected()
        if user is not None and self._run(lambda: set_password(self.db, self.actor, user.id,
                                                               self.password_edit.text()),
                                          self.tr("Kata sandi {name} diganti.").format(name=user.username),
                                          user.username):
            self.password_edit.clear()

    def _on_active_button_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(lambda: update_user(self.db, self.actor, user.id, active=not user.active),
                      self.tr("Keadaan {name} diubah.").format(name=user.username), user.username)

    def _on_table_item_selection_changed(self) -> None:
        user = self.selected()
        for widget in (self.role_button, self.password_button, self.active_button):
            widget.setEnabled(user is not None)
        if user is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role.value))
            self.active_button.setText(self.tr("Nonaktifkan") if user.active else self.tr("Aktifkan"))
