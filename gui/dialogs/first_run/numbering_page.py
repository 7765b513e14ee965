"""The contract numbering page: the number pattern (and an optional one for PPPK Paruh Waktu), with the
first number it will give, and the paper the contracts are printed on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.dialogs.first_run.common import HINT_STYLE, SetupPage, styled_label
from models.entities.organization import DEFAULT_NUMBER_PATTERN
from models.services.contracts.numbers import render_number
from models.services.errors import DomainError, FieldProblem
from models.services.organization import NUMBER_PLACEHOLDERS, OfficeInput, office_problems
from models.vocabulary import PaperSize

PLACEHOLDER_ORDER = ("seq", "year", "month", "roman_month")
assert set(PLACEHOLDER_ORDER) == NUMBER_PLACEHOLDERS


class NumberingPage(SetupPage):
    FIELDS = ("contract_number_pattern", "contract_number_pattern_pw", "paper_size")

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_numbering")
        self.setTitle(self.tr("Nomor perjanjian kerja"))
        self.setSubTitle(self.tr("Pola nomor surat perjanjian kerja sesuai tata naskah kantor Anda. Nomor urut "
                                 "diberikan otomatis saat perjanjian pertama kali dicetak."))
        self._today = today
        self._last_pattern: QLineEdit | None = None
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: patterns need the width
        pattern = self.add_edit(form, "contract_number_pattern", self.tr("Pola nomor &PPPK:"),
                                DEFAULT_NUMBER_PATTERN, hint=True)
        pattern.setText(DEFAULT_NUMBER_PATTERN)
        self.add_edit(form, "contract_number_pattern_pw", self.tr("Pola nomor PPPK Paruh &Waktu (boleh kosong):"),
                      self.tr("kosongkan bila sama dengan pola PPPK"), hint=True)
        for key in ("contract_number_pattern", "contract_number_pattern_pw"):
            self.edits[key].installEventFilter(self)

        buttons = QHBoxLayout()
        buttons.addWidget(styled_label(self, "first_run_insert_label", HINT_STYLE, self.tr("Sisipkan:")))
        self.placeholder_buttons: dict[str, QPushButton] = {}
        for name in PLACEHOLDER_ORDER:
            button = QPushButton("{" + name + "}", self)
            button.setObjectName(f"insert_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, n=name: self._on_placeholder_clicked(n))
            self.placeholder_buttons[name] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(styled_label(self, "first_run_placeholders", HINT_STYLE, self.tr(
            "{seq} nomor urut (wajib), {year} tahun, {month} bulan 01–12, {roman_month} bulan dalam angka "
            "Romawi I–XII. Contoh pola lain: 800.1.2.5/{seq}/PPPK-PW/BKPSDM/{year}.")))

        self.paper_size = QComboBox(self)
        self.paper_size.setObjectName("paper_size")
        self.paper_size.addItem(self.tr("A4 (210 × 297 mm)"), PaperSize.A4.value)
        self.paper_size.addItem(self.tr("F4 (215 × 330 mm)"), PaperSize.F4.value)
        form.addRow(self.buddy(self.tr("&Ukuran kertas perjanjian:"), self.paper_size),
                    self.with_feedback("paper_size", self.paper_size))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember which pattern the clerk was in, so the placeholder buttons insert there."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._last_pattern = watched
        return super().eventFilter(watched, event)

    def _on_placeholder_clicked(self, name: str) -> None:
        """Insert {name} at the cursor of the pattern edited last (the PPPK pattern at first)."""
        edit = self._last_pattern or self.edits["contract_number_pattern"]
        edit.insert("{" + name + "}")
        edit.setFocus()
        self.touch(edit.objectName())

    def values(self) -> dict[str, str | None]:
        return {
            "contract_number_pattern": self.edits["contract_number_pattern"].text().strip(),
            "contract_number_pattern_pw": self.edits["contract_number_pattern_pw"].text().strip() or None,
            "paper_size": self.paper_size.currentData(),
        }

    def problems(self) -> list[FieldProblem]:
        data = OfficeInput(name="-", regency_code="00.00", regency_name="-", **self.values())
        return [p for p in office_problems(data) if p.field in self.FIELDS]

    def first_number(self, pattern: str | None) -> str:
        """The number the first contract would get today ('' when the pattern cannot be used)."""
        try:
            return render_number(pattern or "", 1, self._today())
        except DomainError:
            return ""

    def update_hints(self) -> None:
        values = self.values()
        first = self.first_number(values["contract_number_pattern"])
        self.set_hint("contract_number_pattern", self.tr("Nomor pertama: {number}").format(number=first)
                      if first else "")
        pw = values["contract_number_pattern_pw"]
        if pw:
            first_pw = self.first_number(pw)
            self.set_hint("contract_number_pattern_pw", self.tr("Nomor pertama: {number}").format(number=first_pw)
                          if first_pw else "")
        else:
            self.set_hint("contract_number_pattern_pw", self.tr("Memakai pola PPPK."))
