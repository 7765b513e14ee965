"""The office page: the regency or city from the Kemendagri list (by province, or typed), the office's name
and address; the kecamatan of the chosen regency come with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.first_run.common import HINT_STYLE, SetupPage, styled_label
from models.rules import regions
from models.rules.regions import Region
from models.services.errors import FieldProblem
from models.services.organization import OfficeInput, office_problems

SEARCH_LIMIT = 15
MAX_COLUMN_WIDTH = 220  # pixels: a long kecamatan name is cut with an ellipsis, its tooltip shows it


class OfficePage(SetupPage):
    """`regency` is the chosen regency or city (None before a choice); `values()` gives its OfficeInput fields."""

    FIELDS = ("name", "regency_code", "regency_name", "address")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_office")
        self.setTitle(self.tr("Instansi"))
        self.setSubTitle(self.tr("Pilih kabupaten atau kota Anda. Nama instansi diisi otomatis dan boleh diubah."))
        self.regency: Region | None = None
        self._auto_name = ""
        self._found: list[Region] = []

        form = QFormLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("first_run_search")
        self.search.setPlaceholderText(self.tr("ketik sebagian nama, mis. palangka atau kapuas"))
        self.search.setClearButtonEnabled(True)
        self.search_model = QStringListModel(self)
        self.completer = QCompleter(self.search_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.search.setCompleter(self.completer)
        self.search.textEdited.connect(self._on_search_text_edited)
        self.search.installEventFilter(self)  # Enter takes the first match instead of going to the next page
        self.completer.activated[str].connect(self._on_completer_activated)
        form.addRow(self.buddy(self.tr("&Cari kabupaten/kota:"), self.search), self.search)

        self.province = QComboBox(self)
        self.province.setObjectName("first_run_province")
        self.province.addItem(self.tr("— pilih provinsi —"), "")
        for province in regions.provinces():
            self.province.addItem(province.name, province.code)
        self.province.setMaxVisibleItems(20)
        self.province.currentIndexChanged.connect(self._on_province_current_index_changed)
        form.addRow(self.buddy(self.tr("&Provinsi:"), self.province), self.province)

        self.regency_combo = QComboBox(self)
        self.regency_combo.setObjectName("first_run_regency")
        self.regency_combo.setMaxVisibleItems(20)
        self.regency_combo.currentIndexChanged.connect(self._on_regency_combo_current_index_changed)
        form.addRow(self.buddy(self.tr("Kabupaten/k&ota:"), self.regency_combo),
                    self.with_feedback("regency_code", self.regency_combo))

        self.add_edit(form, "name", self.tr("&Nama instansi:"),
                      self.tr("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota …"))
        self.add_edit(form, "address", self.tr("&Alamat:"), self.tr("jalan dan nomor, boleh dikosongkan"))

        self.kecamatan_group = QGroupBox(self.tr("Kecamatan"), self)
        self.kecamatan_count = styled_label(self, "first_run_kecamatan_count", HINT_STYLE)
        self.kecamatan_list = QListWidget(self)
        self.kecamatan_list.setObjectName("first_run_kecamatan")
        self.kecamatan_list.setFlow(QListView.Flow.LeftToRight)
        self.kecamatan_list.setWrapping(True)
        self.kecamatan_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.kecamatan_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.kecamatan_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        group_layout = QVBoxLayout(self.kecamatan_group)
        group_layout.addWidget(self.kecamatan_count)
        group_layout.addWidget(self.kecamatan_list)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.kecamatan_group, 1)
        self._on_province_current_index_changed(0)

    # ---- choosing the regency ----

    def choose(self, code: str) -> bool:
        """Select a regency or city by code ("62.71") in both combos; False when there is none."""
        found = regions.regency(code)
        if found is None:
            return False
        self.province.setCurrentIndex(self.province.findData(code[:2]))
        self.regency_combo.setCurrentIndex(self.regency_combo.findData(code))
        return True

    def _on_search_text_edited(self, text: str) -> None:
        self._found = regions.find_regencies(text, limit=SEARCH_LIMIT)
        self.search_model.setStringList([regions.regency_label(r) for r in self._found])
        if self._found:
            self.completer.complete()

    def _on_completer_activated(self, label: str) -> None:
        for region in self._found:
            if regions.regency_label(region) == label:
                self._take(region)
                return

    def _take(self, region: Region) -> None:
        self._found = [region]
        self.search.setText(regions.regency_label(region))
        self.choose(region.code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.completer.popup().isVisible():
            if self._found:
                self._take(self._found[0])
            return True
        return super().eventFilter(watched, event)

    def _on_province_current_index_changed(self, _index: int) -> None:
        code = self.province.currentData() or ""
        self.regency_combo.blockSignals(True)
        self.regency_combo.clear()
        self.regency_combo.addItem(self.tr("— pilih kabupaten/kota —") if code else self.tr("pilih provinsi dulu"), "")
        for region in regions.regencies(code):
            self.regency_combo.addItem(region.name, region.code)
        self.regency_combo.setEnabled(bool(code))
        self.regency_combo.blockSignals(False)
        self._on_regency_combo_current_index_changed(0)

    def _on_regency_combo_current_index_changed(self, _index: int) -> None:
        self.regency = regions.regency(self.regency_combo.currentData() or "")
        name = self.edits["name"]
        if self.regency is not None and name.text().strip() in ("", self._auto_name):
            self._auto_name = regions.default_office_name(self.regency)
            name.setText(self._auto_name)
            name.setCursorPosition(0)
        if self.regency is not None:
            self._touched.add("regency_code")
        self._show_kecamatan()
        self.refresh()

    def _show_kecamatan(self) -> None:
        self.kecamatan_list.clear()
        if self.regency is None:
            self.kecamatan_count.setText(self.tr("Kecamatan ikut dari daftar Kemendagri setelah kabupaten/kota "
                                                 "dipilih."))
            self.kecamatan_count.show()
            return
        found = regions.kecamatan(self.regency.code)
        names = [k.name for k in found]
        # Columns as wide as the longest name (capped), so the list reads like a table, not a word cloud.
        metrics = self.kecamatan_list.fontMetrics()
        width = min(MAX_COLUMN_WIDTH, max(metrics.horizontalAdvance(n) for n in names) + 40)
        self.kecamatan_list.setGridSize(QSize(width, metrics.height() + 6))
        self.kecamatan_list.addItems(names)
        for row, name in enumerate(names):
            self.kecamatan_list.item(row).setToolTip(name)
        self.kecamatan_count.setText(self.tr("{count} kecamatan di {regency}, ikut dari daftar Kemendagri.").format(
            count=len(found), regency=self.regency.name))
        self.kecamatan_count.show()

    # ---- values ----

    def values(self) -> dict[str, str | None]:
        return {
            "name": self.edits["name"].text().strip(),
            "regency_code": self.regency.code if self.regency else "",
            "regency_name": self.regency.name if self.regency else "",
            "address": self.edits["address"].text().strip() or None,
        }

    def label_key(self, field: str) -> str:
        return "regency_code" if field == "regency_name" else field

    def problems(self) -> list[FieldProblem]:
        if self.regency is None:
            found = [FieldProblem("regency_code", self.tr("pilih kabupaten/kota dari daftar"))]
        else:
            found = []
        data = OfficeInput(**self.values())
        found += [p for p in office_problems(data) if p.field in ("name", "address")]
        return found
