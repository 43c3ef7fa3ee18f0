"""Alembic environment: batch mode on SQLite, and the search mirror tables left out of comparisons.

Alembic executes this file; tests import it (``from db.env import include_object``) to compare the
models with the migrated schema using the same filter, so nothing runs at import outside Alembic.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, event, pool

from sapporo_mice.database import register_sqlite_functions
from sapporo_mice.models import Base

target_metadata = Base.metadata

# Created by hand in the migrations (FTS5 on SQLite), unknown to the ORM metadata.
_UNMODELLED_PREFIXES = ("search_fts", "search_grams")
# PostgreSQL-only expression indexes the migrations create by hand.
_UNMODELLED_INDEXES = {"ix_search_index_text_trgm", "ix_search_index_title_key_c", "ix_search_index_title_trgm"}


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001 - alembic's hook signature
    if type_ == "table" and name and name.startswith(_UNMODELLED_PREFIXES):
        return False
    if type_ == "index" and name in _UNMODELLED_INDEXES:
        return False
    return True


def _configure(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )


def run_migrations_online() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    if engine.dialect.name == "sqlite":  # the search triggers call Python functions
        event.listen(engine, "connect", lambda dbapi_connection, _record: register_sqlite_functions(dbapi_connection))
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if hasattr(context, "config"):  # set only while Alembic runs this file
    if context.is_offline_mode():
        raise SystemExit("offline (SQL script) migrations are not supported; run `sapporo-mice init`")
    run_migrations_online()
