"""What is generated from sources and committed stays in step with its source."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
TOOLS = Path(sys.executable).parent
FORMS = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_form_module_matches_its_ui_file(form, tmp_path):
    out = tmp_path / "form.py"
    subprocess.run([str(TOOLS / "pyside6-uic"), str(form), "-o", str(out)], check=True)
    committed = ROOT / "skolgrupp" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert committed.read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), (
        f"{committed.name} is out of date: run ./dev.sh forms"
    )


def test_every_form_has_its_module():
    modules = {p.stem for p in (ROOT / "skolgrupp" / "gui" / "forms").glob("ui_*.py")}
    assert modules == {f"ui_{form.stem}" for form in FORMS}


def test_compiled_translations_match_their_sources(tmp_path):
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        out = tmp_path / f"{source.stem}.qm"
        subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), "-silent", str(source), "-qm", str(out)], check=True
        )
        assert source.with_suffix(".qm").read_bytes() == out.read_bytes(), (
            f"{source.stem}.qm is out of date: run ./dev.sh translations"
        )
