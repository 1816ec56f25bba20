from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.store.backup import is_agent_table
from assistant.store.database import activity_path_for, open_database
from assistant.store.errors import DatabaseCorruptError, DatabaseTooNewError
from assistant.store.migrations import Migration, available_migrations, latest_version


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_new_database_gets_every_migration_and_its_version(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    database = open_database(path)
    migrations = available_migrations()
    assert database.schema_version() == latest_version(migrations, "main")
    assert database.activity_version() == latest_version(migrations, "activity") > 0
    for schema in ("main", "activity"):  # both files: WAL, and flushed at every commit
        assert database.conn.execute(f"PRAGMA {schema}.journal_mode").fetchone()[0] == "wal"
        assert database.conn.execute(f"PRAGMA {schema}.synchronous").fetchone()[0] == 2
    assert database.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.activity_path == tmp_path / "kb-activity.db"
    database.close()
    content = _tables(path)
    agent = _tables(tmp_path / "kb-activity.db")
    assert {"packs", "campaigns", "personas", "phrases"} <= content
    assert {"phrase_usage", "settings", "holds", "hold_check_ins", "calls", "callbacks"} <= agent
    # Each file holds its own kind of table only, and no name is in both.
    assert not any(is_agent_table(t) for t in content)
    assert all(is_agent_table(t) for t in agent)


def test_the_agents_file_sits_beside_the_knowledge_base() -> None:
    assert activity_path_for(Path("d/knowledge.db")) == Path("d/activity.db")
    assert activity_path_for(Path("d/kb-1.db")) == Path("d/kb-1-activity.db")


def test_an_in_memory_database_has_an_in_memory_activity_schema() -> None:
    database = open_database(None)
    try:
        schemas = {row[1]: row[2] for row in database.conn.execute("PRAGMA database_list")}
        assert schemas == {"main": "", "activity": ""}
        database.conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        assert database.conn.execute("SELECT count(*) FROM activity.settings").fetchone() == (1,)
    finally:
        database.close()


def test_reopening_applies_nothing_and_copies_nothing_aside(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    open_database(path).close()
    open_database(path, backup_dir=tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def _write_migrations(folder: Path, *scripts: str) -> list[Migration]:
    folder.mkdir(exist_ok=True)
    for number, script in enumerate(scripts, start=1):
        (folder / f"{number:04d}_step{number}.sql").write_text(script)
    return available_migrations(folder)


def test_an_older_file_is_copied_aside_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    first = _write_migrations(tmp_path / "m", "CREATE TABLE a (x);")
    database = open_database(path, migrations=first)
    database.conn.execute("INSERT INTO a VALUES (42)")
    database.conn.commit()
    database.close()
    both = _write_migrations(tmp_path / "m", "CREATE TABLE a (x);", "CREATE TABLE b (y);")
    database = open_database(path, migrations=both, backup_dir=tmp_path / "backups")
    assert database.schema_version() == 2
    database.close()
    copies = list((tmp_path / "backups").glob("kb.schema1.*.bak"))
    assert len(copies) == 1
    assert _tables(copies[0]) == {"a"}
    assert sqlite3.connect(copies[0]).execute("SELECT x FROM a").fetchone() == (42,)


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    first = _write_migrations(tmp_path / "m", "CREATE TABLE a (x);")
    open_database(path, migrations=first).close()
    broken = _write_migrations(
        tmp_path / "m", "CREATE TABLE a (x);", "CREATE TABLE b (y); CREATE TABLE a (z);"
    )
    with pytest.raises(DatabaseCorruptError):
        open_database(path, migrations=broken)
    assert _tables(path) == {"a"}
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone() == (1,)


@pytest.mark.parametrize("newer", ["kb.db", "kb-activity.db"])
def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path, newer: str) -> None:
    path = tmp_path / "kb.db"
    open_database(path).close()
    conn = sqlite3.connect(tmp_path / newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    files = [path, tmp_path / "kb-activity.db"]
    before = [f.read_bytes() for f in files]
    with pytest.raises(DatabaseTooNewError, match="newer version") as refused:
        open_database(path)
    assert refused.value.path == tmp_path / newer
    assert str(tmp_path / newer) in str(refused.value)
    assert [f.read_bytes() for f in files] == before


def test_a_file_that_is_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseCorruptError, match="damaged|cannot be opened"):
        open_database(path)


def test_migration_numbers_must_not_have_gaps(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "0001_a.sql").write_text("SELECT 1;")
    (folder / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(RuntimeError, match="out of sequence"):
        available_migrations(folder)
