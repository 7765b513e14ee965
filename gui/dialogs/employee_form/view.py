"""The employee form's layout: four sections in two columns, the histories below, the buttons. No logic.

Every input is a public attribute named after the EmployeeInput field it edits (`nip`, `birth_date`,
`unit_id` ...), with its message line in `messages[field]`.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.employee_form.fields import ChoiceField, DateField, FieldMessage
from gui.dialogs.employee_form.history_tables import (
    HistoryTable,
    education_columns,
    grade_columns,
    position_columns,
)
from models.rules.education import EDUCATION_LEVELS
from models.rules.grades import PNS_GRADES, PPPK_GRADES
from models.services.employee_history import EducationEntry, GradeEntry, PositionEntry
from models.vocabulary import EmployeeStatus, Religion, Sex

# Marked with * beside their caption; the service says the same when they are left empty.
REQUIRED = frozenset({"nip", "name", "birth_date", "sex", "status"})


class EmployeeFormView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messages: dict[str, FieldMessage] = {}
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.legend = QLabel(self.tr("Isian bertanda * wajib diisi. Tanggal ditulis hh-bb-tttt (F4: kalender). "
                                     "Enter atau Ctrl+S menyimpan, Esc membatalkan."), self)
        self.legend.setObjectName("form_legend")
        self.legend.setStyleSheet("QLabel { color: #3b4a5a; }")
        self.summary = QLabel(self)
        self.summary.setObjectName("form_summary")
        self.summary.setWordWrap(True)
        self.summary.hide()

        identity = self._section("identity", self.tr("Identitas"))
        employment = self._section("employment", self.tr("Kepegawaian"))
        education = self._section("education", self.tr("Pendidikan"))
        contact = self._section("contact", self.tr("Kontak"))

        # Created in Tab order: Identitas, Kepegawaian, Pendidikan, Kontak, Riwayat, buttons.
        self.nip = self._line(identity, "nip", self.tr("NIP / NI PPPK"), 24, self.tr("18 angka, boleh berspasi"))
        self.nip.setMaxLength(24)
        self.nik = self._line(identity, "nik", self.tr("NIK"), 22, self.tr("16 angka"))
        self.nik.setMaxLength(22)
        self.name = self._line(identity, "name", self.tr("Nama (tanpa gelar)"), None)
        self.gelar_depan = self._line(identity, "gelar_depan", self.tr("Gelar depan"), 14, self.tr("mis. dr., Drs."))
        self.gelar_belakang = self._line(identity, "gelar_belakang", self.tr("Gelar belakang"), 22,
                                         self.tr("mis. S.Pd., S.Kep., Ners"))
        self.birth_place = self._line(identity, "birth_place", self.tr("Tempat lahir"), None)
        self.birth_date = self._add(identity, "birth_date", self.tr("Tanggal lahir"), DateField(self), narrow=True)
        self.sex = self._combo(identity, "sex", self.tr("Jenis kelamin"),
                               [("", None)] + [(s.label, s.value) for s in Sex])
        self.religion = self._combo(identity, "religion", self.tr("Agama"),
                                    [("", None)] + [(r.label, r.value) for r in Religion])

        self.status = self._combo(employment, "status", self.tr("Status"), [(s.label, s.value) for s in EmployeeStatus])
        self.golongan = self._combo(employment, "golongan", self.tr("Golongan"), [])
        self.position_id = self._add(employment, "position_id", self.tr("Jabatan"), ChoiceField(self))
        self.position_id.setPlaceholderText(self.tr("ketik sebagian nama jabatan"))
        self.unit_id = self._add(employment, "unit_id", self.tr("Unit — OPD"), ChoiceField(self))
        self.unit_id.setPlaceholderText(self.tr("ketik sebagian nama unit atau OPD"))
        self.tmt_cpns = self._add(employment, "tmt_cpns", self.tr("TMT CPNS"), DateField(self), narrow=True)
        self.tmt_pns = self._add(employment, "tmt_pns", self.tr("TMT PNS"), DateField(self), narrow=True)
        self.tmt_pppk = self._add(employment, "tmt_pppk", self.tr("TMT PPPK"), DateField(self), narrow=True)
        self.tmt_golongan = self._add(employment, "tmt_golongan", self.tr("TMT golongan"), DateField(self), narrow=True)
        self.tmt_jabatan = self._add(employment, "tmt_jabatan", self.tr("TMT jabatan"), DateField(self), narrow=True)
        self.employment_state = QLabel(self.tr("Aktif"), self)
        self.employment_state.setObjectName("employment_state")
        employment.layout().addRow(self.tr("Keadaan"), self.employment_state)

        self.education_level = self._combo(education, "education_level", self.tr("Tingkat"),
                                           [("", None)] + [(name, code) for code, name in EDUCATION_LEVELS.items()])
        self.education_major = self._line(education, "education_major", self.tr("Jurusan"), None)
        self.education_year = self._line(education, "education_year", self.tr("Tahun lulus"), 6, self.tr("tttt"))
        self.education_year.setInputMask("")
        self.education_year.setMaxLength(4)

        self.address = self._line(contact, "address", self.tr("Alamat"), None)
        self.address.setMaxLength(300)
        self.phone = self._line(contact, "phone", self.tr("Nomor HP"), 20, self.tr("mis. 0812 3456 7890"))
        self.email = self._line(contact, "email", self.tr("Surel"), None, self.tr("nama@contoh.go.id"))

        self.histories = QTabWidget(self)
        self.histories.setObjectName("histories")
        golongan = [g.code for g in (*PNS_GRADES, *PPPK_GRADES)]
        self.grade_history = HistoryTable("grade", GradeEntry, grade_columns(golongan), self)
        self.position_history = HistoryTable("position", PositionEntry, position_columns(), self)
        self.education_history = HistoryTable("education", EducationEntry, education_columns(), self)
        self.histories.addTab(self.grade_history, self.tr("Riwayat golongan"))
        self.histories.addTab(self.position_history, self.tr("Riwayat jabatan"))
        self.histories.addTab(self.education_history, self.tr("Riwayat pendidikan"))
        history_box = QGroupBox(self.tr("Riwayat"), self)
        history_box.setObjectName("section_history")
        QVBoxLayout(history_box).addWidget(self.histories)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Simpan (Enter atau Ctrl+S)"))
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setToolTip(self.tr("Batal (Esc)"))

        columns = QGridLayout()
        columns.setHorizontalSpacing(12)
        columns.addWidget(identity, 0, 0)
        columns.addWidget(employment, 0, 1)
        columns.addWidget(education, 1, 0)
        columns.addWidget(contact, 1, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        columns.setRowStretch(2, 1)
        body = QWidget(self)
        body.setObjectName("form_body")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 4, 0)
        body_layout.addLayout(columns)
        body_layout.addWidget(history_box)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)
        history_box.setMinimumHeight(200)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self._set_tab_order()

    # Sections are read as a Z: Identitas, Kepegawaian (right), Pendidikan, Kontak (right), then Riwayat.
    tab_chain = (
        "nip", "nik", "name", "gelar_depan", "gelar_belakang", "birth_place", "birth_date", "sex", "religion",
        "status", "golongan", "position_id", "unit_id", "tmt_cpns", "tmt_pns", "tmt_pppk", "tmt_golongan",
        "tmt_jabatan", "education_level", "education_major", "education_year", "address", "phone", "email",
    )

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.inputs[f] for f in self.tab_chain]
        chain.append(self.histories)
        for table in (self.grade_history, self.position_history, self.education_history):
            chain += [table.table, table.add_button, table.remove_button]
        chain += [self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- building ----

    def _section(self, name: str, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setObjectName(f"section_{name}")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(4)
        return box

    def _add(self, section: QGroupBox, field: str, label: str, widget, *, narrow: bool = False):
        """Put `widget` in `section` with its caption and the message line under it; a narrow widget keeps
        its own width instead of stretching across the column."""
        widget.setObjectName(field)
        if field in REQUIRED:
            label = f"{label} *"
        message = FieldMessage(self)
        message.setObjectName(f"{field}_message")
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if narrow:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(widget)
        column.addWidget(message)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        section.layout().addRow(caption, holder)
        self.messages[field] = message
        self.inputs[field] = widget
        self.labels[field] = caption
        return widget

    def _line(self, section: QGroupBox, field: str, label: str, chars: int | None, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if chars is not None:
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0" * chars) + 16)
        return self._add(section, field, label, edit, narrow=chars is not None)

    def _combo(self, section: QGroupBox, field: str, label: str, items: list[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("PPPK Paruh Waktu") + 48)
        return self._add(section, field, label, combo, narrow=True)
