"""Screenshot of the pack editor for the README (docs/editor.png), taken offscreen.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/editor_screenshot.py docs/editor.png
    [--theme light|dark] [--tab phrases|campaigns]

A hand-written pack (tests/packs/acme.yaml) with a phrase that has a choice, a default and an
optional section, and a shortcut mistake flagged under its field and in the problem list; with
--tab campaigns, a direction and a check-in interval the format does not allow, shown as the
file holds them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from assistant.app import _application  # noqa: E402
from assistant.services.opening import open_knowledge_base  # noqa: E402
from assistant.ui.editor.window import PackEditor  # noqa: E402
from assistant.ui.operations import Operations  # noqa: E402
from assistant.ui.theme import apply_theme  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GREETING = (
    "Hello {customer_name}, I see this is about {reason:Billing|Repairs|Other}. "
    "[[?warranty: Your {plan=Basic} plan covers it.]]"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/editor.png")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--tab", choices=("phrases", "campaigns"), default="phrases")
    args = parser.parse_args()
    app = _application(sys.argv[:1])
    apply_theme(app, args.theme)
    folder = Path(tempfile.mkdtemp())
    kb = open_knowledge_base(folder, backup=False)
    pack = (ROOT / "tests" / "packs" / "acme.yaml").read_text(encoding="utf-8")
    pack = pack.replace(
        '"Hello, may I speak with {customer_name}? This is {agent_name} calling from {company}."',
        f'"{GREETING}"',
    ).replace(
        "    campaigns: [acme-collections]\n",
        '    campaigns: [acme-collections]\n    shortcut: "; hi"\n',
        1,
    )
    if args.tab == "campaigns":
        pack = pack.replace("direction: outbound", "direction: sideways").replace(
            "check_in_seconds: 90", "check_in_seconds: 300"
        )
    source = folder / "acme.yaml"
    source.write_text(pack, encoding="utf-8")
    operations = Operations(kb)
    editor = PackEditor(operations, pack_folder=lambda: None)
    editor.resize(1100, 720)
    editor.show()
    if not editor.open_file(source):
        print(editor.last_message, file=sys.stderr)
        return 1
    editor.tabs.setCurrentIndex(3 if args.tab == "phrases" else 1)
    for _ in range(5):
        app.processEvents()
    image = editor.grab()
    image.save(args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()})")
    editor.doc.undo_stack.setClean()
    operations.close()
    editor.close()
    kb.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
