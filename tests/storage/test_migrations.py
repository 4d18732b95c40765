import sqlite3

import pytest

from cmstation.core.errors import WorkspaceCorrupt, WorkspaceTooNew
from cmstation.storage import open_workspace
from cmstation.storage.connection import connect
from cmstation.storage.migrations import LATEST_VERSION, migrate


def _tables(path):
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_empty_file_migrates_to_latest(tmp_path):
    path = tmp_path / "w.sqlite3"
    db = open_workspace(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.conn.close()
    assert {
        "channels",
        "authors",
        "messages",
        "messages_fts",
        "saved_searches",
        "sweep_log",
        "drafts",
        "outbox",
        "profile",
        "events",
        "settings",
    } <= _tables(path)


def test_previous_version_is_migrated_keeping_data(tmp_path):
    path = tmp_path / "w.sqlite3"
    db = connect(path)
    migrate(db, target=LATEST_VERSION - 1)
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    db.conn.close()
    db = open_workspace(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert db.execute("SELECT name FROM channels").fetchall() == [("Hand",)]
    db.conn.close()


def test_newer_workspace_is_refused_untouched(tmp_path):
    path = tmp_path / "w.sqlite3"
    db = open_workspace(path)
    db.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    db.conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceTooNew) as err:
        open_workspace(path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == before


def test_newer_rollback_journal_workspace_is_not_switched_to_wal(tmp_path):
    path = tmp_path / "w.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE future (x)")
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceTooNew):
        open_workspace(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "w.sqlite3-wal").exists()


def test_corrupt_file_is_reported_with_its_path(tmp_path):
    path = tmp_path / "w.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(WorkspaceCorrupt) as err:
        open_workspace(path)
    assert str(path) in str(err.value)


def test_damaged_pages_are_reported(tmp_path):
    path = tmp_path / "w.sqlite3"
    db = open_workspace(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # trash the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceCorrupt):
        open_workspace(path)


def test_a_failing_step_leaves_the_old_version(tmp_path, monkeypatch):
    from cmstation.storage import migrations

    path = tmp_path / "w.sqlite3"
    db = connect(path)
    migrate(db, target=1)
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        [migrations.MIGRATIONS[0], "CREATE TABLE x (a); SELECT nope FROM nowhere;"],
    )
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(db, target=2)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "x" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    db.conn.close()


def test_v8_adds_labels_snoozes_authors_rules_and_change_sets(tmp_path):
    """A V7 workspace with an author gets the order tables and a followers column."""
    path = tmp_path / "w.sqlite3"
    db = connect(path)
    migrate(db, target=7)
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    db.execute("INSERT INTO authors (channel_id, remote_id, handle) VALUES (1, 'r', 'anna')")
    db.conn.close()
    db = open_workspace(path)
    assert db.execute("SELECT handle, followers FROM authors").fetchall() == [("anna", None)]
    db.conn.close()
    assert {
        "labels",
        "message_labels",
        "snoozes",
        "vip_authors",
        "author_notes",
        "rules",
        "change_sets",
        "change_effects",
    } <= _tables(path)


def test_v11_adds_the_insight_indexes_keeping_data(tmp_path):
    """A V10 workspace gets the own-replies and author-by-time indexes (issue 12)."""
    path = tmp_path / "w.sqlite3"
    db = connect(path)
    migrate(db, target=10)
    db.execute("INSERT INTO channels (kind, name, created_at) VALUES ('manual', 'Hand', 1)")
    db.execute("INSERT INTO authors (channel_id, remote_id, handle) VALUES (1, 'r', 'anna')")
    db.execute(
        "INSERT INTO messages (channel_id, remote_id, author_id, created_at, fetched_at)"
        " VALUES (1, 'm1', 1, 5, 5)"
    )
    db.conn.commit()
    db.conn.close()
    db = open_workspace(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 11
    assert db.execute("SELECT remote_id, author_id FROM messages").fetchall() == [("m1", 1)]
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"messages_own_replies", "messages_own_by_time", "messages_by_author_time"} <= indexes
    assert "messages_by_author" not in indexes
    plan = " ".join(
        r[3]
        for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT min(created_at) FROM messages INDEXED BY"
            " messages_own_replies WHERE channel_id = 1 AND in_reply_to_id = 'm1' AND is_own = 1"
        )
    )
    assert "COVERING INDEX messages_own_replies" in plan
    db.conn.close()
