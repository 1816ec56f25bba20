"""The README and the guides in docs/ link to each other, to source files and to screenshots:
every relative link must lead to a file of the repository, and every #anchor to a heading of
the page it names (as GitHub makes anchors), or a newcomer follows a link into nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")
MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_LINK = re.compile(r"<(?:img|a)\b[^>]*?\b(?:src|href)=\"([^\"]+)\"", re.IGNORECASE)
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # https:, mailto:, ...


def _prose(text: str) -> str:
    """The page without its code: a ``[x](y)`` or a ``# line`` in a code block is not markdown."""
    return FENCE.sub("", text)


def links(page: Path) -> list[str]:
    text = CODE_SPAN.sub("", _prose(page.read_text(encoding="utf-8")))
    return MARKDOWN_LINK.findall(text) + HTML_LINK.findall(text)


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: its text, lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link's text only
    text = text.replace("`", "").lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    found: set[str] = set()
    for heading in HEADING.findall(_prose(page.read_text(encoding="utf-8"))):
        base = anchor(heading)
        name, n = base, 0
        while name in found:  # GitHub numbers repeated headings: name, name-1, name-2
            n += 1
            name = f"{base}-{n}"
        found.add(name)
    return found


def test_the_pages_are_found_and_link_somewhere() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in PAGES}
    guides = ("user-guide", "packs", "it", "cli", "architecture", "security", "performance")
    assert {"README.md", *(f"docs/{name}.md" for name in guides)} <= names
    assert all(links(page) for page in PAGES if page.name != "performance.md")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_leads_to_a_file_and_heading_that_exist(page: Path) -> None:
    broken = []
    for target in links(page):
        if EXTERNAL.match(target):
            continue
        path_part, _, fragment = target.partition("#")
        file = (page.parent / path_part).resolve() if path_part else page
        if not file.exists() or not file.is_relative_to(ROOT):
            broken.append(f"{target}: no such file in the repository")
        elif fragment and file.suffix == ".md" and fragment not in anchors(file):
            broken.append(f"{target}: no heading with that anchor in {file.name}")
    assert broken == [], f"{page.name}: " + "; ".join(broken)


def test_every_guide_is_linked_from_the_readme() -> None:
    readme = set(links(ROOT / "README.md"))
    for page in PAGES[1:]:
        assert f"docs/{page.name}" in {t.partition("#")[0] for t in readme}, page.name


def test_the_anchor_rule_is_githubs() -> None:
    assert anchor("`policy.ini`: what it decides") == "policyini-what-it-decides"
    assert anchor("bench/startup.py: start-up") == "benchstartuppy-start-up"
    assert anchor("The softphone's commands") == "the-softphones-commands"
    assert anchor("What is kept, where, and for how long") == "what-is-kept-where-and-for-how-long"
