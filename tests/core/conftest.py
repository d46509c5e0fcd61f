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


class Picks:
    """Stands in for hypothesis's ``data`` when a state machine's steps are run by hand."""

    def __init__(self, *picks):
        self.picks = list(picks)

    def draw(self, _strategy):
        return self.picks.pop(0)


@pytest.fixture
def copies(tmp_path):
    """One group's workspace, copied to Anna's, Bo's and Cecilia's computers."""
    from tests.core.merge_copies import make_copies

    return make_copies(tmp_path)
