"""Characters that make text show other than it is stored, defined once for every reader of
text someone else wrote: a pack's validator refuses them (packs/validate.py), the team floor
takes them out of a name (core/team.py), a message spells them out (packs/errors.py).

Each is a regular expression's character-class body (``f"[{BIDI_CONTROLS}]"``), so each
reader adds the characters of its own policy around it.
"""

from __future__ import annotations

BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
"""The bidirectional embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069):
each reorders the text after it, up to its closing character or the end of the paragraph, so a
line can display in an order other than the one it is stored and pasted in (U+202E shows
"live" as "evil"; the "Trojan source" attack). Right-to-left text never needs them: Arabic or
Hebrew shows in its order by its letters alone."""

BIDI_MARKS = "\u061c\u200e\u200f"
"""The Arabic letter mark and the left-to-right and right-to-left marks: invisible, but they
only give the neutral characters beside them a direction, as a letter would, and reorder
nothing beyond. Right-to-left text uses them (a number or a full stop at a line's end), so a
pack keeps them; a name on the floor is shown without them."""

CONTROLS = "\x00-\x1f\x7f-\x9f"
"""The C0 and C1 control characters, tab and line breaks among them."""
