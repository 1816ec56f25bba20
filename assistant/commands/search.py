"""``agent-assistant search QUERY``: the window's phrase search, from the command line."""

from __future__ import annotations

import argparse
import json

from assistant.commands import EXIT_OK, Subparsers, add, fail, filled, open_kb


def register(commands: Subparsers, common: argparse.ArgumentParser) -> None:
    search = add(commands, "search", "search phrases as the window does", common, _search)
    search.add_argument("query", metavar="QUERY", help="words, a prefix, or a shortcut")
    search.add_argument(
        "--campaign", type=filled("a campaign id"), metavar="ID", help="campaign id (or PACK/ID)"
    )
    search.add_argument(
        "--persona", type=filled("a persona id"), metavar="ID", help="persona id (or PACK/ID)"
    )
    search.add_argument("--limit", type=_positive, default=10, metavar="N", help="default 10")
    search.add_argument("--json", action="store_true", help="print a JSON list")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be from 1 to 1000")
    return value


def _search(args: argparse.Namespace) -> int:
    from assistant.core.model import Ref, find_ref
    from assistant.store.errors import StoreError

    try:
        kb = open_kb(args)
    except StoreError as error:
        return fail(str(error))

    def resolve(kind: str, given: str | None, known: list[Ref]) -> Ref | None | str:
        if given is None:
            return None
        found = find_ref(given, known)  # the window's rule: a team pack's id before built-in
        return found if found is not None else f"no {kind} with the id '{given}' is installed"

    campaign = resolve("campaign", args.campaign, [c.ref for c in kb.campaigns()])
    persona = resolve("persona", args.persona, [p.ref for p in kb.personas()])
    for problem in (campaign, persona):
        if isinstance(problem, str):
            return fail(problem)
    assert not isinstance(campaign, str) and not isinstance(persona, str)
    hits = kb.search(args.query, campaign, persona, args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": h.phrase.ref.id,
                        "pack": h.phrase.ref.pack,
                        "title": h.phrase.title,
                        "text": h.phrase.text,
                        "category": h.phrase.category.value,
                        "score": h.score,
                        "reason": h.reason,
                    }
                    for h in hits
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not hits:
        print("no phrase matches")
    for h in hits:
        print(f"{h.phrase.ref.id}\t{h.phrase.title}\t{h.phrase.text}")
    return EXIT_OK
