"""Build Skolgrupp as a program to install, for the platform this runs on.

    python packaging/build.py [--onefile] [--dist DIR]

Linux: DIR/skolgrupp/ (the program folder, with share/ and install.sh for the menu entry,
icons and file type) and DIR/skolgrupp-VERSION-linux-ARCH.tar.gz of it; with --onefile,
DIR/skolgrupp-VERSION, one self-unpacking program. Windows: DIR\\skolgrupp\\ and, with Inno
Setup 6.4 or newer installed, the installer DIR\\skolgrupp-VERSION-setup.exe. macOS:
DIR/Skolgrupp.app. Needs the packaging tools: pip install -e ".[package]". See the README.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bundle_info import APP_ID, version, windows_version_info  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true", help="one program file, no folder")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where to put it")
    parser.add_argument("--no-archive", action="store_true", help="Linux: no .tar.gz")
    args = parser.parse_args()
    dist = args.dist.resolve()
    work = ROOT / "build" / "pyinstaller"
    release = version(ROOT)
    if sys.platform == "win32":
        (HERE / "build").mkdir(exist_ok=True)
        (HERE / "build" / "version_info.txt").write_text(
            windows_version_info("skolgrupp", release), encoding="utf-8"
        )
    env = {**os.environ, "SKOLGRUPP_ONEFILE": "1" if args.onefile else "0"}
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(HERE / "skolgrupp.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    if args.onefile:
        print(dist / (f"skolgrupp-{release}" + (".exe" if sys.platform == "win32" else "")))
    elif sys.platform.startswith("linux"):
        print(linux_package(dist / "skolgrupp", release, archive=not args.no_archive))
    elif sys.platform == "win32":
        print(windows_installer(dist, release) or dist / "skolgrupp")
    else:
        print(dist / "Skolgrupp.app")
    return 0


def linux_package(folder: Path, release: str, *, archive: bool) -> Path:
    """Give the program folder what a desktop needs (menu entry, AppStream metadata, file
    type, icons, and install.sh to put them in place), and pack it as a .tar.gz."""
    share = folder / "share"
    linux = HERE / "linux"
    for source, target in (
        (linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (linux / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (linux / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml"),
        (
            ROOT / "resources" / "icons" / "skolgrupp.svg",
            share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        ),
        *(
            (
                HERE / "icons" / f"{n}x{n}" / "skolgrupp.png",
                share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png",
            )
            for n in ICON_SIZES
        ),
        (linux / "install.sh", folder / "install.sh"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    if not archive:
        return folder
    packed = folder.parent / f"skolgrupp-{release}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(packed, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return packed


def windows_installer(dist: Path, release: str) -> Path | None:
    """The Inno Setup installer, when its compiler is at hand: on PATH, or where Inno
    Setup 6 installs itself."""
    # Windows' environment is not case-sensitive.
    installed = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    default = installed / "Inno Setup 6" / "ISCC.exe"
    iscc = shutil.which("ISCC") or (str(default) if default.is_file() else None)
    if iscc is None:
        print("Inno Setup's ISCC was not found: the installer was not made.", file=sys.stderr)
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={release}",
            f"/DSourceDir={dist / 'skolgrupp'}",
            f"/O{dist}",
            str(HERE / "windows" / "skolgrupp.iss"),
        ],
        check=True,
    )
    return dist / f"skolgrupp-{release}-setup.exe"


if __name__ == "__main__":
    sys.exit(main())
