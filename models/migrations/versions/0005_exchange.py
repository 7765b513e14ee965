"""Data exchange: packages sent by an office; offices, packages received, aliases and conflicts at the centre

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_setting",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_exchange_setting")),
    )
    op.create_table(
        "exchange_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("snapshot_at", sa.DateTime(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("window", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_sent")),
        sa.UniqueConstraint("sequence", name=op.f("uq_exchange_sent_sequence")),
        sa.UniqueConstraint("package_uuid", name=op.f("uq_exchange_sent_package_uuid")),
    )
    op.create_table(
        "exchange_office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("regency_name", sa.String(length=120), nullable=True),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("last_sha256", sa.String(length=64), nullable=True),
        sa.Column("last_package_at", sa.DateTime(), nullable=True),
        sa.Column("last_received_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_office")),
        sa.UniqueConstraint("office_uuid", name=op.f("uq_exchange_office_office_uuid")),
    )
    op.create_table(
        "exchange_received",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("office_uuid", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("previous_sha256", sa.String(length=64), nullable=True),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=60), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_received")),
        sa.UniqueConstraint("package_uuid", name=op.f("uq_exchange_received_package_uuid")),
    )
    op.create_index(op.f("ix_exchange_received_office_uuid"), "exchange_received", ["office_uuid"])
    op.create_table(
        "exchange_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("local_uuid", sa.String(length=36), nullable=False),
        sa.Column("office_uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_alias")),
        sa.UniqueConstraint("table_name", "row_uuid", name=op.f("uq_exchange_alias_table_name_row_uuid")),
    )
    op.create_table(
        "exchange_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("office_uuid", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflict")),
    )
    op.create_index(op.f("ix_exchange_conflict_package_uuid"), "exchange_conflict", ["package_uuid"])
    op.create_index(op.f("ix_exchange_conflict_office_uuid"), "exchange_conflict", ["office_uuid"])


def downgrade() -> None:
    op.drop_index(op.f("ix_exchange_conflict_office_uuid"), table_name="exchange_conflict")
    op.drop_index(op.f("ix_exchange_conflict_package_uuid"), table_name="exchange_conflict")
    op.drop_table("exchange_conflict")
    op.drop_table("exchange_alias")
    op.drop_index(op.f("ix_exchange_received_office_uuid"), table_name="exchange_received")
    op.drop_table("exchange_received")
    op.drop_table("exchange_office")
    op.drop_table("exchange_sent")
    op.drop_table("exchange_setting")
