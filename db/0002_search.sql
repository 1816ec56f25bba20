-- Migration 2: full-text search over phrases.
--
-- unicode61 with remove_diacritics folds case and accents ("resume" finds "résumé"); the
-- prefix indexes make a query of one to three characters (the first keystrokes) an index
-- lookup instead of a scan of the whole term list. The index keeps its own copy of the text,
-- kept in step with phrases by triggers, so every path that adds or removes phrases (import,
-- replace, cascade on pack removal) updates it in the same transaction.

CREATE VIRTUAL TABLE phrase_fts USING fts5(
    title, text, tags, shortcut,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);

-- The terms of the index with their frequencies, for the typo-tolerant fallback.
CREATE VIRTUAL TABLE phrase_vocab USING fts5vocab(phrase_fts, 'row');

CREATE TRIGGER phrases_fts_insert AFTER INSERT ON phrases BEGIN
    INSERT INTO phrase_fts (rowid, title, text, tags, shortcut)
    VALUES (
        new.rowid, new.title, new.text,
        (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags)),
        coalesce(new.shortcut, '')
    );
END;

CREATE TRIGGER phrases_fts_delete AFTER DELETE ON phrases BEGIN
    DELETE FROM phrase_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER phrases_fts_update AFTER UPDATE OF title, text, tags, shortcut ON phrases BEGIN
    DELETE FROM phrase_fts WHERE rowid = old.rowid;
    INSERT INTO phrase_fts (rowid, title, text, tags, shortcut)
    VALUES (
        new.rowid, new.title, new.text,
        (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.tags)),
        coalesce(new.shortcut, '')
    );
END;

INSERT INTO phrase_fts (rowid, title, text, tags, shortcut)
SELECT rowid, title, text,
       (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(phrases.tags)),
       coalesce(shortcut, '')
FROM phrases;

-- Favourites are few and read on every search.
CREATE INDEX phrase_usage_favourite ON phrase_usage(favourite) WHERE favourite = 1;
