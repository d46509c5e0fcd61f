"""An installed Skolgrupp has all of its code and resources: from a wheel, and as the program
folder PyInstaller builds; and the files that tell a desktop about it agree with it."""

import configparser
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

from skolgrupp import __version__ as VERSION

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_and_resource_folder_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    code = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "skolgrupp").rglob("__init__.py")
    }
    resources = {
        f"skolgrupp._resources.{p.name}" for p in (ROOT / "resources").iterdir() if p.is_dir()
    }
    assert listed == code | resources | {"skolgrupp._resources"}
    assert set(config["setuptools"]["package-data"]) == resources


def run(*command, cwd=None, env=None, timeout=300):
    """Run a command as a user would, with Qt offscreen; its exit code, stdout and stderr."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    done = subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=timeout,
    )
    return done.returncode, done.stdout, done.stderr


def assert_picture_of_a_window(path: Path) -> None:
    """A screenshot of the main window: large, and not one flat colour."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert image.width() >= 800 and image.height() >= 500
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 20


def test_an_installed_wheel_has_everything_it_needs(tmp_path):
    """pip install . gives a skolgrupp that finds its translations, fonts and icons inside
    the installed package, not in the source checkout beside it."""
    # Built from a copy of the tree: a build in the checkout would pack what an earlier one
    # left in build/, and hide a file the package data no longer names.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".*", "build", "dist", "*.egg-info", "__pycache__", "tests", "bench"
        ),
    )
    code, _, err = run(
        sys.executable, "-m", "pip", "wheel", source, "--no-deps", "-q", "-w", tmp_path / "wheel"
    )
    assert code == 0, err
    (wheel,) = (tmp_path / "wheel").glob("skolgrupp-*.whl")
    site = tmp_path / "site"
    code, _, err = run(
        sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, wheel
    )
    assert code == 0, err
    env = {"PYTHONPATH": str(site), "SKOLGRUPP_LANG": "sv"}
    probe = (
        "import skolgrupp, skolgrupp.resources as r; "
        "print(skolgrupp.__file__); print(r.resource_path('translations', 'skolgrupp_sv.qm'))"
    )
    code, out, err = run(sys.executable, "-c", probe, cwd=tmp_path, env=env)
    package, translation = (Path(line) for line in out.split())
    assert package.is_relative_to(site) and translation.is_relative_to(site), err
    assert translation.is_file()
    demo = tmp_path / "demo.skolgrupp"
    code, out, err = run(sys.executable, "-m", "skolgrupp", "demo", demo, cwd=tmp_path, env=env)
    assert code == 0 and "demoinnehåll" in out, err
    shot = tmp_path / "fönster.png"
    code, _, err = run(
        sys.executable, "-m", "skolgrupp", demo, "--screenshot", shot, cwd=tmp_path, env=env
    )
    assert code == 0, err
    assert_picture_of_a_window(shot)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux program folder")
def test_the_linux_bundle_starts_opens_a_workspace_and_prints(tmp_path):
    """The program folder teachers install: it tells its version, shows a workspace and
    writes a PDF, saying nothing it should not on stderr. Every library its window needs
    on X11 or Wayland was found to take along."""
    code, _, err = run(
        sys.executable,
        ROOT / "packaging" / "build.py",
        "--dist",
        tmp_path / "dist",
        "--no-archive",
        cwd=ROOT,
        timeout=600,
    )
    assert code == 0, err
    assert "could not resolve" not in err, err
    program = tmp_path / "dist" / "skolgrupp" / "skolgrupp"
    for entry in ("share/applications", "share/mime/packages", "share/metainfo", "install.sh"):
        assert (program.parent / entry).exists()
    env = {"SKOLGRUPP_LANG": "sv"}
    assert run(program, "--version", cwd=tmp_path, env=env) == (0, f"skolgrupp {VERSION}\n", "")
    demo = tmp_path / "demo.skolgrupp"
    code, out, err = run(program, "demo", demo, cwd=tmp_path, env=env)
    assert (code, err) == (0, "") and "demoinnehåll" in out
    shot = tmp_path / "fönster.png"
    assert run(program, demo, "--screenshot", shot, cwd=tmp_path, env=env) == (0, "", "")
    assert_picture_of_a_window(shot)
    code, out, err = run(program, "list", demo, "groups", "--json", cwd=tmp_path, env=env)
    assert (code, err) == (0, "")
    group = json.loads(out)[0]["id"]
    pdf = tmp_path / "termin.pdf"
    code, _, err = run(program, "pdf", demo, "term", group, "-o", pdf, cwd=tmp_path, env=env)
    assert (code, err) == (0, "") and pdf.read_bytes().startswith(b"%PDF")


def test_the_desktop_files_say_what_the_program_is_and_opens():
    """The menu entry, file type, AppStream metadata and the other platforms' declarations
    agree with the program: its version, its file extension and how its files begin."""
    from skolgrupp.core import sealed
    from skolgrupp.core.store.schema import APPLICATION_ID
    from skolgrupp.gui.app import DESKTOP_ID

    linux = ROOT / "packaging" / "linux"
    app = DESKTOP_ID  # the name the program tells the desktop it has
    metainfo = ElementTree.parse(linux / f"{app}.metainfo.xml").getroot()
    assert metainfo.find("releases/release").get("version") == VERSION
    assert metainfo.findtext("launchable") == f"{app}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(linux / f"{app}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == app and desktop["MimeType"] == "application/x-skolgrupp;"
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ElementTree.parse(linux / f"{app}.mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-skolgrupp"
    assert mime.find("m:glob", ns).get("pattern") == "*.skolgrupp"
    sqlite, ours = mime.find("m:magic/m:match", ns), mime.find("m:magic/m:match/m:match", ns)
    assert sqlite.get("value") == "SQLite format 3\\000"
    assert (int(ours.get("offset")), ours.get("value")) == (68, APPLICATION_ID.to_bytes(4).decode())
    locked = mime.findall("m:magic/m:match", ns)[1].get("value")
    assert locked.replace("\\n", "\n").encode() == sealed.MAGIC
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from bundle_info import info_plist
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    (declared,) = info_plist(VERSION)["UTExportedTypeDeclarations"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["skolgrupp"]
    setup = (ROOT / "packaging" / "windows" / "skolgrupp.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.skolgrupp"' in setup
    for checker, path in (
        (["desktop-file-validate"], linux / f"{app}.desktop"),
        (["appstreamcli", "validate", "--no-net"], linux / f"{app}.metainfo.xml"),
    ):
        if not shutil.which(checker[0]):  # ./dev.sh test installs both
            pytest.skip(f"{checker[0]} is not installed")
        code, out, err = run(*checker, path)
        assert code == 0, out + err


@pytest.mark.parametrize(
    "plugin, kept",
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/qsvg.dll", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.dylib", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_the_bundle_keeps_the_qt_plugins_each_platform_needs(plugin, kept):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from bundle_info import qt_plugin_wanted
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert qt_plugin_wanted(plugin) is kept
