"""Full-text search as a teacher uses it: Swedish words, any case, beginnings of words,
best matches first, and never an error for what was typed."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skolgrupp.core.domain import (
    AgendaItem,
    Decision,
    Group,
    Person,
    Reflection,
    ReflectionAnswer,
    Session,
)
from skolgrupp.core.search import build_query, search, segments
from skolgrupp.core.workspace import Workspace


def fill(ws):
    group = ws.add(Group(name="Läsgruppen", subject="reading"))
    other = ws.add(Group(name="Mattegruppen", subject="maths"))
    anna = ws.add(Person(name="Anna"))
    session = ws.add(Session(group_id=group.id, title="Läsförståelse i åk 4", date="2026-09-03"))
    ws.add(
        AgendaItem(
            session_id=session.id,
            title="Återkoppling",
            notes="Eleverna övade på att ställa frågor till texten.",
        )
    )
    ws.add(Decision(session_id=session.id, text="Vi prövar lässtrategier i alla ämnen."))
    ws.add(
        Reflection(
            group_id=group.id,
            author_id=anna.id,
            written_on="2026-09-04",
            visibility="group",
            text="Högläsningen gick över förväntan.",
        )
    )
    ws.add(Session(group_id=other.id, title="Taluppfattning", date="2026-09-05"))
    return group, other, session


def kinds(hits):
    return sorted(h.kind for h in hits)


def test_finds_swedish_words_in_any_case(workspace):
    fill(workspace)
    assert kinds(search(workspace, "HÖGLÄSNINGEN")) == ["reflection"]
    assert kinds(search(workspace, "återkoppling")) == ["agenda_item"]


def test_a_beginning_of_a_word_is_enough(workspace):
    fill(workspace)
    assert kinds(search(workspace, "läs")) == ["decision", "session"]
    assert kinds(search(workspace, "frågor text")) == ["agenda_item"]


def test_a_o_are_not_the_same_letters_as_a_ring_and_umlauts(workspace):
    fill(workspace)
    group = workspace.find(Group, name="Läsgruppen")[0]
    anna = workspace.find(Person)[0]
    workspace.add(
        Reflection(
            group_id=group.id,
            author_id=anna.id,
            written_on="2026-09-06",
            text="Vi var ute i skogen.",
        )
    )
    workspace.add(
        Reflection(
            group_id=group.id, author_id=anna.id, written_on="2026-09-06", text="Vår plan håller."
        )
    )
    assert [h.snippet for h in search(workspace, "vår")] == ["\x02Vår\x03 plan håller."]


def test_titles_rank_above_bodies_and_snippets_mark_the_match(workspace):
    group, _, session = fill(workspace)
    anna = workspace.find(Person)[0]
    workspace.add(
        Reflection(
            group_id=group.id,
            author_id=anna.id,
            written_on="2026-09-07",
            text="Taluppfattning nämndes i förbigående.",
        )
    )
    hits = search(workspace, "taluppfattning")
    assert [h.kind for h in hits] == ["session", "reflection"]
    assert segments(hits[0].title) == [("Taluppfattning", True)]
    assert hits[1].snippet == "\x02Taluppfattning\x03 nämndes i förbigående."


def test_hits_name_their_group_and_session(workspace):
    fill(workspace)
    [hit] = search(workspace, "lässtrategier")
    assert (hit.group_name, hit.session_title, hit.date) == (
        "Läsgruppen",
        "Läsförståelse i åk 4",
        "2026-09-03",
    )


def test_search_within_one_group(workspace):
    group, other, _ = fill(workspace)
    assert kinds(search(workspace, "ta", group_id=other.id)) == ["session"]
    assert search(workspace, "taluppfattning", group_id=group.id) == []


def test_reflection_answers_are_searchable_and_follow_edits(workspace):
    group, _, _ = fill(workspace)
    anna = workspace.find(Person)[0]
    reflection = workspace.add(
        Reflection(group_id=group.id, author_id=anna.id, written_on="2026-09-08", text="")
    )
    answer = workspace.add(
        ReflectionAnswer(
            reflection_id=reflection.id, prompt="Vad hände?", answer="Bildstöd hjälpte Elev A."
        )
    )
    assert kinds(search(workspace, "bildstöd")) == ["reflection"]
    answer.answer = "Samtalet blev livligt."
    workspace.update(answer)
    assert search(workspace, "bildstöd") == []
    assert kinds(search(workspace, "livligt")) == ["reflection"]


def test_deleted_records_are_not_found(workspace):
    _, _, session = fill(workspace)
    workspace.delete(workspace.get(Session, session.id))
    assert search(workspace, "lässtrategier") == []
    assert search(workspace, "läsförståelse") == []


def test_private_reflections_can_be_left_out(workspace):
    group, _, _ = fill(workspace)
    anna = workspace.find(Person)[0]
    workspace.add(
        Reflection(
            group_id=group.id,
            author_id=anna.id,
            written_on="2026-09-09",
            visibility="private",
            text="Min egen tanke om gruppen.",
        )
    )
    assert [h.visibility for h in search(workspace, "tanke")] == ["private"]
    assert search(workspace, "tanke", include_private=False) == []


def test_typed_syntax_is_just_text(workspace):
    fill(workspace)
    for typed in ['"', "AND", "NOT OR", "läs*", "(läs", "title:läs", "^läs", "läs-", "-", "*"]:
        search(workspace, typed)  # never an FTS syntax error
    assert kinds(search(workspace, '"frågor till texten"')) == ["agenda_item"]
    assert search(workspace, '"texten till frågor"') == []
    assert build_query("  ,.!? ") is None


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    with Workspace.create(tmp_path_factory.mktemp("s") / "s.skolgrupp") as ws:
        fill(ws)
        yield ws


# Letters, digits and everything that means something in FTS5 query syntax.
TYPED = st.lists(
    st.sampled_from([*"abcåäöÅÄÖéü019 _\"'*()-+:^.,;!?{}[]\t\n", " NEAR ", " AND ", " OR "]),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_any_typed_text_gives_results_or_none_never_an_error(filled, text):
    hits = search(filled, text)
    assert all(h.kind and h.record_id for h in hits)


@settings(max_examples=150, deadline=None)
@given(text=TYPED)
def test_whatever_was_written_is_found_by_typing_it(filled, text):
    """Any text saved in a note is found again by typing the same text, and typing it never
    gives a query error."""
    decision = filled.add(Decision(session_id=filled.find(Session)[0].id, text=text))
    try:
        hits = search(filled, text, limit=100)
        if build_query(text) is None:
            assert hits == []
        else:
            assert decision.id in {h.record_id for h in hits}
    finally:
        filled.delete(decision)


def test_decomposed_letters_are_the_same_letters(workspace):
    import unicodedata

    group, _, session = fill(workspace)
    decomposed = unicodedata.normalize("NFD", "Högläsning på förmiddagen")
    workspace.add(Decision(session_id=session.id, text=decomposed))
    for typed in ("förmiddagen", unicodedata.normalize("NFD", "förmiddagen")):
        assert kinds(search(workspace, typed)) == ["decision"], typed


def test_invisible_control_characters_are_not_kept(workspace):
    _, _, session = fill(workspace)
    decision = workspace.add(Decision(session_id=session.id, text="Vi\x02 testar\x1b[2J\x00 nu\n"))
    assert workspace.get(Decision, decision.id).text == "Vi testar[2J nu\n"
    [hit] = search(workspace, "testar")
    assert segments(hit.snippet) == [("Vi ", False), ("testar", True), ("[2J nu", False)]


def test_a_very_long_query_is_cut_to_its_first_distinct_words():
    query = build_query(" ".join(f"ord{i % 40}" for i in range(400)))
    assert query is not None and query.count("*") == 16 and query.startswith('"ord0"* "ord1"*')


def test_index_can_be_rebuilt_from_the_records(workspace):
    fill(workspace)
    before = [(h.record_id, h.snippet) for h in search(workspace, "läs")]
    workspace.store.rebuild_search_index()
    assert [(h.record_id, h.snippet) for h in search(workspace, "läs")] == before


def test_a_deleted_group_stays_out_of_search_after_a_rebuild(workspace):
    group, _, _ = fill(workspace)
    workspace.delete(workspace.get(Group, group.id))
    assert search(workspace, "läs") == []
    workspace.store.rebuild_search_index()
    assert search(workspace, "läs") == []
    assert kinds(search(workspace, "taluppfattning")) == ["session"]


def test_in_a_large_workspace_common_words_rank_among_the_newest(workspace, monkeypatch):
    from skolgrupp.core.store import search_index

    group = workspace.add(Group(name="Läsgruppen", subject="reading"))
    for day in range(1, 10):
        workspace.add(Session(group_id=group.id, title=f"Planering {day}", date=f"2026-09-0{day}"))
    workspace.add(Session(group_id=group.id, title="Ovanligt ord", date="2026-08-01"))
    workspace.store.rebuild_search_index()  # documents in date order, oldest first
    monkeypatch.setattr(search_index, "RANK_WINDOW", 3)
    newest = search(workspace, "planering", limit=2)
    assert {h.date for h in newest} <= {"2026-09-07", "2026-09-08", "2026-09-09"}
    # A word only the oldest document has is still found: the window widens.
    assert [h.date for h in search(workspace, "ovanligt", limit=2)] == ["2026-08-01"]
    assert len(search(workspace, "planering", limit=20)) == 9


def test_an_answer_moved_to_another_reflection_is_found_only_there(workspace):
    group, _, _ = fill(workspace)
    anna = workspace.find(Person)[0]
    first, second = (
        workspace.add(Reflection(group_id=group.id, author_id=anna.id, written_on=day))
        for day in ("2026-09-10", "2026-09-11")
    )
    answer = workspace.add(
        ReflectionAnswer(reflection_id=first.id, prompt="Vad hände?", answer="Tallinjen hjälpte")
    )
    answer.reflection_id = second.id
    workspace.update(answer)
    assert [h.record_id for h in search(workspace, "tallinjen")] == [second.id]
