"""The search index after merging: as if made anew from the records, also for what a merge
brings back or moves, and for a merge large enough that the index merges its segments later."""

import pytest

from skolgrupp.core.domain import Decision, Group, Reflection, Session
from skolgrupp.core.merge import can_undo_merge
from skolgrupp.core.search import search
from skolgrupp.core.store import search_index
from tests.core.merge_copies import merge_file, opened


@pytest.mark.parametrize("bulk", [1_000, 1], ids=["few", "many"])
def test_after_a_merge_the_search_index_is_as_if_made_anew(copies, monkeypatch, bulk):
    # "many": so many documents that the index leaves merging its segments for later.
    monkeypatch.setattr(search_index, "BULK", bulk)
    with opened(copies["bo"], "bo") as ws:
        session = ws.find(Session)[0]
        session.title = "Textsamtal om faktatext"
        ws.update(session)
        ws.add(Decision(session_id=session.id, text="Vi prövar läslogg"))
        ws.delete(ws.find(Decision)[0])
    merge_file(copies["anna"], "anna", copies["bo"])

    def docs(ws):
        return ws.store.rows("SELECT record_id, kind, title, body FROM search_docs ORDER BY 1, 2")

    with opened(copies["anna"], "anna") as ws:
        merged = docs(ws)
        ws.store.rebuild_search_index()
        assert docs(ws) == merged
        assert search(ws, "läslogg") and search(ws, "faktatext")
        ws.store.conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        # Later writes merge the index's segments again.
        config = ws.store.rows("SELECT k, v FROM search_index_config WHERE k = 'automerge'")
        assert config in ([], [{"k": "automerge", "v": 4}])


def test_the_search_index_follows_what_a_merge_brings_back_and_moves(copies):
    """A session brought back shows again what was said at it, though that was written
    while it was deleted elsewhere; an answer moved to another reflection leaves the first."""
    from skolgrupp.core.domain import AgendaItem, Person, ReflectionAnswer

    with opened(copies["anna"], "anna") as ws:
        group, session = ws.find(Group)[0], ws.find(Session)[0]
        author = ws.add(Person(name="Anna Lind"))
        first, second = (
            ws.add(
                Reflection(
                    group_id=group.id,
                    author_id=author.id,
                    written_on=day,
                    text=text,
                    visibility="group",
                )
            )
            for day, text in (("2026-11-20", "Första"), ("2026-11-21", "Andra"))
        )
        answer = ws.add(ReflectionAnswer(reflection_id=first.id, prompt="Vad?", answer="lässpår"))
    for who in ("bo", "cecilia"):
        merge_file(copies[who], who, copies["anna"])
    with opened(copies["anna"], "anna") as ws:
        ws.add(AgendaItem(session_id=session.id, title="Skrivsamtal"))
    with opened(copies["bo"], "bo") as ws:
        ws.delete(ws.get(Session, session.id))
        moved = ws.get(ReflectionAnswer, answer.id)
        moved.reflection_id = second.id
        ws.update(moved)
    with opened(copies["cecilia"], "cecilia") as ws:  # at the same time, after Bo's delete
        kept = ws.get(Session, session.id)
        kept.title = "Textsamtal, flyttat"
        ws.update(kept)
    for other in ("bo", "cecilia"):
        merge_file(copies["anna"], "anna", copies[other])
        with opened(copies["anna"], "anna") as ws:
            deleted = ws.store.get(Session, session.id, include_deleted=True).deleted
            merged = index_documents(ws)
            ws.store.rebuild_search_index()
            assert index_documents(ws) == merged
    assert not deleted
    with opened(copies["anna"], "anna") as ws:
        assert [h.record_id for h in search(ws, "Skrivsamtal")]
        assert {h.record_id for h in search(ws, "lässpår")} == {second.id}


def index_documents(ws):
    return ws.store.rows("SELECT record_id, kind, title, body FROM search_docs ORDER BY 1, 2")


def test_a_merge_saved_is_reported_saved_even_if_the_index_cannot_resume_merging(
    copies, monkeypatch
):
    """The index's merging, paused for a large merge, is resumed after the commit; should
    that fail (a full disk), the merge is saved and said to be, its undo goes back to just
    before it, and merging resumes after a later write."""
    import sqlite3

    with opened(copies["bo"], "bo") as ws:
        ws.add(Decision(session_id=ws.find(Session)[0].id, text="Bos beslut"))
    monkeypatch.setattr(search_index, "BULK", 0)
    resume = search_index.resume_merging

    def full_disk(conn):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(search_index, "resume_merging", full_disk)
    merge_file(copies["anna"], "anna", copies["bo"])  # no error: it is saved
    with opened(copies["anna"], "anna") as ws:
        assert "Bos beslut" in {d.text for d in ws.find(Decision)}
        assert search_index.merging_paused(ws.store.conn)
    monkeypatch.setattr(search_index, "resume_merging", resume)
    with opened(copies["anna"], "anna") as ws:
        assert can_undo_merge(ws)
        ws.add(Decision(session_id=ws.find(Session)[0].id, text="Annas beslut"))
        assert not search_index.merging_paused(ws.store.conn)
        ws.store.conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
