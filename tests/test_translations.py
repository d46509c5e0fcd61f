"""Swedish first: every message the program can show has a Swedish translation that keeps
its placeholders."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from skolgrupp.core import i18n

ROOT = Path(__file__).parent.parent
SWEDISH = ROOT / "resources" / "translations" / "skolgrupp_sv.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sr]|%[sr]")


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source", ""))] = (
                translation.get("type") if translation is not None else "unfinished",
                (translation.text or "") if translation is not None else "",
            )
    return found


@pytest.fixture(scope="module")
def in_code(tmp_path_factory) -> set[tuple[str, str]]:
    """The messages marked for translation in the code, as Qt's lupdate finds them."""
    out = tmp_path_factory.mktemp("ts") / "found.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(
        str(p) for p in (ROOT / "skolgrupp").rglob("*.py") if "forms" not in p.parts
    ) + sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([str(lupdate), *sources, "-ts", str(out)], check=True, capture_output=True)
    found = set(messages(out))
    assert len(found) > 100  # lupdate really read the code
    return found


def test_every_message_has_a_swedish_translation(in_code):
    swedish = {key for key, (kind, text) in messages(SWEDISH).items() if kind is None and text}
    missing = sorted(in_code - swedish)
    assert missing == [], f"{len(missing)} messages lack Swedish, e.g. {missing[:5]}"


def test_translations_keep_their_placeholders():
    for (context, source), (_, text) in messages(SWEDISH).items():
        if text:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
            )


def test_swedish_is_the_default_and_english_can_be_chosen(monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    key = ("errors", "{name} could not be opened.")
    assert i18n.translate(*key) == "{name} kunde inte öppnas."
    monkeypatch.setenv("SKOLGRUPP_LANG", "en")
    assert i18n.translate(*key) == "{name} could not be opened."


def test_command_line_speaks_swedish_by_default(capsys, tmp_path):
    from skolgrupp.cli import main

    assert main(["info", str(tmp_path / "saknas.skolgrupp")]) == 1
    assert (
        capsys.readouterr().err
        == "skolgrupp: saknas.skolgrupp kunde inte öppnas. Filen finns inte.\n"
    )


def test_messages_are_marked_in_the_form_lupdate_reads():
    """lupdate finds translate("context", "text") and QT_TRANSLATE_NOOP(...) by name: an
    alias such as _ = translate hides every message behind it."""
    alias = re.compile(r"^\s*\w+\s*=\s*(translate|QT_TRANSLATE_NOOP)\s*$", re.MULTILINE)
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "skolgrupp").rglob("*.py")
        if alias.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
