"""Indexes for the tables of the main window: bezetting per unit and jabatan, staff counts per status

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 02:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The Formasi tab counts, per formation, the active staff with its unit and jabatan, and those of
    # them born before a date (retiring soon): one index range per formation answers all three counts.
    op.create_index("ix_employee_bezetting", "employee", ["unit_id", "position_id", "employment_state", "birth_date"])
    # Counts of active staff (the status bar per status; the Pegawai tab while a NIP/NIK prefix matches
    # most rows) read only this index: keadaan, status and the identifiers they test.
    op.create_index("ix_employee_state_status", "employee", ["employment_state", "status", "nip", "nik"])


def downgrade() -> None:
    op.drop_index("ix_employee_state_status", table_name="employee")
    op.drop_index("ix_employee_bezetting", table_name="employee")
