"""Opening a large workspace skips the full page scan but still reports a damaged schema."""

from __future__ import annotations

import pytest

from cmstation.core.errors import WorkspaceCorrupt
from cmstation.storage import connection, open_workspace


def test_large_files_get_the_cheap_check_which_still_catches_a_damaged_schema(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(connection, "FULL_CHECK_MAX_BYTES", 0)  # every file counts as large
    path = tmp_path / "w.sqlite3"
    db = open_workspace(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    open_workspace(path).conn.close()  # a healthy file opens
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceCorrupt) as err:
        open_workspace(path)
    assert str(path) in str(err.value)
