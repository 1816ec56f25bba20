-- Migration 7: knowledge.db keeps pack content only.
--
-- The agent's rows were copied into activity.db just before, in a transaction of its own
-- (store/database.py, _move_agent_rows), so this drops knowledge.db's old copies. Children
-- before parents: with foreign keys on, dropping a table deletes its rows first.

DROP TABLE main.hold_check_ins;
DROP TABLE main.call_flow_ticks;
DROP TABLE main.callbacks;
DROP TABLE main.holds;
DROP TABLE main.calls;
DROP TABLE main.phrase_usage;
DROP TABLE main.settings;
