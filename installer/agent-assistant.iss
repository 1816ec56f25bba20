; Inno Setup script: a per-user installer for Agent Assistant that needs no admin rights.
;
; Built by .github/workflows/release.yml on a Windows runner from the PyInstaller folder:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\agent-assistant installer\agent-assistant.iss
;
; Silent install for IT (no windows, no questions), with the shared pack folder preset:
;   AgentAssistantSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /PACKFOLDER="\\fileserver\callcenter\packs"
; Optional: /AUTOSTART=1 starts the program when the user signs in; /DIR="..." changes the
; folder (default: %LOCALAPPDATA%\Programs\Agent Assistant). Uninstall silently with
;   "%LOCALAPPDATA%\Programs\Agent Assistant\unins000.exe" /VERYSILENT

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
DefaultDirName={localappdata}\Programs\{#AppName}
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
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The same per-user Run entry the program's own "Start when I sign in" setting writes.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Check: WantAutostart

[INI]
; Settings live in %APPDATA%\agent-assistant\settings.ini (QSettings INI). Forward slashes:
; QSettings reads a backslash as an escape character.
Filename: "{userappdata}\agent-assistant\settings.ini"; Section: "packs"; Key: "folder"; String: "{code:PackFolder}"; Check: HasPackFolder
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

function WantAutostart(): Boolean;
begin
  Result := WizardIsTaskSelected('autostart') or (ExpandConstant('{param:AUTOSTART|0}') = '1');
end;
