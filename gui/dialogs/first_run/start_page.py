"""The last page: how to start (empty, import a roster, or look at demo data first) and what will be saved."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from gui.dialogs.first_run.common import HINT_STYLE, PROBLEM_STYLE, StartChoice, styled_label
from models.rules import regions
from models.services.first_run import AdminInput
from models.services.organization import OfficeInput


class StartPage(QWizardPage):
    """`choice()` is the StartChoice picked; Finish calls `save`; `error` shows why saving failed."""

    def __init__(self, office: Callable[[], OfficeInput], admin: Callable[[], AdminInput],
                 first_number: Callable[[str | None], str], save: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_start")
        self.setTitle(self.tr("Mulai"))
        self.setSubTitle(self.tr("Pilih cara mulai. Pengaturan di bawah disimpan saat Anda menekan Simpan dan "
                                 "mulai."))
        self._office, self._admin, self._first_number, self._save = office, admin, first_number, save
        self.group = QButtonGroup(self)
        self.buttons: dict[StartChoice, QRadioButton] = {}
        self.notes: dict[StartChoice, QLabel] = {}
        choices = QVBoxLayout()
        choices.setSpacing(2)
        for choice, text, detail in (
            (StartChoice.EMPTY, self.tr("Mulai dengan &data kosong"),
             self.tr("Tambahkan unit kerja dan pegawai sendiri, satu per satu atau lewat impor nanti.")),
            (StartChoice.IMPORT, self.tr("&Impor daftar pegawai dari Excel sekarang"),
             self.tr("Setelah ini jendela impor terbuka: pilih berkas .xlsx/.xls/.ods/.csv berkolom NIP dan nama.")),
            (StartChoice.DEMO, self.tr("Lihat dulu dengan data &contoh"),
             self.tr("Membuka basis data contoh terpisah berisi pegawai rekaan, dengan akun admin yang sama. Basis "
                     "data Anda tetap menyimpan pengaturan ini; buka lagi lewat Berkas > Buka basis data.")),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"first_run_start_{choice.value}")
            self.group.addButton(button)
            self.buttons[choice] = button
            choices.addWidget(button)
            note = styled_label(self, f"first_run_start_{choice.value}_note", HINT_STYLE, detail)
            note.setContentsMargins(22, 0, 0, 6)
            self.notes[choice] = note
            choices.addWidget(note)
        self.buttons[StartChoice.EMPTY].setChecked(True)

        summary_group = QGroupBox(self.tr("Yang akan disimpan"), self)
        self.summary = QLabel(summary_group)
        self.summary.setObjectName("first_run_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(summary_group).addWidget(self.summary)
        self.error = styled_label(self, "first_run_error", PROBLEM_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(summary_group)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_demo_allowed(self, allowed: bool) -> None:
        for widget in (self.buttons[StartChoice.DEMO], self.notes[StartChoice.DEMO]):
            widget.setVisible(allowed)
        if not allowed and self.buttons[StartChoice.DEMO].isChecked():
            self.buttons[StartChoice.EMPTY].setChecked(True)

    def choice(self) -> StartChoice:
        return next(choice for choice, button in self.buttons.items() if button.isChecked())

    def initializePage(self) -> None:
        self.error.hide()
        office, admin = self._office(), self._admin()
        region = regions.regency(office.regency_code)
        count = len(regions.kecamatan(office.regency_code)) if region else 0
        missing = self.tr("(belum diisi)")
        ppk = office.ppk_name or missing
        if office.ppk_nip:
            ppk += self.tr(", NIP {nip}").format(nip=office.ppk_nip)
        pattern_pw = office.contract_number_pattern_pw
        rows = [
            (self.tr("Instansi"), office.name),
            (self.tr("Wilayah"), self.tr("{regency} ({code}), {count} kecamatan").format(
                regency=office.regency_name, code=office.regency_code, count=count)),
            (self.tr("PPK"), ppk),
            (self.tr("Jabatan PPK"), office.ppk_title or missing),
            (self.tr("Kota penandatanganan"), office.signing_city or missing),
            (self.tr("Nomor PPPK pertama"), self._first_number(office.contract_number_pattern)),
            (self.tr("Nomor PPPK Paruh Waktu"), self._first_number(pattern_pw) if pattern_pw
             else self.tr("memakai pola PPPK")),
            (self.tr("Kertas"), office.paper_size),
            (self.tr("Admin"), f"{admin.username} ({admin.full_name})"),
        ]
        cells = "".join(f"<tr><td style='color:#555; padding-right:12px'>{html.escape(label)}</td>"
                        f"<td>{html.escape(value)}</td></tr>" for label, value in rows)
        self.summary.setText(f"<table>{cells}</table>")

    def validatePage(self) -> bool:
        """Finish: save everything, or stay and say why (nothing was saved then)."""
        self.error.hide()
        return self._save()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
