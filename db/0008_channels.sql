-- Migration 8: the channels (voice, chat, email) a phrase is for and a campaign runs on.
--
-- Both are JSON arrays as the pack wrote them, so an export gives back the same pack. An
-- empty array means what leaving the field out of a pack means: a phrase for every channel,
-- a campaign on its type's channels (core.model.default_channels). Rows installed before this
-- migration get the empty array, which is exactly what their packs said.

ALTER TABLE phrases ADD COLUMN channels TEXT NOT NULL DEFAULT '[]';
ALTER TABLE campaigns ADD COLUMN channels TEXT NOT NULL DEFAULT '[]';
