"""The PPK page: who signs the contracts (Pejabat Pembina Kepegawaian, or an official on their behalf)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from gui.dialogs.first_run.common import HINT_STYLE, SetupPage, styled_label
from gui.widgets.nip_hint import pns_nip_hint
from models.rules import regions
from models.rules.regions import Region
from models.services.errors import FieldProblem
from models.services.organization import OfficeInput, office_problems


class PpkPage(SetupPage):
    """Title and signing city are filled from the regency until the clerk types their own."""

    FIELDS = ("ppk_name", "ppk_nip", "ppk_title", "signing_city")

    def __init__(self, regency: Callable[[], Region | None], today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_ppk")
        self.setTitle(self.tr("Pejabat Pembina Kepegawaian (PPK)"))
        self.setSubTitle(self.tr("Pihak kesatu yang menandatangani perjanjian kerja: Bupati/Wali Kota, atau pejabat "
                                 "yang menandatangani atas nama PPK."))
        self._regency = regency
        self._today = today
        self._filled: dict[str, str] = {}  # what was filled in automatically, per field
        form = QFormLayout()
        self.add_edit(form, "ppk_name", self.tr("&Nama:"), self.tr("nama lengkap dengan gelar"))
        self.add_edit(form, "ppk_nip", self.tr("NI&P:"), self.tr("18 angka; kosongkan bila PPK bukan PNS"), hint=True)
        self.add_edit(form, "ppk_title", self.tr("&Jabatan:"), self.tr("mis. Wali Kota … atau Sekretaris Daerah …"))
        self.add_edit(form, "signing_city", self.tr("Kota pena&ndatanganan:"),
                      self.tr("tempat perjanjian ditandatangani"), hint=True)
        note = styled_label(self, "first_run_ppk_note", HINT_STYLE, self.tr(
            "Nama dan NIP boleh dikosongkan sekarang dan diisi nanti lewat Berkas > Pengaturan Instansi, "
            "sebelum perjanjian pertama dicetak."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Fill the title and signing city from the regency, unless the clerk typed something else."""
        region = self._regency()
        if region is not None:
            self._fill("ppk_title", regions.ppk_title(region))
            self._fill("signing_city", regions.signing_city(region))
        self.refresh()

    def _fill(self, key: str, value: str) -> None:
        edit = self.edits[key]
        if edit.text().strip() in ("", self._filled.get(key, "")):
            edit.setText(value)
            self._filled[key] = value

    def values(self) -> dict[str, str | None]:
        return {key: self.edits[key].text().strip() or None for key in self.FIELDS}

    def problems(self) -> list[FieldProblem]:
        data = OfficeInput(name="-", regency_code="00.00", regency_name="-", **self.values())
        return [p for p in office_problems(data) if p.field in self.FIELDS]

    def update_hints(self) -> None:
        self.set_hint("ppk_nip", pns_nip_hint(self.edits["ppk_nip"].text(), self._today()))
        region = self._regency()
        city = ""
        if region is not None and region.kind == regions.KABUPATEN and not self.edits["signing_city"].text().strip():
            city = self.tr("Isi ibu kota {regency} (mis. Kuala Kapuas untuk Kabupaten Kapuas): daftar Kemendagri "
                           "tidak memuatnya.").format(regency=region.name)
        self.set_hint("signing_city", city)

