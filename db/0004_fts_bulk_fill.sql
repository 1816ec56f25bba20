-- Migration 4: the search index is filled by the store in one statement per pack import,
-- not by a trigger per inserted phrase.
--
-- A per-row trigger interleaves FTS5 index writes with the phrase inserts; for a pack of
-- 100,000 phrases that took about four times as long as indexing the same rows in a single
-- INSERT ... SELECT after them (bench/packs.py). KnowledgeBase.import_pack is the only code
-- that inserts phrases, and it fills the index in the same transaction, so the index still
-- never disagrees with the table. Deleting and updating phrases keep their triggers.

DROP TRIGGER phrases_fts_insert;
