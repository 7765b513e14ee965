"""The employee form: every field of an employee in four sections, checked as the clerk types, with the
grade, position and education histories as small tables.

view.py lays it out, fields.py and history_tables.py are its inputs, decoding.py says what a NIP or NIK
means, form.py is the dialog that fills, checks and submits it.
"""

from gui.dialogs.employee_form.form import EmployeeForm, FormResult, ask_yes_no

__all__ = ["EmployeeForm", "FormResult", "ask_yes_no"]
