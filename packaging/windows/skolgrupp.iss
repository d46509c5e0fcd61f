; Inno Setup (6.4 or newer) script for Skolgrupp on Windows. packaging/build.py runs it after
; PyInstaller:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\skolgrupp /Odist packaging\windows\skolgrupp.iss
; It installs the program folder for the current user (no administrator needed), adds a Start
; menu entry, and makes .skolgrupp files open with Skolgrupp.

#ifndef AppVersion
  #error Give the version: /DAppVersion=...
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\skolgrupp"
#endif

[Setup]
AppId={{4C9E3A52-1B7D-4E0A-9A58-5B1F3C2D8E71}
AppName=Skolgrupp
AppVersion={#AppVersion}
AppVerName=Skolgrupp {#AppVersion}
AppPublisher=Skolgrupp
DefaultDirName={autopf}\Skolgrupp
DefaultGroupName=Skolgrupp
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=skolgrupp-{#AppVersion}-setup
SetupIconFile=skolgrupp.ico
UninstallDisplayIcon={app}\skolgrupp.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Skolgrupp"; Filename: "{app}\skolgrupp.exe"
Name: "{autodesktop}\Skolgrupp"; Filename: "{app}\skolgrupp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .skolgrupp files open with Skolgrupp (for this user, or for all with administrator rights).
Root: HKA; Subkey: "Software\Classes\.skolgrupp"; ValueType: string; ValueName: ""; ValueData: "Skolgrupp.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.skolgrupp\OpenWithProgids"; ValueType: string; ValueName: "Skolgrupp.Workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Skolgrupp.Workspace"; ValueType: string; ValueName: ""; ValueData: "Skolgrupp workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Skolgrupp.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\skolgrupp.exe,0"
Root: HKA; Subkey: "Software\Classes\Skolgrupp.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\skolgrupp.exe"" ""%1"""

[Run]
Filename: "{app}\skolgrupp.exe"; Description: "{cm:LaunchProgram,Skolgrupp}"; Flags: nowait postinstall skipifsilent
