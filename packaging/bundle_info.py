"""What the packages of every platform say about the program, in one place: its id, the
document type it opens, and its version as each platform wants it written."""

from __future__ import annotations

import re
from pathlib import Path

APP_ID = "se.skolgrupp.Skolgrupp"
MIME_TYPE = "application/x-skolgrupp"
EXTENSION = "skolgrupp"
DOCUMENT_NAME = "Skolgrupp workspace"


# Qt's plugins the program takes along: the platforms a desktop runs on (and offscreen, for
# --screenshot in scripts and tests), the portal theme, input methods, printing, Wayland's
# shells and window decorations, and the image formats of its icons. No OpenGL: its widgets
# are drawn without.
KEEP_PLUGINS = re.compile(
    r"plugins/("
    r"platforms/(lib)?q(xcb|wayland|offscreen|windows|cocoa)|platformthemes/libqxdgdesktopportal|"
    r"platforminputcontexts|iconengines|printsupport|"
    r"wayland-shell-integration|wayland-decoration-client|"
    r"imageformats/(lib)?q(svg|ico|jpeg|gif)|styles/(lib)?q(windowsvista|modernwindows|macstyle)"
    r")"
)


def qt_plugin_wanted(path: str) -> bool:
    """Whether a file PyInstaller would collect from Qt goes into the bundle."""
    path = path.replace("\\", "/")
    return "/plugins/" not in path or KEEP_PLUGINS.search(path) is not None


def version(root: Path) -> str:
    text = (root / "skolgrupp" / "_version.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("skolgrupp/_version.py names no version")
    return found.group(1)


def bundle_name(name: str) -> str:
    """The folder and program name of the bundle: lower case, as the command is."""
    return name.lower()


def numeric_version(text: str) -> tuple[int, int, int, int]:
    """The version as four numbers, as Windows' version resource and Inno Setup want it."""
    numbers = [int(n) for n in re.findall(r"\d+", text)[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def info_plist(version_text: str) -> dict:
    """macOS: the document type the program opens and declares, and its version."""
    return {
        "CFBundleName": "Skolgrupp",
        "CFBundleDisplayName": "Skolgrupp",
        "CFBundleShortVersionString": version_text,
        "CFBundleVersion": version_text,
        "LSMinimumSystemVersion": "13.0",  # as Qt 6.11 needs
        "NSHighResolutionCapable": True,
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": DOCUMENT_NAME,
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [f"{APP_ID}.workspace"],
                "CFBundleTypeIconFile": "skolgrupp.icns",
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": f"{APP_ID}.workspace",
                "UTTypeDescription": DOCUMENT_NAME,
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeIconFile": "skolgrupp.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [EXTENSION],
                    "public.mime-type": [MIME_TYPE],
                },
            }
        ],
    }


def windows_version_info(name: str, version_text: str) -> str:
    """Windows: the version resource of the program, in PyInstaller's format."""
    numbers = numeric_version(version_text)
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041D04B0', [
      StringStruct('CompanyName', 'Skolgrupp'),
      StringStruct('FileDescription', 'Skolgrupp'),
      StringStruct('FileVersion', '{version_text}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', '{name}.exe'),
      StringStruct('ProductName', 'Skolgrupp'),
      StringStruct('ProductVersion', '{version_text}')])]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200])])
  ]
)
"""
