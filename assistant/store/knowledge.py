"""The knowledge base: installing packs and answering the window's questions about them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii
from typing import TYPE_CHECKING, Any

from assistant.core.model import (
    BUILTIN_PACK_ID,
    CampaignType,
    Category,
    Channel,
    Direction,
    Reach,
    Ref,
)
from assistant.store.database import ACTIVITY_FILENAME, DB_FILENAME, Database
from assistant.store.errors import (
    BuiltinPackError,
    PackNotFoundError,
    PackVersionError,
    is_busy,
)
from assistant.store.events import Change, Listener, Listeners
from assistant.store.migrations import (
    ACTIVITY,
    MAIN,
    available_migrations,
    latest_version,
    version_of,
)
from assistant.store.rows import (
    CallFlowRow,
    CampaignRow,
    CheckReport,
    FileCheck,
    ImportSummary,
    PackInfo,
    PersonaRow,
    PhraseRow,
    campaign_channels_of,
)
from assistant.store.search import PhraseSearch, SearchHit

if TYPE_CHECKING:
    from assistant.core.pack import Pack

Progress = Callable[[int, int], None]
_PROGRESS_BATCH = 5000
Clock = Callable[[], datetime]

_PHRASE_COLUMNS = """
    p.pack_id, p.id, p.title, p.text, p.category, p.tags, p.shortcut,
    coalesce(u.favourite, 0) AS favourite, coalesce(u.uses, 0) AS uses
"""


def _json_texts(values: Sequence[str]) -> str:
    """``json.dumps(list(values))`` for a list of strings, at C speed (100,000 at an import)."""
    return "[" + ", ".join(map(encode_basestring_ascii, values)) + "]"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


class KnowledgeBase:
    """Every query and write the program makes. Listeners hear what changed after a commit."""

    def __init__(self, database: Database, clock: Clock = _utc_now) -> None:
        self._database = database
        self._clock = clock
        self._listeners = Listeners()
        self._search = PhraseSearch(database.conn, clock)
        self.subscribe(self._search.invalidate)
        self._seen_version = database.data_version()

    @property
    def database(self) -> Database:
        return self._database

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(change)`` after each committed change of this connection, and for
        pack changes another connection made once ``check_external_changes`` notices them."""
        self._listeners.add(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        self._listeners(change)

    def notify_changed(self, change: Change) -> None:
        """Tell listeners this connection changed ``change`` outside the methods here (a
        recovery restoring the agent's data from a backup)."""
        self._notify(change)

    def check_external_changes(self) -> bool:
        """Whether another connection (another process, or the pack writer's thread) committed
        to knowledge.db since the last look; listeners then hear Change.PACKS. Costs one
        PRAGMA: a window asks every second or so, and at once when its pack writer is done."""
        version = self._database.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self._notify(Change.PACKS)
        return True

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self._database.query(sql, params)

    # ---------------------------------------------------------------- packs

    def import_pack(
        self,
        pack: Pack,
        *,
        source: str = "",
        sha256: str = "",
        force: bool = False,
        progress: Progress | None = None,
    ) -> ImportSummary:
        """Install ``pack`` in one transaction, replacing an installed pack with the same id.

        An older version than the installed one is refused (PackVersionError) unless ``force``.
        References the pack does not define itself point to the built-in pack.
        ``progress(done, total)`` hears how many phrases are written so far.
        """
        with self._database.atomic(doing=f"an import of the pack '{pack.id}'"):
            existing = self._rows("SELECT version FROM packs WHERE id = ?", [pack.id])
            replaced = int(existing[0]["version"]) if existing else None
            if replaced is not None and pack.version < replaced and not force:
                raise PackVersionError(
                    f"Pack '{pack.id}' version {replaced} is installed; version {pack.version} "
                    "is older. Use --force to install it anyway.",
                    pack.id,
                    replaced,
                    pack.version,
                )
            conn = self._database.conn
            conn.execute("DELETE FROM packs WHERE id = ?", [pack.id])
            conn.execute(
                "INSERT INTO packs (id, name, version, language, author, description, builtin,"
                " source, sha256, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    pack.id,
                    pack.name,
                    pack.version,
                    pack.language,
                    pack.author,
                    pack.description,
                    int(pack.id == BUILTIN_PACK_ID),
                    source,
                    sha256,
                    _iso(self._clock()),
                ],
            )
            self._insert_content(pack, progress)
        self._notify(Change.PACKS)
        return ImportSummary(
            pack.id,
            pack.version,
            replaced,
            len(pack.campaigns),
            len(pack.personas),
            len(pack.phrases),
        )

    def _insert_content(self, pack: Pack, progress: Progress | None = None) -> None:
        conn = self._database.conn
        own_campaigns = {c.id for c in pack.campaigns}
        own_personas = {p.id for p in pack.personas}
        own_phrases = {p.id for p in pack.phrases}

        def owner(ref: str, own: set[str]) -> str:
            return pack.id if ref in own else BUILTIN_PACK_ID

        conn.executemany(
            "INSERT INTO campaigns (pack_id, id, position, name, type, direction, reach,"
            " description, check_in_seconds, check_in_phrase_pack, check_in_phrase_id, channels)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    pack.id,
                    c.id,
                    i,
                    c.name,
                    c.type.value,
                    c.direction.value,
                    c.reach.value,
                    c.description,
                    c.hold.check_in_seconds,
                    owner(c.hold.check_in_phrase, own_phrases) if c.hold.check_in_phrase else None,
                    c.hold.check_in_phrase,
                    _json_texts(c.channels),
                )
                for i, c in enumerate(pack.campaigns)
            ],
        )
        conn.executemany(
            "INSERT INTO call_flow_steps (pack_id, campaign_id, position, step, required)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (pack.id, c.id, i, s.step, int(s.required))
                for c in pack.campaigns
                for i, s in enumerate(c.call_flow)
            ],
        )
        conn.executemany(
            "INSERT INTO call_flow_phrases (pack_id, campaign_id, step_position, position,"
            " phrase_pack, phrase_id) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (pack.id, c.id, i, j, owner(ref, own_phrases), ref)
                for c in pack.campaigns
                for i, s in enumerate(c.call_flow)
                for j, ref in enumerate(s.phrases)
            ],
        )
        conn.executemany(
            "INSERT INTO personas (pack_id, id, position, name, signs, tips, avoid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    pack.id,
                    p.id,
                    i,
                    p.name,
                    json.dumps(list(p.signs)),
                    json.dumps(list(p.tips)),
                    json.dumps(list(p.avoid)),
                )
                for i, p in enumerate(pack.personas)
            ],
        )
        conn.executemany(
            "INSERT INTO persona_phrases (pack_id, persona_id, position, phrase_pack, phrase_id)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (pack.id, p.id, j, owner(ref, own_phrases), ref)
                for p in pack.personas
                for j, ref in enumerate(p.phrases)
            ],
        )
        phrase_rows = [
            (
                pack.id,
                p.id,
                i,
                p.title,
                p.text,
                p.category.value,
                _json_texts(p.tags),
                p.shortcut,
                int(not p.campaigns),
                _json_texts(p.channels) if p.channels else "[]",
            )
            for i, p in enumerate(pack.phrases)
        ]
        # Written in batches only so a progress bar can move; it is still one transaction.
        # Each batch is indexed for search right after it is written, in one statement
        # (migration 4 says why there is no trigger); new rows take rowids above the highest.
        for start in range(0, max(len(phrase_rows), 1), _PROGRESS_BATCH):
            (highest,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM phrases").fetchone()
            conn.executemany(
                "INSERT INTO phrases (pack_id, id, position, title, text, category, tags,"
                " shortcut, all_campaigns, channels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                phrase_rows[start : start + _PROGRESS_BATCH],
            )
            conn.execute(
                "INSERT INTO phrase_fts (rowid, title, text, tags, shortcut)"
                " SELECT rowid, title, text,"
                " (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(phrases.tags)),"
                " coalesce(shortcut, '')"
                " FROM phrases WHERE rowid > ?",
                [highest],
            )
            if progress is not None:
                progress(min(start + _PROGRESS_BATCH, len(phrase_rows)), len(phrase_rows))
        conn.executemany(
            "INSERT INTO phrase_campaigns (pack_id, phrase_id, campaign_pack, campaign_id)"
            " VALUES (?, ?, ?, ?)",
            [
                (pack.id, p.id, owner(ref, own_campaigns), ref)
                for p in pack.phrases
                for ref in p.campaigns
            ],
        )
        conn.executemany(
            "INSERT INTO phrase_personas (pack_id, phrase_id, persona_pack, persona_id)"
            " VALUES (?, ?, ?, ?)",
            [
                (pack.id, p.id, owner(ref, own_personas), ref)
                for p in pack.phrases
                for ref in p.personas
            ],
        )

    def remove_pack(self, pack_id: str) -> None:
        """Uninstall a pack and its content; the agent's usage and holds are kept."""
        if pack_id == BUILTIN_PACK_ID:
            raise BuiltinPackError("The built-in pack can be updated but not removed.")
        with self._database.atomic(doing=f"the removal of the pack '{pack_id}'"):
            cursor = self._database.conn.execute("DELETE FROM packs WHERE id = ?", [pack_id])
            if cursor.rowcount == 0:
                raise PackNotFoundError(f"No pack with the id '{pack_id}' is installed.")
        self._notify(Change.PACKS)

    def packs(self) -> list[PackInfo]:
        """Installed packs, the built-in one first."""
        rows = self._rows(
            """
            SELECT k.*,
              (SELECT count(*) FROM campaigns c WHERE c.pack_id = k.id) AS n_campaigns,
              (SELECT count(*) FROM personas s WHERE s.pack_id = k.id) AS n_personas,
              (SELECT count(*) FROM phrases p WHERE p.pack_id = k.id) AS n_phrases
            FROM packs k ORDER BY k.builtin DESC, k.name
            """
        )
        return [
            PackInfo(
                r["id"],
                r["name"],
                r["version"],
                r["language"],
                r["author"],
                r["description"],
                bool(r["builtin"]),
                r["source"],
                r["installed_at"],
                r["n_campaigns"],
                r["n_personas"],
                r["n_phrases"],
            )
            for r in rows
        ]

    def pack_sha256(self, pack_id: str) -> str | None:
        rows = self._rows("SELECT sha256 FROM packs WHERE id = ?", [pack_id])
        return str(rows[0]["sha256"]) if rows else None

    def pack_with_sha256(self, sha256: str) -> str | None:
        """The installed pack whose file had exactly this hash, if any."""
        rows = self._rows("SELECT id FROM packs WHERE sha256 = ? LIMIT 1", [sha256])
        return str(rows[0]["id"]) if rows else None

    def item_ids(self, pack_id: str) -> tuple[set[str], set[str], set[str]]:
        """The campaign, persona and phrase ids an installed pack defines."""
        return tuple(  # type: ignore[return-value]
            {
                str(r["id"])
                for r in self._rows(f"SELECT id FROM {table} WHERE pack_id = ?", [pack_id])
            }
            for table in ("campaigns", "personas", "phrases")
        )

    def pack_version(self, pack_id: str) -> int | None:
        rows = self._rows("SELECT version FROM packs WHERE id = ?", [pack_id])
        return int(rows[0]["version"]) if rows else None

    def counts(self) -> dict[str, int]:
        """How many campaigns, personas and phrases are installed in all."""
        row = self._rows(
            "SELECT (SELECT count(*) FROM campaigns) AS campaigns,"
            " (SELECT count(*) FROM personas) AS personas,"
            " (SELECT count(*) FROM phrases) AS phrases,"
            " (SELECT count(*) FROM packs) AS packs"
        )[0]
        return {key: int(value) for key, value in row.items()}

    # ---------------------------------------------------------------- campaigns and personas

    def campaigns(self) -> list[CampaignRow]:
        """Every installed campaign, built-in ones first, in pack order."""
        return [
            _campaign_row(r)
            for r in self._rows(
                "SELECT c.* FROM campaigns c JOIN packs k ON k.id = c.pack_id"
                " ORDER BY k.builtin DESC, k.name, c.position"
            )
        ]

    def campaign(self, ref: Ref) -> CampaignRow | None:
        rows = self._rows("SELECT * FROM campaigns WHERE pack_id = ? AND id = ?", list(ref))
        return _campaign_row(rows[0]) if rows else None

    def call_flow(self, campaign: Ref) -> list[CallFlowRow]:
        """The ordered call-flow steps of a campaign with their phrases."""
        steps = self._rows(
            "SELECT position, step, required FROM call_flow_steps"
            " WHERE pack_id = ? AND campaign_id = ? ORDER BY position",
            list(campaign),
        )
        links: dict[int, list[Ref]] = {}
        for r in self._rows(
            "SELECT step_position, phrase_pack, phrase_id FROM call_flow_phrases"
            " WHERE pack_id = ? AND campaign_id = ? ORDER BY step_position, position",
            list(campaign),
        ):
            links.setdefault(r["step_position"], []).append(Ref(r["phrase_pack"], r["phrase_id"]))
        return [
            CallFlowRow(s["step"], bool(s["required"]), tuple(links.get(s["position"], [])))
            for s in steps
        ]

    def personas(self) -> list[PersonaRow]:
        """Every installed persona, built-in ones first."""
        links: dict[Ref, list[Ref]] = {}
        for r in self._rows(
            "SELECT pack_id, persona_id, phrase_pack, phrase_id FROM persona_phrases"
            " ORDER BY pack_id, persona_id, position"
        ):
            links.setdefault(Ref(r["pack_id"], r["persona_id"]), []).append(
                Ref(r["phrase_pack"], r["phrase_id"])
            )
        rows = self._rows(
            "SELECT s.* FROM personas s JOIN packs k ON k.id = s.pack_id"
            " ORDER BY k.builtin DESC, k.name, s.position"
        )
        return [
            PersonaRow(
                Ref(r["pack_id"], r["id"]),
                r["name"],
                tuple(json.loads(r["signs"])),
                tuple(json.loads(r["tips"])),
                tuple(json.loads(r["avoid"])),
                tuple(links.get(Ref(r["pack_id"], r["id"]), [])),
            )
            for r in rows
        ]

    # ---------------------------------------------------------------- phrases

    def phrases(self, refs: Iterable[Ref]) -> list[PhraseRow]:
        """The phrases with these keys, in the order asked; unknown keys are skipped."""
        wanted = list(dict.fromkeys(refs))
        if not wanted:
            return []
        found: dict[Ref, PhraseRow] = {}
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            condition = " OR ".join("(p.pack_id = ? AND p.id = ?)" for _ in chunk)
            params = [value for ref in chunk for value in ref]
            for r in self._rows(
                f"SELECT {_PHRASE_COLUMNS} FROM phrases p LEFT JOIN phrase_usage u"
                f" ON u.pack_id = p.pack_id AND u.phrase_id = p.id WHERE {condition}",
                params,
            ):
                row = _phrase_row(r)
                found[row.ref] = row
        return [found[ref] for ref in wanted if ref in found]

    def phrase(self, ref: Ref) -> PhraseRow | None:
        rows = self.phrases([ref])
        return rows[0] if rows else None

    def campaign_phrases(self, campaign: Ref | None, limit: int | None = None) -> list[PhraseRow]:
        """Phrases usable in ``campaign`` (its own and those for every campaign, limited to
        those for one of its channels), by category.

        Within a category the phrases written for the campaign come first, the most specific
        first (made for this campaign alone, then for a few, then for more), and the phrases
        for every campaign after them: an outbound line opens with its own greetings, not with
        a general inbound one. Then a team's packs before the built-in one, each in its order.
        With ``campaign`` None, every phrase is a candidate, by category and pack order.
        Finding phrases by text is ``search``'s job.
        """
        rowids = self.browse_rowids(campaign, limit)
        rows = self.phrases_by_rowid(rowids)
        return [rows[rowid] for rowid in rowids if rowid in rows]

    def browse_rowids(self, campaign: Ref | None, limit: int | None = None) -> list[int]:
        """The rowids of ``campaign_phrases``, in its order: by category in call order; within
        a category the phrases written for ``campaign`` first (those for fewest campaigns
        first: an outbound campaign's list does not open on a line written for inbound ones),
        then the phrases for every campaign; then a team pack's before the built-in pack's,
        then by pack and position.

        Each category is a walk of the phrases_browse index (db/0009) that stops at ``limit``
        (the campaign's own phrases are few, and found through its links): no sort of the whole
        library (a few milliseconds at 100,000 phrases, not hundreds).
        """
        channels, channel_params = self._channel_scope(campaign)
        found: list[int] = []
        conn = self._database.conn
        order = f"p.pack_id = '{BUILTIN_PACK_ID}', p.pack_id, p.position"
        # SQLite has no statistics here (no ANALYZE), and for a campaign's own phrases it walks
        # the category's phrases, looking up each one's links: 18 ms a category at 100,000
        # phrases, for a campaign with none. CROSS JOIN makes it walk the campaign's links
        # instead, when they are the fewer.
        join = "CROSS JOIN" if campaign and self._search.links_are_few(campaign) else "JOIN"
        for category in sorted(Category, key=lambda c: c.order):
            if campaign is not None:
                left = -1 if limit is None else int(limit) - len(found)
                if left == 0:
                    break
                found.extend(
                    r[0]
                    for r in conn.execute(
                        f"SELECT p.rowid FROM phrase_campaigns pc {join} phrases p"
                        " ON p.pack_id = pc.pack_id AND p.id = pc.phrase_id"
                        " WHERE pc.campaign_pack = ? AND pc.campaign_id = ? AND p.category = ?"
                        f" AND p.all_campaigns = 0{channels} ORDER BY (SELECT count(*) FROM"
                        " phrase_campaigns c WHERE c.pack_id = p.pack_id AND c.phrase_id = p.id),"
                        f" {order} LIMIT ?",
                        [*campaign, category.value, *channel_params, left],
                    )
                )
            left = -1 if limit is None else int(limit) - len(found)
            if left == 0:
                break
            everyone = " AND p.all_campaigns = 1" if campaign is not None else ""
            found.extend(
                r[0]
                for r in conn.execute(
                    f"SELECT p.rowid FROM phrases p WHERE p.category = ?{everyone}{channels}"
                    f" ORDER BY {order} LIMIT ?",
                    [category.value, *channel_params, left],
                )
            )
        return found

    def rowids_of(self, refs: Iterable[Ref]) -> dict[Ref, int]:
        """The rowids of the phrases with these keys (for ``phrases_by_rowid``)."""
        wanted = list(dict.fromkeys(refs))
        found: dict[Ref, int] = {}
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            condition = " OR ".join("(pack_id = ? AND id = ?)" for _ in chunk)
            params = [value for ref in chunk for value in ref]
            for rowid, pack_id, phrase_id in self._database.conn.execute(
                f"SELECT rowid, pack_id, id FROM phrases WHERE {condition}", params
            ):
                found[Ref(pack_id, phrase_id)] = int(rowid)
        return found

    def phrases_by_rowid(self, rowids: Sequence[int]) -> dict[int, PhraseRow]:
        """The phrases with these rowids (from ``browse_rowids``), by rowid; gone ones are not
        in it."""
        found: dict[int, PhraseRow] = {}
        for start in range(0, len(rowids), 500):
            chunk = list(rowids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for r in self._rows(
                f"SELECT p.rowid AS rowid, {_PHRASE_COLUMNS} FROM phrases p LEFT JOIN"
                " phrase_usage u ON u.pack_id = p.pack_id AND u.phrase_id = p.id"
                f" WHERE p.rowid IN ({marks})",
                chunk,
            ):
                found[int(r["rowid"])] = _phrase_row(r)
        return found

    def search(
        self, query: str, campaign: Ref | None = None, persona: Ref | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Ranked phrases for what the agent typed (see store.search for the rules)."""
        return self._search.search(query, campaign, persona, limit)

    def warm_typos(self) -> None:
        """Build the typo-tolerant pass's vocabulary now (the search's first typo would)."""
        self._search.warm_typos()

    def toggle_favourite(self, ref: Ref) -> bool:
        """Star or unstar a phrase; returns whether it is now a favourite."""
        with self._database.atomic(activity=True):
            conn = self._database.conn
            conn.execute(
                "INSERT INTO phrase_usage (pack_id, phrase_id, favourite) VALUES (?, ?, 1)"
                " ON CONFLICT (pack_id, phrase_id) DO UPDATE SET favourite = 1 - favourite",
                [ref.pack, ref.id],
            )
            row = conn.execute(
                "SELECT favourite FROM phrase_usage WHERE pack_id = ? AND phrase_id = ?",
                [ref.pack, ref.id],
            ).fetchone()
        self._notify(Change.USAGE)
        return bool(row[0])

    def campaign_phrase_count(self, campaign: Ref | None) -> int:
        """How many phrases the campaign offers (as ``campaign_phrases`` lists them)."""
        return self._search.offered_count(campaign)

    def _channel_scope(self, campaign: Ref | None) -> tuple[str, list[Any]]:
        """The condition (`` AND ...``) keeping the phrases for one of ``campaign``'s channels
        (nothing to keep out for a campaign on every channel, or none)."""
        channels = self.campaign_channels(campaign) if campaign is not None else None
        if channels is None or set(channels) == set(Channel):
            return "", []
        marks = ", ".join("?" * len(channels))
        condition = (
            " AND (p.channels = '[]' OR EXISTS (SELECT 1 FROM json_each(p.channels)"
            f" WHERE value IN ({marks})))"
        )
        return condition, [channel.value for channel in channels]

    def campaign_channels(self, campaign: Ref) -> tuple[Channel, ...] | None:
        """The channels ``campaign`` runs on (its own, or its type's); None if not installed."""
        rows = self._rows(
            "SELECT type, channels FROM campaigns WHERE pack_id = ? AND id = ?", list(campaign)
        )
        if not rows:
            return None
        return campaign_channels_of(rows[0]["type"], rows[0]["channels"])

    def record_use(self, ref: Ref) -> None:
        """Count one copy of the phrase (it lifts the phrase in later searches)."""
        with self._database.atomic(activity=True):
            self._database.conn.execute(
                "INSERT INTO phrase_usage (pack_id, phrase_id, uses, last_used) VALUES (?, ?, 1, ?)"
                " ON CONFLICT (pack_id, phrase_id) DO UPDATE SET uses = uses + 1,"
                " last_used = excluded.last_used",
                [ref.pack, ref.id, _iso(self._clock())],
            )
        self._notify(Change.USAGE)

    # ---------------------------------------------------------------- holds
    # Holds, calls and callbacks are written by store/activity.py (ActivityLog).

    # ---------------------------------------------------------------- pack export
    # (Kept in one block: the tables read back into the core Pack an import wrote.)

    def export_pack(self, pack_id: str) -> Pack:
        """The installed pack ``pack_id`` rebuilt from the tables, equal to what was imported.

        References are stored with the pack they resolved to; the export writes the plain id,
        which resolves the same way when the file is imported again.
        """
        from assistant.core.pack import CallFlowStep, Campaign, HoldPolicy, Pack, Persona, Phrase

        rows = self._rows("SELECT * FROM packs WHERE id = ?", [pack_id])
        if not rows:
            raise PackNotFoundError(f"No pack with the id '{pack_id}' is installed.")
        info = rows[0]
        steps: dict[str, list[dict[str, Any]]] = {}
        for r in self._rows(
            "SELECT * FROM call_flow_steps WHERE pack_id = ? ORDER BY campaign_id, position",
            [pack_id],
        ):
            steps.setdefault(r["campaign_id"], []).append(r)
        step_phrases: dict[tuple[str, int], list[str]] = {}
        for r in self._rows(
            "SELECT campaign_id, step_position, phrase_id FROM call_flow_phrases"
            " WHERE pack_id = ? ORDER BY campaign_id, step_position, position",
            [pack_id],
        ):
            step_phrases.setdefault((r["campaign_id"], r["step_position"]), []).append(
                r["phrase_id"]
            )
        campaigns = tuple(
            Campaign(
                id=r["id"],
                name=r["name"],
                type=CampaignType(r["type"]),
                direction=Direction(r["direction"]),
                reach=Reach(r["reach"]),
                description=r["description"],
                hold=HoldPolicy(int(r["check_in_seconds"]), r["check_in_phrase_id"]),
                channels=tuple(Channel(v) for v in json.loads(r["channels"])),
                call_flow=tuple(
                    CallFlowStep(
                        s["step"],
                        tuple(step_phrases.get((r["id"], s["position"]), [])),
                        bool(s["required"]),
                    )
                    for s in steps.get(r["id"], [])
                ),
            )
            for r in self._rows(
                "SELECT * FROM campaigns WHERE pack_id = ? ORDER BY position", [pack_id]
            )
        )
        persona_phrases = self._grouped(
            "SELECT persona_id, phrase_id FROM persona_phrases WHERE pack_id = ?"
            " ORDER BY persona_id, position",
            pack_id,
        )
        personas = tuple(
            Persona(
                id=r["id"],
                name=r["name"],
                signs=tuple(json.loads(r["signs"])),
                tips=tuple(json.loads(r["tips"])),
                avoid=tuple(json.loads(r["avoid"])),
                phrases=persona_phrases.get(r["id"], ()),
            )
            for r in self._rows(
                "SELECT * FROM personas WHERE pack_id = ? ORDER BY position", [pack_id]
            )
        )
        # Link tables have no position column: rowid is the order the import wrote them in.
        phrase_campaigns = self._grouped(
            "SELECT phrase_id, campaign_id FROM phrase_campaigns WHERE pack_id = ? ORDER BY rowid",
            pack_id,
        )
        phrase_personas = self._grouped(
            "SELECT phrase_id, persona_id FROM phrase_personas WHERE pack_id = ? ORDER BY rowid",
            pack_id,
        )
        phrases = tuple(
            Phrase(
                id=r["id"],
                title=r["title"],
                text=r["text"],
                category=Category(r["category"]),
                campaigns=phrase_campaigns.get(r["id"], ()),
                personas=phrase_personas.get(r["id"], ()),
                tags=tuple(json.loads(r["tags"])),
                shortcut=r["shortcut"],
                channels=tuple(Channel(v) for v in json.loads(r["channels"])),
            )
            for r in self._rows(
                "SELECT id, title, text, category, tags, shortcut, channels FROM phrases"
                " WHERE pack_id = ? ORDER BY position",
                [pack_id],
            )
        )
        return Pack(
            id=info["id"],
            name=info["name"],
            version=int(info["version"]),
            language=info["language"],
            author=info["author"],
            description=info["description"],
            campaigns=campaigns,
            personas=personas,
            phrases=phrases,
        )

    def _grouped(self, sql: str, pack_id: str) -> dict[str, tuple[str, ...]]:
        groups: dict[str, list[str]] = {}
        for key, value in self._database.conn.execute(sql, [pack_id]):
            groups.setdefault(key, []).append(value)
        return {key: tuple(values) for key, values in groups.items()}

    # ---------------------------------------------------------------- settings and checks

    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", [key])
        return str(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self._database.atomic(activity=True):
            self._database.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
        self._notify(Change.SETTINGS)

    def check(self) -> CheckReport:
        """SQLite's integrity check, the foreign keys and the schema version of both files
        (knowledge.db and the agent's activity.db), and the search index.

        A file another program keeps locked past the connection's wait (a pack import) is
        reported busy, never damaged: SQLite's "database is locked" says nothing of the file.
        """
        conn = self._database.conn
        migrations = available_migrations()
        files = []
        for schema in (MAIN, ACTIVITY):
            path = self._database.file_of(schema)
            latest = latest_version(migrations, schema)
            version = version_of(conn, schema)
            problems: list[str] = []
            busy = False
            try:
                busy = self._file_problems(schema, version, latest, problems)
            except sqlite3.DatabaseError as error:  # damage SQLite stops at, not only reports
                if is_busy(error):
                    busy = True
                else:
                    problems.append(f"the file is damaged ({error})")
            files.append(
                FileCheck(
                    ":memory:" if path is None else str(path),
                    not problems and not busy,
                    version,
                    latest,
                    tuple(problems),
                    busy,
                )
            )
        try:
            counts = self.counts()
            counts["holds"] = int(conn.execute("SELECT count(*) FROM holds").fetchone()[0])
        except sqlite3.DatabaseError:
            counts = {}
        names = (DB_FILENAME, ACTIVITY_FILENAME)  # in memory too
        everything = tuple(
            f"{name}: {problem}"
            for name, file in zip(names, files, strict=True)
            for problem in file.problems
        )
        main = files[0]
        busy = any(file.busy for file in files)
        return CheckReport(
            not everything and not busy,
            main.schema_version,
            main.latest_version,
            everything,
            counts,
            tuple(files),
            busy,
            (self._database.knowledge_writer() or "") if main.busy else "",
        )

    def _file_problems(self, schema: str, version: int, latest: int, problems: list[str]) -> bool:
        """Add the file's problems to ``problems`` as they are found; True when another
        program kept the file busy past the wait, so that the search index was not checked."""
        from assistant.store.backup import is_agent_table

        conn = self._database.conn
        problems += [
            str(row[0])
            for row in conn.execute(f"PRAGMA {schema}.integrity_check")
            if row[0] != "ok"
        ]
        problems += [
            f"table {row[0]} row {row[1]} refers to a missing row in {row[2]}"
            for row in conn.execute(f"PRAGMA {schema}.foreign_key_check")
        ]
        if version != latest:
            problems.append(f"schema version {version}, expected {latest}")
            return False
        busy = False
        if schema == MAIN and version >= 2:
            try:
                problems += self._search_index_problems()
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise
                busy = True
        tables = conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
        problems += [
            f"the table {name} is in the wrong file"
            for (name,) in tables.fetchall()
            if not str(name).startswith("sqlite_")
            and is_agent_table(str(name)) != (schema == ACTIVITY)
        ]
        return busy

    def _search_index_problems(self) -> list[str]:
        """The search index must hold exactly the phrases (the store fills it at import).

        FTS5's own check is asked for with an INSERT, a write: it waits for knowledge.db's
        write lock like any write, and raises SQLite's busy error when another program keeps
        it past the wait (the caller reports that; it is no damage). It changes nothing, and
        its transaction is rolled back at once."""
        conn = self._database.conn
        began = not conn.in_transaction
        try:
            conn.execute("INSERT INTO phrase_fts (phrase_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            if is_busy(error):
                raise
            return [f"the search index is damaged ({error})"]
        finally:
            if began and conn.in_transaction:
                conn.rollback()
        (unindexed,) = conn.execute(
            "SELECT count(*) FROM phrases WHERE rowid NOT IN (SELECT rowid FROM phrase_fts)"
        ).fetchone()
        (stale,) = conn.execute(
            "SELECT count(*) FROM phrase_fts WHERE rowid NOT IN (SELECT rowid FROM phrases)"
        ).fetchone()
        problems = []
        if unindexed:
            problems.append(f"the search index is missing {unindexed} phrases")
        if stale:
            problems.append(f"the search index holds {stale} phrases that no longer exist")
        return problems


def _campaign_row(r: dict[str, Any]) -> CampaignRow:
    phrase = (
        Ref(r["check_in_phrase_pack"], r["check_in_phrase_id"]) if r["check_in_phrase_id"] else None
    )
    return CampaignRow(
        Ref(r["pack_id"], r["id"]),
        r["name"],
        CampaignType(r["type"]),
        Direction(r["direction"]),
        Reach(r["reach"]),
        r["description"],
        int(r["check_in_seconds"]),
        phrase,
    )


def _phrase_row(r: dict[str, Any]) -> PhraseRow:
    return PhraseRow(
        Ref(r["pack_id"], r["id"]),
        r["title"],
        r["text"],
        Category(r["category"]),
        tuple(json.loads(r["tags"])),
        r["shortcut"],
        bool(r["favourite"]),
        int(r["uses"]),
    )
