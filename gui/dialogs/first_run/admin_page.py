"""The admin page: the first account, which signs in, sets up the office and adds everyone else."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from gui.dialogs.first_run.common import HINT_STYLE, SetupPage, styled_label
from models.rules.passwords import MIN_LENGTH
from models.services.errors import FieldProblem
from models.services.first_run import AdminInput, admin_problems


class AdminPage(SetupPage):
    FIELDS = ("username", "full_name", "password", "password_repeat")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_admin")
        self.setTitle(self.tr("Akun admin"))
        self.setSubTitle(self.tr("Akun Anda sebagai admin: mengatur instansi, menambah pengguna lain (operator, "
                                 "pembaca), dan memulihkan cadangan."))
        form = QFormLayout()
        self.add_edit(form, "username", self.tr("Nama &pengguna:"), self.tr("huruf kecil, angka, titik")).setText(
            "admin")
        self.add_edit(form, "full_name", self.tr("Nama l&engkap:"), self.tr("nama Anda, tercatat di log audit"))
        password = self.add_edit(form, "password", self.tr("Kata &sandi:"),
                                 self.tr("paling sedikit {n} karakter").format(n=MIN_LENGTH))
        repeat = self.add_edit(form, "password_repeat", self.tr("&Ulangi kata sandi:"))
        for edit in (password, repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        # The repeat is judged against the password as it is now: editing the password re-checks it.
        password.textEdited.connect(lambda _text: self.refresh())
        note = styled_label(self, "first_run_admin_note", HINT_STYLE, self.tr(
            "Simpan kata sandi ini baik-baik: tanpa admin, pengguna dan pengaturan tidak dapat diubah. "
            "Setelah lima kali salah, akun dikunci 15 menit."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)

    def value(self) -> AdminInput:
        return AdminInput(self.edits["username"].text().strip().lower(), self.edits["full_name"].text().strip(),
                          self.edits["password"].text())

    def problems(self) -> list[FieldProblem]:
        found = admin_problems(self.value())
        password, repeat = self.edits["password"].text(), self.edits["password_repeat"].text()
        still_typing = not self._show_all and len(repeat) < len(password)
        if repeat != password and not still_typing:
            found.append(FieldProblem("password_repeat", self.tr("kata sandi dan ulangannya tidak sama")))
        return found
