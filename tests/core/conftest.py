import pytest

from skolgrupp.core import i18n
from skolgrupp.core.store import connection


@pytest.fixture
def english():
    """Messages in English, so that tests can check their wording."""
    i18n.set_language("en")  # the root conftest goes back to the default afterwards


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """Give up on a locked file quickly."""
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
