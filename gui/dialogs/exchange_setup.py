"""Berkas > Pertukaran data: everything the exchange needs, in the order a clerk does it, on two pages.

At a district office: install the central office's public key, save this office's key file for the centre,
send packages (and after how many days without one the status bar turns red). At the central office: make
the key pair once, register each district office's key file, receive packages. Every key is shown with its
fingerprint before it is trusted, to be compared by phone. The command line does the same (central-keys,
set-central-key, office-key, register-office, exchange-status)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.errors import show_error
from gui.file_dialogs import output_folder, remember_output
from models.services.errors import DomainError
from models.services.exchange import (
    exchange_setup,
    make_central_keys,
    office_key_export,
    office_key_fingerprint,
    read_central_public_key_file,
    read_office_key_file,
    register_office,
    set_central_key,
    set_send_warn_days,
)
from models.services.exchange.setup import MAX_WARN_DAYS, MIN_WARN_DAYS
from models.services.permissions import Permission, allows

if TYPE_CHECKING:
    from gui.context import AppContext

PAGE_OFFICE, PAGE_CENTRE = 0, 1


def _step(title: str, text: str) -> tuple[QGroupBox, QLabel, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)
    return box, label, layout


def _read_aloud(fingerprint: str) -> str:
    """A fingerprint in two lines of four groups, the way it is read out over the phone."""
    groups = fingerprint.split()
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


def _buttons_row(layout: QVBoxLayout, *buttons: QPushButton) -> None:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)


class ExchangeSetupDialog(QDialog):
    """Tests replace the ask_* and confirm callables (native dialogs block)."""

    send_requested = Signal()
    receive_requested = Signal()
    offices_requested = Signal()
    office_settings_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_setup_dialog")
        self.context = context
        self.setWindowTitle(self.tr("Pertukaran data dengan kantor pusat"))
        self.resize(720, 560)
        self.ask_central_public_key: Callable[[], str | None] = self._ask_central_public_key
        self.ask_office_key_target: Callable[[str], str | None] = self._ask_office_key_target
        self.ask_key_folder: Callable[[], str | None] = self._ask_key_folder
        self.ask_office_key_file: Callable[[], str | None] = self._ask_office_key_file
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.last_message = ""  # what the last step said (also shown under the tabs)

        intro = QLabel(self.tr("Kantor daerah mengirim paket data terenkripsi ke kantor pusat lewat flashdisk atau "
                               "surel. Siapkan sekali, dengan urutan di bawah. Sebelum memercayai sebuah kunci, "
                               "bacakan sidik jarinya lewat telepon dan pastikan sama di kedua kantor."))
        intro.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("exchange_setup_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.notice.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._office_page(), self.tr("Kantor ini (mengirim)"))
        self.tabs.addTab(self._centre_page(), self.tr("Kantor pusat (menerima)"))
        self.result = QLabel()
        self.result.setObjectName("exchange_setup_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.refresh()
        self.tabs.setCurrentIndex(PAGE_CENTRE if self.state.registered_offices else PAGE_OFFICE)

    # ---- the two pages ----

    def _office_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.office_missing = QLabel(self.tr("Isi dulu Pengaturan instansi (nama kantor dan kode daerah): paket "
                                             "dan berkas kunci menyebut kantor pengirimnya."))
        self.office_missing.setWordWrap(True)
        self.office_settings_button = QPushButton(self.tr("Pengaturan instansi…"))
        self.office_settings_button.clicked.connect(self.office_settings_requested)
        missing_row = QVBoxLayout()
        missing_row.addWidget(self.office_missing)
        _buttons_row(missing_row, self.office_settings_button)
        self.office_missing_box = QWidget()
        self.office_missing_box.setLayout(missing_row)
        layout.addWidget(self.office_missing_box)

        box, self.central_status, step = _step(self.tr("1. Pasang kunci publik kantor pusat"), "")
        self.install_central_button = QPushButton(self.tr("Pasang kunci kantor pusat…"))
        self.install_central_button.setObjectName("install_central_key")
        self.install_central_button.clicked.connect(self.install_central_key)
        _buttons_row(step, self.install_central_button)
        layout.addWidget(box)

        box, self.office_status, step = _step(self.tr("2. Kirim kunci kantor ini ke kantor pusat"), "")
        self.export_office_button = QPushButton(self.tr("Simpan berkas kunci kantor ini…"))
        self.export_office_button.setObjectName("export_office_key")
        self.export_office_button.clicked.connect(self.export_office_key)
        _buttons_row(step, self.export_office_button)
        layout.addWidget(box)

        box, _label, step = _step(self.tr("3. Kirim data"), self.tr(
            "Setelah kantor pusat mendaftarkan kunci kantor ini, kirim paket secara berkala. Paket pertama berisi "
            "semua data; berikutnya hanya perubahan."))
        self.warn_days = QSpinBox()
        self.warn_days.setObjectName("send_warn_days")
        self.warn_days.setRange(MIN_WARN_DAYS, MAX_WARN_DAYS)
        self.warn_days.setSuffix(self.tr(" hari"))
        self.warn_days.editingFinished.connect(self.save_warn_days)
        warn_row = QHBoxLayout()
        warn_label = QLabel(self.tr("Tandai merah di baris status bila belum mengirim selama"))
        warn_label.setBuddy(self.warn_days)
        warn_row.addWidget(warn_label)
        warn_row.addWidget(self.warn_days)
        warn_row.addStretch(1)
        step.addLayout(warn_row)
        self.send_button = QPushButton(self.tr("Kirim ke Pusat…"))
        self.send_button.setObjectName("setup_send")
        self.send_button.clicked.connect(self.send_requested)
        _buttons_row(step, self.send_button)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _centre_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box, self.centre_keys_status, step = _step(self.tr("1. Buat kunci kantor pusat (sekali saja)"), self.tr(
            "Dua berkas dibuat: kunci privat (rahasia kantor pusat: membuka semua paket; simpan cadangannya di "
            "tempat aman) dan kunci publik (kirim ke setiap kantor daerah). Kunci yang sudah ada tidak ditimpa."))
        self.make_keys_button = QPushButton(self.tr("Buat kunci kantor pusat…"))
        self.make_keys_button.setObjectName("make_central_keys")
        self.make_keys_button.clicked.connect(self.make_central_keys)
        _buttons_row(step, self.make_keys_button)
        layout.addWidget(box)

        box, self.registered_status, step = _step(self.tr("2. Daftarkan kantor daerah"), "")
        self.register_button = QPushButton(self.tr("Daftarkan kunci kantor daerah…"))
        self.register_button.setObjectName("register_office")
        self.register_button.clicked.connect(self.register_office)
        _buttons_row(step, self.register_button)
        layout.addWidget(box)

        box, _label, step = _step(self.tr("3. Terima paket"), self.tr(
            "Paket dari kantor yang terdaftar dibuka dengan kunci privat kantor pusat dan diterapkan; konflik "
            "menunggu keputusan di daftar kantor daerah."))
        self.receive_button = QPushButton(self.tr("Terima paket…"))
        self.receive_button.setObjectName("setup_receive")
        self.receive_button.clicked.connect(self.receive_requested)
        self.offices_button = QPushButton(self.tr("Kantor daerah…"))
        self.offices_button.setObjectName("setup_offices")
        self.offices_button.clicked.connect(self.offices_requested)
        _buttons_row(step, self.receive_button, self.offices_button)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    # ---- what the page shows ----

    def refresh(self) -> None:
        self.state = state = exchange_setup(self.context.db)
        actor = self.context.actor
        manage = allows(actor, Permission.MANAGE_SETTINGS)
        self.office_missing_box.setVisible(not state.office_named)
        if state.central_key_id:
            self.central_status.setText(self.tr("Terpasang. Sidik jari: %1").replace("%1", state.central_fingerprint))
        else:
            self.central_status.setText(self.tr("Belum dipasang. Minta berkas %1 dari kantor pusat (flashdisk atau "
                                                "surel), lalu pasang di sini.").replace("%1", "pusat.x25519.pub.pem"))
        if state.office_key_id:
            self.office_status.setText(self.tr("Sidik jari kunci kantor ini: %1").replace(
                "%1", state.office_fingerprint))
        else:
            self.office_status.setText(self.tr("Kunci tanda tangan kantor ini dibuat saat berkasnya disimpan."))
        self.registered_status.setText(
            self.tr("%n kantor daerah terdaftar.", "", state.registered_offices) + " "
            + self.tr("Setiap kantor daerah menyimpan berkas kuncinya (langkah 2 di kantornya) dan mengirimkannya "
                      "ke sini."))
        self.install_central_button.setEnabled(manage)
        self.export_office_button.setEnabled(state.office_named and allows(actor, Permission.REPORT))
        self.send_button.setEnabled(state.office_named and state.central_key_id is not None)
        self.warn_days.setEnabled(manage)
        self.warn_days.blockSignals(True)
        self.warn_days.setValue(state.warn_days)
        self.warn_days.blockSignals(False)
        self.register_button.setEnabled(manage)
        self.make_keys_button.setEnabled(manage)
        if not manage:
            self.show_result(self.tr("Hanya admin yang dapat memasang kunci dan mendaftarkan kantor."))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def show_result(self, text: str) -> None:
        self.last_message = text
        self.result.setText(text)

    # ---- district office ----

    def install_central_key(self) -> None:
        path = self.ask_central_public_key()
        if not path:
            return
        try:
            key = read_central_public_key_file(Path(path))
            installed = self.state.central_key_id
            question = self.tr("Kunci publik kantor pusat %1. Sidik jari:\n%2\n\nBacakan sidik jari ini ke kantor "
                               "pusat lewat telepon. Pasang hanya bila sama.").replace("%1", key.key_id).replace(
                "%2", _read_aloud(key.fingerprint))
            if installed and installed != key.key_id:
                question += "\n\n" + self.tr("Kunci %1 yang terpasang sekarang akan diganti; paket berikutnya hanya "
                                             "dapat dibuka dengan kunci baru.").replace("%1", installed)
            if not self.confirm(self.tr("Pasang kunci kantor pusat?"), question):
                return
            set_central_key(self.context.db, self.context.actor, key.pem)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.show_notice("")
        self.show_result(self.tr("Kunci kantor pusat %1 dipasang; paket berikutnya dienkripsi untuknya.")
                         .replace("%1", key.key_id))

    def export_office_key(self) -> None:
        try:
            info = office_key_export(self.context.db, self.context.actor)
        except DomainError as exc:
            show_error(self, exc)
            return
        name = f"kunci-kantor-{info['code'] or 'daerah'}.json".replace(" ", "-")
        target = self.ask_office_key_target(str(output_folder(self.context.settings) / name))
        if not target:
            self.refresh()
            return
        try:
            Path(target).write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            show_error(self, DomainError(self.tr("Berkas '%1' tidak dapat ditulis: %2.").replace("%1", target)
                                         .replace("%2", exc.strerror or str(exc))))
            return
        remember_output(self.context.settings, target)
        self.refresh()
        self.show_result(self.tr("Berkas kunci %1 disimpan di %2. Kirim ke kantor pusat dan bacakan sidik jarinya "
                                 "lewat telepon: %3").replace("%1", info["key_id"]).replace("%2", target)
                         .replace("%3", office_key_fingerprint(info)))

    def save_warn_days(self) -> None:
        days = self.warn_days.value()
        if days == self.state.warn_days:
            return
        try:
            set_send_warn_days(self.context.db, self.context.actor, days)
        except DomainError as exc:
            show_error(self, exc)
        self.refresh()

    # ---- central office ----

    def make_central_keys(self) -> None:
        folder = self.ask_key_folder()
        if not folder:
            return
        try:
            private, public, key_id = make_central_keys(Path(folder))
            key = read_central_public_key_file(public)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.context.settings.central_private_key = str(private)
        self.show_result(self.tr("Kunci kantor pusat %1 dibuat.\nKunci privat (rahasia, simpan cadangannya): %2\n"
                                 "Kunci publik (kirim ke setiap kantor daerah): %3\nSidik jari: %4")
                         .replace("%1", key_id).replace("%2", str(private)).replace("%3", str(public))
                         .replace("%4", key.fingerprint))

    def register_office(self) -> None:
        path = self.ask_office_key_file()
        if not path:
            return
        try:
            info = read_office_key_file(Path(path))
            shown = office_key_fingerprint(info)
            question = (self.tr("%1 (kode %2). Sidik jari:\n%3\n\nBacakan sidik jari ini bersama kantor itu lewat "
                                "telepon. Daftarkan hanya bila sama; paket yang ditandatangani kunci ini akan "
                                "diterima.").replace("%1", str(info.get("name"))).replace("%2", str(info.get("code")))
                        .replace("%3", _read_aloud(shown)))
            if not self.confirm(self.tr("Daftarkan kantor daerah?"), question):
                return
            office = register_office(self.context.db, self.context.actor, info)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.refresh()
        text = self.tr("%1 terdaftar dengan kunci %2; paketnya kini diterima.").replace("%1", office.name).replace(
            "%2", office.key_id)
        if office.replaced_key:
            text += " " + self.tr("Kunci lamanya diganti.")
        self.show_result(text)

    # ---- the clerk's answers (replaced in tests) ----

    def _ask_central_public_key(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih kunci publik kantor pusat"), "",
                                              self.tr("Kunci publik (*.pem);;Semua berkas (*)"))
        return path or None

    def _ask_office_key_target(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan berkas kunci kantor"), suggested,
                                              self.tr("Berkas kunci kantor (*.json)"))
        return path or None

    def _ask_key_folder(self) -> str | None:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder untuk kunci kantor pusat")) or None

    def _ask_office_key_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas kunci kantor daerah"), "",
                                              self.tr("Berkas kunci kantor (*.json);;Semua berkas (*)"))
        return path or None

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Ya, sama"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes
