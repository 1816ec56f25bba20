"""The one atomic file writer (assistant/core/files.py) and the files written through it: what
another agent can read, what stays private, and what a failed write leaves behind."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from assistant.core.files import (
    NotAFileError,
    is_stream,
    output_descriptor,
    write_atomic,
    write_output,
    write_text_atomic,
)
from assistant.services.intake import PackIntake
from assistant.services.packs import PackService
from assistant.store.knowledge import KnowledgeBase
from tests.conftest import read_only, umask

POSIX = os.name == "posix"
posix_only = pytest.mark.skipif(not POSIX, reason="file modes and folder flushes are POSIX")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


PACK = "format: agent-assistant/pack@1\nid: team\nname: Team\nversion: 1\n"


@posix_only
def test_a_published_pack_is_readable_by_the_other_agents(
    kb: KnowledgeBase, tmp_path: Path, umask_022: None
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    published = PackService(PackIntake(kb)).publish(
        PACK, "team", share, sign=lambda raw: b"signature\n"
    )
    assert published.read_text(encoding="utf-8") == PACK
    # 0644: every agent reading the share can read the pack and its signature (mkstemp's 0600
    # let only the supervisor read them).
    assert mode_of(published) == 0o644
    assert mode_of(published.with_name("team.yaml.sig")) == 0o644
    assert leftovers(share) == []


@posix_only
def test_the_mode_follows_the_umask_of_a_team_that_shares_by_group(tmp_path: Path) -> None:
    with umask(0o002):
        write_atomic(tmp_path / "pack.yaml", b"x")
    assert mode_of(tmp_path / "pack.yaml") == 0o664


@posix_only
def test_a_private_key_is_for_its_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    from assistant.packs.signing import keygen

    with umask(0o000):  # the most permissive umask must not leak the key
        public = keygen(tmp_path / "team-key")
    assert mode_of(tmp_path / "team-key") == 0o600
    assert mode_of(public) == 0o666  # the public key is meant to be handed out
    assert leftovers(tmp_path) == []


def test_a_write_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "pack.yaml"
    target.write_bytes(b"old and much longer than the new content\n")
    write_text_atomic(target, "new\r\nline ends kept\n")
    assert target.read_bytes() == b"new\r\nline ends kept\n"
    assert leftovers(tmp_path) == []


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pack.yaml"
    target.write_bytes(b"version 1\n")
    real_write = os.write
    calls = []

    def full(handle: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:  # part of it goes in, then the disk is full
            return real_write(handle, bytes(data)[:3])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError) as raised:
        write_atomic(target, b"version 2, a longer file\n")
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"version 1\n"
    assert leftovers(tmp_path) == []


def test_a_failed_flush_or_rename_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pack.yaml"
    target.write_bytes(b"version 1\n")

    def broken(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    for name in ("fsync", "replace"):
        with monkeypatch.context() as patch:
            patch.setattr(os, name, broken)
            with pytest.raises(OSError):
                write_atomic(target, b"version 2\n")
        assert target.read_bytes() == b"version 1\n"
        assert leftovers(tmp_path) == []


def test_a_failure_names_the_file_asked_for_never_the_temporary_one(tmp_path: Path) -> None:
    # "Could not export team: No such file or directory: '/gone/.team.yaml.dfcc0a78.tmp'" named
    # a file the supervisor never chose.
    gone = tmp_path / "gone" / "team.yaml"
    with pytest.raises(FileNotFoundError) as raised:
        write_atomic(gone, b"x")
    assert raised.value.filename == str(gone) and ".tmp" not in str(raised.value)
    folder = tmp_path / "team.yaml"
    folder.mkdir()  # the rename fails: a folder is in the way
    with pytest.raises(IsADirectoryError) as in_the_way:
        write_atomic(folder, b"x")
    assert in_the_way.value.filename == str(folder) and in_the_way.value.filename2 is None
    assert ".tmp" not in str(in_the_way.value)
    assert leftovers(tmp_path) == []


def test_an_interrupted_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(handle: int, data: bytes) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "pack.yaml", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_leaves_the_old_file(kb: KnowledgeBase, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    target = folder / "team.yaml"
    target.write_bytes(b"version 1\n")
    with read_only(folder):
        with pytest.raises(PermissionError):
            PackService(PackIntake(kb)).publish(PACK, "team", folder)
        assert target.read_bytes() == b"version 1\n"
        assert leftovers(folder) == []


@posix_only
def test_the_folder_is_flushed_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(handle: int) -> None:
        is_folder = stat.S_ISDIR(os.fstat(handle).st_mode)
        # The folder's flush must come after the file is in place under its name.
        flushed.append(f"folder:{(tmp_path / 'pack.yaml').exists()}" if is_folder else "file")
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomic(tmp_path / "pack.yaml", b"x")
    assert flushed == ["file", "folder:True"]


@posix_only
def test_a_file_system_that_cannot_flush_a_folder_is_no_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def fsync(handle: int) -> None:
        if stat.S_ISDIR(os.fstat(handle).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")  # as some network file systems say
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomic(tmp_path / "pack.yaml", b"x")
    assert (tmp_path / "pack.yaml").read_bytes() == b"x"


def test_a_very_long_name_still_gets_a_temporary_name_that_fits(tmp_path: Path) -> None:
    target = tmp_path / ("p" * 240 + ".yaml")
    write_atomic(target, b"x")
    assert target.read_bytes() == b"x"


def test_no_module_writes_a_file_by_hand() -> None:
    """One writer: the program's code writes files through core/files.py only."""
    import assistant

    root = Path(assistant.__file__).parent
    hand_written = ("mkstemp", "write_bytes(", "write_text(", "os.fdopen(", "NamedTemporaryFile")
    offenders = [
        f"{path.relative_to(root)}: {needle}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "files.py"
        for needle in hand_written
        if needle in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


@pytest.mark.skipif(sys.platform != "win32", reason="Windows line ends")
def test_windows_writes_bytes_as_they_are(tmp_path: Path) -> None:  # pragma: no cover
    write_atomic(tmp_path / "pack.yaml", b"a\nb\n")
    assert (tmp_path / "pack.yaml").read_bytes() == b"a\nb\n"


@posix_only
def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    # 'pack export ... -o team.yaml', team.yaml a link into a shared folder: the link was
    # replaced by a file of its own and the shared file kept the old pack.
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "team.yaml").write_bytes(b"old\n")
    link = tmp_path / "team.yaml"
    link.symlink_to(Path("shared") / "team.yaml")
    hop = tmp_path / "hop.yaml"
    hop.symlink_to(link)  # a link to a link: written through both
    write_atomic(hop, b"new\n")
    assert hop.is_symlink() and link.is_symlink()
    assert (shared / "team.yaml").read_bytes() == b"new\n"
    assert leftovers(tmp_path) == [] and leftovers(shared) == []


@posix_only
def test_a_link_that_leads_nowhere_yet_makes_its_file(tmp_path: Path) -> None:
    link = tmp_path / "team-key"
    link.symlink_to("made-here")
    write_atomic(link, b"key\n", mode=0o600)
    assert link.is_symlink()
    assert (tmp_path / "made-here").read_bytes() == b"key\n"
    assert mode_of(tmp_path / "made-here") == 0o600


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and /dev/null are POSIX")
def test_a_named_pipe_a_device_or_a_folder_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    # As root, '-o /dev/stdout' replaced the system's link with a regular file.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    device = tmp_path / "stdout"
    device.symlink_to(os.devnull)
    folder = tmp_path / "folder"
    folder.mkdir()
    to_folder = tmp_path / "to-folder"
    to_folder.symlink_to(folder)
    for path in (pipe, device):
        with pytest.raises(NotAFileError) as raised:
            write_atomic(path, b"x")
        assert raised.value.filename == str(path)
        assert "not a regular file" in str(raised.value)
    for path in (folder, to_folder):
        with pytest.raises(IsADirectoryError):
            write_atomic(path, b"x")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert device.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert to_folder.is_symlink() and list(folder.iterdir()) == []
    assert leftovers(tmp_path) == []


@posix_only
def test_in_a_folder_others_write_to_a_planted_link_is_replaced_never_followed(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from assistant.core.team import STATE_FILE, Activity, AgentState
    from assistant.services.team import Target, write_state

    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"the supervisor's own file\n")
    share = tmp_path / "share"
    share.mkdir()
    (share / "team.yaml").symlink_to(secret)
    (share / "team.yaml.sig").symlink_to(secret)
    PackService(PackIntake(kb)).publish(PACK, "team", share, sign=lambda raw: b"signature\n")
    team = tmp_path / "team"
    (team / "ana").mkdir(parents=True)
    (team / "ana" / STATE_FILE).symlink_to(secret)
    write_state(Target(team, "ana"), AgentState("ana", Activity.IDLE, datetime.now(UTC)))
    assert secret.read_bytes() == b"the supervisor's own file\n"
    assert not (share / "team.yaml").is_symlink()
    assert (share / "team.yaml").read_text(encoding="utf-8") == PACK
    assert not (team / "ana" / STATE_FILE).is_symlink()


# ---------------------------------------------------------------- a command's -o output


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="/proc (Linux)")
def test_the_names_of_the_programs_own_descriptors(tmp_path: Path) -> None:
    (tmp_path / "out").symlink_to("/dev/stdout")
    (tmp_path / "hop").symlink_to("out")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    (tmp_path / "to-file").symlink_to("file")
    named = {
        "/dev/stdout": 1,
        "/dev/stderr": 2,
        "/dev/stdin": 0,
        "/dev/fd/1": 1,
        "/dev/fd/7": 7,  # open or not: commands.output_file asks that
        "/proc/self/fd/2": 2,
        f"/proc/{os.getpid()}/fd/1": 1,
        "/proc/thread-self/fd/1": 1,
        "/dev/./fd/../stdout": 1,
        "//dev//stdout": 1,
        "/proc/self/root/dev/fd/1": 1,  # /proc/self/root: the file system's root, again
        str(tmp_path / "hop"): 1,  # a link to a link to /dev/stdout
    }
    for name, number in named.items():
        assert output_descriptor(Path(name)) == number, name
    others = [
        f"/proc/{os.getppid()}/fd/1",  # another process's
        "/dev/null",
        "/dev/fd",
        "/proc/self/fd",
        str(tmp_path / "file"),
        str(tmp_path / "to-file"),
        str(tmp_path / "missing"),
        "relative-name",
        "/dev/fd/01",  # no such file (the shell says so), not standard output
        "/proc/self/fd/001",
    ]
    for name in others:
        assert output_descriptor(Path(name)) is None, name


@posix_only
def test_an_output_that_is_a_file_is_replaced_whole_and_anything_else_written_into(
    tmp_path: Path,
) -> None:
    # A regular file keeps the atomic replace: a reader that has it open keeps the old one.
    target = tmp_path / "out.yaml"
    target.write_bytes(b"old\n")
    with target.open("rb") as reading:
        write_output(target, b"new\n")
        assert reading.read() == b"old\n"
    assert target.read_bytes() == b"new\n" and not is_stream(target)
    fresh = tmp_path / "fresh.yaml"
    write_output(fresh, b"made\n")
    assert fresh.read_bytes() == b"made\n" and not is_stream(fresh)
    null = tmp_path / "null"
    null.symlink_to(os.devnull)
    write_output(null, b"gone\n")
    assert null.is_symlink() and is_stream(null) and is_stream(Path("/dev/stdout"))
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_output(folder, b"x")
    assert not is_stream(folder) and list(folder.iterdir()) == []
    assert leftovers(tmp_path) == []


@posix_only
def test_a_file_an_output_replaces_keeps_its_permissions(tmp_path: Path) -> None:
    """As the shell's > keeps them: a pack exported over a private file (0600) was left
    readable by everyone (0644, the umask's default)."""
    private = tmp_path / "private.yaml"
    private.write_text("old", encoding="utf-8")
    private.chmod(0o600)
    (tmp_path / "link.yaml").symlink_to(private)
    write_output(tmp_path / "link.yaml", b"new")
    assert (private.read_bytes(), stat.S_IMODE(private.stat().st_mode)) == (b"new", 0o600)
    fresh = tmp_path / "fresh.yaml"
    write_output(fresh, b"new")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
