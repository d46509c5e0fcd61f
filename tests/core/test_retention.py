"""Retention (gallring): a finished cycle's case-pupil details are erased on request, the
group's results and findings stay, the words are gone from the file's bytes, and the erasure
merges as a deletion — an older copy cannot bring the words back, a colleague's copy learns
of it, and a colleague's concurrent change is not kept beside it."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from skolgrupp.core import snapshots
from skolgrupp.core.domain import (
    CasePupil,
    ClassResult,
    CriticalAspect,
    Cycle,
    CyclePhase,
    Group,
    Interview,
    LessonPhase,
    Observation,
    Person,
    PhaseStatus,
    Prediction,
    PrivacyAcknowledgement,
    ResearchLesson,
)
from skolgrupp.core.domain import TestItem as Item  # not a test class
from skolgrupp.core.domain import TestScore as Score  # nor this
from skolgrupp.core.errors import RecordNotFound
from skolgrupp.core.retention import (
    DEFAULT_AFTER_DAYS,
    ONE_SCHOOL_YEAR_DAYS,
    CycleNotFinished,
    due_for_erasure,
    erase_pupil_details,
    finished_from_phases,
    finished_on,
)
from skolgrupp.core.search import search
from skolgrupp.core.share import share_group
from skolgrupp.core.workspace import Workspace
from tests.core.merge_copies import ANNA, merge_file, opened

# Words found nowhere else: after erasure, none of them may be in the file's bytes.
CANARIES = {
    "observation": "Zqobservkanarie",
    "interview": "Zqintervjusvar",
    "question": "Zqintervjufraga",
    "prediction": "Zqforutsagelse",
    "label": "Zqetikettkanarie",
    "typifies": "Zqtypiserarkanarie",
    "acknowledged": "Zqkvitteradkanarie",
}
KEPT = {
    "findings": "Eleverna behöver se tallinjen som en helhet.",
    "plan": "Vi börjar med en tom tallinje.",
    "discussion": "Alla tre placerade halva rätt efter lektionen.",
    "aspect": "Avståndet från noll",
}
FINISHED = date(2026, 6, 10)
TODAY = date(2027, 6, 20)


def _phases(cycle_id, *, done=True, last_end="2026-06-10"):
    return [
        CyclePhase(
            cycle_id=cycle_id,
            position=1,
            name="Planera",
            starts_on="2026-03-01",
            ends_on="2026-03-20",
            status=PhaseStatus.DONE,
        ),
        CyclePhase(
            cycle_id=cycle_id,
            position=2,
            name="Dokumentera",
            starts_on="2026-05-01",
            ends_on=last_end,
            status=PhaseStatus.DONE if done else PhaseStatus.ACTIVE,
        ),
    ]


def fill_cycle(ws):
    """A finished lesson study with everything a cycle holds; its ids by name."""
    group = ws.add(Group(name="Matte 4–6", subject="maths"))
    anna = ws.add(Person(name="Anna Berg"))
    cycle = ws.add(Cycle(group_id=group.id, title="Bråk på tallinjen", findings=KEPT["findings"]))
    for phase in _phases(cycle.id):
        ws.add(phase)
    aspect = ws.add(CriticalAspect(cycle_id=cycle.id, text=KEPT["aspect"]))
    item = ws.add(Item(cycle_id=cycle.id, text="Placera 3/4", aspect_id=aspect.id))
    pupils = [
        ws.add(
            CasePupil(
                cycle_id=cycle.id,
                position=1,
                label=f"Elev {CANARIES['label']}",
                typifies=f"{CANARIES['typifies']} som gissar",
            )
        ),
        ws.add(CasePupil(cycle_id=cycle.id, position=2, label="Elev B", typifies="Säker")),
    ]
    lesson = ws.add(
        ResearchLesson(
            cycle_id=cycle.id,
            date="2026-04-02",
            teacher_id=anna.id,
            plan=KEPT["plan"],
            discussion=KEPT["discussion"],
        )
    )
    phase = ws.add(LessonPhase(lesson_id=lesson.id, title="Introduktion"))
    ws.add(
        Prediction(
            phase_id=phase.id, pupil_id=pupils[0].id, text=f"{CANARIES['prediction']} tvekar"
        )
    )
    observation = ws.add(
        Observation(
            phase_id=phase.id,
            pupil_id=pupils[0].id,
            observer_id=anna.id,
            text=f"Pekade på {CANARIES['observation']} och log",
        )
    )
    ws.add(
        Interview(
            lesson_id=lesson.id,
            pupil_id=pupils[0].id,
            question=f"Hur tänkte du {CANARIES['question']}?",
            answer=f"Jag {CANARIES['interview']} räknade",
        )
    )
    for pupil, score in zip(pupils, (1.0, 0.0), strict=True):
        ws.add(
            Score(lesson_id=lesson.id, item_id=item.id, pupil_id=pupil.id, test="post", score=score)
        )
    ws.add(ClassResult(lesson_id=lesson.id, item_id=item.id, test="post", correct=17, pupils=25))
    ws.add(
        PrivacyAcknowledgement(
            record_kind="case_pupil",
            record_id=pupils[0].id,
            field_name="label",
            text=CANARIES["acknowledged"],
        )
    )
    ws.add(
        PrivacyAcknowledgement(
            record_kind="observation",
            record_id=observation.id,
            field_name="text",
            text="Pekade",
        )
    )
    return {
        "group": group.id,
        "cycle": cycle.id,
        "pupils": [p.id for p in pupils],
        "observation": observation.id,
        "lesson": lesson.id,
        "anna": anna.id,
    }


def leftovers(path: Path) -> list[str]:
    """The canaries still in the file's bytes, or in a journal beside it."""
    found = []
    for file in (path, Path(f"{path}-journal"), Path(f"{path}-wal")):
        if file.exists():
            data = file.read_bytes()
            for word in CANARIES.values():
                if word.encode() in data or word.lower().encode() in data:
                    found.append(f"{word} in {file.name}")
    return found


@pytest.fixture
def filled(workspace):
    return workspace, fill_cycle(workspace)


@pytest.fixture
def two(tmp_path):
    """The same finished cycle in Anna's and Bo's copies of one workspace."""
    base = tmp_path / "bas.skolgrupp"
    with Workspace.create(base, installation_id=ANNA) as ws:
        ids = fill_cycle(ws)
    paths = {}
    for who in ("anna", "bo"):
        paths[who] = tmp_path / f"{who}.skolgrupp"
        shutil.copy(base, paths[who])
    return paths, ids


def erase(path, who, cycle_id):
    with opened(path, who) as ws:
        return erase_pupil_details(ws, cycle_id, TODAY)


# -- when a cycle is finished ---------------------------------------------------------------


def test_a_cycle_is_finished_when_every_phase_is_done_or_its_last_phase_has_ended():
    today = date(2026, 9, 1)
    assert finished_from_phases(_phases("c"), today) == FINISHED  # its latest day
    # The statuses left as they were, the last phase over: finished on its last day.
    assert finished_from_phases(_phases("c", done=False), today) == FINISHED
    assert finished_from_phases(_phases("c", done=False, last_end="2026-09-01"), today) is None
    assert finished_from_phases(_phases("c", done=False, last_end=None), today) is None
    assert finished_from_phases([], today) is None
    # Every phase done ahead of the dates planned: finished the day the last was saved.
    early = _phases("c", last_end="2026-12-01")
    for phase in early:
        phase.updated_at = "2026-08-15T10:00:00Z"
    assert finished_from_phases(early, today) == date(2026, 8, 15)


def test_due_for_erasure_after_one_school_year_unless_erased_or_without_case_pupils(filled):
    ws, ids = filled
    assert DEFAULT_AFTER_DAYS == ONE_SCHOOL_YEAR_DAYS == 365
    assert finished_on(ws, ids["cycle"], TODAY) == FINISHED
    empty = ws.add(Cycle(group_id=ids["group"], title="Modul utan fallelever", cycle_type="module"))
    for phase in _phases(empty.id):
        ws.add(phase)
    assert due_for_erasure(ws, date(2027, 6, 9)) == []
    assert [c.id for c in due_for_erasure(ws, date(2027, 6, 10))] == [ids["cycle"]]
    assert [c.id for c in due_for_erasure(ws, date(2026, 12, 10), after_days=182)] == [ids["cycle"]]
    erase_pupil_details(ws, ids["cycle"], TODAY)
    assert due_for_erasure(ws, TODAY) == []


def test_a_cycle_still_going_on_is_not_erased(workspace):
    ids = fill_cycle(workspace)
    phase = workspace.find(CyclePhase, cycle_id=ids["cycle"], position=2)[0]
    phase.status, phase.ends_on = PhaseStatus.ACTIVE, "2027-09-01"
    workspace.update(phase)
    with pytest.raises(CycleNotFinished):
        erase_pupil_details(workspace, ids["cycle"], TODAY)
    assert workspace.find(Observation)  # nothing was touched
    with pytest.raises(RecordNotFound):
        erase_pupil_details(workspace, "00000000-0000-4000-8000-0000000000ff", TODAY)


# -- what goes and what stays ---------------------------------------------------------------


def test_erasure_deletes_the_details_and_keeps_results_findings_and_plans(filled):
    ws, ids = filled
    summary = erase_pupil_details(ws, ids["cycle"], TODAY)
    assert (summary.predictions, summary.observations, summary.interviews) == (1, 1, 1)
    assert summary.pupils == 2 and summary.acknowledgements == 2
    assert summary.erased_on == TODAY and summary.title == "Bråk på tallinjen"
    # Gone, as tombstones with nothing in them.
    assert ws.find(Prediction) == ws.find(Observation) == ws.find(Interview) == []
    for cls in (Prediction, Observation, Interview):
        (tomb,) = ws.store.find(cls, include_deleted=True)
        assert tomb.deleted and all(getattr(tomb, name) == "" for name in cls.notes_fields)
    assert ws.find(PrivacyAcknowledgement) == []
    # The case pupils stay, by position under a neutral pseudonym, typifying no one.
    pupils = ws.find(CasePupil, cycle_id=ids["cycle"], order_by="position")
    assert [(p.id, p.label, p.typifies) for p in pupils] == [
        (ids["pupils"][0], "Elev 1", ""),
        (ids["pupils"][1], "Elev 2", ""),
    ]
    # What the group learned stays.
    scores = {s.pupil_id: s.score for s in ws.find(Score)}
    assert scores == {ids["pupils"][0]: 1.0, ids["pupils"][1]: 0.0}
    assert [(r.correct, r.pupils) for r in ws.find(ClassResult)] == [(17, 25)]
    assert [a.text for a in ws.find(CriticalAspect)] == [KEPT["aspect"]]
    assert len(ws.find(Item)) == 1 and len(ws.find(LessonPhase)) == 1
    lesson = ws.get(ResearchLesson, ids["lesson"])
    assert (lesson.plan, lesson.discussion) == (KEPT["plan"], KEPT["discussion"])
    cycle = ws.get(Cycle, ids["cycle"])
    assert cycle.findings == KEPT["findings"]
    assert cycle.pupil_data_erased_on == "2027-06-20"
    for word in CANARIES.values():
        assert search(ws, word) == [], word
    assert search(ws, "tallinje")  # the kept text is still found


def test_the_erased_words_are_gone_from_the_files_bytes(filled):
    ws, ids = filled
    assert len(leftovers(ws.path)) == len(CANARIES)  # the test would see them
    erase_pupil_details(ws, ids["cycle"], TODAY)
    assert leftovers(ws.path) == []  # at once, with the workspace still open
    ws.close()
    assert leftovers(ws.path) == []
    assert KEPT["plan"].encode() in ws.path.read_bytes()


def test_erasing_removes_the_snapshot_of_the_last_merge_that_still_holds_the_words(two):
    paths, ids = two
    with opened(paths["bo"], "bo") as ws:
        ws.add(Group(name="Bos grupp"))
    merge_file(paths["anna"], "anna", paths["bo"])
    snapshot = snapshots.snapshot_path(paths["anna"])
    assert leftovers(snapshot)
    summary = erase(paths["anna"], "anna", ids["cycle"])
    assert summary.snapshot_removed == snapshot and not snapshot.exists()
    assert leftovers(paths["anna"]) == []


# -- merging --------------------------------------------------------------------------------


def records_of(path, ids):
    with Workspace.open(path, read_only=True) as ws:
        details = [
            r
            for cls in (Prediction, Observation, Interview)
            for r in ws.store.find(cls, include_deleted=True)
        ]
        pupils = ws.find(CasePupil, order_by="position")
        return (
            sorted(
                (r.kind, r.deleted, r.text if hasattr(r, "text") else r.answer) for r in details
            ),
            [(p.label, p.typifies) for p in pupils],
            ws.get(Cycle, ids["cycle"]).pupil_data_erased_on,
            ws.store.conflicts(),
        )


ERASED = (
    [("interview", True, ""), ("observation", True, ""), ("prediction", True, "")],
    [("Elev 1", ""), ("Elev 2", "")],
    "2027-06-20",
    [],
)


def test_an_older_copy_merged_in_does_not_bring_the_details_back(two):
    paths, ids = two
    erase(paths["anna"], "anna", ids["cycle"])
    plan = merge_file(paths["anna"], "anna", paths["bo"])  # Bo's copy, from before
    assert plan.empty
    assert records_of(paths["anna"], ids) == ERASED
    assert leftovers(paths["anna"]) == []


def test_the_erasure_reaches_a_colleague_through_sharing_and_merging(two, tmp_path):
    paths, ids = two
    shared = tmp_path / "delad.skolgrupp"
    with opened(paths["anna"], "anna") as ws:
        erase_pupil_details(ws, ids["cycle"], TODAY)
        share_group(ws, ids["group"], shared)
    assert leftovers(shared) == []
    plan = merge_file(paths["bo"], "bo", shared)
    assert plan.erasure
    counts = plan.counts()
    assert counts["observation"] == counts["prediction"] == counts["interview"] == {"deleted": 1}
    assert counts["case_pupil"] == {"changed": 2} and counts["cycle"] == {"changed": 1}
    assert records_of(paths["bo"], ids) == ERASED
    assert leftovers(paths["bo"]) == []  # the merge's snapshot beside it still has them
    assert leftovers(snapshots.snapshot_path(paths["bo"]))


@pytest.mark.parametrize("first", ["anna erases", "bo edits"])
def test_a_colleagues_concurrent_change_is_not_kept_beside_the_erasure(two, first):
    """Bo changes an observation and a case pupil without knowing of the erasure, before it
    or after it: whoever merges whose file, the erased versions alone are kept."""
    paths, ids = two

    def bo_edits():
        with opened(paths["bo"], "bo") as ws:
            observation = ws.get(Observation, ids["observation"])
            observation.text = "Zqkonkurrentobs ritade en egen linje"
            ws.update(observation)
            pupil = ws.get(CasePupil, ids["pupils"][0])
            pupil.typifies = "Zqkonkurrenttyp"
            ws.update(pupil)
            # A pupil whom no one described, given a new label, is no erasure's version;
            # nor is a word said of an erased note.
            second = ws.get(CasePupil, ids["pupils"][1])
            second.typifies = ""
            second.label = "Ronja Zqkanarieström"
            ws.update(second)
            ws.add(
                PrivacyAcknowledgement(
                    record_kind=Observation.kind,
                    record_id=observation.id,
                    field_name="text",
                    text="Zqkonkurrentack",
                )
            )

    if first == "bo edits":
        bo_edits()
        erase(paths["anna"], "anna", ids["cycle"])
    else:
        erase(paths["anna"], "anna", ids["cycle"])
        bo_edits()
    merge_file(paths["anna"], "anna", paths["bo"])
    merge_file(paths["bo"], "bo", paths["anna"])
    for who in ("anna", "bo"):
        assert records_of(paths[who], ids) == ERASED, who
        for word in (
            b"Zqkonkurrentobs",
            b"Zqkonkurrenttyp",
            b"zqkonkurrentobs",
            b"Zqkanarie",
            b"Zqkonkurrentack",
        ):
            assert word not in paths[who].read_bytes(), (who, word)
        with opened(paths[who], who) as ws:
            labels = [ws.get(CasePupil, i).label for i in ids["pupils"]]
            assert labels == ["Elev 1", "Elev 2"], who
            assert ws.find(PrivacyAcknowledgement) == [], who
    assert merge_file(paths["anna"], "anna", paths["bo"]).empty  # nothing more to do
    assert merge_file(paths["bo"], "bo", paths["anna"]).empty


def test_versions_kept_before_the_erasure_are_dropped_and_stay_dropped(two):
    """A conflict merged in before the erasure (Bo's text beside Anna's) is superseded by
    it: Bo's unchanged copy merged again brings nothing back."""
    paths, ids = two
    for who, text in (("anna", "Zqannasobs"), ("bo", "Zqbosobs")):
        with opened(paths[who], who) as ws:
            observation = ws.get(Observation, ids["observation"])
            observation.text = text
            ws.update(observation)
    merge_file(paths["anna"], "anna", paths["bo"])
    with Workspace.open(paths["anna"], read_only=True) as ws:
        assert len(ws.store.conflicts()) == 1
    summary = erase(paths["anna"], "anna", ids["cycle"])
    assert summary.kept_versions == 1
    assert merge_file(paths["anna"], "anna", paths["bo"]).empty
    assert records_of(paths["anna"], ids) == ERASED
    for word in (b"Zqannasobs", b"Zqbosobs", b"zqannasobs", b"zqbosobs"):
        assert word not in paths["anna"].read_bytes()
    merge_file(paths["bo"], "bo", paths["anna"])
    assert records_of(paths["bo"], ids) == ERASED
