; Inno Setup script: a per-user installer for Agent Assistant that needs no admin rights.
;
; Built by .github/workflows/release.yml on a Windows runner from the PyInstaller folder:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\agent-assistant installer\agent-assistant.iss
;
; Silent install for IT (no windows, no questions), with the shared pack folder preset:
;   AgentAssistantSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /PACKFOLDER="\\fileserver\callcenter\packs"
; Optional: /AUTOSTART=1 starts the program when the user signs in; /DIR="..." changes the
; folder (default: %LOCALAPPDATA%\Programs\Agent Assistant, or %ProgramFiles%\Agent Assistant
; with /ALLUSERS). Uninstall silently with "<that folder>\unins000.exe" /VERYSILENT
;
; The IT policy (what agents cannot change): run the installer elevated (/ALLUSERS, from an
; administrator's session or a deployment tool) and it writes
; %ProgramData%\Agent Assistant\policy.ini, in a folder users may read but not change:
;   AgentAssistantSetup-0.1.0.exe /VERYSILENT /ALLUSERS /PACKFOLDER="\\fileserver\packs" ^
;       /SIGNINGKEYS="<base64 public key>[,<another>]" /RETENTION=30
; Run without elevation, /PACKFOLDER only presets the agent's own setting (settings.ini).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\agent-assistant"
#endif
#define AppName "Agent Assistant"
#define AppExe "agent-assistant.exe"

[Setup]
AppId={{6C1D2A4E-5B7F-4E0A-9C3D-A6E1B2F4C8D9}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Agent Assistant team
; {autopf}: the user's own Programs folder (%LOCALAPPDATA%\Programs), or Program Files when
; run elevated with /ALLUSERS, where every agent signing in to the machine can start it.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user: installs under the user's profile, no elevation prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
OutputDir=..\dist
OutputBaseFilename=AgentAssistantSetup-{#AppVersion}
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "Start {#AppName} when I sign in"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The installing user's Start menu and desktop, or every user's with /ALLUSERS.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The same per-user Run entry the program's own "Start when I sign in" setting writes.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Check: WantAutostart

[Dirs]
; The policy's folder: made by the elevated installer, readable by users, changed by admins
; only (a folder a user made first would be that user's).
Name: "{commonappdata}\{#AppName}"; Permissions: users-readexec admins-full system-full; Check: IsAdminInstallMode

[INI]
; Settings live in %APPDATA%\agent-assistant\settings.ini (QSettings INI). Forward slashes:
; QSettings reads a backslash as an escape character.
Filename: "{userappdata}\agent-assistant\settings.ini"; Section: "packs"; Key: "folder"; String: "{code:PackFolder}"; Check: HasPackFolder and not IsAdminInstallMode
; The IT policy, elevated only (configparser: backslashes are kept as written).
Filename: "{commonappdata}\{#AppName}\policy.ini"; Section: "packs"; Key: "folder"; String: "{param:PACKFOLDER|}"; Check: HasPackFolder and IsAdminInstallMode
Filename: "{commonappdata}\{#AppName}\policy.ini"; Section: "packs"; Key: "required_signing_keys"; String: "{param:SIGNINGKEYS|}"; Check: HasParam('SIGNINGKEYS') and IsAdminInstallMode
Filename: "{commonappdata}\{#AppName}\policy.ini"; Section: "privacy"; Key: "callback_retention_days"; String: "{param:RETENTION|}"; Check: HasParam('RETENTION') and IsAdminInstallMode
Filename: "{userappdata}\agent-assistant\settings.ini"; Section: "system"; Key: "start_with_system"; String: "true"; Check: WantAutostart

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function PackFolder(Param: String): String;
begin
  Result := ExpandConstant('{param:PACKFOLDER|}');
  StringChangeEx(Result, '\', '/', True);
end;

function HasPackFolder(): Boolean;
begin
  Result := ExpandConstant('{param:PACKFOLDER|}') <> '';
end;

function HasParam(Name: String): Boolean;
begin
  Result := ExpandConstant('{param:' + Name + '|}') <> '';
end;

function WantAutostart(): Boolean;
begin
  Result := WizardIsTaskSelected('autostart') or (ExpandConstant('{param:AUTOSTART|0}') = '1');
end;
