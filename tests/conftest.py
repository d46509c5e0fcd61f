"""Test settings shared by every test: nothing touches the real home folder, Qt runs
offscreen, and messages are Swedish unless a test asks otherwise."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest  # noqa: E402

from skolgrupp.core import i18n  # noqa: E402

TEST_INSTALLATION = "00000000-0000-4000-8000-000000000001"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Keep each test's data and config folders (installation id, default workspace) private."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SKOLGRUPP_LANG", raising=False)
    i18n.set_language(None)
    yield home
    i18n.set_language(None)


@pytest.fixture
def workspace(tmp_path):
    from skolgrupp.core.workspace import Workspace

    ws = Workspace.create(tmp_path / "arbetsyta.skolgrupp", installation_id=TEST_INSTALLATION)
    yield ws
    ws.close()
