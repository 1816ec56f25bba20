"""Signed packs: a supervisor makes a key, signs a pack, IT requires the signature; unsigned,
tampered and wrongly-signed packs are refused, by hand, in the Pack manager and from the share."""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant.cli import main
from assistant.packs.signing import load_public_key
from assistant.services.intake import PackIntake
from assistant.services.opening import open_knowledge_base
from assistant.services.policy import POLICY_ENV, load_policy
from assistant.services.shared_folder import FolderSync
from assistant.settings import Settings
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import PACKS, finished, new_window


@pytest.fixture
def keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """Two key pairs made with the command line: the team's and a stranger's."""
    folder = tmp_path / "keys"
    assert main(["pack", "keygen", "-o", str(folder / "team")]) == 0
    assert main(["pack", "keygen", "-o", str(folder / "stranger")]) == 0
    capsys.readouterr()
    return folder / "team", folder / "stranger"


@pytest.fixture
def signed(tmp_path: Path, keys: tuple[Path, Path]) -> Path:
    pack = tmp_path / "out" / "acme.yaml"
    pack.parent.mkdir()
    shutil.copy(PACKS / "acme.yaml", pack)
    assert main(["pack", "sign", str(pack), "--key", str(keys[0])]) == 0
    return pack


def _require(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys_line: str) -> Path:
    policy = tmp_path / "it" / "policy.ini"
    policy.parent.mkdir(exist_ok=True)
    policy.write_text(f"[packs]\nrequired_signing_keys = {keys_line}\n", encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    return policy


def test_keygen_writes_a_private_and_a_public_key_and_refuses_to_overwrite(
    keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    team, _ = keys
    assert team.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert Path(f"{team}.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    assert team.stat().st_mode & 0o077 == 0  # the private key is readable by its owner only
    assert main(["pack", "keygen", "-o", str(team)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_verify_accepts_only_the_untouched_pack_signed_by_that_key(
    signed: Path, keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    team, stranger = keys
    sig = Path(f"{signed}.sig")
    assert len(base64.b64decode(sig.read_bytes().strip())) == 64
    capsys.readouterr()
    assert main(["pack", "verify", str(signed), "--key", f"{team}.pub"]) == 0
    assert "ok: signed by team.pub" in capsys.readouterr().out

    assert main(["pack", "verify", str(signed), "--key", f"{stranger}.pub"]) == 1
    assert "does not match stranger.pub" in capsys.readouterr().err

    # One changed byte (a comment, even) breaks the signature.
    signed.write_bytes(signed.read_bytes() + b"# edited\n")
    assert main(["pack", "verify", str(signed), "--key", f"{team}.pub"]) == 1
    assert "changed after signing" in capsys.readouterr().err

    sig.unlink()
    assert main(["pack", "verify", str(signed), "--key", f"{team}.pub"]) == 1
    assert "not signed (no acme.yaml.sig beside it)" in capsys.readouterr().err

    sig.write_text("not a signature\n")
    assert main(["pack", "verify", str(signed), "--key", f"{team}.pub"]) == 1
    assert "is not a pack signature" in capsys.readouterr().err

    assert main(["pack", "verify", str(signed), "--key", str(team)]) == 1  # a private key
    assert "this is a private key; use the public key" in capsys.readouterr().err


def test_without_a_policy_unsigned_packs_import_as_before(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "none.ini"))
    assert main(["--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml")]) == 0


def test_the_policy_refuses_unsigned_tampered_and_wrongly_signed_packs_on_import(
    data_dir: Path,
    tmp_path: Path,
    signed: Path,
    keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    team, stranger = keys
    policy = _require(tmp_path, monkeypatch, str(Path(f"{team}.pub")))
    base = ["--data-dir", str(data_dir), "pack", "import"]

    unsigned = tmp_path / "unsigned.yaml"
    shutil.copy(PACKS / "acme.yaml", unsigned)
    assert main([*base, str(unsigned)]) == 1
    err = capsys.readouterr().err
    assert f"{unsigned}:1:1: (file): the pack is not signed (no unsigned.yaml.sig" in err
    assert "IT policy requires a signature" in err

    other = tmp_path / "other.yaml"
    shutil.copy(PACKS / "acme.yaml", other)
    assert main(["pack", "sign", str(other), "--key", str(stranger)]) == 0
    capsys.readouterr()
    assert main([*base, str(other)]) == 1
    assert "signed with a key the IT policy does not list (team.pub)" in capsys.readouterr().err

    tampered = tmp_path / "tampered.yaml"
    tampered.write_bytes(signed.read_bytes().replace(b"version: 3", b"version: 4"))
    shutil.copy(f"{signed}.sig", f"{tampered}.sig")
    assert main([*base, str(tampered)]) == 1
    assert "the file was changed after it was signed" in capsys.readouterr().err

    kb = open_knowledge_base(data_dir)
    assert [p.id for p in kb.packs()] == ["builtin"]  # nothing got in
    kb.database.close()

    assert main([*base, str(signed)]) == 0
    assert "installed acme-collections version 3" in capsys.readouterr().out

    # Inline base64 keys work too, and a policy key that cannot be read lets nothing in.
    raw = base64.b64encode(load_public_key(Path(f"{team}.pub")).raw).decode()
    policy.write_text(f"[packs]\nrequired_signing_keys = {raw}\n", encoding="utf-8")
    assert main([*base, str(signed)]) == 0
    policy.write_text("[packs]\nrequired_signing_keys = missing.pub\n", encoding="utf-8")
    capsys.readouterr()
    assert main([*base, "--force", str(signed)]) == 1  # installed again: checked again
    assert "the key file" in capsys.readouterr().err


def test_the_shared_folder_skips_packs_the_policy_refuses(
    kb: KnowledgeBase,
    tmp_path: Path,
    signed: Path,
    keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from assistant.services.policy import enforce_signing

    team, _ = keys
    _require(tmp_path, monkeypatch, f"{team}.pub")
    share = tmp_path / "share"
    share.mkdir()
    (share / "unsigned.yaml").write_bytes(
        (PACKS / "acme.yaml").read_bytes().replace(b"acme-collections", b"acme-other")
    )
    report = FolderSync(PackIntake(kb, verify=enforce_signing)).scan(share)
    assert report.installed == []
    [(path, problems)] = report.skipped
    assert path.name == "unsigned.yaml" and "the pack is not signed" in problems[0]

    shutil.copy(signed, share / "acme.yaml")
    shutil.copy(f"{signed}.sig", share / "acme.yaml.sig")
    report = FolderSync(PackIntake(kb, verify=enforce_signing)).scan(share)
    assert [s.pack_id for s in report.installed] == ["acme-collections"]


def test_the_pack_manager_refuses_an_unsigned_pack_with_the_reason(
    qtbot: QtBot,
    kb: KnowledgeBase,
    data_dir: Path,
    tmp_path: Path,
    keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _require(tmp_path, monkeypatch, f"{keys[0]}.pub")
    window = new_window(kb, Settings(data_dir))
    qtbot.addWidget(window)
    dialog = window.pack_tools.open_manager()
    with qtbot.waitSignal(window.pack_tools.imports.imported, timeout=20000) as blocker:
        dialog.import_files([PACKS / "acme.yaml"])
    outcome = blocker.args[0]
    assert outcome.summary is None
    assert "the pack is not signed" in outcome.problems[0]
    assert not any(p.id == "acme-collections" for p in kb.packs())


def test_recovery_reinstalls_signed_copies_and_not_a_pack_planted_in_the_data_folder(
    data_dir: Path,
    tmp_path: Path,
    signed: Path,
    keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import gc
    import threading

    from assistant.store.database import DB_FILENAME

    _require(tmp_path, monkeypatch, f"{keys[0]}.pub")
    assert main(["--data-dir", str(data_dir), "pack", "import", str(signed)]) == 0
    kept = data_dir / "packs" / "acme-collections.yaml"
    assert kept.read_bytes() == signed.read_bytes()
    assert Path(f"{kept}.sig").read_bytes() == Path(f"{signed}.sig").read_bytes()
    planted = (PACKS / "acme.yaml").read_text().replace("acme-collections", "planted-pack")
    (data_dir / "packs" / "planted-pack.yaml").write_text(planted)
    for thread in threading.enumerate():
        if thread.name == "daily-backup":
            thread.join(10)
    gc.collect()  # the in-process command's connection, so the file is all there is
    with (data_dir / DB_FILENAME).open("r+b") as stream:
        stream.write(b"damaged" * 20)
    capsys.readouterr()

    assert main(["--data-dir", str(data_dir), "pack", "list"]) == 0
    captured = capsys.readouterr()
    assert "acme-collections" in captured.out and "planted-pack" not in captured.out
    assert "Packs reinstalled: the built-in pack; others: acme-collections." in captured.err
    assert "planted-pack" in captured.err  # named as not reinstalled
    assert (data_dir / "packs" / "unusable" / "planted-pack.yaml").exists()


def test_an_unreadable_policy_file_lets_no_pack_in(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    policy = tmp_path / "policy.ini"
    policy.write_bytes(b"[packs]\nrequired_signing_keys = \xff\xfe broken\n")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    assert main(["--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml")]) == 1
    err = capsys.readouterr().err
    assert f"The policy file {policy} cannot be read" in err
    assert "no pack is installed until IT fixes it" in err


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "[packs]\nfolder = /share\nrequired_signing_key = team-key.pub\n",
            "policy.ini:3: [packs] required_signing_key is not a setting this program reads "
            "(did you mean required_signing_keys?)",
        ),
        (
            "# IT, 2026\n[pack]\nrequired_signing_keys = team-key.pub\n",
            "policy.ini:2: [pack] is not a section this program reads (did you mean [packs]?)",
        ),
        ("[packs]\nfolder = /a\n[PACKS]\nfolder = /b\n", "[PACKS] is given twice"),
    ],
)
def test_a_misspelt_policy_lets_no_pack_in_and_says_where(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    said: str,
) -> None:
    # A slip in the key that requires signatures once switched signing off without a word:
    # unsigned packs went in.
    policy = tmp_path / "policy.ini"
    policy.write_text(text, encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    assert main(["--data-dir", str(data_dir), "pack", "import", str(PACKS / "acme.yaml")]) == 1
    err = capsys.readouterr().err
    assert f"The policy file {policy} cannot be used: " in err and said in err
    assert "no pack is installed until IT fixes it" in err
    loaded = load_policy(policy)
    assert not loaded.paste_allowed and not loaded.abbreviations_allowed


def test_section_and_key_names_are_read_in_any_case_as_windows_does(
    data_dir: Path,
    tmp_path: Path,
    signed: Path,
    keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    team, _ = keys
    policy = _require(tmp_path, monkeypatch, f"{team}.pub")
    policy.write_text(f"[Packs]\nRequired_Signing_Keys = {team}.pub\n", encoding="utf-8")
    assert load_policy(policy).required_signing_keys == (f"{team}.pub",)
    unsigned = tmp_path / "unsigned.yaml"
    shutil.copy(PACKS / "acme.yaml", unsigned)
    assert main(["--data-dir", str(data_dir), "pack", "import", str(unsigned)]) == 1
    assert "not signed" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "pack", "import", str(signed)]) == 0


def test_import_with_a_key_requires_that_signature(
    data_dir: Path,
    tmp_path: Path,
    signed: Path,
    keys: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(POLICY_ENV, str(tmp_path / "none.ini"))
    team, stranger = keys
    base = ["--data-dir", str(data_dir), "pack", "import"]
    assert main([*base, str(PACKS / "acme.yaml"), "--key", f"{team}.pub"]) == 1
    err = capsys.readouterr().err
    assert "not signed (no acme.yaml.sig beside it) and --key team.pub requires a signature" in err
    assert main([*base, str(signed), "--key", f"{stranger}.pub"]) == 1
    assert "does not match stranger.pub: the file was changed" in capsys.readouterr().err
    assert main([*base, str(signed), "--key", f"{team}.pub"]) == 0


LOADED_SIGNING_MODULES = """
import sys
from assistant.cli import main
code = main(sys.argv[1:])
loaded = [m for m in sys.modules if m.split(".")[0] in ("nacl", "_cffi_backend", "cryptography")]
loaded += [m for m in sys.modules if m == "assistant.packs.signing"]
print("LOADED", code, sorted(loaded))
"""


def _modules_loaded_by(*args: str, policy: Path) -> str:
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{POLICY_ENV: str(policy)})
    result = subprocess.run(
        [sys.executable, "-c", LOADED_SIGNING_MODULES, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_signing_library_loads_only_when_a_signature_is_required(
    data_dir: Path, tmp_path: Path, keys: tuple[Path, Path], signed: Path
) -> None:
    # A normal start, and an import under a policy that requires nothing, never load PyNaCl
    # (or its cffi backend): start-up stays as fast as before signed packs.
    no_policy = tmp_path / "none.ini"
    assert _modules_loaded_by("--data-dir", str(data_dir), "--smoke-test", policy=no_policy) == (
        "LOADED 0 []"
    )
    pack_import = ("--data-dir", str(data_dir), "pack", "import", str(signed))
    assert _modules_loaded_by(*pack_import, policy=no_policy) == "LOADED 0 []"
    # The check can see them: a policy that requires a signature loads them.
    policy = tmp_path / "it" / "policy.ini"
    policy.parent.mkdir()
    policy.write_text(f"[packs]\nrequired_signing_keys = {keys[0]}.pub\n", encoding="utf-8")
    loaded = _modules_loaded_by(*pack_import, "--force", policy=policy)
    assert loaded.startswith("LOADED 0 [") and "'nacl.signing'" in loaded
    assert "'_cffi_backend'" in loaded and "cryptography" not in loaded


def test_a_pack_already_installed_is_still_refused_when_its_file_fails_the_key(
    data_dir: Path, tmp_path: Path, keys: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # `pack import --key` is a gate a script relies on: "already installed" must not pass a
    # file without its signature.
    base = ["--data-dir", str(data_dir), "pack", "import"]
    unsigned = tmp_path / "unsigned.yaml"
    shutil.copy(PACKS / "acme.yaml", unsigned)
    assert main([*base, str(unsigned)]) == 0  # installed, no key asked
    capsys.readouterr()
    assert main([*base, str(unsigned), "--key", f"{keys[0]}.pub"]) == 1
    assert "not signed" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_key_or_a_file_to_sign_that_is_a_pipe_or_too_large_is_refused_at_once(
    data_dir: Path,
    tmp_path: Path,
    signed: Path,
    keys: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A named pipe as the key or the file to sign hung the command; /dev/zero was read until
    # the out-of-memory killer ended it. A sparse file stands in for /dev/zero: 10 GB that take
    # no room on the disk, read whole by the old code.
    team, _ = keys
    pipe = tmp_path / "pipe.pub"
    os.mkfifo(pipe)
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as sparse:
        sparse.truncate(10**10)
    pack = ["--data-dir", str(data_dir), "pack"]
    runs = [
        (["verify", str(signed), "--key", str(pipe)], pipe, "is not a regular file"),
        (["import", str(signed), "--key", str(pipe)], pipe, "is not a regular file"),
        (["verify", str(signed), "--key", str(huge)], huge, "too large to be a key file"),
        (["sign", str(signed), "--key", str(pipe)], pipe, "is not a regular file"),
        (["sign", str(pipe), "--key", str(team)], pipe, "is not a regular file"),
        (["sign", str(huge), "--key", str(team)], huge, "the limit for a pack is 64 MB"),
        (["sign", str(signed), "--key", str(tmp_path)], tmp_path, "is a folder, not a key file"),
    ]
    for args, named, why in runs:
        assert finished([*pack, *args]) == 1, args
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 1 and err[0].startswith(f"agent-assistant: {named}: "), err
        assert why in err[0], err
    assert not (tmp_path / "pipe.pub.sig").exists() and not (tmp_path / "huge.yaml.sig").exists()
    assert main([*pack, "verify", str(signed), "--key", f"{team}.pub"]) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="links: POSIX")
def test_keygen_writes_through_a_link_that_leads_nowhere_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The link was replaced by the key; it now leads to it, and the key is still private.
    link = tmp_path / "team-key"
    link.symlink_to("vault-team-key")
    assert main(["pack", "keygen", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert (tmp_path / "vault-team-key").read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert (tmp_path / "vault-team-key").stat().st_mode & 0o077 == 0
    assert load_public_key(tmp_path / "team-key.pub").label == "team-key.pub"
