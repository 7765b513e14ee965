"""Contract printing: number sequences that are never reused, print and end dates, templates, signing key

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contract_number_sequence",
        sa.Column("series", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_number_sequence")),
        sa.UniqueConstraint("series", "year", name=op.f("uq_contract_number_sequence_series_year")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contract_number_sequence_uuid")),
    )
    with op.batch_alter_table("contract_number_sequence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_number_sequence_updated_at"), ["updated_at"], unique=False)

    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.add_column(sa.Column("printed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("printed_by", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("ended_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_contract_signing_date"), ["signing_date"], unique=False)

    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contract_number_pattern_pw", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("template_full_time", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("template_part_time", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_column("public_key")
        batch_op.drop_column("template_part_time")
        batch_op.drop_column("template_full_time")
        batch_op.drop_column("contract_number_pattern_pw")

    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_signing_date"))
        batch_op.drop_column("ended_on")
        batch_op.drop_column("printed_by")
        batch_op.drop_column("printed_at")

    with op.batch_alter_table("contract_number_sequence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_number_sequence_updated_at"))

    op.drop_table("contract_number_sequence")
