"""The IT-managed policy file (``policy.ini``), in a machine-wide folder agents cannot write:

- Windows: ``%ProgramData%\\Agent Assistant\\policy.ini`` (the installer writes it when IT
  runs it elevated with /PACKFOLDER, /SIGNINGKEYS or /RETENTION);
- Linux and other POSIX systems: ``/etc/agent-assistant/policy.ini``;
- macOS: ``/Library/Application Support/Agent Assistant/policy.ini``.

Not beside the program: the per-user installer puts the program in a folder the agent can
write, so a file there would be the agent's, not IT's. AGENT_ASSISTANT_POLICY names another
file for tests and source checkouts only; a frozen (installed) build ignores it, so an agent
cannot point the policy at nothing. Where the policy sets something, it wins over the agent's
settings.

    [packs]
    # A folder (usually a network share) the program installs new and newer packs from.
    folder = \\\\fileserver\\callcenter\\packs

    # Public keys (files beside this one, or inline base64), comma separated: every pack,
    # imported by hand or from the folder, must carry a .sig made by one of them.
    required_signing_keys = packs-signing.pub

    [paste]
    # Off: Enter (and the quick search popup) only copies; nothing is typed into another
    # program. Abbreviations are off too then.
    enabled = false
    # Off: abbreviations typed in other programs (;sorry) are never watched or expanded.
    abbreviations = false

    [privacy]
    # Days a done callback keeps the customer's name, number and note (default 30; wins
    # over the agent's settings.ini).
    callback_retention_days = 14

    [team]
    # Publish every agent's state and finished holds, check-ins and calls to the team folder
    # (services/team.py); wins over the agent's settings.ini.
    publish = true
    # The folder holding one sub-folder per agent (default: "team" inside the pack folder).
    folder = \\\\fileserver\\callcenter\\team
    # The name the team sees; %USERNAME% (or $USER) is the signed-in user's.
    display_name = %USERNAME%
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.packs.packfile import PackFile

from assistant.core.callbacks import MAX_RETENTION_DAYS, parse_retention_days

POLICY_FILE = "policy.ini"
POLICY_ENV = "AGENT_ASSISTANT_POLICY"

# Every section and key the program reads. Anything else in the file may be a slip for one of
# them (a required_signing_key that would let unsigned packs in), so a file holding anything
# else is not used, as a file that cannot be read is not. Section names, as key names, are
# matched in any case, as Windows reads an INI file.
KNOWN = {
    "packs": ("folder", "required_signing_keys"),
    "paste": ("enabled", "abbreviations"),
    "privacy": ("callback_retention_days",),
    "team": ("publish", "folder", "display_name"),
}


@dataclass(frozen=True, slots=True)
class Policy:
    """What the policy file says; ``problem`` explains a file that could not be read."""

    path: Path | None = None
    pack_folder: Path | None = None
    # Public keys a pack must be signed with (file paths or inline base64); empty: unsigned ok.
    required_signing_keys: tuple[str, ...] = ()
    problem: str = ""
    # Days a done callback keeps the customer's personal data; None: the agent's setting.
    callback_retention_days: int | None = None
    # Values that could not be used (and were ignored), for the log.
    ignored: tuple[str, ...] = ()
    # [paste]: whether the program may type into other programs, and watch for abbreviations.
    paste_allowed: bool = True
    abbreviations_allowed: bool = True
    # [team]: None where the policy does not say (the agent's settings.ini decides).
    team_publish: bool | None = None
    team_folder: Path | None = None
    team_display_name: str | None = None

    def shared_pack_folder(self, setting: str) -> Path | None:
        """The shared pack folder in force: the policy's, else the agent's setting (its
        ``%VARS%`` and ``$VARS`` expanded, as the policy's are); None when neither names one.
        The one rule for the folder watch, the editor's Publish and the team folder."""
        if self.pack_folder is not None:
            return self.pack_folder
        return folder_setting(setting)


def folder_setting(text: str) -> Path | None:
    """A folder typed in the settings, environment variables expanded; None when empty."""
    text = os.path.expandvars(text.strip())
    return Path(text) if text else None


def policy_path() -> Path:
    """Where the policy file is looked for (see the module docstring)."""
    chosen = os.environ.get(POLICY_ENV)
    if chosen and not getattr(sys, "frozen", False):
        return Path(chosen)
    return machine_policy_path()


def machine_policy_path() -> Path:
    """The machine-wide place for policy.ini on this system."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "Agent Assistant" / POLICY_FILE
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Agent Assistant") / POLICY_FILE
    return Path("/etc/agent-assistant") / POLICY_FILE


def load_policy(path: Path | None = None) -> Policy:
    """Read the policy file; no file means no policy. Never raises for a bad file."""
    path = path or policy_path()
    if not path.is_file():
        return Policy()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8-sig") as stream:
            text = stream.read()
        parser.read_string(text, source=str(path))
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        return _unusable(path, f"The policy file {path} cannot be read: {error}")
    try:
        parser = _known_sections(parser)
    except ValueError as error:
        return _unusable(path, f"The policy file {path} cannot be used: {error}")
    unknown = _unknown(parser, text, path)
    if unknown:
        return _unusable(path, f"The policy file {path} cannot be used: {'; '.join(unknown)}")
    folder = parser.get("packs", "folder", fallback="").strip()
    keys = parser.get("packs", "required_signing_keys", fallback="")
    retention = parser.get("privacy", "callback_retention_days", fallback=None)
    days = None if retention is None else parse_retention_days(retention)
    ignored: tuple[str, ...] = ()
    if retention is not None and days is None:
        ignored = (
            f"{path}: [privacy] callback_retention_days = {retention!r} is not a number of "
            f"days from 0 to {MAX_RETENTION_DAYS}; ignored",
        )
    paste = _switch(parser, "paste", "enabled")
    publish_text = parser.get("team", "publish", fallback=None)
    publish = None if publish_text is None else parse_switch(publish_text)
    if publish_text is not None and publish is None:
        ignored += (f"{path}: [team] publish = {publish_text!r} is not true or false; ignored",)
    team_folder = parser.get("team", "folder", fallback="").strip()
    display_name = parser.get("team", "display_name", fallback="").strip()
    return Policy(
        path,
        pack_folder=Path(os.path.expandvars(folder)) if folder else None,
        required_signing_keys=tuple(k.strip() for k in keys.split(",") if k.strip()),
        callback_retention_days=days,
        ignored=ignored,
        paste_allowed=paste,
        abbreviations_allowed=paste and _switch(parser, "paste", "abbreviations"),
        team_publish=publish,
        team_folder=Path(os.path.expandvars(team_folder)) if team_folder else None,
        team_display_name=os.path.expandvars(display_name) if display_name else None,
    )


def _unusable(path: Path, problem: str) -> Policy:
    # Fail closed: the file that cannot be used may be the one requiring signatures (every
    # pack is refused: enforce_signing) or switching pasting off.
    return Policy(path, problem=problem, paste_allowed=False, abbreviations_allowed=False)


def _known_sections(parser: configparser.ConfigParser) -> configparser.ConfigParser:
    """``parser``'s sections under their lower-case names ([Packs] is [packs]); ValueError
    when two of them are one section in different cases."""
    merged = configparser.ConfigParser(interpolation=None)
    for section in parser.sections():
        name = section.lower()
        if merged.has_section(name):
            raise ValueError(f"[{section}] is given twice (in different cases)")
        merged.add_section(name)
        for key, value in parser.items(section, raw=True):
            merged.set(name, key, value)
    return merged


def _unknown(parser: configparser.ConfigParser, text: str, path: Path) -> list[str]:
    """What the file holds that the program does not read, each with its line and the name
    it may have meant."""
    import difflib

    lines = _lines_of(text)
    found: list[str] = []
    for section in parser.sections():
        where = f"{path.name}:{lines.get((section, None), 1)}"
        keys = KNOWN.get(section)
        if keys is None:
            near = difflib.get_close_matches(section, KNOWN, n=1)
            hint = f" (did you mean [{near[0]}]?)" if near else ""
            found.append(f"{where}: [{section}] is not a section this program reads{hint}")
            continue
        for key in parser.options(section):
            if key not in keys:
                near = difflib.get_close_matches(key, keys, n=1)
                hint = f" (did you mean {near[0]}?)" if near else ""
                line = lines.get((section, key), lines.get((section, None), 1))
                found.append(
                    f"{path.name}:{line}: [{section}] {key} is not a setting this program "
                    f"reads{hint}"
                )
    return found


def _lines_of(text: str) -> dict[tuple[str, str | None], int]:
    """The line of each section header (key None) and each key, lower-cased as the parser
    reads them; the first of each. The file has already been read by configparser: this only
    places what it found."""
    lines: dict[tuple[str, str | None], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped[0] in "#;" or line[0] in " \t":
            continue  # a comment, or a value's continuation
        if stripped.startswith("[") and "]" in stripped:
            section = stripped[1 : stripped.index("]")].strip().lower()
            lines.setdefault((section, None), number)
            continue
        ends = [i for i in (stripped.find("="), stripped.find(":")) if i > 0]
        if ends:
            lines.setdefault((section, stripped[: min(ends)].strip().lower()), number)
    return lines


def parse_switch(text: str) -> bool | None:
    """An INI on/off value (true/false, yes/no, on/off, 1/0, any case); None for anything
    else."""
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    return None


def _switch(parser: configparser.ConfigParser, section: str, key: str) -> bool:
    """A yes/no the policy may switch off (on when it says nothing); a value that is neither
    counts as off."""
    value = parser.get(section, key, fallback=None)
    return True if value is None else bool(parse_switch(value))


def enforce_signing(file: PackFile) -> str | None:
    """The install hook (packs.signing.Verifier) for the policy's signing rule.

    The policy is read on every call, so a change IT makes applies to the next install without
    a restart. None when the policy requires no signature or a listed key signed the bytes.
    """
    policy = load_policy()
    if policy.problem:
        # Fail closed: a policy that cannot be read might be the one requiring signatures.
        return f"{policy.problem}; no pack is installed until IT fixes it"
    if not policy.required_signing_keys:
        return None
    # Only now: the signing library (PyNaCl) is not loaded when no signature is required.
    from assistant.packs.signing import SignatureRefusal, policy_verifier

    verifier, problem = policy_verifier(policy.required_signing_keys, policy.path)
    if verifier is None:
        return None
    refusal = verifier(file)
    if refusal and problem:
        # Still a SignatureRefusal where it was one: the editor says it of its draft.
        if isinstance(refusal, SignatureRefusal):
            return refusal.noting(problem)
        refusal = f"{refusal}. {problem}"
    return refusal
