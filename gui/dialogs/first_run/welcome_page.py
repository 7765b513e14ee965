"""First page of the first-run wizard: what will be asked, how long it takes, where the data stays."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage


class WelcomePage(QWizardPage):
    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_welcome")
        self.setTitle(self.tr("Selamat datang di SIMPEG Luring"))
        self.setSubTitle(self.tr("Sebelum mulai, siapkan instansi Anda. Ini cukup sekali dan memakan waktu "
                                 "sekitar dua menit."))
        steps = [
            (self.tr("Instansi"), self.tr("pilih kabupaten/kota Anda dari daftar Kemendagri; kecamatannya ikut "
                                          "serta.")),
            (self.tr("Pejabat Pembina Kepegawaian"), self.tr("siapa yang menandatangani perjanjian kerja.")),
            (self.tr("Nomor perjanjian kerja"), self.tr("pola nomor surat yang dipakai kantor Anda.")),
            (self.tr("Akun admin"), self.tr("akun Anda untuk masuk dan menambah pengguna lain.")),
            (self.tr("Mulai"), self.tr("dengan data kosong, dengan impor daftar pegawai dari Excel, atau "
                                       "melihat data contoh dulu.")),
        ]
        items = "".join(f"<li><b>{html.escape(title)}</b>: {html.escape(text)}</li>" for title, text in steps)
        intro = html.escape(self.tr("Anda akan mengisi:"))
        self.steps = QLabel(f"<p>{intro}</p><ol>{items}</ol>", self)
        self.steps.setObjectName("first_run_steps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.privacy = QLabel(self.tr(
            "Semua data tersimpan hanya di komputer ini, dalam berkas:\n{location}\n\nProgram ini bekerja tanpa "
            "internet. Semua isian dapat diubah nanti lewat Berkas > Pengaturan Instansi.").format(
            location=location), self)
        self.privacy.setObjectName("first_run_privacy")
        self.privacy.setWordWrap(True)
        self.privacy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addSpacing(8)
        layout.addWidget(self.privacy)
        layout.addStretch(1)
