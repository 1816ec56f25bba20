"""Phrase search: instant, forgiving, and ranked the way an agent learns to trust.

Order of results: an exact shortcut (``;sorry``) first, then the chosen persona's phrases,
then everything else by text relevance; favourites and the agent's own recent, frequent use
lift a phrase within its tier.

Speed at 100,000 phrases comes from three choices:

- the FTS5 index has prefix indexes for one to three characters, so the first keystrokes are
  index lookups;
- relevance (bm25) is computed only when the match set is small. A broad query (one letter
  matches most rows) takes a bounded, cheaply ordered candidate set instead: ranking every
  row of a one-letter query would cost hundreds of milliseconds and tell the agent nothing;
- what rarely changes (which phrases belong to which campaign and persona, shortcuts,
  favourites and usage) is cached in memory and dropped when the knowledge base says it
  changed (``invalidate``).

User text never reaches FTS5's query syntax: it is split into word tokens, each quoted, so
quotes, ``*``, ``-``, ``:``, ``AND``/``OR``/``NEAR``, emoji or 10,000-character pastes are
just text. When nothing matches, a typo-tolerant pass swaps each token for index terms within
one or two edits (``apolgy`` finds "apology").
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, NamedTuple

from assistant.core.model import Category, Channel, Ref
from assistant.store.events import Change
from assistant.store.rows import PhraseRow, campaign_channels_of

MAX_QUERY_CHARS = 500
MAX_TOKENS = 8
MAX_TOKEN_CHARS = 40
# Above this many matches a query is "broad": no bm25, a bounded candidate set instead.
BROAD_MATCHES = 500
# How many in-scope candidates a broad query scores before picking the best.
BROAD_CANDIDATES = 200
USAGE_HALF_LIFE_DAYS = 14.0

# bm25 column weights: title, text, tags, shortcut.
_BM25 = "bm25(phrase_fts, 8.0, 1.0, 4.0, 10.0)"
_WORD = re.compile(r"[^\W_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")

TIER_SHORTCUT = 2
TIER_PERSONA = 1
TIER_OTHER = 0


class SearchHit(NamedTuple):
    """One result: the phrase, its score (higher is better) and why it ranks where it does."""

    phrase: PhraseRow
    score: float
    reason: str  # "shortcut", "persona", "match", "typo" or "browse"


def fold(text: str) -> str:
    """Lowercase without accents, as the index sees words ("Résumé" -> "resume")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokenize(query: str) -> list[str]:
    """Word tokens of user text, folded and bounded; never raises."""
    cleaned = _SURROGATE.sub("", query[:MAX_QUERY_CHARS])
    tokens = [fold(t)[:MAX_TOKEN_CHARS] for t in _WORD.findall(cleaned)]
    return [t for t in tokens if t][:MAX_TOKENS]


def match_expression(tokens: Iterable[str]) -> str:
    """An FTS5 query: every token as a quoted prefix term, all required."""
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


class _Vocabulary:
    """Index terms by their one-deletion variants, to find terms within a couple of edits."""

    def __init__(self, terms: Iterable[tuple[str, int]]) -> None:
        self.frequency: dict[str, int] = {}
        self.variants: dict[str, list[str]] = {}
        for term, count in terms:
            if not term.isalpha() or len(term) < 3:
                continue
            self.frequency[term] = count
            for variant in _deletions(term):
                self.variants.setdefault(variant, []).append(term)

    def near(self, token: str) -> list[str]:
        """Terms close to ``token`` (one edit; two for long words), most frequent first."""
        if len(token) < 3 or token in self.frequency:
            return []
        found: set[str] = set()
        for variant in _deletions(token):
            found.update(self.variants.get(variant, ()))
        limit = 1 if len(token) < 6 else 2
        close = [t for t in found if _distance(token, t, limit) <= limit]
        return sorted(close, key=lambda t: (-self.frequency[t], t))[:3]


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (an adjacent swap counts one), capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class _Usage:
    """A phrase's use by the agent, as the ranking lifts it; read only once made."""

    __slots__ = ("favourite", "last_used", "uses")

    def __init__(self, uses: int, last_used: datetime | None, favourite: bool) -> None:
        self.uses = uses
        self.last_used = last_used
        self.favourite = favourite


class PhraseSearch:
    """Searches one connection's phrases. Not shared between threads: give each its own."""

    def __init__(
        self, conn: sqlite3.Connection, clock: Callable[[], datetime] | None = None
    ) -> None:
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self._content_generation = 0
        self._usage_generation = 0
        self._seen_content = -1
        self._seen_usage = -1
        self._restricted: set[int] = set()
        # SQLite's data_version of each file as last seen: another connection's commit (a pack
        # import in another process or thread, a copy counted by the window) changes it.
        self._versions: tuple[int, int] | None = None
        self._by_campaign: dict[Ref, set[int]] = {}
        # Phrases for some channels only (most are for every channel), and per campaign the
        # phrases that are for none of its channels.
        self._channel_limited: dict[int, frozenset[str]] = {}
        self._off_channel: dict[Ref, set[int]] = {}
        self._by_persona: dict[Ref, list[int]] = {}
        self._shortcuts: dict[str, list[int]] = {}
        self._total = 0
        self._offered: dict[Ref, int] = {}
        self._vocabulary: _Vocabulary | None = None
        self._usage: dict[int, _Usage] = {}

    # ------------------------------------------------------------------ caches

    def invalidate(self, change: Change = Change.PACKS) -> None:
        """Drop cached facts after a change (pack content, or uses and favourites).

        Safe to call from another thread: the next search reloads.
        """
        with self._lock:
            if change is Change.PACKS:
                self._content_generation += 1
                self._usage_generation += 1
            elif change is Change.USAGE:
                self._usage_generation += 1

    def _refresh(self) -> None:
        versions = self._data_versions()
        if versions != self._versions:
            if self._versions is not None:
                if versions[0] != self._versions[0]:
                    self.invalidate(Change.PACKS)
                else:
                    self.invalidate(Change.USAGE)
            self._versions = versions
        with self._lock:
            content, usage = self._content_generation, self._usage_generation
        if content != self._seen_content:
            self._load_content()
            self._seen_content = content
        if usage != self._seen_usage:
            self._load_usage()
            self._seen_usage = usage

    def _data_versions(self) -> tuple[int, int]:
        main = self._conn.execute("PRAGMA main.data_version").fetchone()[0]
        activity = self._conn.execute("PRAGMA activity.data_version").fetchone()[0]
        return int(main), int(activity)

    def _load_content(self) -> None:
        conn = self._conn
        self._restricted = {
            r[0] for r in conn.execute("SELECT rowid FROM phrases WHERE all_campaigns = 0")
        }
        self._by_campaign = {}
        self._by_persona = {}
        self._shortcuts = {}
        self._channel_limited = {
            rowid: frozenset(json.loads(channels))
            for rowid, channels in conn.execute(
                "SELECT rowid, channels FROM phrases WHERE channels != '[]'"
            )
        }
        self._off_channel = {}
        self._offered = {}
        for rowid, shortcut in conn.execute(
            "SELECT rowid, shortcut FROM phrases WHERE shortcut IS NOT NULL"
        ):
            self._shortcuts.setdefault(fold(shortcut), []).append(rowid)
        self._total = int(conn.execute("SELECT count(*) FROM phrases").fetchone()[0])
        self._vocabulary = None

    def _load_usage(self) -> None:
        self._usage = {}
        for rowid, uses, last_used, favourite in self._conn.execute(
            "SELECT p.rowid, u.uses, u.last_used, u.favourite FROM phrase_usage u"
            " JOIN phrases p ON p.pack_id = u.pack_id AND p.id = u.phrase_id"
        ):
            when = datetime.fromisoformat(last_used) if last_used else None
            self._usage[rowid] = _Usage(int(uses), when, bool(favourite))

    def _campaign_rows(self, campaign: Ref) -> set[int]:
        rows = self._by_campaign.get(campaign)
        if rows is None:
            rows = {
                r[0]
                for r in self._conn.execute(
                    "SELECT p.rowid FROM phrase_campaigns pc JOIN phrases p"
                    " ON p.pack_id = pc.pack_id AND p.id = pc.phrase_id"
                    " WHERE pc.campaign_pack = ? AND pc.campaign_id = ?",
                    tuple(campaign),
                )
            }
            self._by_campaign[campaign] = rows
        return rows

    def _off_channel_rows(self, campaign: Ref) -> set[int]:
        """The phrases meant only for channels the campaign does not run on."""
        rows = self._off_channel.get(campaign)
        if rows is None:
            found = self._conn.execute(
                "SELECT type, channels FROM campaigns WHERE pack_id = ? AND id = ?",
                tuple(campaign),
            ).fetchone()
            if found is None:  # not installed: no channel is ruled out
                channels = frozenset(c.value for c in Channel)
            else:
                channels = frozenset(c.value for c in campaign_channels_of(found[0], found[1]))
            limited = self._channel_limited.items()
            rows = {rowid for rowid, allowed in limited if allowed.isdisjoint(channels)}
            self._off_channel[campaign] = rows
        return rows

    def _persona_rows(self, persona: Ref) -> list[int]:
        """The persona's suggested phrases in its order, then phrases that name the persona."""
        rows = self._by_persona.get(persona)
        if rows is None:
            suggested = [
                r[0]
                for r in self._conn.execute(
                    "SELECT p.rowid FROM persona_phrases pp JOIN phrases p"
                    " ON p.pack_id = pp.phrase_pack AND p.id = pp.phrase_id"
                    " WHERE pp.pack_id = ? AND pp.persona_id = ? ORDER BY pp.position",
                    tuple(persona),
                )
            ]
            naming = [
                r[0]
                for r in self._conn.execute(
                    "SELECT p.rowid FROM phrase_personas pp JOIN phrases p"
                    " ON p.pack_id = pp.pack_id AND p.id = pp.phrase_id"
                    " WHERE pp.persona_pack = ? AND pp.persona_id = ? ORDER BY p.rowid",
                    tuple(persona),
                )
            ]
            rows = list(dict.fromkeys(suggested + naming))
            self._by_persona[persona] = rows
        return rows

    def offered_count(self, campaign: Ref | None) -> int:
        """How many phrases agents on ``campaign`` are offered (every phrase with None): the
        search's scope, counted once until the content changes. (SQL's count looked at every
        phrase's links and channels: 65 ms at 100,000 phrases, at each browse of a long list.)"""
        self._refresh()
        if campaign is None:
            return self._total
        count = self._offered.get(campaign)
        if count is None:
            others_only = self._restricted - self._campaign_rows(campaign)
            count = self._total - len(others_only | self._off_channel_rows(campaign))
            self._offered[campaign] = count
        return count

    def links_are_few(self, campaign: Ref) -> bool:
        """Whether fewer phrases name ``campaign`` than a category holds on average: then
        walking its links finds its own phrases sooner than walking a category does."""
        self._refresh()
        return len(self._campaign_rows(campaign)) * len(Category) <= self._total

    def warm_typos(self) -> None:
        """Build the typo vocabulary now, as the first query with no match would."""
        self._refresh()
        self._vocab()

    def _vocab(self) -> _Vocabulary:
        if self._vocabulary is None:
            self._vocabulary = _Vocabulary(
                (str(term), int(count))
                for term, count in self._conn.execute("SELECT term, cnt FROM phrase_vocab")
            )
        return self._vocabulary

    # ------------------------------------------------------------------ search

    def search(
        self,
        query: str,
        campaign: Ref | None = None,
        persona: Ref | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Phrases for ``query`` in ``campaign`` (and those for every campaign), best first.

        Never raises for any query text; an empty query or one with no words returns [].
        """
        self._refresh()
        limit = max(1, min(int(limit), 1000))
        in_scope = self._scope(campaign)
        persona_rows = self._persona_rows(persona) if persona else []
        persona_set = set(persona_rows)

        shortcut_rows = [r for r in self._shortcuts.get(fold(query.strip()), []) if in_scope(r)]
        tokens = tokenize(query)
        scored: dict[int, float] = {}
        reason = "match"
        if tokens:
            scored = self._matches(tokens, in_scope, persona_set)
            if not scored:
                corrected = self._corrected(tokens)
                if corrected:
                    scored = self._matches(corrected, in_scope, persona_set)
                    reason = "typo"
        for rowid in shortcut_rows:
            scored.setdefault(rowid, 1.0)
        if not scored:
            return []

        shortcut_set = set(shortcut_rows)
        now = self._clock()

        def key(rowid: int) -> tuple[int, float, int]:
            tier = (
                TIER_SHORTCUT
                if rowid in shortcut_set
                else TIER_PERSONA
                if rowid in persona_set
                else TIER_OTHER
            )
            return (tier, scored[rowid] + self._lift(rowid, now), -rowid)

        ranked = sorted(scored, key=key, reverse=True)[:limit]
        rows = self._rows(ranked)
        hits = []
        for rowid in ranked:
            tier, score, _ = key(rowid)
            why = "shortcut" if tier == TIER_SHORTCUT else "persona" if tier else reason
            hits.append(SearchHit(rows[rowid], round(tier * 10 + score, 4), why))
        return hits

    def _scope(self, campaign: Ref | None) -> Callable[[int], bool]:
        if campaign is None:
            return lambda rowid: True
        restricted = self._restricted
        own = self._campaign_rows(campaign)
        off = self._off_channel_rows(campaign)
        if not off:
            return lambda rowid: rowid not in restricted or rowid in own
        return lambda rowid: (rowid not in restricted or rowid in own) and rowid not in off

    def _matches(
        self, tokens: list[str], in_scope: Callable[[int], bool], boosted: set[int]
    ) -> dict[int, float]:
        """Matching in-scope rowids with a relevance in [0, 1]."""
        expression = match_expression(tokens)
        try:
            first = [
                r[0]
                for r in self._conn.execute(
                    "SELECT rowid FROM phrase_fts WHERE phrase_fts MATCH ? LIMIT ?",
                    (expression, BROAD_MATCHES + 1),
                )
            ]
        except sqlite3.OperationalError:  # defensive: the expression is always well formed
            return {}
        if len(first) <= BROAD_MATCHES:
            return self._ranked_by_bm25(expression, in_scope)
        return self._broad(expression, tokens, first, in_scope, boosted)

    def _ranked_by_bm25(self, expression: str, in_scope: Callable[[int], bool]) -> dict[int, float]:
        rows = [
            (rowid, -float(rank))
            for rowid, rank in self._conn.execute(
                f"SELECT rowid, {_BM25} FROM phrase_fts WHERE phrase_fts MATCH ?", (expression,)
            )
            if in_scope(rowid)
        ]
        best = max((rank for _, rank in rows), default=0.0) or 1.0
        return {rowid: max(0.0, rank / best) for rowid, rank in rows}

    def _broad(
        self,
        expression: str,
        tokens: list[str],
        first: list[int],
        in_scope: Callable[[int], bool],
        boosted: set[int],
    ) -> dict[int, float]:
        """A query matching most of the library: score a bounded candidate set cheaply."""
        candidates = [r for r in first if in_scope(r)][:BROAD_CANDIDATES]
        last: int | None = first[-1]
        while len(candidates) < BROAD_CANDIDATES and last is not None:
            more = [
                r[0]
                for r in self._conn.execute(
                    "SELECT rowid FROM phrase_fts WHERE phrase_fts MATCH ? AND rowid > ?"
                    " ORDER BY rowid LIMIT ?",
                    (expression, last, BROAD_MATCHES),
                )
            ]
            candidates.extend(r for r in more if in_scope(r))
            last = more[-1] if more else None
        candidates = candidates[:BROAD_CANDIDATES]
        # Phrases the agent chose (persona, favourites, used) must not fall outside the window.
        # They are few, so they are checked here rather than by FTS5, which would evaluate the
        # whole broad match before filtering by rowid.
        special = [r for r in (boosted | self._usage.keys()) - set(candidates) if in_scope(r)]
        candidates.extend(self._matching(special, tokens))
        titles = self._titles(candidates)
        return {rowid: _title_relevance(titles.get(rowid, ""), tokens) for rowid in candidates}

    def _matching(self, rowids: list[int], tokens: list[str]) -> list[int]:
        """Those of ``rowids`` whose words start with every token, as the index would say."""
        found = []
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for rowid, title, text, tags, shortcut in self._conn.execute(
                f"SELECT rowid, title, text, tags, coalesce(shortcut, '') FROM phrases"
                f" WHERE rowid IN ({marks})",
                chunk,
            ):
                words = _WORD.findall(fold(f"{title} {text} {tags} {shortcut}"))
                if all(any(w.startswith(t) for w in words) for t in tokens):
                    found.append(rowid)
        return found

    def _titles(self, rowids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(
                (rowid, fold(title))
                for rowid, title in self._conn.execute(
                    f"SELECT rowid, title FROM phrases WHERE rowid IN ({marks})", chunk
                )
            )
        return out

    def _corrected(self, tokens: list[str]) -> list[str] | None:
        """The tokens with unknown words replaced by their nearest index term, if any."""
        vocabulary = self._vocab()
        changed = False
        out = []
        for token in tokens:
            near = vocabulary.near(token)
            if near:
                out.append(near[0])
                changed = True
            else:
                out.append(token)
        return out if changed else None

    def _lift(self, rowid: int, now: datetime) -> float:
        usage = self._usage.get(rowid)
        if usage is None:
            return 0.0
        lift = 0.4 if usage.favourite else 0.0
        if usage.uses:
            frequency = min(1.0, math.log1p(usage.uses) / math.log(30.0))
            recency = 0.5
            if usage.last_used is not None:
                days = max(0.0, (now - usage.last_used).total_seconds() / 86400.0)
                recency = 0.5 ** (days / USAGE_HALF_LIFE_DAYS)
            lift += 0.3 * frequency * (0.5 + 0.5 * recency)
        return lift

    def _rows(self, rowids: list[int]) -> dict[int, PhraseRow]:
        out: dict[int, PhraseRow] = {}
        if not rowids:
            return out
        marks = ",".join("?" * len(rowids))
        for r in self._conn.execute(
            "SELECT p.rowid, p.pack_id, p.id, p.title, p.text, p.category, p.tags, p.shortcut,"
            " coalesce(u.favourite, 0), coalesce(u.uses, 0) FROM phrases p"
            " LEFT JOIN phrase_usage u ON u.pack_id = p.pack_id AND u.phrase_id = p.id"
            f" WHERE p.rowid IN ({marks})",
            rowids,
        ):
            out[r[0]] = _phrase_row(r)
        return out


def _title_relevance(title: str, tokens: list[str]) -> float:
    """Cheap relevance for broad queries: title words starting with the tokens count most."""
    padded = " " + title
    score = 0.4
    for token in tokens:
        if title.startswith(token):
            score += 0.4
        elif " " + token in padded:
            score += 0.25
    return score / (0.4 + 0.4 * len(tokens))


def _phrase_row(r: Any) -> PhraseRow:
    return PhraseRow(
        Ref(r[1], r[2]),
        r[3],
        r[4],
        Category(r[5]),
        tuple(json.loads(r[6])),
        r[7],
        bool(r[8]),
        int(r[9]),
    )
