"""The Windows installer's script (installer/agent-assistant.iss): Inno Setup does not run
here, so what an install must do is pinned in its text."""

from __future__ import annotations

import re
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "installer" / "agent-assistant.iss"


def entries(section: str) -> list[str]:
    text = SCRIPT.read_text(encoding="utf-8")
    body = re.search(rf"^\[{section}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert body is not None, section
    return [line for line in body.group(1).splitlines() if line and not line.startswith(";")]


def test_an_all_users_install_goes_where_every_agent_can_start_it() -> None:
    # The 'auto' constants: the user's own folders per user, Program Files and every user's
    # Start menu when IT runs it elevated with /ALLUSERS (an admin's %LOCALAPPDATA% would leave
    # the agents without the program).
    setup = entries("Setup")
    assert "DefaultDirName={autopf}\\{#AppName}" in setup
    assert "PrivilegesRequiredOverridesAllowed=commandline" in setup
    icons = entries("Icons")
    assert icons and all(line.startswith(('Name: "{autoprograms}', 'Name: "{autodesktop}'))
                         for line in icons)  # fmt: skip


def test_the_pack_folder_goes_into_the_policy_elevated_and_the_agents_settings_otherwise() -> None:
    ini = entries("INI")
    policy = [line for line in ini if "policy.ini" in line]
    assert policy and all(
        line.startswith('Filename: "{commonappdata}') and line.endswith("and IsAdminInstallMode")
        for line in policy
    )
    [own] = [line for line in ini if "settings.ini" in line and 'Key: "folder"' in line]
    assert own.endswith("and not IsAdminInstallMode")
