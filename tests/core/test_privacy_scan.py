"""The privacy check of a workspace: personal identity numbers anywhere, pupils' names where
teachers write about pupils, never the adults' names, and quiet about what the user has said
is no pupil's, here and on a colleague's computer; a private reflection's finding never
leaves the computer."""

import shutil
from datetime import date

import pytest

from skolgrupp.core import i18n
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import (
    CasePupil,
    Cycle,
    Decision,
    Group,
    Membership,
    Person,
    PrivacyAcknowledgement,
    Reflection,
    ResearchLesson,
    Session,
    Visibility,
)
from skolgrupp.core.privacy import NAME, PERSONAL_NUMBER
from skolgrupp.core.privacy_scan import RULES, acknowledge, adults_of, rules, scan
from skolgrupp.core.share import privacy_warnings, share_group
from skolgrupp.core.workspace import Workspace
from skolgrupp.reports.documents import Request, document_findings
from tests.conftest import TEST_INSTALLATION
from tests.core.merge_copies import merge_file, opened

CANARY = "Kanarieström"  # a surname no demo text has: the name "Ronja Kanarieström"


@pytest.fixture
def demo(tmp_path):
    ws = Workspace.create(tmp_path / "mitt.skolgrupp", installation_id=TEST_INSTALLATION)
    fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
    yield ws
    ws.close()


def group_with_cycles(ws):
    return next(g for g in ws.find(Group) if ws.find(Cycle, group_id=g.id))


def a_case_pupil(ws):
    group = group_with_cycles(ws)
    cycle = ws.find(Cycle, group_id=group.id)[0]
    return group, cycle, ws.find(CasePupil, cycle_id=cycle.id)[0]


def shared_reflection(ws, group):
    return next(r for r in ws.find(Reflection, group_id=group.id) if r.visibility == "group")


def private_reflection(ws, group):
    return next(r for r in ws.find(Reflection, group_id=group.id) if r.visibility == "private")


def test_the_demo_holds_nothing_to_find(demo):
    """Made-up pupils go by pseudonyms and the adults are the workspace's people."""
    assert scan(demo) == []


@pytest.mark.parametrize("number", ["120314-1234", "20120314-1234", "1203141234"])
def test_a_personal_identity_number_as_a_case_pupils_label_is_found_everywhere(demo, number):
    """The label of the issue: its check digit is wrong, and it identifies the pupil all
    the same."""
    group, cycle, pupil = a_case_pupil(demo)
    pupil.label = number
    demo.update(pupil)

    found = [f for f in scan(demo) if f.record_id == pupil.id]
    assert [(f.kind, f.text, f.record_kind, f.field) for f in found] == [
        (PERSONAL_NUMBER, number, "case_pupil", "label")
    ]
    assert not found[0].certain
    assert cycle.title in found[0].where

    warnings = [w for w in privacy_warnings(demo, group.id) if w.record_id == pupil.id]
    assert [(w.kind, w.text, w.record_kind, w.field) for w in warnings] == [
        (PERSONAL_NUMBER, number, "case_pupil", "label")
    ]

    for request in (
        Request("cycle", cycle.id),
        Request("observation", demo.find(ResearchLesson, cycle_id=cycle.id)[0].id),
    ):
        in_document = document_findings(demo, request)
        assert [(f.kind, f.text, f.record_id) for f in in_document] == [
            (PERSONAL_NUMBER, number, pupil.id)
        ]


def test_a_members_name_also_in_the_genitive_is_no_pupils(demo):
    group = group_with_cycles(demo)
    fatima = demo.add(Person(name="Fatima Al-Sayed"))
    demo.add(Membership(group_id=group.id, person_id=fatima.id, joined_on="2026-08-17"))
    reflection = shared_reflection(demo, group)
    reflection.text = "Vi prövade Fatimas modell. Kalle Svensson läste högt."
    demo.update(reflection)

    assert [f.text for f in scan(demo) if f.record_id == reflection.id] == ["Kalle Svensson"]
    assert [w.text for w in privacy_warnings(demo, group.id)] == ["Kalle Svensson"]
    assert "Fatimas" not in {f.text for f in scan(demo)}


def test_a_deleted_persons_name_is_not_an_adults(demo):
    gone = demo.add(Person(name="Ronja Kanarieström"))
    assert adults_of(demo).named("Ronja")
    demo.delete(gone)
    assert not adults_of(demo).named("Ronja")


def test_names_count_where_pupils_are_written_about_numbers_everywhere(demo):
    group = group_with_cycles(demo)
    session = demo.find(Session, group_id=group.id)[0]
    session.place = "Konferensrum Kalle Svensson, 120505-4537"  # no pupil data: numbers only
    demo.update(session)
    decision = demo.add(Decision(session_id=session.id, text="Kalle Svensson får bildstöd."))
    found = {(f.record_kind, f.field, f.kind, f.text) for f in scan(demo)}
    assert found == {
        ("session", "place", PERSONAL_NUMBER, "120505-4537"),
        ("decision", "text", NAME, "Kalle Svensson"),
    }
    where = next(f.where for f in scan(demo) if f.record_id == decision.id)
    assert session.title in where and session.date in where


def test_a_group_is_scanned_alone(demo):
    group, _, pupil = a_case_pupil(demo)
    pupil.label = "120314-1234"
    demo.update(pupil)
    other = next(g for g in demo.find(Group) if g.id != group.id)
    assert [f.record_id for f in scan(demo, group_id=group.id)] == [pupil.id]
    assert scan(demo, group_id=other.id) == []


def test_an_acknowledged_finding_stays_quiet_and_only_there(demo):
    group, cycle, pupil = a_case_pupil(demo)
    reflection = shared_reflection(demo, group)
    reflection.text = "Kalle Svensson från Skolverket besökte oss."
    demo.update(reflection)
    session = next(s for s in demo.find(Session, group_id=group.id) if s.status == "held")
    decision = demo.add(Decision(session_id=session.id, text="Kalle Svensson får bildstöd."))
    (finding,) = [f for f in scan(demo) if f.record_id == reflection.id]

    ack = acknowledge(demo, finding)
    assert (
        "kalle" not in ack.id
        and ack.id
        != PrivacyAcknowledgement(
            record_kind=ack.record_kind, record_id=ack.record_id, field_name="text", text=ack.text
        ).id
    )  # random: the text cannot be worked back out of a tombstone's id
    assert acknowledge(demo, finding) == ack  # saying so again changes nothing
    assert demo.count(PrivacyAcknowledgement) == 1

    assert [f.record_id for f in scan(demo)] == [decision.id]  # the same name elsewhere
    assert [w.record_id for w in privacy_warnings(demo, group.id)] == [decision.id]
    assert document_findings(demo, Request("cycle", cycle.id)) == []
    if reflection.session_id:
        on_page = document_findings(demo, Request("session", reflection.session_id))
        assert reflection.id not in {f.record_id for f in on_page}
    assert reflection.id not in {
        f.record_id for f in document_findings(demo, Request("term", group.id))
    }


def test_an_acknowledgement_deleted_and_given_again_holds(demo):
    group, _, pupil = a_case_pupil(demo)
    pupil.typifies = "Elever som Kalle Svensson, som läser långsamt"
    demo.update(pupil)
    (finding,) = scan(demo)
    demo.delete(acknowledge(demo, finding))
    assert scan(demo) == [finding]
    acknowledge(demo, finding)
    assert scan(demo) == []


def test_an_acknowledgement_goes_along_and_merges_into_a_colleagues_copy(demo, tmp_path):
    group, _, pupil = a_case_pupil(demo)
    pupil.typifies = "Elever som Ronja Lindqvist i boken, som läser långsamt"
    demo.update(pupil)
    colleague = tmp_path / "bo.skolgrupp"
    share_group(demo, group.id, colleague)  # Bo's copy, before the word was said
    with opened(colleague, "bo") as theirs:
        assert [f.text for f in scan(theirs)] == ["Ronja Lindqvist"]

    (finding,) = scan(demo)
    acknowledge(demo, finding)
    again = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, again)
    merge_file(colleague, "bo", again)
    with opened(colleague, "bo") as theirs:
        assert scan(theirs) == []
        assert privacy_warnings(theirs, group.id) == []
        (ack,) = theirs.find(PrivacyAcknowledgement)
        assert (ack.record_id, ack.field_name, ack.text) == (pupil.id, "typifies", finding.text)


def test_a_private_reflections_finding_and_its_acknowledgement_never_leave(demo, tmp_path):
    """The canary: the private reflection's text is found (its author sees it), and neither
    the text nor the acknowledgement of it reaches a shared file or a document's list; nor
    does an acknowledgement made while a reflection was private, once it is shared saying
    something else."""
    group = group_with_cycles(demo)
    private = private_reflection(demo, group)
    private.text = f"Ronja {CANARY} grät idag."
    demo.update(private)
    (finding,) = [f for f in scan(demo) if f.record_id == private.id]
    assert finding.text == f"Ronja {CANARY}"
    assert finding not in scan(demo, shared_only=True)
    acknowledge(demo, finding)

    later = next(
        r
        for r in demo.find(Reflection, group_id=group.id)
        if r.visibility == "private" and r.id != private.id
    )
    later.text = f"Hos Ronja {CANARY}s syster."
    demo.update(later)
    (earlier,) = [f for f in scan(demo) if f.record_id == later.id]
    acknowledge(demo, earlier)
    later.text = "Vi läste högt."
    later.visibility = Visibility.GROUP
    demo.update(later)

    # The later one went with the words it was about; the private one stays here.
    assert [a.record_id for a in demo.find(PrivacyAcknowledgement)] == [private.id]
    assert not any(CANARY in w.text for w in privacy_warnings(demo, group.id))
    if private.session_id:
        on_page = document_findings(demo, Request("session", private.session_id))
        assert private.id not in {f.record_id for f in on_page}
    target = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, target)
    raw = target.read_bytes()
    for text in (CANARY, private.id):
        assert text.encode() not in raw
        assert text.encode("utf-16-le") not in raw and text.encode("utf-16-be") not in raw
    with Workspace.open(target, read_only=True) as theirs:
        # At most the wordless tombstone of the later one, so that a copy holding it forgets.
        sent = theirs.store.find(PrivacyAcknowledgement, include_deleted=True)
        assert all(a.deleted and not a.text and a.record_id == later.id for a in sent)


def test_a_locked_share_holds_the_acknowledgement_too(demo, tmp_path):
    from skolgrupp.core.share import unlock

    group, _, pupil = a_case_pupil(demo)
    pupil.typifies = "Som Kalle Svensson i boken"
    demo.update(pupil)
    acknowledge(demo, scan(demo)[0])
    locked = tmp_path / "låst.skolgrupp"
    share_group(demo, group.id, locked, passphrase="Eleverna läser högt på fredagar")
    plain = unlock(locked, "Eleverna läser högt på fredagar", tmp_path / "öppen.skolgrupp")
    shutil.copy(plain, tmp_path / "kopia.skolgrupp")
    with Workspace.open(tmp_path / "kopia.skolgrupp") as theirs:
        assert theirs.count(PrivacyAcknowledgement) == 1 and scan(theirs) == []


def test_the_rules_have_a_title_and_a_reason_in_swedish():
    assert len(RULES) >= 7
    i18n.set_language("sv")
    swedish = rules()
    assert [r.title for r in swedish] != [r.title for r in RULES]
    for english, svenska in zip(RULES, swedish, strict=True):
        assert svenska.title and svenska.text
        assert svenska.title != english.title and svenska.text != english.text


def test_an_acknowledgement_goes_when_its_text_is_written_out_of_the_record(demo):
    group, _, _ = a_case_pupil(demo)
    reflection = shared_reflection(demo, group)
    reflection.text = "Zqack Kanarieström kom på besök. Vi pratade om läsning."
    demo.update(reflection)
    (finding,) = [f for f in scan(demo) if f.record_id == reflection.id]
    acknowledge(demo, finding)
    reflection.text = "ZQACK  kanarieström kom på besök."  # still there, case and spacing aside
    demo.update(reflection)
    assert demo.count(PrivacyAcknowledgement) == 1
    reflection.text = "Vi pratade om läsning."
    demo.update(reflection)
    assert demo.count(PrivacyAcknowledgement) == 0
    demo.store.erase_leftovers()
    assert b"Kanariestr" not in demo.path.read_bytes()
