"""Bantuan > Tentang: version, where the data lives, how much is in it, and the parts the program is built on."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gui.context import AppContext
from models.rules.formatting import format_number
from models.services.queries import count_contracts, count_formations, status_counts

translate = QCoreApplication.translate  # a bare name pyside6-lupdate recognises


def about_text(context: AppContext) -> str:
    """The About box's text (rich text): version, database path, counts, versions, licences."""
    from models.storage.profile import APP_NAME
    from models.version import __version__

    with context.session_factory() as session:
        by_status = status_counts(session, employment_state=None)
        active = sum(status_counts(session).values())
        formations = count_formations(session)
        contracts = count_contracts(session, today=context.today())
    status_parts = ", ".join(f"{status.label} {format_number(n)}" for status, n in by_status.items())
    rows = [
        (translate("about", "Basis data"), f"<code>{html.escape(context.db.location)}</code>"),
        (translate("about", "Pegawai"), html.escape(
            translate("about", "{total} tercatat, {active} aktif ({parts})").format(
                total=format_number(sum(by_status.values())), active=format_number(active), parts=status_parts))),
        (translate("about", "Formasi"), format_number(formations)),
        (translate("about", "Perjanjian kerja"), format_number(contracts)),
        (translate("about", "Dibangun dengan"), html.escape(
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}")),
    ]
    table = "".join(f"<tr><td style='padding-right:12px'><b>{html.escape(label)}</b></td><td>{value}</td></tr>"
                    for label, value in rows)
    summary = translate("about", "Kepegawaian BKPSDM tanpa internet: pegawai, formasi, dan perjanjian kerja PPPK.")
    fonts = translate("about", "Huruf Liberation Serif yang disertakan untuk mencetak perjanjian kerja berlisensi "
                      "SIL Open Font License 1.1 (lihat resources/fonts/LICENSE-LiberationSerif.txt). "
                      "Program ini berlisensi MIT.")
    return (f"<h3>{APP_NAME} {html.escape(__version__)}</h3><p>{html.escape(summary)}</p>"
            f"<table>{table}</table><p style='color:#555'>{html.escape(fonts)}</p>")


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("Tentang SIMPEG Luring"))
        self.text = QLabel(about_text(context), self)
        self.text.setObjectName("about_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
