; SIMPEG Luring: the Windows installer (Inno Setup 6.3 or later). It packs the one-folder bundle that
; `pyinstaller installer/simpeg_luring.spec` built into dist\simpeg-luring\, as it is.
;
;   iscc /DAppVersion=0.9.0 installer\simpeg_luring.iss      -> dist\SIMPEG-Luring-0.9.0-setup.exe
;
; Without /DAppVersion the version is read from the built simpeg-luring.exe (the spec writes it there from
; models/version.py). Installs for the current user only, no administrator needed:
; %LOCALAPPDATA%\Programs\SIMPEG Luring. The clerk's data (database, backups, seal keys, settings, log) lives
; elsewhere, in %LOCALAPPDATA%\SIMPEG\SIMPEG Luring (platformdirs), and neither an upgrade nor the
; uninstaller touches it. See installer/README.md.

#define AppName "SIMPEG Luring"
#define AppPublisher "SIMPEG"
#define AppExe "simpeg-luring.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\simpeg-luring"
; Where platformdirs puts the data on Windows: user_data_dir("SIMPEG Luring", "SIMPEG"), see gui/paths.py.
#define DataDir "{localappdata}\SIMPEG\SIMPEG Luring"

#if !FileExists(BundleDir + "\" + AppExe)
  #error The bundle dist\simpeg-luring\simpeg-luring.exe is missing: build it first (pyinstaller installer\simpeg_luring.spec).
#endif

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error No version: pass /DAppVersion=x.y.z (the value of models/version.py).
#endif

; Indonesian messages are a contributed translation that Inno Setup does not install: put Indonesian.isl
; (Inno Setup's translations page) beside this script or in the compiler's Languages folder.
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
  #define IndonesianMessages AddBackslash(SourcePath) + "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define IndonesianMessages "compiler:Languages\Indonesian.isl"
#else
  #error Indonesian.isl not found: copy it next to installer\simpeg_luring.iss (see installer/README.md).
#endif

[Setup]
; The AppId never changes: a new version finds and replaces the installed one.
AppId={{E3C056CC-4BED-4BA1-A07B-D1425FC5B3B4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
; Per user, no administrator: {userpf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=SIMPEG-Luring-{#AppVersion}-setup
#if FileExists(AddBackslash(SourcePath) + "..\resources\icons\app.ico")
SetupIconFile=..\resources\icons\app.ico
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; An upgrade while the program runs: ask Windows to close it first (files in use cannot be replaced).
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
; Code signing (installer/README.md): iscc /Ssigntool="signtool sign /fd sha256 /tr <timestamp-url> /td sha256 $f" ...
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "id"; MessagesFile: "{#IndonesianMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
id.ConfirmUninstall=Hapus program %1 dari komputer ini?%n%nData Anda (basis data, cadangan, kunci segel, pengaturan) TIDAK dihapus: data tetap tersimpan di folder data pengguna dan terbuka lagi bila program dipasang kembali.
en.ConfirmUninstall=Remove %1 from this computer?%n%nYour data (database, backups, seal keys, settings) is NOT removed: it stays in your user data folder and opens again when the program is reinstalled.

[CustomMessages]
id.DataKept=Program telah dihapus. Data Anda tetap tersimpan di:%n%n%1%n%nHapus folder itu sendiri hanya bila datanya benar-benar tidak diperlukan lagi (salin dulu basis datanya).
en.DataKept=The program has been removed. Your data stays in:%n%n%1%n%nDelete that folder yourself only if the data is truly no longer needed (copy the database first).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program as a whole: stale libraries or a removed migration file of the previous
; version must not linger beside the new ones. Only the program folder; the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The bundle as PyInstaller built it: the two executables and _internal\ (libraries, Qt, data files).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. Never the data folder: the clerk's database must survive an uninstall.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataDir}')]), mbInformation, MB_OK);
end;
