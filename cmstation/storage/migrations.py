"""Schema history. ``PRAGMA user_version`` numbers it; each step is a small function.

Never edit a released step: add a new one at the end.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from cmstation.storage.insight_facts import V12_INSIGHT_FACTS

V1_INBOX = """
        CREATE TABLE channels (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('mastodon','bluesky','feed','manual')),
            name TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            account TEXT NOT NULL DEFAULT '',
            post_limit INTEGER,
            sweep_minutes INTEGER NOT NULL DEFAULT 15,
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            -- listening state: cursors, since-ids, ETags (JSON); never secrets
            cursor_state TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'ok',
            status_detail TEXT NOT NULL DEFAULT '',
            status_at INTEGER,
            retry_at INTEGER,
            last_sweep_at INTEGER
        );
        CREATE TABLE authors (
            id INTEGER PRIMARY KEY,
            channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            handle TEXT NOT NULL DEFAULT '',
            display_name TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            UNIQUE (channel_id, remote_id)
        );
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            author_id INTEGER REFERENCES authors(id) ON DELETE SET NULL,
            text TEXT NOT NULL DEFAULT '',
            html TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'mention',
            thread_root_id TEXT NOT NULL DEFAULT '',
            in_reply_to_id TEXT NOT NULL DEFAULT '',
            is_own INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            fetched_at INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'new'
                CHECK (state IN ('new','needs_reply','replied','done','ignored','spam')),
            sentiment TEXT NOT NULL DEFAULT 'neutral'
                CHECK (sentiment IN ('negative','neutral','positive')),
            priority INTEGER NOT NULL DEFAULT 1,
            read INTEGER NOT NULL DEFAULT 0,
            replied_at INTEGER,
            UNIQUE (channel_id, remote_id)
        );
        CREATE INDEX messages_by_state ON messages (state, priority DESC, created_at DESC, id DESC);
        CREATE INDEX messages_by_time ON messages (created_at DESC, id DESC);
        CREATE INDEX messages_by_channel ON messages (channel_id, state, created_at DESC);
        CREATE INDEX messages_by_thread ON messages (channel_id, thread_root_id);
        CREATE INDEX messages_by_parent ON messages (channel_id, in_reply_to_id);
        CREATE INDEX messages_by_author ON messages (author_id);

        CREATE VIRTUAL TABLE messages_fts USING fts5(
            text, author, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts (rowid, text, author) VALUES (
                new.id, new.text,
                coalesce((SELECT display_name || ' ' || handle FROM authors
                          WHERE id = new.author_id), ''));
        END;
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF text, author_id ON messages BEGIN
            DELETE FROM messages_fts WHERE rowid = old.id;
            INSERT INTO messages_fts (rowid, text, author) VALUES (
                new.id, new.text,
                coalesce((SELECT display_name || ' ' || handle FROM authors
                          WHERE id = new.author_id), ''));
        END;
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            DELETE FROM messages_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER authors_fts_rename AFTER UPDATE OF display_name, handle ON authors
        WHEN old.display_name IS NOT new.display_name OR old.handle IS NOT new.handle BEGIN
            DELETE FROM messages_fts WHERE rowid IN (SELECT id FROM messages WHERE author_id = new.id);
            INSERT INTO messages_fts (rowid, text, author)
                SELECT id, text, new.display_name || ' ' || new.handle
                FROM messages WHERE author_id = new.id;
        END;

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL,
            channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
            message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_by_time ON events (at);
"""


V2_WORK = """
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            channel_id INTEGER REFERENCES channels(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            query TEXT NOT NULL,
            exclude_words TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL DEFAULT '',
            listen INTEGER NOT NULL DEFAULT 1,
            cursor_state TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL
        );
        CREATE TABLE sweep_log (
            id INTEGER PRIMARY KEY,
            channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            status TEXT NOT NULL DEFAULT 'running',
            new_items INTEGER NOT NULL DEFAULT 0,
            updated_items INTEGER NOT NULL DEFAULT 0,
            skipped_items INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sweep_log_by_channel ON sweep_log (channel_id, started_at DESC);
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            message_id INTEGER UNIQUE REFERENCES messages(id) ON DELETE SET NULL,
            channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
            text TEXT NOT NULL DEFAULT '',
            cursor INTEGER NOT NULL DEFAULT 0,
            lang TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            delivery_key TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued','sending','sent','held','failed','cancelled')),
            reason TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            not_before INTEGER,
            queued_at INTEGER NOT NULL,
            sent_at INTEGER,
            remote_id TEXT NOT NULL DEFAULT '',
            remote_url TEXT NOT NULL DEFAULT '',
            context TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX outbox_by_state ON outbox (state, queued_at);
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            display_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            photo_path TEXT NOT NULL DEFAULT '',
            signoff TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
"""


V3_LIST_INDEXES = """
        -- The message list walks an index in display order and stops at a page:
        -- "All" and channel views by priority or time, state views by time.
        CREATE INDEX messages_by_priority ON messages (priority DESC, created_at DESC, id DESC);
        CREATE INDEX messages_by_state_time ON messages (state, created_at DESC, id DESC);
        CREATE INDEX messages_by_channel_priority
            ON messages (channel_id, priority DESC, created_at DESC, id DESC);
        CREATE INDEX messages_by_channel_time ON messages (channel_id, created_at DESC, id DESC);
"""


V4_COUNT_INDEX = """
        -- Navigation counts read this small index instead of every message's text.
        CREATE INDEX messages_for_counts ON messages (is_own, state, channel_id, read);
"""


V5_SNIPPETS = """
        -- Saved replies (snippets) with placeholders such as {first_name}.
        CREATE TABLE snippets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            text TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            used_count INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
"""


V6_TRIAGE_CORRECTIONS = """
        -- A person's correction of triage (issue 10): another mood, or "not a complaint".
        -- sentiment and priority are what the message shows with the correction applied;
        -- machine_* what triage had said. One row per message; gone with the message.
        CREATE TABLE triage_corrections (
            message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
            mood TEXT CHECK (mood IS NULL OR mood IN ('negative','neutral','positive')),
            not_complaint INTEGER NOT NULL DEFAULT 0,
            sentiment TEXT NOT NULL CHECK (sentiment IN ('negative','neutral','positive')),
            priority INTEGER NOT NULL,
            machine_sentiment TEXT NOT NULL
                CHECK (machine_sentiment IN ('negative','neutral','positive')),
            machine_priority INTEGER NOT NULL,
            corrected_at INTEGER NOT NULL
        );
        -- Whatever later writes a message's sentiment or priority (a sweep refreshing
        -- triage, a re-import), the correction holds.
        CREATE TRIGGER triage_corrections_hold AFTER UPDATE OF sentiment, priority ON messages
        WHEN EXISTS (
            SELECT 1 FROM triage_corrections c WHERE c.message_id = new.id
            AND (c.sentiment IS NOT new.sentiment OR c.priority IS NOT new.priority)
        )
        BEGIN
            UPDATE messages SET
                sentiment = (SELECT sentiment FROM triage_corrections WHERE message_id = new.id),
                priority = (SELECT priority FROM triage_corrections WHERE message_id = new.id)
            WHERE id = new.id;
        END;
"""


V7_ACTIONS = """
        -- Reactions and moderation (issue 11): queued, then sent once, like replies.
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            kind TEXT NOT NULL
                CHECK (kind IN ('like','boost','mute','block','report','hide','detach','read')),
            undo INTEGER NOT NULL DEFAULT 0,
            key TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued','sending','done','held','cancelled')),
            reason TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            not_before INTEGER,
            queued_at INTEGER NOT NULL,
            done_at INTEGER,
            remote_ref TEXT NOT NULL DEFAULT '',
            -- the report's reason, the record an undo removes, the claim time; never secrets
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX actions_by_message ON actions (message_id, id);
        CREATE INDEX actions_waiting ON actions (state, queued_at);
"""


V8_ORDER = """
        -- Keeping the inbox in order (issue 13): labels, snoozes, VIPs and notes about
        -- authors, rules, and undoable change sets (a rule pass, a bulk action).
        CREATE TABLE labels (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            colour TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        );
        CREATE TABLE message_labels (
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
            added_at INTEGER NOT NULL,
            PRIMARY KEY (message_id, label_id)
        ) WITHOUT ROWID;
        CREATE INDEX message_labels_by_label ON message_labels (label_id, message_id);
        -- A snoozed message is out of every list until woken (woke_at set) at ``until``.
        CREATE TABLE snoozes (
            message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
            until INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            previous_state TEXT NOT NULL,
            previous_priority INTEGER NOT NULL,
            snoozed_at INTEGER NOT NULL,
            woke_at INTEGER
        );
        CREATE INDEX snoozes_waiting ON snoozes (until) WHERE woke_at IS NULL;
        -- network: a channel kind, or '' for every network; handle without a leading @
        CREATE TABLE vip_authors (
            id INTEGER PRIMARY KEY,
            network TEXT NOT NULL DEFAULT '',
            handle TEXT NOT NULL COLLATE NOCASE,
            added_at INTEGER NOT NULL,
            UNIQUE (network, handle)
        );
        CREATE TABLE author_notes (
            id INTEGER PRIMARY KEY,
            network TEXT NOT NULL DEFAULT '',
            handle TEXT NOT NULL COLLATE NOCASE,
            text TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE (network, handle)
        );
        ALTER TABLE authors ADD COLUMN followers INTEGER;
        CREATE INDEX authors_by_handle ON authors (ltrim(lower(handle), '@'));
        -- Rules in order (position); the definition is the rule's TOML text.
        CREATE TABLE rules (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE,
            definition TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX rules_in_order ON rules (position, id);
        -- One undoable change: a rule pass (origin 'sweep' or 'apply') or a bulk action.
        CREATE TABLE change_sets (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            at INTEGER NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            undone_at INTEGER
        );
        -- What each change did to one message: action 'state' | 'priority' | 'label' |
        -- 'snooze' | 'notify'; before/after as text (a label's id for 'label').
        CREATE TABLE change_effects (
            id INTEGER PRIMARY KEY,
            set_id INTEGER NOT NULL REFERENCES change_sets(id) ON DELETE CASCADE,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            rule TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX change_effects_by_set ON change_effects (set_id);
        CREATE INDEX change_effects_by_message ON change_effects (message_id);
        CREATE INDEX events_by_message ON events (message_id) WHERE message_id IS NOT NULL;
"""


V9_REACH = """
        -- Reach of word of mouth (issue 12): the author's follower count when the message
        -- was fetched, and its order of magnitude (digits - 1; 0 when unknown or under 10),
        -- the list's second key within a priority: a complaint from 50k followers comes
        -- before one from 12. The priority indexes get the key, so pages still stop early.
        ALTER TABLE messages ADD COLUMN author_followers INTEGER;
        ALTER TABLE messages ADD COLUMN reach_rank INTEGER NOT NULL DEFAULT 0;
        UPDATE messages SET author_followers = (SELECT a.followers FROM authors a
            WHERE a.id = messages.author_id) WHERE author_id IS NOT NULL;
        UPDATE messages SET reach_rank = length(CAST(author_followers AS TEXT)) - 1
            WHERE author_followers >= 10;
        DROP INDEX messages_by_priority;
        DROP INDEX messages_by_state;
        DROP INDEX messages_by_channel_priority;
        CREATE INDEX messages_by_priority
            ON messages (priority DESC, reach_rank DESC, created_at DESC, id DESC);
        CREATE INDEX messages_by_state
            ON messages (state, priority DESC, reach_rank DESC, created_at DESC, id DESC);
        CREATE INDEX messages_by_channel_priority
            ON messages (channel_id, priority DESC, reach_rank DESC, created_at DESC, id DESC);
"""


V10_WOKEN = """
        -- A woken snooze (issue 13) comes back at the top with priority 4 (core.snooze.
        -- WOKEN_PRIORITY); once it is handled (it leaves needs_reply, by any path) it gets
        -- its own priority back, so a complaint counts as a complaint again in insights.
        CREATE TRIGGER snoozes_woken_handled AFTER UPDATE OF state ON messages
        WHEN old.state = 'needs_reply' AND new.state IS NOT 'needs_reply' AND new.priority = 4
        AND EXISTS (SELECT 1 FROM snoozes s WHERE s.message_id = new.id AND s.woke_at IS NOT NULL)
        BEGIN
            UPDATE messages SET priority = (
                SELECT previous_priority FROM snoozes WHERE message_id = new.id
            ) WHERE id = new.id;
        END;
"""


V11_INSIGHT_INDEXES = """
        -- The client report at a million messages (issue 12): index ranges, not scans.
        -- Our own replies by the message they answer (whether it "needed a reply" and
        -- its first response, read from the index alone: is_own is in it so the query's
        -- own "is_own = 1" needs no row) and by time (our replies in a
        -- period); an author's messages by time (the ambassadors' histories), which also
        -- serves every lookup by author the old single-column index did.
        CREATE INDEX messages_own_replies
            ON messages (channel_id, in_reply_to_id, is_own, created_at) WHERE is_own = 1;
        CREATE INDEX messages_own_by_time ON messages (created_at) WHERE is_own = 1;
        DROP INDEX messages_by_author;
        CREATE INDEX messages_by_author_time ON messages (author_id, created_at);
"""


#: Each step is an SQL script, or a function for what SQL alone cannot say.
MIGRATIONS: list[str | Callable[[sqlite_utils.Database], None]] = [
    V1_INBOX,
    V2_WORK,
    V3_LIST_INDEXES,
    V4_COUNT_INDEX,
    V5_SNIPPETS,
    V6_TRIAGE_CORRECTIONS,
    V7_ACTIONS,
    V8_ORDER,
    V9_REACH,
    V10_WOKEN,
    V11_INSIGHT_INDEXES,
    V12_INSIGHT_FACTS,
]
LATEST_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to ``target``; each step commits atomically with its version bump."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    conn = db.conn
    while version < target:
        step = MIGRATIONS[version]
        version += 1
        try:
            if isinstance(step, str):
                # executescript commits anything pending first, so the BEGIN lives inside it.
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {version};\nCOMMIT;"
                )
            else:
                conn.execute("BEGIN IMMEDIATE")
                step(db)
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return version
