"""Berkas > Pengaturan Instansi: the office's name, its PPK and who signs on the PPK's behalf, contract numbering
and terms, logo and paper.

What is wrong is shown beside the field as the clerk types (a NIP is decoded, a number pattern shows an
example number); Save goes through organization.save_office (validated, one transaction, audited) and
can be undone with Ctrl+Z once the office has been saved before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import file_dialogs
from gui.context import AppContext
from gui.errors import show_error
from gui.undo import ServiceCommand
from gui.widgets.nip_hint import pns_nip_hint
from models.services.contracts.numbers import render_number
from models.services.errors import DomainError, FieldProblem
from models.services.organization import (
    NUMBER_DATES,
    PW_TERM_MONTHS_RANGE,
    OfficeInput,
    office_input,
    office_problems,
    save_office,
)
from models.vocabulary import PaperSize

LOGO_MAX_SIDE = 600  # pixels: printed 22 mm wide, this is about 700 dpi
PROBLEM_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"
EXAMPLE_SEQ = 12


class OfficeSettingsDialog(QDialog):
    """Fields are public attributes named after OfficeInput's fields; `problem_labels[field]` says what is
    wrong with each; `hints` show the decoded NIP and the example numbers."""

    TEXT_FIELDS = ("name", "regency_code", "regency_name", "address", "ppk_name", "ppk_nip", "ppk_title",
                   "signing_city", "signer_name", "signer_nip", "signer_title", "delegation_basis",
                   "contract_number_pattern", "contract_number_pattern_pw")
    OPTIONAL_FIELDS = ("address", "ppk_name", "ppk_nip", "ppk_title", "signing_city", "signer_name", "signer_nip",
                       "signer_title", "delegation_basis", "contract_number_pattern_pw")
    TERM_FIELDS = ("pw_term_months", "pw_term_months_min", "pw_term_months_max")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_settings_dialog")
        self.setWindowTitle(self.tr("Pengaturan Instansi"))
        self.context = context
        with context.session_factory() as session:
            self.saved: OfficeInput | None = office_input(session)
        self.logo: bytes | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._show_all = False

        # Two columns, so the dialog fits a 1366 x 768 laptop screen.
        left = QVBoxLayout()
        left.addWidget(self._office_group())
        left.addWidget(self._ppk_group())
        left.addWidget(self._signer_group())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._contract_group())
        right.addWidget(self._terms_group())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load(self.saved)
        for key, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, k=key: self._on_field_edited(k))
        for key, spin in self.term_spins.items():
            spin.valueChanged.connect(lambda _value, k=key: self._on_field_edited(k))
        self.number_date.currentIndexChanged.connect(lambda _i: self._on_field_edited("number_date"))
        self.setMinimumWidth(980)
        # Wrapped hints beside the fields make the height depend on the width: ask the layout for it, so a
        # decoded NIP never pushes a field out of sight (capped for a 1366 x 768 screen).
        if layout.hasHeightForWidth():
            self.setMinimumHeight(min(700, layout.totalHeightForWidth(980)))

    # ---- building ----

    def _edit(self, form: QFormLayout, key: str, label: str, placeholder: str = "", hint: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(edit)
        if hint:
            self.hints[key] = self._label(f"hint_{key}", HINT_STYLE)
            column.addWidget(self.hints[key])
        self.problem_labels[key] = self._label(f"problem_{key}", PROBLEM_STYLE)
        column.addWidget(self.problem_labels[key])
        form.addRow(self._buddy(label, edit), column)
        return edit

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        """A row label whose &-letter jumps to `widget` (Alt+letter)."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        label.hide()
        return label

    def _office_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Instansi"), self)
        form = QFormLayout(group)
        self._edit(form, "name", self.tr("&Nama instansi:"),
                   self.tr("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota …"))
        self._edit(form, "regency_code", self.tr("&Kode wilayah:"), "62.71")
        self._edit(form, "regency_name", self.tr("Kabupaten/&kota:"), self.tr("Kota Palangka Raya"))
        self._edit(form, "address", self.tr("&Alamat:"))
        return group

    def _ppk_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Pejabat Pembina Kepegawaian (PPK)"), self)
        form = QFormLayout(group)
        self._edit(form, "ppk_name", self.tr("Nama &PPK:"), self.tr("nama lengkap dengan gelar"))
        self._edit(form, "ppk_nip", self.tr("NI&P PPK:"), self.tr("kosongkan: kepala daerah tidak ber-NIP"),
                   hint=True)
        self._edit(form, "ppk_title", self.tr("&Jabatan PPK:"), self.tr("mis. Wali Kota Palangka Raya"))
        self._edit(form, "signing_city", self.tr("Kota pena&ndatanganan:"), self.tr("Palangka Raya"))
        return group

    def _signer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Penandatangan atas nama PPK (kosongkan bila PPK menandatangani sendiri)"), self)
        form = QFormLayout(group)
        self._edit(form, "signer_name", self.tr("Na&ma:"), self.tr("mis. Sekretaris Daerah atau Kepala BKPSDM"))
        self._edit(form, "signer_nip", self.tr("NIP:"), self.tr("18 angka"), hint=True)
        self._edit(form, "signer_title", self.tr("Jabatan:"), self.tr("mis. Kepala BKPSDM Kota Palangka Raya"))
        self._edit(form, "delegation_basis", self.tr("&Dasar pelimpahan:"),
                   self.tr("mis. Keputusan Wali Kota … Nomor … tentang Pelimpahan Kewenangan …"))
        return group

    def _terms_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Masa dan nomor perjanjian"), self)
        form = QFormLayout(group)
        self.term_spins: dict[str, QSpinBox] = {}
        for key, label in (("pw_term_months", self.tr("Masa PPPK Paruh &Waktu, bawaan:")),
                           ("pw_term_months_min", self.tr("… paling singkat:")),
                           ("pw_term_months_max", self.tr("… paling lama:"))):
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(*PW_TERM_MONTHS_RANGE)
            spin.setSuffix(self.tr(" bulan"))
            self.term_spins[key] = spin
            form.addRow(self._buddy(label, spin), spin)
        self.problem_labels["pw_term_months"] = self._label("problem_pw_term_months", PROBLEM_STYLE)
        form.addRow(self.problem_labels["pw_term_months"])
        self.number_date = QComboBox(self)
        self.number_date.setObjectName("number_date")
        for key, text in ((key, self.tr("tanggal pertama dicetak") if key == "print"
                           else self.tr("tanggal mulai perjanjian")) for key in NUMBER_DATES):
            self.number_date.addItem(text, key)
        self.number_date.setToolTip(self.tr("Bulan dan tahun nomor perjanjian yang belum punya tanggal "
                                            "penandatanganan; bila tanggal penandatanganan diisi, itulah yang "
                                            "dipakai."))
        form.addRow(self._buddy(self.tr("Bulan/tahun n&omor dari:"), self.number_date), self.number_date)
        return group

    def _contract_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Perjanjian kerja"), self)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: patterns need the width
        self._edit(form, "contract_number_pattern", self.tr("Pola nomor P&PPK:"),
                   "{seq}/PPPK/BKPSDM/{roman_month}/{year}", hint=True)
        self._edit(form, "contract_number_pattern_pw", self.tr("Pola nomor PPPK Paruh &Waktu:"),
                   self.tr("kosongkan bila sama dengan pola PPPK"), hint=True)
        placeholders = QLabel(self.tr("Penanda: {seq} nomor urut, {year} tahun, {month} bulan (01–12), "
                                      "{roman_month} bulan dalam angka Romawi (I–XII)."), self)
        placeholders.setWordWrap(True)
        placeholders.setStyleSheet(HINT_STYLE)
        form.addRow(placeholders)

        self.paper_size = QComboBox(self)
        self.paper_size.setObjectName("paper_size")
        self.paper_size.addItem(self.tr("A4 (210 × 297 mm)"), PaperSize.A4.value)
        self.paper_size.addItem(self.tr("F4 (215 × 330 mm)"), PaperSize.F4.value)
        form.addRow(self._buddy(self.tr("&Ukuran kertas:"), self.paper_size), self.paper_size)

        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(72, 72)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bbb; background: white; color: #777;")
        self.choose_logo_button = QPushButton(self.tr("Pilih &gambar…"), self)
        self.choose_logo_button.setObjectName("choose_logo")
        self.choose_logo_button.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo_button = QPushButton(self.tr("&Hapus logo"), self)
        self.remove_logo_button.setObjectName("remove_logo")
        self.remove_logo_button.clicked.connect(self._on_remove_logo_clicked)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addLayout(buttons)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(row)
        self.problem_labels["logo"] = self._label("problem_logo", PROBLEM_STYLE)
        column.addWidget(self.problem_labels["logo"])
        form.addRow(self._buddy(self.tr("&Logo:"), self.choose_logo_button), column)
        return group

    # ---- values ----

    def _load(self, data: OfficeInput | None) -> None:
        data = data or OfficeInput(name="", regency_code="", regency_name="")
        for key, edit in self.edits.items():
            edit.setText(getattr(data, key) or "")
            edit.setCursorPosition(0)  # a long name shows its beginning
        self.paper_size.setCurrentIndex(max(0, self.paper_size.findData(data.paper_size)))
        for key, spin in self.term_spins.items():
            spin.setValue(getattr(data, key))
        self.number_date.setCurrentIndex(max(0, self.number_date.findData(data.number_date)))
        self._set_logo(data.logo)
        self._update_feedback()

    def value(self) -> OfficeInput:
        """What the form says now, as the service's input."""
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        optional = {key: text[key] or None for key in self.OPTIONAL_FIELDS}
        terms = {key: spin.value() for key, spin in self.term_spins.items()}
        return OfficeInput(name=text["name"], regency_code=text["regency_code"], regency_name=text["regency_name"],
                           contract_number_pattern=text["contract_number_pattern"],
                           paper_size=self.paper_size.currentData(), logo=self.logo,
                           number_date=self.number_date.currentData(), **terms, **optional)

    def _set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
        self.remove_logo_button.setEnabled(logo is not None)

    # ---- feedback beside the fields ----

    def _on_field_edited(self, key: str) -> None:
        self._touched.add("pw_term_months" if key in self.TERM_FIELDS else key)
        self._update_feedback()

    def _update_feedback(self) -> None:
        data = self.value()
        problems: dict[str, list[str]] = {}
        for problem in office_problems(data):
            field = "pw_term_months" if problem.field in self.TERM_FIELDS else problem.field
            problems.setdefault(field, []).append(problem.message)
        for key, label in self.problem_labels.items():
            shown = problems.get(key) if (self._show_all or key in self._touched) else None
            label.setText("; ".join(shown or []))
            label.setVisible(bool(shown))
        self._show_hint("ppk_nip", pns_nip_hint(data.ppk_nip, self.context.today()))
        self._show_hint("signer_nip", pns_nip_hint(data.signer_nip, self.context.today()))
        today = self.context.today()
        self._show_hint("contract_number_pattern", self._example(data.contract_number_pattern, today))
        if data.contract_number_pattern_pw:
            self._show_hint("contract_number_pattern_pw", self._example(data.contract_number_pattern_pw, today))
        else:
            self._show_hint("contract_number_pattern_pw", self.tr("Memakai pola PPPK."))

    def _show_hint(self, key: str, text: str) -> None:
        self.hints[key].setText(text)
        self.hints[key].setVisible(bool(text))


    def _example(self, pattern: str, today) -> str:
        try:
            return self.tr("Contoh: {number}").format(number=render_number(pattern, EXAMPLE_SEQ, today))
        except DomainError:
            return ""

    # ---- logo ----

    def _on_choose_logo_clicked(self) -> None:
        path = file_dialogs.choose_image(self)
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str | Path) -> bool:
        """Read an image, shrink it to LOGO_MAX_SIDE and keep it as PNG; False (and a note) if unreadable."""
        image = QImage(str(path))
        if image.isNull():
            self._touched.add("logo")
            self.problem_labels["logo"].setText(self.tr("Berkas '{name}' bukan gambar yang dapat dibaca.").format(
                name=Path(path).name))
            self.problem_labels["logo"].show()
            return False
        if max(image.width(), image.height()) > LOGO_MAX_SIDE:
            image = image.scaled(LOGO_MAX_SIDE, LOGO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self._set_logo(bytes(data.data()))
        self._on_field_edited("logo")
        return True

    def _on_remove_logo_clicked(self) -> None:
        self._set_logo(None)
        self._on_field_edited("logo")

    # ---- saving ----

    def accept(self) -> None:
        data = self.value()
        self._show_all = True
        self._update_feedback()
        problems = office_problems(data)
        if problems:
            self._focus_first(problems)
            return
        db, actor, before = self.context.db, self.context.actor, self.saved
        if data == before:  # nothing changed: nothing to save or to undo
            super().accept()
            return
        if before is None:  # the first save creates the office; there is nothing to go back to
            try:
                save_office(db, data, actor)
            except DomainError as exc:
                show_error(self, exc)
                return
        else:
            command = ServiceCommand(self.tr("Ubah pengaturan instansi"), lambda: save_office(db, data, actor),
                                     lambda: save_office(db, before, actor),
                                     on_error=lambda exc: show_error(self.parentWidget(), exc))
            self.context.undo_stack.push(command)
            if command.failed is not None:
                return
        self.saved = data
        super().accept()

    def _focus_first(self, problems: list[FieldProblem]) -> None:
        for key in self.edits:
            if any(p.field == key for p in problems):
                self.edits[key].setFocus()
                return
