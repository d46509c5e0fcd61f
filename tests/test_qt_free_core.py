"""The core (and the reports) must run without Qt: tests, scripts and the command line use it."""

import subprocess
import sys


def test_core_reports_and_command_line_never_import_pyside6():
    code = (
        "import sys, pkgutil, importlib\n"
        "import skolgrupp.core, skolgrupp.reports, skolgrupp.cli.commands\n"
        "for package in (skolgrupp.core, skolgrupp.reports):\n"
        "    for m in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
