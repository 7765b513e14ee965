"""Case-insensitive index on employee names, so name search by prefix uses an index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 11:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX ix_employee_name_nocase ON employee (name COLLATE NOCASE)")
    else:
        op.execute("CREATE INDEX ix_employee_name_nocase ON employee (lower(name))")


def downgrade() -> None:
    op.execute("DROP INDEX ix_employee_name_nocase")
