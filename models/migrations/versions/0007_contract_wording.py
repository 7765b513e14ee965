"""Contracts signable as printed: working time in minutes, the delegated signer, the Paruh Waktu term and the
number's date as office settings, and signed contracts frozen with the wording they were signed with

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# "{jam_kerja} jam" printed "40 (empat puluh) jam"; {jam_kerja} now prints its unit itself ("37 (tiga puluh
# tujuh) jam 30 (tiga puluh) menit"), so an office's own template drops the word after it.
_OLD_HOURS, _NEW_HOURS = "{jam_kerja} jam", "{jam_kerja}"


def upgrade() -> None:
    op.create_table(
        "contract_template_version",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.Enum("full_time", "part_time", name="contractkind", native_enum=False,
                                  create_constraint=False, length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_template_version")),
        sa.UniqueConstraint("sha256", name=op.f("uq_contract_template_version_sha256")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contract_template_version_uuid")),
    )
    with op.batch_alter_table("contract_template_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_template_version_updated_at"), ["updated_at"], unique=False)
    # Plain ALTER TABLE (SQLite 3.35 and later drop columns too): a batch copy of the table would write its
    # constraints in an order that differs from run to run.
    op.add_column("contract", sa.Column("weekly_minutes", sa.Integer(), nullable=True))
    op.add_column("contract", sa.Column("signed_facts", sa.Text(), nullable=True))
    op.add_column("contract", sa.Column("template_sha256", sa.String(length=64), nullable=True))
    op.execute("UPDATE contract SET weekly_minutes = weekly_hours * 60 WHERE weekly_hours IS NOT NULL")
    op.drop_column("contract", "weekly_hours")
    op.add_column("office", sa.Column("signer_name", sa.String(length=200), nullable=True))
    op.add_column("office", sa.Column("signer_nip", sa.String(length=18), nullable=True))
    op.add_column("office", sa.Column("signer_title", sa.String(length=200), nullable=True))
    op.add_column("office", sa.Column("delegation_basis", sa.String(length=400), nullable=True))
    op.add_column("office", sa.Column("pw_term_months", sa.Integer(), nullable=False, server_default="12"))
    op.add_column("office", sa.Column("pw_term_months_min", sa.Integer(), nullable=False, server_default="12"))
    op.add_column("office", sa.Column("pw_term_months_max", sa.Integer(), nullable=False, server_default="12"))
    op.add_column("office", sa.Column("number_date", sa.String(length=10), nullable=False, server_default="print"))
    for column in ("template_full_time", "template_part_time"):
        op.execute(f"UPDATE office SET {column} = REPLACE({column}, '{_OLD_HOURS}', '{_NEW_HOURS}') "
                   f"WHERE {column} IS NOT NULL")


def downgrade() -> None:
    for column in ("template_full_time", "template_part_time"):
        op.execute(f"UPDATE office SET {column} = REPLACE({column}, '{_NEW_HOURS}', '{_OLD_HOURS}') "
                   f"WHERE {column} IS NOT NULL")
    for name in ("number_date", "pw_term_months_max", "pw_term_months_min", "pw_term_months", "delegation_basis",
                 "signer_title", "signer_nip", "signer_name"):
        op.drop_column("office", name)
    op.add_column("contract", sa.Column("weekly_hours", sa.Integer(), nullable=True))
    op.execute("UPDATE contract SET weekly_hours = (weekly_minutes + 30) / 60 WHERE weekly_minutes IS NOT NULL")
    for name in ("template_sha256", "signed_facts", "weekly_minutes"):
        op.drop_column("contract", name)
    with op.batch_alter_table("contract_template_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_template_version_updated_at"))
    op.drop_table("contract_template_version")
