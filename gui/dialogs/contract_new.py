"""The "Perjanjian baru" dialog: the proposed terms per person, editable, and who was skipped and why."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.rules.formatting import format_date_id, format_number
from models.rules.nip import KIND_PPPK, format_nip
from models.services.contracts.drafts import ContractInput
from models.services.contracts.pay import PayTable
from models.services.contracts.proposals import ContractProposal, Proposals
from models.vocabulary import ContractKind

DATE_FORMAT = "dd-MM-yyyy"


def to_qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


def money_text(amount: Decimal | None) -> str:
    """3000000 -> '3.000.000' (whole rupiah, as clerks type it)."""
    if amount is None:
        return ""
    return format_number(int(amount))


def parse_money(text: str) -> Decimal | None:
    """'3.000.000', '3000000' or '3.000.000,50' -> Decimal; None when blank or not a number."""
    cleaned = text.strip().replace("Rp", "").replace(" ", "").replace(".", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


class NewContractsDialog(QDialog):
    """Shows one editable row per proposal; `inputs()` gives what to create. Open with `open()`."""

    COLUMNS = ("name", "nip", "kind", "start", "end", "salary", "hours", "note")

    def __init__(self, proposals: Proposals, parent: QWidget | None = None, pay: PayTable | None = None) -> None:
        super().__init__(parent)
        self.pay = pay  # checks a typed full-time salary against the gaji pokok table
        self.setObjectName("new_contracts_dialog")
        self.setWindowTitle(self.tr("Perjanjian kerja baru"))
        self.proposals = list(proposals.proposals)
        titles = (self.tr("Nama"), self.tr("NI PPPK"), self.tr("Jenis"), self.tr("Mulai"), self.tr("Selesai"),
                  self.tr("Gaji/upah per bulan (Rp)"), self.tr("Jam/minggu"), self.tr("Keterangan"))
        self.intro = QLabel(self)
        self.intro.setObjectName("new_contracts_intro")
        self.intro.setWordWrap(True)
        if self.proposals:
            self.intro.setText(self.tr(
                "Usulan syarat perjanjian menurut aturan (masa 5 tahun untuk PPPK, 1 tahun untuk PPPK Paruh Waktu, "
                "paling lama sampai akhir bulan BUP). Periksa dan ubah bila perlu; perjanjian dibuat sebagai draf "
                "dan diberi nomor saat pertama dicetak."))
        else:
            self.intro.setText(self.tr("Tidak ada pegawai terpilih yang dapat dibuatkan perjanjian baru."))
        self.table = QTableWidget(len(self.proposals), len(self.COLUMNS), self)
        self.table.setObjectName("new_contracts_table")
        self.table.setHorizontalHeaderLabels(list(titles))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.start_edits: list[QDateEdit] = []
        self.end_edits: list[QDateEdit] = []
        self.salary_edits: list[QLineEdit] = []
        self.hours_edits: list[QDoubleSpinBox] = []
        for row, proposal in enumerate(self.proposals):
            self._fill_row(row, proposal)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)

        self.skipped_label = QLabel(self)
        self.skipped_label.setObjectName("new_contracts_skipped_label")
        self.skipped = QListWidget(self)
        self.skipped.setObjectName("new_contracts_skipped")
        for person in proposals.skipped:
            self.skipped.addItem(self.tr("{name} ({nip}): {reason}").format(
                name=person.name, nip=format_nip(person.nip, KIND_PPPK), reason=person.reason))
        self.skipped_label.setText(self.tr("Tidak dibuatkan ({count}):").format(count=len(proposals.skipped)))
        self.skipped_label.setVisible(bool(proposals.skipped))
        self.skipped.setVisible(bool(proposals.skipped))
        self.skipped.setMaximumHeight(110)

        self.problem = QLabel(self)
        self.problem.setObjectName("new_contracts_problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("Buat {count} perjanjian").format(
            count=len(self.proposals)), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("new_contracts_create")
        self.create_button.setEnabled(bool(self.proposals))
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(1100, 460)

    def _fill_row(self, row: int, proposal: ContractProposal) -> None:
        def text_item(text: str) -> QTableWidgetItem:
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return item

        self.table.setItem(row, 0, text_item(proposal.name))
        self.table.setItem(row, 1, text_item(format_nip(proposal.nip, KIND_PPPK)))
        self.table.setItem(row, 2, text_item(proposal.kind.label))
        start, end = QDateEdit(to_qdate(proposal.start_date)), QDateEdit(to_qdate(proposal.end_date))
        for edit, name in ((start, "start"), (end, "end")):
            edit.setObjectName(f"new_contract_{name}_{row}")
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
        end.setMaximumDate(to_qdate(proposal.bup_limit))
        salary = QLineEdit(money_text(proposal.salary))
        salary.setObjectName(f"new_contract_salary_{row}")
        salary.setAlignment(Qt.AlignmentFlag.AlignRight)
        salary.setPlaceholderText(self.tr("wajib diisi"))
        hours = QDoubleSpinBox()  # hours a week in half hours: 37,5 is 37 jam 30 menit
        hours.setObjectName(f"new_contract_hours_{row}")
        hours.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))  # 37,5 with a comma
        hours.setDecimals(1)
        hours.setSingleStep(0.5)
        hours.setRange(1, 48)
        hours.setSuffix(self.tr(" jam"))
        hours.setValue(proposal.weekly_minutes / 60)
        hours.setToolTip(self.tr("Jam kerja seminggu; 37,5 berarti 37 jam 30 menit"))
        self.table.setCellWidget(row, 3, start)
        self.table.setCellWidget(row, 4, end)
        self.table.setCellWidget(row, 5, salary)
        self.table.setCellWidget(row, 6, hours)
        note = text_item("")
        self.table.setItem(row, 7, note)
        self._show_note(row, proposal, proposal.salary_warning)
        salary.textEdited.connect(lambda _text, r=row: self._on_salary_edited(r))
        self.start_edits.append(start)
        self.end_edits.append(end)
        self.salary_edits.append(salary)
        self.hours_edits.append(hours)

    def _show_note(self, row: int, proposal: ContractProposal, warning: str | None) -> None:
        notes = [self.tr("gaji/upah: {source}").format(source=proposal.salary_source)]
        if proposal.capped_by_bup:
            notes.insert(0, self.tr("berakhir pada akhir bulan BUP ({date})").format(
                date=format_date_id(proposal.bup_limit)))
        if warning:
            notes.insert(0, self.tr("PERIKSA: {warning}").format(warning=warning))
        note = self.table.item(row, 7)
        note.setText("; ".join(notes))
        note.setToolTip(note.text())
        note.setForeground(QColor("#b3261e") if warning else self.palette().text().color())

    def _on_salary_edited(self, row: int) -> None:
        proposal = self.proposals[row]
        if self.pay is None or proposal.kind is not ContractKind.FULL_TIME:
            return
        amount = parse_money(self.salary_edits[row].text())
        self._show_note(row, proposal, self.pay.warning(proposal.golongan, proposal.masa_kerja, amount))

    def salary_note(self, row: int) -> str:
        return self.table.item(row, 7).text()

    def inputs(self) -> list[ContractInput]:
        """What the clerk accepted, one ContractInput per row; raises ValueError naming the first bad row."""
        out = []
        for row, proposal in enumerate(self.proposals):
            salary = parse_money(self.salary_edits[row].text())
            if salary is None:
                raise ValueError(self.tr("Baris {row} ({name}): gaji/upah belum diisi atau bukan angka.").format(
                    row=row + 1, name=proposal.name))
            out.append(ContractInput(
                employee_id=proposal.employee_id, start_date=self.start_edits[row].date().toPython(),
                end_date=self.end_edits[row].date().toPython(), salary=salary,
                weekly_minutes=round(self.hours_edits[row].value() * 60)))
        return out

    def _on_buttons_accepted(self) -> None:
        try:
            self.inputs()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()
