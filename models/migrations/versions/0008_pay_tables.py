"""The office's pay tables: PPPK gaji pokok cells (Perpres 11/2024) and the PPPK Paruh Waktu upah

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "pay_scale_cell",
        sa.Column("golongan", sa.String(length=8), nullable=False),
        sa.Column("masa_kerja", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=15, scale=2), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pay_scale_cell")),
        sa.UniqueConstraint("golongan", "masa_kerja", name=op.f("uq_pay_scale_cell_golongan_masa_kerja")),
        sa.UniqueConstraint("uuid", name=op.f("uq_pay_scale_cell_uuid")),
    )
    op.create_table(
        "part_time_wage",
        sa.Column("position_group", sa.String(length=20), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=15, scale=2), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_part_time_wage_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_part_time_wage")),
        sa.UniqueConstraint("position_group", "unit_id", name=op.f("uq_part_time_wage_position_group_unit_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_part_time_wage_uuid")),
    )
    for name in ("pay_scale_cell", "part_time_wage"):
        op.create_index(op.f(f"ix_{name}_updated_at"), name, ["updated_at"], unique=False)
    op.create_index(op.f("ix_part_time_wage_unit_id"), "part_time_wage", ["unit_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_part_time_wage_unit_id"), table_name="part_time_wage")
    for name in ("part_time_wage", "pay_scale_cell"):
        op.drop_index(op.f(f"ix_{name}_updated_at"), table_name=name)
        op.drop_table(name)
