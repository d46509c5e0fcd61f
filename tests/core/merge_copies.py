"""Three copies of one group's workspace, on Anna's, Bo's and Cecilia's computers, and
merging one into another as the program does: what the tests of merging share."""

import shutil

from skolgrupp.core.domain import Decision, Group, Session
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.merge import apply_merge, plan_merge
from skolgrupp.core.workspace import Workspace

ANNA = "00000000-0000-4000-8000-00000000000a"
BO = "00000000-0000-4000-8000-00000000000b"
CECILIA = "00000000-0000-4000-8000-00000000000c"


def make_copies(folder):
    """One group's workspace, copied to Anna's, Bo's and Cecilia's computers (the fixture
    ``copies``): the paths by name."""
    base = folder / "bas.skolgrupp"
    with Workspace.create(base, installation_id=ANNA) as ws:
        group = ws.add(Group(name="Läsgruppen"))
        session = ws.add(Session(group_id=group.id, title="Textsamtal", date="2026-11-19"))
        ws.add(Decision(session_id=session.id, text="Vi läser högt."))
    paths = {}
    for who in ("anna", "bo", "cecilia"):
        paths[who] = folder / f"{who}.skolgrupp"
        shutil.copy(base, paths[who])
    return paths


def opened(path, who):
    return Workspace.open(path, installation_id={"anna": ANNA, "bo": BO, "cecilia": CECILIA}[who])


def merge_file(path, who, other):
    """``who`` merges a copy of ``other`` into their workspace at ``path``; the plan."""
    with opened(path, who) as ws, open_foreign(other) as theirs:
        plan = plan_merge(ws, theirs)
        if not plan.empty:
            apply_merge(ws, plan)
        return plan
