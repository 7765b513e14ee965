"""One way to tell the clerk that something failed: domain errors plainly, anything else with details."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.services.errors import DomainError

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """What to show: a domain error's own message (Bahasa Indonesia), otherwise a generic sentence."""
    if isinstance(exc, DomainError):
        return exc.message
    return QCoreApplication.translate("errors", "Terjadi kesalahan yang tidak terduga: {error}").format(
        error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> QMessageBox:
    """Show `exc` in a message box (non-blocking: `open()`), and return the box so tests can read it.

    An unexpected error is logged with its traceback and the traceback is offered under "Show Details".
    """
    box = QMessageBox(parent)
    box.setObjectName("error_box")
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, DomainError) else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Tidak dapat dilanjutkan"))
    box.setText(error_text(exc))
    if not isinstance(exc, DomainError):
        log.error("unexpected error", exc_info=exc)
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.open()
    return box
