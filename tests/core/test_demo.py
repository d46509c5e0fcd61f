"""The demo workspace as a user meets it: a believable term of collegial work across municipal
and independent schools, reproducible from its seed, safe for pupils, healthy and searchable."""

import json
import random
import re
import uuid
from collections import Counter
from datetime import date

import pytest

from skolgrupp.core import frameworks, jsonio
from skolgrupp.core.demo import Demo, fill_demo
from skolgrupp.core.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    Commitment,
    Decision,
    GoalFramework,
    Membership,
    Person,
    Reflection,
    ReflectionAnswer,
    ReflectionGoal,
    School,
    Session,
    SessionGoal,
)
from skolgrupp.core.search import search
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION

TODAY = date(2026, 11, 25)  # late in the autumn term: most sessions held, a few planned
PERSONAL_NUMBER = re.compile(r"\b\d{6}[-+]?\d{4}\b")


def make_demo(path, **options):
    ws = Workspace.create(path, installation_id=TEST_INSTALLATION)
    options = {"term": "ht2026", "today": TODAY, **options}
    return ws, fill_demo(ws, **options)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One scale-1 demo shared by the tests that only read it."""
    ws, counts = make_demo(tmp_path_factory.mktemp("demo") / "demo.skolgrupp")
    yield ws, counts
    ws.close()


def by_id(records):
    return {r.id: r for r in records}


def test_an_area_mixes_school_owners_subjects_and_about_a_dozen_teachers(demo):
    ws, counts = demo
    assert {s.owner for s in ws.find(School)} == {"municipal", "independent"}
    assert len(ws.find(School)) == 5
    subjects = {row["subject"] for row in ws.store.rows("SELECT subject FROM groups")}
    assert {"reading", "maths", "special_support"} <= subjects
    roles = Counter(p.role for p in ws.find(Person))
    assert 12 <= roles["teacher"] <= 14 and 1 <= roles["leader"] <= 2
    assert all(p.school_id and p.email.endswith(".example") for p in ws.find(Person))
    assert counts["school"] == 5 and counts["group"] == len(subjects)


def test_memberships_have_dates_and_one_member_leaves_mid_term(demo):
    ws, _ = demo
    memberships = ws.find(Membership)
    assert all(m.joined_on for m in memberships)
    leavers = [m for m in memberships if m.left_on]
    assert len(leavers) == 1
    leaver = leavers[0]
    assert "2026-09-01" < leaver.left_on < "2026-12-01"
    sessions = by_id(ws.find(Session, group_id=leaver.group_id))
    later = [
        a
        for a in ws.find(Attendance, person_id=leaver.person_id)
        if a.session_id in sessions and sessions[a.session_id].date >= leaver.left_on
    ]
    assert later == []  # who has left is not on the attendance list


def test_sessions_before_today_are_held_the_rest_planned(demo):
    ws, _ = demo
    sessions = ws.find(Session)
    past = [s for s in sessions if s.date < TODAY.isoformat()]
    assert past and {s.status for s in past} == {"held", "cancelled"}
    assert 1 <= sum(s.status == "cancelled" for s in sessions) <= 2
    assert {s.status for s in sessions if s.date >= TODAY.isoformat()} == {"planned"}
    assert {s.format for s in sessions} == {
        "four_part",
        "lesson_study_planning",
        "post_lesson",
        "free",
    }
    assert Counter(s.format for s in sessions).most_common(1)[0][0] == "four_part"
    assert all(s.preparation and s.place and s.start_time for s in sessions)


def test_held_sessions_have_agenda_attendance_minutes_decisions_and_actions(demo):
    ws, _ = demo
    for session in ws.find(Session):
        agenda = ws.find(AgendaItem, session_id=session.id, order_by="position")
        assert len(agenda) >= 4
        assert sum(a.duration_min for a in agenda) == session.duration_min
        assert all(a.leader_id for a in agenda)
        held = session.status == "held"
        assert all(bool(a.notes) == held for a in agenda), session.title
        assert bool(ws.find(Attendance, session_id=session.id)) == held
        assert bool(ws.find(Decision, session_id=session.id)) == held
        actions = ws.find(ActionItem, session_id=session.id)
        assert bool(actions) == held
        assert all(a.owner_id and a.due_on > session.date for a in actions)
    statuses = {a.status for a in ws.find(Attendance)}
    assert statuses == {"present", "absent", "excused"}
    done = {a.done for a in ws.find(ActionItem)}
    assert done == {True, False}


def test_commitments_made_in_one_session_are_reported_in_a_later_one(demo):
    ws, _ = demo
    sessions = by_id(ws.find(Session))
    commitments = ws.find(Commitment)
    reported = [c for c in commitments if c.status == "reported"]
    assert reported
    for c in reported:
        made, report = sessions[c.made_in_session_id], sessions[c.report_session_id]
        assert made.group_id == report.group_id == c.group_id
        assert made.date < report.date and report.status == "held"
        assert made.format == report.format == "four_part"
        assert c.text.startswith("Det här ska jag pröva") and c.report
    still_open = [c for c in commitments if c.status == "open"]
    assert still_open and all(c.report_session_id is None for c in still_open)
    # What was promised at each group's latest held session is still to be reported.
    for group_id in {c.group_id for c in commitments}:
        latest = max(
            (s for s in sessions.values() if s.group_id == group_id and s.status == "held"),
            key=lambda s: s.date,
        )
        made_there = [c for c in commitments if c.made_in_session_id == latest.id]
        assert all(c.status == "open" for c in made_there)


def test_reflections_are_private_or_shared_answer_prompts_and_link_goals(demo):
    ws, counts = demo
    reflections = ws.find(Reflection)
    assert {r.visibility for r in reflections} == {"private", "group"}
    assert any(r.session_id for r in reflections) and any(not r.session_id for r in reflections)
    assert all(r.text and r.written_on < TODAY.isoformat() for r in reflections)
    prompts = {a.prompt for a in ws.find(ReflectionAnswer)}
    assert "Vad hände när du prövade aktiviteten?" in prompts
    assert ws.find(ReflectionGoal)
    assert 500 <= counts["reflection"] <= 2000


def test_groups_link_to_the_builtin_goals_without_adding_frameworks(demo):
    ws, _ = demo
    builtin = {r.id for r in frameworks.builtin_records()}
    assert len(ws.find(GoalFramework)) == 2
    links = ws.find(SessionGoal) + ws.find(ReflectionGoal)
    assert links and {link.goal_id for link in links} <= builtin


def test_the_demo_workspace_is_healthy(demo):
    ws, _ = demo
    assert ws.check() == []


def test_no_text_looks_like_a_personal_identity_number(demo):
    ws, _ = demo
    text = json.dumps(jsonio.export_document(ws), ensure_ascii=False)
    assert PERSONAL_NUMBER.findall(text) == []
    assert "Elev A" in text  # pupils appear only under pseudonyms


def test_search_finds_swedish_words_from_the_demo(demo):
    ws, _ = demo
    for word in ("läsförståelse", "högläsning", "återkoppling", "fallelever", "bildstöd"):
        assert search(ws, word), word
    shared = search(ws, "eleverna", include_private=False, limit=50)
    assert shared and all(hit.visibility != "private" for hit in shared)


def export_text(ws):
    document = jsonio.export_document(ws)
    del document["exported_at"], document["workspace_id"]
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def test_the_same_seed_gives_the_same_workspace_and_another_seed_another(tmp_path):
    texts = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        ws, _ = make_demo(tmp_path / f"{name}.skolgrupp", seed=seed)
        texts.append(export_text(ws))
        ws.close()
    assert texts[0] == texts[1]
    assert texts[0] != texts[2]


def test_scale_multiplies_the_areas_with_names_kept_apart(demo, tmp_path):
    _, one = demo
    ws, two = make_demo(tmp_path / "two.skolgrupp", scale=2)
    try:
        assert two["school"] == 2 * one["school"] and two["group"] == 2 * one["group"]
        assert 1.5 <= two["reflection"] / one["reflection"] <= 2.5
        names = [s.name for s in ws.find(School)]
        assert len(set(names)) == len(names)
        assert any(name.endswith(" 2") for name in names)
        assert ws.check() == []
    finally:
        ws.close()


def test_a_spring_term_skips_the_holidays_and_a_future_term_is_all_planned(tmp_path):
    ws, counts = make_demo(tmp_path / "vt.skolgrupp", term="vt2026")
    dates = [date.fromisoformat(s.date) for s in ws.find(Session)]
    ws.close()
    assert min(dates) >= date(2026, 1, 12) and max(dates) <= date(2026, 6, 5)
    easter_week = {date(2026, 4, 6 + n) for n in range(5)}
    assert not easter_week & set(dates)
    assert all(d.isocalendar().week != 9 for d in dates)  # sportlov
    ws, counts = make_demo(tmp_path / "future.skolgrupp", term="vt2027")
    assert {s.status for s in ws.find(Session)} == {"planned"}
    assert "reflection" not in counts and ws.check() == []
    ws.close()


def test_an_autumn_term_skips_the_autumn_break(demo):
    ws, _ = demo
    weeks = {date.fromisoformat(s.date).isocalendar().week for s in ws.find(Session)}
    assert 44 not in weeks and min(weeks) >= 34 and max(weeks) <= 51


def test_the_default_term_is_the_one_containing_today(workspace):
    fill_demo(workspace)
    terms = {row["term"] for row in workspace.store.rows("SELECT term FROM groups")}
    today = date.today()
    assert terms == {f"{'vt' if today.month <= 6 else 'ht'}{today.year}"}


def test_bad_arguments_are_refused(workspace):
    with pytest.raises(ValueError):
        fill_demo(workspace, term="hösten 2026")
    with pytest.raises(ValueError):
        fill_demo(workspace, scale=0)
    assert workspace.count(School) == 0


def test_demo_ids_are_version_4_uuids_from_the_seed():
    ours = Demo(random.Random(3), 3, "ht2026", TODAY)
    reference = random.Random(3)
    for _ in range(1000):
        expected = str(uuid.UUID(int=reference.getrandbits(128), version=4))
        assert ours.new_id() == expected
