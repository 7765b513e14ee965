"""The first-run setup wizard of a new database: office, PPK, contract numbering, admin account, how to start.

Nothing is written until Finish, which saves the office and creates the admin in one transaction
(first_run.set_up_office); Cancel or Esc leaves the database without users and office settings, so the next
start shows the wizard again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget, QWizard

from gui.dialogs.first_run.admin_page import AdminPage
from gui.dialogs.first_run.common import SetupPage, StartChoice
from gui.dialogs.first_run.numbering_page import NumberingPage
from gui.dialogs.first_run.office_page import OfficePage
from gui.dialogs.first_run.ppk_page import PpkPage
from gui.dialogs.first_run.start_page import StartPage
from gui.dialogs.first_run.welcome_page import WelcomePage
from models import clock
from models.services.errors import DomainError, ValidationFailed
from models.services.first_run import AdminInput, set_up_office
from models.services.organization import OfficeInput
from models.services.users import UserInfo
from models.storage.database import Database
from resources import resource_path

WIZARD_SIZE = (720, 560)  # fits a 1366 x 768 laptop with the taskbar
LOGO_SIDE = 48


class FirstRunWizard(QWizard):
    """Open it with `open()` or `exec()`; once accepted:

    - `user`: the admin's UserInfo (None when cancelled): sign in as `user.actor`;
    - `start_choice`: StartChoice.EMPTY, IMPORT or DEMO (None when cancelled);
    - `regency_code`: the chosen regency or city, "62.71" (for the demo database);
    - `admin_input`: only for DEMO, the AdminInput to create the same admin in the demo database;
    - `office`: the OfficeInput that was saved.

    `allow_demo=False` hides the demo choice (Berkas > Basis data baru, where a demo beside it makes less sense).
    """

    def __init__(self, db: Database, parent: QWidget | None = None, *, allow_demo: bool = True,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Penyiapan awal — SIMPEG Luring"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Simpan dan mulai"))
        self._set_logo()
        self.db = db
        self.user: UserInfo | None = None
        self.start_choice: StartChoice | None = None
        self.regency_code: str | None = None
        self.admin_input: AdminInput | None = None
        self.office: OfficeInput | None = None

        self.welcome_page = WelcomePage(db.location, self)
        self.office_page = OfficePage(self)
        self.ppk_page = PpkPage(lambda: self.office_page.regency, today, self)
        self.numbering_page = NumberingPage(today, self)
        self.admin_page = AdminPage(self)
        self.start_page = StartPage(self.office_input, self.admin_page.value, self.numbering_page.first_number,
                                    self._save, self)
        self.start_page.set_demo_allowed(allow_demo)
        self.page_ids = {page: self.addPage(page) for page in self.pages()}
        self.resize(*WIZARD_SIZE)

    def _set_logo(self) -> None:
        """The program's icon at the right of each page's heading, sharp at 125 % or 150 % scaling too."""
        files = [resource_path("icons", name) for name in ("app.svg", "app.png")]
        found = [str(path) for path in files if path.is_file()]
        if found:
            pixmap = QIcon(found[0]).pixmap(QSize(LOGO_SIDE, LOGO_SIDE), self.devicePixelRatioF())
            if not pixmap.isNull():
                self.setPixmap(QWizard.WizardPixmap.LogoPixmap, pixmap)

    def pages(self) -> list:
        return [self.welcome_page, self.office_page, self.ppk_page, self.numbering_page, self.admin_page,
                self.start_page]

    def office_input(self) -> OfficeInput:
        """What the pages say now, as the service's input."""
        return OfficeInput(**self.office_page.values(), **self.ppk_page.values(), **self.numbering_page.values())

    def _save(self) -> bool:
        office, admin = self.office_input(), self.admin_page.value()
        try:
            user = set_up_office(self.db, office, admin)
        except ValidationFailed as exc:
            self._show_problems(exc)
            return False
        except DomainError as exc:
            self.start_page.show_error(exc.message)
            return False
        self.user, self.office = user, office
        self.start_choice = self.start_page.choice()
        self.regency_code = office.regency_code
        self.admin_input = admin if self.start_choice is StartChoice.DEMO else None
        return True

    def _show_problems(self, exc: ValidationFailed) -> None:
        """Go back to the first page with a problem and show its problems beside the fields."""
        for page in self.pages():
            if isinstance(page, SetupPage) and any(page.label_key(p.field) in page.problem_labels
                                                   for p in exc.problems):
                mine = [p for p in exc.problems if page.label_key(p.field) in page.problem_labels]
                while self.currentPage() is not page and self.currentId() != self.startId():
                    self.back()
                page.show_problems(mine)
                page.focus_first(mine)
                return
        self.start_page.show_error(exc.message)
