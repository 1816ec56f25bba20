"""The pack editor's document: every edit undoable, and no edit changes the data as it was
before it, so a snapshot a worker checks or saves stays the draft it was when taken."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import shiboken6
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.ui.editor.document import PackDocument


@contextmanager
def _document() -> Iterator[PackDocument]:
    """A document deleted when done, as the editor's is with the editor (its parent): one that
    nothing owns, left to the garbage collector with its undo history, crashed PySide."""
    doc = PackDocument(_pack())
    try:
        yield doc
    finally:
        shiboken6.delete(doc)


def _pack() -> dict[str, Any]:
    return {
        "id": "doc-test",
        "name": "Document test",
        "phrases": [{"id": f"p{i}", "text": f"Hello {i}.", "keywords": ["a"]} for i in range(4)],
        "campaigns": [{"id": "sales", "call_flow": [{"step": "Greet"}, {"step": "Offer"}]}],
    }


# One edit as data: (what, where, and with what), applied to the document and, the plain way
# (in place, as the document once did), to a copy; both must end alike.
Edit = tuple[str, tuple[Any, ...]]

_LISTS = (("phrases",), ("campaigns", 0, "call_flow"), ("personas",))
_VALUES = (
    ("name",),
    ("phrases", 1, "text"),
    ("phrases", 0, "keywords"),
    ("campaigns", 0, "id"),
    ("campaigns", 0, "hold", "check_in_phrase"),  # a dict made on the way
    ("phrases", 2, "text", "oops"),  # through a value that holds no field (a hand-written slip)
)
_words = st.text(alphabet="abc ", max_size=5)
_edits = st.one_of(
    st.tuples(st.just("set"), st.tuples(st.sampled_from(_VALUES), _words)),
    st.tuples(st.just("clear"), st.tuples(st.just(("description",)))),
    st.tuples(
        st.just("insert"),
        st.tuples(st.sampled_from(_LISTS), st.integers(0, 3), st.builds(dict, id=_words)),
    ),
    st.tuples(st.just("remove"), st.tuples(st.sampled_from(_LISTS), st.integers(0, 3))),
    st.tuples(
        st.just("move"), st.tuples(st.sampled_from(_LISTS), st.integers(0, 3), st.integers(0, 3))
    ),
    st.tuples(st.just("undo"), st.tuples()),
    st.tuples(st.just("redo"), st.tuples()),
)


def _apply(doc: PackDocument, edit: Edit) -> None:
    what, args = edit
    if what == "set":
        doc.set_value(*args)
    elif what == "clear":
        doc.set_value(args[0], None)
    elif what == "insert":
        path, index, item = args
        items = doc.get(path)
        doc.insert_item(path, min(index, len(items) if isinstance(items, list) else 0), item)
    elif what == "remove":
        doc.remove_item(*args)
    elif what == "move":
        doc.move_item(*args)
    elif what == "undo":
        doc.undo_stack.undo()
    else:
        doc.undo_stack.redo()


@pytest.mark.usefixtures("qapp")
@settings(max_examples=150, deadline=None)
@given(st.lists(_edits, max_size=12))
def test_no_edit_changes_a_snapshot_taken_before_it(edits: list[Edit]) -> None:
    with _document() as doc:
        taken: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for edit in edits:
            taken.append((doc.snapshot(), copy.deepcopy(doc.snapshot())))
            _apply(doc, edit)
        for snapshot, as_it_was in taken:
            assert snapshot == as_it_was
        # And undoing every edit gives back the pack as it was opened, exactly: no list or dict
        # an edit made stays behind, empty, and a value an edit replaced is back.
        doc.undo_stack.setIndex(0)
        assert doc.snapshot() == _pack()


@pytest.mark.usefixtures("qapp")
def test_an_edit_to_an_item_no_longer_there_changes_nothing() -> None:
    with _document() as doc:
        doc.remove_item(("phrases",), 0)
        doc.remove_item(("phrases",), 0)
        before = doc.snapshot()
        doc.set_value(("phrases", 2, "text"), "Late.")  # was phrase 4 of 4
        doc.set_value(("campaigns", 0, "call_flow", 5, "step"), "Late.")
        doc.set_value(("personas", 0, "name"), "Late.")  # no personas at all
        assert doc.snapshot() is before and doc.undo_stack.count() == 2


@pytest.mark.usefixtures("qapp")
def test_each_edit_does_what_it_says_and_undoes() -> None:
    with _document() as doc:
        seen: list[object] = []
        doc.changed.connect(seen.append)
        doc.set_value(("phrases", 1, "text"), "Hi.")
        doc.set_value(("description",), "New")  # a field not there yet
        doc.set_value(("hold", "interval"), 90)  # under a dict not there yet
        doc.insert_item(("personas",), 0, {"id": "angry"})  # a list not there yet
        doc.remove_item(("phrases",), 0)
        doc.move_item(("campaigns", 0, "call_flow"), 0, 1)
        doc.set_value(("description",), None)  # None removes an optional field
        data = doc.snapshot()
        assert [p["id"] for p in data["phrases"]] == ["p1", "p2", "p3"]
        assert data["phrases"][0]["text"] == "Hi." and "description" not in data
        assert data["hold"] == {"interval": 90} and data["personas"] == [{"id": "angry"}]
        assert data["campaigns"][0]["call_flow"] == [{"step": "Offer"}, {"step": "Greet"}]
        assert seen == [
            ("phrases", 1, "text"),
            ("description",),
            ("hold", "interval"),
            ("personas",),
            ("phrases",),
            ("campaigns", 0, "call_flow"),
            ("description",),
        ]
        doc.undo_stack.setIndex(0)
        assert doc.snapshot() == _pack()


@pytest.mark.usefixtures("qapp")
def test_an_edit_through_a_value_that_holds_no_field_replaces_it_and_undo_brings_it_back() -> None:
    # A hand-written pack says `hold: 5`; the supervisor types the check-in phrase in.
    with _document() as doc:
        doc.set_value(("campaigns", 0, "hold"), 5)
        doc.set_value(("campaigns", 0, "hold", "check_in_phrase"), "hold-check-in")
        assert doc.get(("campaigns", 0, "hold")) == {"check_in_phrase": "hold-check-in"}
        doc.undo_stack.undo()
        assert doc.get(("campaigns", 0, "hold")) == 5
        doc.undo_stack.redo()
        assert doc.get(("campaigns", 0, "hold")) == {"check_in_phrase": "hold-check-in"}


@pytest.mark.usefixtures("qapp")
def test_typing_in_one_field_is_one_step_of_undo() -> None:
    with _document() as doc:
        for typed in ("H", "He", "Hey"):
            doc.set_value(("phrases", 1, "text"), typed)
        doc.set_value(("hold", "interval"), 90)
        assert doc.undo_stack.count() == 2
        doc.undo_stack.undo()
        assert doc.get(("phrases", 1, "text")) == "Hey" and "hold" not in doc.snapshot()
        doc.undo_stack.undo()
        assert doc.snapshot() == _pack()


@pytest.mark.usefixtures("qapp")
def test_an_edit_copies_only_what_lies_on_its_path() -> None:
    with _document() as doc:
        before = doc.snapshot()
        doc.set_value(("phrases", 1, "text"), "Hi.")
        after = doc.snapshot()
        assert after is not before and after["phrases"] is not before["phrases"]
        assert after["phrases"][1] is not before["phrases"][1]
        # The rest is shared, not copied: the other phrases, the campaigns.
        assert all(after["phrases"][i] is before["phrases"][i] for i in (0, 2, 3))
        assert after["campaigns"] is before["campaigns"]


@pytest.mark.usefixtures("qapp")
def test_an_edit_of_a_lists_items_names_the_row_to_select_after_it_and_after_its_undo() -> None:
    steps = ("campaigns", 0, "call_flow")
    with _document() as doc:
        landed: list[tuple[object, int]] = []
        doc.landed.connect(lambda path, row: landed.append((path, row)))
        doc.insert_item(("phrases",), 1, {"id": "new"})  # the new one
        doc.insert_item(("phrases",), 99, {"id": "last"})  # past the end: last
        doc.remove_item(("phrases",), 5)  # the last: the one before takes its place
        doc.remove_item(("phrases",), 0)  # the first: the next takes its place
        doc.move_item(steps, 1, 0)
        doc.insert_item(("personas",), 0, {"id": "only"})  # a list not there yet
        doc.remove_item(("personas",), 0)  # the only one: none is left to select
        doc.set_value(("phrases", 0, "text"), "Hi.")  # a value: no row to select
        assert landed == [
            (("phrases",), 1),
            (("phrases",), 5),
            (("phrases",), 4),
            (("phrases",), 0),
            (steps, 0),
            (("personas",), 0),
            (("personas",), -1),
        ]
        landed.clear()
        doc.undo_stack.setIndex(0)
        # Each undone: the item brought back, or moved back; an added one gone, the one in its
        # place (the one before when it was last, none when the list is left empty).
        assert landed == [
            (("personas",), 0),
            (("personas",), -1),
            (steps, 1),
            (("phrases",), 0),
            (("phrases",), 5),
            (("phrases",), 4),
            (("phrases",), 1),
        ]
        assert doc.landing is None  # said only while the edit is shown
