"""The content lint: what a team leader checks in a pack's words. It must pass over every
built-in campaign, and catch each mistake it is there for, pointing at the line concerned."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.core.pack import Pack
from assistant.packs.errors import PackError, Severity
from assistant.packs.lint import MAX_WORDS, RULES, lint_file, lint_pack, word_count
from assistant.packs.loader import known_ids, load_pack
from assistant.resources import resource_path

HEADER = """\
format: agent-assistant/pack@1
id: team
name: Team
version: 1
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    return path


def lint(tmp_path: Path, body: str, fallback: Pack | None = None) -> list[PackError]:
    path = write(tmp_path, body)
    known = known_ids(fallback) if fallback is not None else None
    return lint_file(path, load_pack(path, known), fallback)


def rules(found: list[PackError]) -> list[str]:
    return [p.message.rsplit("(content rule ", 1)[1].rstrip(")") for p in found]


def phrase(pid: str, text: str, category: str = "other", extra: str = "") -> str:
    lines = f'  - id: {pid}\n    title: {pid}\n    text: "{text}"\n    category: {category}\n'
    return lines + "".join(f"    {line}\n" for line in extra.splitlines() if line)


def campaign(
    steps: list[tuple[str, list[str], bool]],
    kind: str = "customer-service",
    direction: str = "inbound",
    check_in: str = "",
) -> str:
    out = (
        "campaigns:\n  - id: line\n    name: Line\n"
        f"    type: {kind}\n    direction: {direction}\n    reach: domestic\n"
    )
    if check_in:
        out += f"    hold:\n      check_in_phrase: {check_in}\n"
    out += "    call_flow:\n"
    for name, refs, required in steps:
        out += f"      - step: {name}\n        phrases: [{', '.join(refs)}]\n"
        if required:
            out += "        required: true\n"
    return out


# Phrases that satisfy every rule, to build on.
GOOD = "".join(
    [
        phrase("hi", "Thank you for calling {company}.", "opening"),
        phrase("hi-2", "Hello, this is {agent_name}.", "opening"),
        phrase(
            "rec", "Please note this call is recorded.", "compliance", "tags: [recording-notice]"
        ),
        phrase("rec-2", "If you'd rather not be recorded, tell me.", "compliance"),
        phrase("dob", "What is your date of birth?", "verification"),
        phrase("acct", "What is your account number?", "verification"),
        phrase("bye", "Thank you for calling.", "closing"),
        phrase("bye-no", "I'm sorry we couldn't fix it today.", "closing", "tags: [no-success]"),
    ]
)


def good_flow(**kwargs: str) -> str:
    return campaign(
        [
            ("Opening", ["hi", "hi-2"], False),
            ("Recording notice", ["rec", "rec-2"], True),
            ("Verification", ["dob", "acct"], True),
            ("Closing", ["bye", "bye-no"], False),
        ],
        **kwargs,
    )


def test_every_built_in_campaign_passes_the_lint(builtin_pack: Pack) -> None:
    path = resource_path("packs", "builtin.yaml")
    assert lint_file(path, builtin_pack) == []
    assert len(builtin_pack.campaigns) >= 20


def test_the_starter_pack_passes_the_lint_over_the_built_in_pack(builtin_pack: Pack) -> None:
    path = resource_path("packs", "starter.yaml")
    assert lint_file(path, load_pack(path, known_ids(builtin_pack)), builtin_pack) == []


def test_a_pack_that_follows_every_rule_gets_no_warning(tmp_path: Path) -> None:
    assert lint(tmp_path, good_flow() + "phrases:\n" + GOOD) == []


def test_a_verification_question_before_the_recording_notice_is_pointed_at(
    tmp_path: Path,
) -> None:
    body = campaign(
        [
            ("Opening", ["hi", "dob"], False),
            ("Recording notice", ["rec", "rec-2"], True),
            ("Closing", ["bye", "bye-no"], False),
        ]
    )
    [warning] = lint(tmp_path, body + "phrases:\n" + GOOD)
    assert warning.severity is Severity.WARNING
    assert warning.path == "campaigns[0].call_flow[0].phrases[1]"
    line = (tmp_path / "team.yaml").read_text().splitlines()[warning.line - 1]
    assert "[hi, dob]" in line and line[warning.column - 1 :].startswith("dob")
    assert "'dob' asks a verification question" in warning.message
    assert str(warning).startswith(f"{tmp_path / 'team.yaml'}:{warning.line}:")
    assert ": warning: " in str(warning) and "content rule recording-first" in str(warning)


def test_no_recording_notice_at_all_and_an_optional_one_are_both_reported(
    tmp_path: Path,
) -> None:
    missing = campaign([("Opening", ["hi", "dob"], False), ("Closing", ["bye", "bye-no"], False)])
    [warning] = lint(tmp_path, missing + "phrases:\n" + GOOD)
    assert "never gives the recording notice" in warning.message
    optional = good_flow().replace(
        "phrases: [rec, rec-2]\n        required: true", "phrases: [rec, rec-2]"
    )
    [warning] = lint(tmp_path, optional + "phrases:\n" + GOOD)
    assert warning.path == "campaigns[0].call_flow[1]"
    assert "optional step 'Recording notice'" in warning.message


def test_written_campaigns_need_no_recording_notice(tmp_path: Path) -> None:
    body = campaign(
        [("Opening", ["hi", "dob"], False), ("Closing", ["bye", "bye-no"], False)],
        kind="non-voice",
    )
    assert lint(tmp_path, body + "phrases:\n" + GOOD) == []


def test_outbound_calls_confirm_the_right_person_before_the_account(tmp_path: Path) -> None:
    extra = phrase("offer", "Our new plan costs less.", "sales") + phrase(
        "who", "Am I speaking with {customer_name}?", "verification", "tags: [right-party]"
    )
    steps = [
        ("Opening", ["hi", "hi-2"], False),
        ("Recording notice", ["rec", "rec-2"], True),
        ("Offer", ["offer", "who"], False),
        ("Closing", ["bye", "bye-no"], False),
    ]
    found = lint(tmp_path, campaign(steps, direction="outbound") + "phrases:\n" + GOOD + extra)
    assert rules(found) == ["right-party-first"]
    assert found[0].path == "campaigns[0].call_flow[2].phrases[0]"
    # Asked first, it passes; inbound lines are not asked to.
    steps[2] = ("Offer", ["who", "offer"], False)
    assert lint(tmp_path, campaign(steps, direction="outbound") + "phrases:\n" + GOOD + extra) == []
    steps[2] = ("Offer", ["offer", "who"], False)
    assert lint(tmp_path, campaign(steps) + "phrases:\n" + GOOD + extra) == []


def test_collections_follow_their_order_and_miss_nothing(tmp_path: Path) -> None:
    extra = "".join(
        [
            phrase("who", "Am I speaking with {customer_name}?", "verification"),
            phrase("who-2", "Could you confirm your full name?", "verification",
                   "tags: [right-party]"),
            phrase("debt", "This is an attempt to collect a debt.", "compliance"),
            phrase("debt-2", "This call is from a debt collector.", "compliance"),
            phrase("owed", "The balance is {balance}.", "resolution"),
            phrase("owed-2", "Can you pay that today?", "resolution", "tags: [debt-balance]"),
        ]
    )  # fmt: skip
    right = [
        ("Opening", ["hi", "hi-2"], False),
        ("Right party", ["who", "who-2"], True),
        ("Recording notice", ["rec", "rec-2"], True),
        ("Identity", ["dob", "acct"], True),
        ("Disclosure", ["debt", "debt-2"], True),
        ("Balance", ["owed", "owed-2"], False),
        ("Closing", ["bye", "bye-no"], False),
    ]
    pack = "phrases:\n" + GOOD + extra
    assert lint(tmp_path, campaign(right, "collections", "outbound") + pack) == []
    # The disclosure before the identity check, and no balance at all.
    wrong = [right[0], right[1], right[2], right[4], right[3], right[6]]
    found = lint(tmp_path, campaign(wrong, "collections", "outbound") + pack)
    assert rules(found) == ["collections-order", "collections-order"]
    messages = " | ".join(p.message for p in found)
    assert "no balance (a phrase tagged debt-balance)" in messages
    assert "the debt-collector disclosure comes before the identity check" in messages
    # Inbound, no right-party check is asked for.
    inbound = [step for step in right if step[0] != "Right party"]
    assert lint(tmp_path, campaign(inbound, "collections") + pack) == []


def test_steps_offer_two_phrases_and_the_closing_a_no_success_line(tmp_path: Path) -> None:
    body = campaign(
        [
            ("Opening", ["hi"], False),
            ("Recording notice", ["rec", "rec-2"], True),
            ("Disclosure", ["rec", "rec-2"], False),
            ("Closing", ["bye", "hi-2"], False),
        ]
    )
    found = lint(tmp_path, body + "phrases:\n" + GOOD)
    assert rules(found) == ["two-phrases", "no-success-close"]
    assert found[0].path == "campaigns[0].call_flow[0].phrases"
    assert "offers 1 phrase:" in found[0].message
    assert found[1].path == "campaigns[0].call_flow[3]"  # 'Disclosure' is not a closing step
    # Without a step named like a closing, the last step is the closing one.
    renamed = body.replace("step: Closing", "step: Goodbye")
    assert rules(lint(tmp_path, renamed + "phrases:\n" + GOOD)) == [
        "two-phrases",
        "no-success-close",
    ]


def test_hold_check_in_lines_thank_or_apologise(tmp_path: Path) -> None:
    rude = phrase("wait", "Still working on it.", "hold")
    tagged = phrase("wait-2", "Still there?", "hold", "tags: [check-in]")
    kind = phrase("wait-3", "Thanks for holding, and sorry for the wait.", "hold")
    body = good_flow(check_in="wait") + "phrases:\n" + GOOD + rude + tagged + kind
    found = lint(tmp_path, body)
    assert rules(found) == ["check-in-courtesy", "check-in-courtesy"]
    assert {p.path for p in found} == {"phrases[8].text", "phrases[9].text"}
    body = good_flow(check_in="wait-3") + "phrases:\n" + GOOD + kind
    assert lint(tmp_path, body) == []


def test_a_built_in_check_in_phrase_is_judged_where_the_campaign_names_it(
    tmp_path: Path, builtin_pack: Pack
) -> None:
    body = good_flow(check_in="hold-check-in") + "phrases:\n" + GOOD
    assert lint(tmp_path, body, builtin_pack) == []


def test_campaign_name_never_reaches_the_customer(tmp_path: Path) -> None:
    body = "phrases:\n" + "".join(
        [
            phrase("team", "I'm calling from our {campaign} team."),
            phrase("brief", "Caller from {campaign}.", extra="tags: [internal]"),
            phrase("braces", "Type {{campaign}} in the form."),
        ]
    )
    found = lint(tmp_path, body)
    assert rules(found) == ["no-campaign-name"]
    assert found[0].path == "phrases[0].text"


def test_said_lines_are_sayable_and_written_ones_may_be_longer(tmp_path: Path) -> None:
    words = " ".join(["word"] * MAX_WORDS)
    body = "phrases:\n" + "".join(
        [
            phrase("ok", words + "."),
            phrase("long", words + " more."),
            phrase("long-voice", words + " {more}.", extra="channels: [voice]"),
            phrase("email", words + " " + words, extra="channels: [email]"),
        ]
    )
    found = lint(tmp_path, body)
    assert rules(found) == ["sayable", "sayable"]
    assert [p.path for p in found] == ["phrases[1].text", "phrases[2].text"]
    assert f"is {MAX_WORDS + 1} words long" in found[0].message


def test_word_count_hears_placeholders_and_sections_as_words() -> None:
    assert word_count("Hello {customer_name}, I'm here.") == 4
    assert word_count("Pay {amount:a|b} now[[?more: and {x} later]].") == 6
    assert word_count("Braces {{like this}} count.") == 4


def test_flows_use_phrases_for_the_campaign_channels(tmp_path: Path) -> None:
    body = campaign(
        [
            ("Opening", ["hi", "hi-2"], False),
            ("Closing", ["bye", "bye-no"], False),
        ],
        kind="non-voice",
        check_in="wait",
    )
    voice = GOOD.replace(
        "    category: opening\n", "    category: opening\n    channels: [voice]\n", 1
    )
    extra = phrase("wait", "Thanks for waiting!", "hold", "channels: [chat]")
    found = lint(tmp_path, body + "phrases:\n" + voice + extra)
    assert rules(found) == ["channel-reach"]
    assert found[0].path == "campaigns[0].call_flow[0].phrases[0]"
    assert "is for voice only and this campaign runs on chat and email" in found[0].message


def test_untagged_packs_are_read_from_categories_and_words(tmp_path: Path) -> None:
    untagged = GOOD.replace("    tags: [recording-notice]\n", "")
    assert lint(tmp_path, good_flow() + "phrases:\n" + untagged) == []
    # A compliance line that does not mention recording is no notice.
    silent = untagged.replace("Please note this call is recorded.", "Please note our terms.")
    silent = silent.replace("If you'd rather not be recorded, tell me.", "Any questions?")
    assert rules(lint(tmp_path, good_flow() + "phrases:\n" + silent)) == ["recording-first"]


def test_every_rule_is_listed_once() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids)) == 9


def test_pack_validate_prints_lint_warnings_and_still_succeeds(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = campaign([("Opening", ["hi", "dob"], False), ("Closing", ["bye", "bye-no"], False)])
    path = write(tmp_path, missing + "phrases:\n" + GOOD)
    assert main(["--data-dir", str(data_dir), "pack", "validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    [warning, ok] = out.splitlines()
    assert warning.startswith(f"{path}:") and ": warning: 'dob' asks a verification" in warning
    assert ok.startswith(f"{path}: ok: team version 1")


def test_pack_validate_lints_against_the_installed_built_in_pack(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Built-in recording notice and check-in line: nothing to warn about.
    body = campaign(
        [
            ("Opening", ["hi", "hi-2"], False),
            ("Recording notice", ["comp-recorded-line", "comp-recorded-objection"], True),
            ("Verification", ["dob", "verify-postcode"], True),
            ("Closing", ["bye", "close-not-resolved"], False),
        ],
        check_in="hold-check-in",
    )
    path = write(tmp_path, body + "phrases:\n" + GOOD)
    assert main(["--data-dir", str(data_dir), "pack", "validate", str(path)]) == 0
    assert "warning" not in capsys.readouterr().out


def test_a_pack_with_errors_gets_no_lint(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = campaign([("Opening", ["hi", "nope"], False)])
    path = write(tmp_path, missing + "phrases:\n" + GOOD)
    assert main(["--data-dir", str(data_dir), "pack", "validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "there is no phrase with the id 'nope'" in err
    assert "content rule" not in out + err


def test_lint_without_positions_names_paths_at_line_one(builtin_pack: Pack) -> None:
    broken = Pack(
        id="x",
        name="X",
        version=1,
        campaigns=builtin_pack.campaigns[:1],
        phrases=tuple(p for p in builtin_pack.phrases if p.id != "comp-recorded-line"),
    )
    found = lint_pack(broken)
    assert found and all((p.file, p.line, p.column) == ("x", 1, 1) for p in found)


def test_pack_import_gives_the_advice_pack_validate_gives_and_still_installs(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A content rule (the security question before the recording notice) and a validator's
    # warning (a check-in phrase that is not in the hold category).
    flow = campaign(
        [("Opening", ["hi", "dob"], False), ("Closing", ["bye", "bye-no"], False)],
        check_in="hi-2",
    )
    path = write(tmp_path, flow + "phrases:\n" + GOOD)
    assert main(["--data-dir", str(data_dir), "pack", "validate", str(path)]) == 0
    validated = capsys.readouterr().out.splitlines()[:-1]
    assert all(": warning: " in line for line in validated)
    assert any("a 'hold' phrase is expected" in line for line in validated)  # the validator's
    assert any("(content rule recording-first)" in line for line in validated)

    assert main(["--data-dir", str(data_dir), "pack", "import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    *advice, installed = out.splitlines()
    assert advice == validated  # the same lines, file, line and column
    assert installed.startswith(f"{path}: installed team version 1")
    # Exactly this file again: nothing is read, nothing to advise.
    assert main(["--data-dir", str(data_dir), "pack", "import", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: already installed: team (exactly this file)\n"


def test_pack_import_points_into_a_zipped_pack(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    missing = campaign([("Opening", ["hi", "dob"], False), ("Closing", ["bye", "bye-no"], False)])
    text = write(tmp_path, missing + "phrases:\n" + GOOD).read_text(encoding="utf-8")
    zipped = tmp_path / "team.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("pack.yaml", text)
    assert main(["--data-dir", str(data_dir), "pack", "import", str(zipped)]) == 0
    [warning, _installed] = capsys.readouterr().out.splitlines()
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "phrases: [hi, dob]" in row)
    assert warning.startswith(f"{zipped}:{line}:") and "'dob' asks a verification" in warning


def test_a_lint_that_fails_leaves_the_import_done_and_says_so_in_the_log(
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from assistant.packs import lint as lint_module

    def broken(*_args: object) -> list[PackError]:
        raise RuntimeError("a bug in a rule")

    monkeypatch.setattr(lint_module, "lint_source", broken)
    path = write(tmp_path, good_flow() + "phrases:\n" + GOOD)
    assert main(["--data-dir", str(data_dir), "pack", "import", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"{path}: installed team version 1")
    assert "the content lint of" in caplog.text and "a bug in a rule" in caplog.text
