-- schema: activity
-- Migration 10: what the agent's program has still to publish to the team folder.
--
-- Each finished hold, check-in and call the agent publishes (services/team.py) is written here
-- first, as the line it becomes in the team folder's daily file, and deleted once that line
-- is on the share. A team folder that cannot be reached (the network is down, the share is
-- gone) loses nothing: the lines wait here, across restarts, and are sent when it is back.
-- The lines name no customer: times, campaign references and counts.

CREATE TABLE activity.team_outbox (
    rowid INTEGER PRIMARY KEY,
    day   TEXT NOT NULL,  -- the daily file (UTC date, YYYY-MM-DD) the line belongs in
    line  TEXT NOT NULL   -- the JSON line, without its newline
);
