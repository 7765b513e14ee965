"""Where the data lives: the declarative base, opening and migrating a database, the SQLite file checks, the
one-program-per-file lock and backups. Import the module you need (models.storage.database, ...)."""
