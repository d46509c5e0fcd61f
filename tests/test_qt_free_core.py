"""The core (and the reports) must run without Qt: tests, scripts and the command line use it."""

import subprocess
import sys


def test_core_and_command_line_never_import_pyside6():
    code = (
        "import sys, pkgutil, importlib, skolgrupp.core, skolgrupp.cli.commands\n"
        "for m in pkgutil.walk_packages(skolgrupp.core.__path__, 'skolgrupp.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
