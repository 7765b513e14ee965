"""Opening a database: refuse foreign or newer files, back up, migrate to head, hand out sessions."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from models.services.errors import DatabaseRefused
from models.storage.backups import make_backup
from models.storage.base import install_sqlite_pragmas
from models.storage.sqlite_file import APPLICATION_ID, OUR_TABLES, describe, inspect_sqlite_file

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


@dataclass
class Database:
    """An open, migrated database and the session factory every service uses."""

    engine: Engine
    session_factory: sessionmaker[Session]
    url: str
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def display_name(self) -> str:
        """Short name for a window title: the file name, or the server database without credentials."""
        if self.path is not None:
            return self.path.name
        url = make_url(self.url)
        return f"{url.host or ''}/{url.database or ''}"

    @property
    def location(self) -> str:
        """Where the data lives, safe to show: the file path, or the URL with its password hidden."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def to_url(target: str | Path) -> str:
    """A SQLAlchemy URL as given, or a file path turned into a sqlite URL."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _inspect_server(engine: Engine) -> str | None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return None
        revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None or not tables >= OUR_TABLES:
        raise DatabaseRefused("Basis data di server itu bukan milik SIMPEG Luring. Tidak ada yang diubah.")
    return revision


def _check_known_revision(revision: str, where: str) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise DatabaseRefused(
            f"{where} dibuat oleh versi SIMPEG Luring yang lebih baru (skema {revision}). "
            "Perbarui program ini untuk membukanya. Berkas tidak diubah."
        )


def backup_sqlite_file(path: Path, label: str) -> Path:
    """A consistent copy in the 'cadangan' folder beside the file (models/storage/backups.py)."""
    return make_backup(path, label).path


def open_database(target: str | Path, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) a database given as a file path or SQLAlchemy URL."""
    url = to_url(target)
    path: Path | None = None
    if make_url(url).get_backend_name() == "sqlite":
        database = make_url(url).database
        if not database or database == ":memory:":
            raise DatabaseRefused("Basis data dalam memori tidak didukung; sebutkan sebuah berkas.")
        path = Path(database)
        if path.exists():
            revision = inspect_sqlite_file(path)
            if revision is None and not create and path.is_file() and path.stat().st_size == 0:
                raise DatabaseRefused(f"{describe(path)} kosong, belum berisi basis data SIMPEG Luring. "
                                      "Berkas tidak diubah.")
        elif not create:
            raise DatabaseRefused(f"{describe(path)} tidak ditemukan.")
        else:
            if not path.parent.is_dir():
                raise DatabaseRefused(f"Folder '{path.parent}' tidak ada.")
            revision = None
        if revision is not None:
            _check_known_revision(revision, describe(path))
        engine = create_engine(url)
        install_sqlite_pragmas(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True)
        revision = _inspect_server(engine)
        if revision is not None:
            _check_known_revision(revision, "Basis data di server")

    head = head_revision()
    if revision != head:
        if path is not None and revision is not None:
            copy = backup_sqlite_file(path, f"sebelum-migrasi-{revision}")
            log.info("Salinan sebelum migrasi: %s", copy)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        log.info("Skema dimutakhirkan dari %s ke %s", revision, head)
    if path is not None:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, url=url, path=path)
