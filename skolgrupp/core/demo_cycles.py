"""The demo's lesson-study and learning-study cycles: in each area, a learning study in the
mathematics group well into its second research lesson, and a lesson study in the reading
group between its first lesson and the revision. Swedish content, case pupils by pseudonym.

The cycles draw on a random generator of their own, so adding them left the rest of the demo
as it was.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from skolgrupp.core.domain import (
    CasePupil,
    ClassResult,
    CriticalAspect,
    Cycle,
    CycleGoal,
    CyclePhase,
    CycleType,
    Interview,
    LessonPhase,
    Observation,
    ObserverAssignment,
    PhaseStatus,
    Prediction,
    Record,
    ResearchLesson,
    TestItem,
    TestKind,
    TestScore,
)

if TYPE_CHECKING:
    from skolgrupp.core.demo import Demo


@dataclass(frozen=True)
class Plan:
    """What a demo cycle is about, and the words its records are made of."""

    cycle_type: CycleType
    title: str
    subject: str
    grade: str
    question: str
    learning_object: str
    long_term_goal: str
    goal: str  # a built-in goal: framework key and code
    phases: tuple[str, ...]
    aspects: tuple[str, ...]
    pupils: tuple[tuple[str, str], ...]  # (pseudonym, whom they typify)
    items: tuple[tuple[str, int], ...]  # (test item, index of its critical aspect)
    lesson_phases: tuple[tuple[str, int, str], ...]  # (title, minutes, what happens)
    predictions: tuple[str, ...]
    observations: tuple[str, ...]
    questions: tuple[str, ...]
    answers: tuple[str, ...]
    revision: str
    discussion: str
    findings: str
    shared_how: str


LEARNING_STUDY = Plan(
    cycle_type=CycleType.LEARNING_STUDY,
    title="Bråk som tal på tallinjen",
    subject="Matematik",
    grade="Åk 5",
    question="Vad behöver eleverna urskilja för att kunna se ett bråk som ett tal med en plats "
    "på tallinjen?",
    learning_object="Att kunna placera och jämföra bråk på tallinjen",
    long_term_goal="Eleverna ser bråk som tal och kan resonera om deras storlek.",
    goal="sup2023:F1.3",
    phases=(
        "Lärandeobjekt och förtest",
        "Planera variationsmönster",
        "Forskningslektion 1 och eftertest",
        "Analysera och revidera",
        "Forskningslektion 2 med en annan elevgrupp",
        "Fördröjt eftertest",
        "Dokumentera och dela",
    ),
    aspects=(
        "Nämnaren anger hur många lika stora delar helheten är delad i",
        "Avståndet från 0 till 1 är helheten på tallinjen",
        "Ett bråk kan vara större än 1",
    ),
    pupils=(
        ("Elev A", "räknar säkert men ser bråk som två heltal"),
        ("Elev B", "är osäker och väljer ofta det största talet"),
        ("Elev C", "har svenska som andraspråk och resonerar gärna med bilder"),
    ),
    items=(
        ("Markera 1/4 på tallinjen mellan 0 och 1", 1),
        ("Vilket är störst, 1/3 eller 1/5? Förklara", 0),
        ("Markera 3/2 på tallinjen", 2),
        ("Sortera 2/3, 1/2 och 5/6 från minst till störst", 0),
        ("Hur långt är det från 0 till 1 om tallinjen går till 3?", 1),
        ("Skriv ett bråk som ligger mellan 1 och 2", 2),
    ),
    lesson_phases=(
        ("Start: var ligger 1/2?", 8, "Eleverna placerar 1/2 på en tallinje på golvet."),
        (
            "Kontrast: samma täljare",
            15,
            "1/3, 1/4 och 1/5 jämförs sida vid sida; bara nämnaren varierar.",
        ),
        (
            "Generalisering: olika helheter",
            15,
            "Samma bråk på tallinjer av olika längd; helheten hålls synlig.",
        ),
        ("Fusion: större än 1", 12, "Eleverna placerar 3/2 och 5/4 och motiverar i par."),
        ("Avslutning och exit-lapp", 5, "Varje elev markerar 2/3 på sin egen tallinje."),
    ),
    predictions=(
        "Tror att 1/5 är störst eftersom 5 är större än 3.",
        "Delar tallinjen i fyra delar men räknar strecken i stället för avstånden.",
        "Placerar bråket rätt men kan inte förklara varför.",
        "Stannar vid 1 och säger att 3/2 inte går att markera.",
        "Använder bilden av en pizza och översätter den till tallinjen.",
    ),
    observations=(
        "Räknade strecken och hamnade på 1/5 i stället för 1/4.",
        "Ändrade sitt svar efter kontrasten och sa: ju fler delar desto mindre bitar.",
        "Pekade på avståndet mellan 0 och 1 och kallade det för hela.",
        "Tvekade länge vid 3/2, men placerade det rätt efter att ha sett 1/2 först.",
        "Ritade en cirkel först och flyttade sedan över delarna till linjen.",
        "Jämförde med kamraten och förklarade med egna ord att nämnaren är delarnas antal.",
        "Satt tyst under helklassdelen men skrev rätt svar på exit-lappen.",
    ),
    questions=(
        "Hur tänkte du när du markerade 1/4?",
        "Vad var svårast i dag?",
        "Vad betyder siffran under strecket?",
    ),
    answers=(
        "Jag delade i fyra lika långa bitar.",
        "När det gick över ett, det har jag aldrig gjort.",
        "Hur många delar det är, och att de ska vara lika stora.",
        "Jag vet inte riktigt, jag räknade strecken.",
    ),
    revision="Kontrasten mellan 1/3 och 1/5 kom för sent i lektion 1. Vi flyttar den först och "
    "låter tallinjen gå till 2 från början, så att helheten syns hela lektionen.",
    discussion="Två av tre fallelever räknade streck i stället för avstånd i början, som vi "
    "förutsåg. Kontrasten med samma täljare fungerade: Elev B bytte svar. Ingen fallelev klarade "
    "3/2 utan hjälp; aspekten att ett bråk kan vara större än 1 behöver varieras tidigare.",
    findings="När bara nämnaren varierar och helheten hålls synlig urskiljer eleverna att "
    "nämnaren anger delarnas storlek. Bråk större än 1 kräver att tallinjen går förbi 1 "
    "från start.",
    shared_how="Presenteras på ämneskonferensen i matematik och i kommunens nätverk för "
    "learning study.",
)

LESSON_STUDY = Plan(
    cycle_type=CycleType.LESSON_STUDY,
    title="Att ställa frågor till texten",
    subject="Svenska",
    grade="Åk 4",
    question="Vi vill lära oss hur vi kan undervisa så att eleverna själva ställer frågor "
    "till en faktatext medan de läser.",
    learning_object="Att ställa egna frågor till en faktatext före, under och efter läsningen",
    long_term_goal="Eleverna använder lässtrategier på egen hand i alla ämnen.",
    goal="sup2023:F1.1",
    phases=(
        "Studera och planera",
        "Forskningslektion 1",
        "Eftersamtal 1",
        "Revidera",
        "Forskningslektion 2",
        "Eftersamtal 2",
        "Dokumentera och dela",
    ),
    aspects=(
        "Frågor kan ställas före, under och efter läsningen",
        "Svaret kan stå i texten, mellan raderna eller i huvudet",
    ),
    pupils=(
        ("Elev A", "läser flytande men stannar sällan upp"),
        ("Elev B", "avkodar långsamt och tappar lätt tråden"),
        ("Elev C", "har god förståelse men svarar hellre än frågar"),
    ),
    items=(
        ("Skriv en fråga du har innan du läser rubriken", 0),
        ("Var hittar du svaret på frågan?", 1),
        ("Skriv en fråga som texten inte svarar på", 1),
    ),
    lesson_phases=(
        ("Bildpromenad och förutsägelser", 10, "Eleverna tittar på bilder och rubriker i par."),
        ("Läraren modellerar", 10, "Läraren läser högt och tänker högt om sina frågor."),
        ("Läsning i par med frågekort", 20, "Paren stannar vid varje stycke och frågar."),
        ("Gemensam sortering av frågor", 10, "Frågorna sorteras: i texten, mellan raderna."),
    ),
    predictions=(
        "Ställer en fråga men bara om bilden.",
        "Behöver stöd av frågekortet för att komma igång.",
        "Läser vidare utan att stanna vid styckena.",
        "Svarar på kamratens frågor i stället för att ställa egna.",
    ),
    observations=(
        "Stannade vid andra stycket och frågade varför djuret flyttar på vintern.",
        "Använde frågekortet varje gång och läste frågan högt för kamraten.",
        "Läste hela texten först och ställde sedan två frågor om slutet.",
        "Pekade i texten när kamraten frågade, visade var svaret stod.",
        "Tappade tråden i tredje stycket men kom tillbaka med hjälp av bilden.",
        "Ställde en fråga som inte fanns i texten: hur vet forskarna det?",
    ),
    questions=(
        "Vilken fråga var bäst i dag, tycker du?",
        "Hur visste du var svaret fanns?",
    ),
    answers=(
        "Den om varför de flyttar, för den kunde vi inte svara på först.",
        "Det stod i rutan bredvid bilden.",
        "Jag tänkte själv, det stod inte.",
    ),
    revision="Modelleringen blev för lång och eleverna hann inte ställa egna frågor under "
    "läsningen. Vi kortar den och låter paren börja med frågekorten direkt efter bildpromenaden.",
    discussion="Förutsägelserna om Elev B stämde: frågekortet hjälpte. Elev C ställde fler egna "
    "frågor än vi trodde när texten väckte nyfikenhet. Frågor under läsningen blev färre än "
    "frågor efteråt.",
    findings="",
    shared_how="",
)


@dataclass
class CycleMaker:
    """Makes one demo cycle in a group, its phases done up to ``reached``."""

    demo: Demo
    rng: random.Random
    group_id: str
    member_ids: Sequence[str]
    plan: Plan
    lesson_days: Sequence[date]  # one per research lesson; those before today are held
    reached: int  # the phase in progress (0-based); earlier phases are done

    def records(self) -> Iterator[Record]:
        demo, plan = self.demo, self.plan
        start = self.lesson_days[0] - timedelta(days=28)
        made = demo.minute(start, 15 * 60)
        cycle = Cycle(
            id=demo.new_id(),
            group_id=self.group_id,
            title=plan.title,
            cycle_type=plan.cycle_type,
            subject=plan.subject,
            grade=plan.grade,
            question=plan.question,
            learning_object=plan.learning_object,
            long_term_goal=plan.long_term_goal,
            findings=plan.findings,
            shared_how=plan.shared_how,
            **demo.stamp(made),
        )
        yield cycle
        goal_id = demo.goals.get(plan.goal)
        if goal_id:
            yield CycleGoal(cycle_id=cycle.id, goal_id=goal_id, **demo.stamp(made))
        span = (self.lesson_days[-1] + timedelta(days=21) - start).days / len(plan.phases)
        for position, name in enumerate(plan.phases, start=1):
            first = start + timedelta(days=round((position - 1) * span))
            status = (
                PhaseStatus.DONE
                if position - 1 < self.reached
                else PhaseStatus.ACTIVE
                if position - 1 == self.reached
                else PhaseStatus.NOT_STARTED
            )
            yield CyclePhase(
                id=demo.new_id(),
                cycle_id=cycle.id,
                position=position,
                name=name,
                starts_on=first.isoformat(),
                ends_on=(first + timedelta(days=round(span) - 1)).isoformat(),
                status=status,
                **demo.stamp(made, demo.minute(first, 16 * 60)),
            )
        aspects = [
            CriticalAspect(
                id=demo.new_id(), cycle_id=cycle.id, position=i, text=text, **demo.stamp(made)
            )
            for i, text in enumerate(plan.aspects, start=1)
        ]
        yield from aspects
        pupils = [
            CasePupil(
                id=demo.new_id(),
                cycle_id=cycle.id,
                position=i,
                label=label,
                typifies=typifies,
                **demo.stamp(made),
            )
            for i, (label, typifies) in enumerate(plan.pupils, start=1)
        ]
        yield from pupils
        items = [
            TestItem(
                id=demo.new_id(),
                cycle_id=cycle.id,
                position=i,
                text=text,
                aspect_id=aspects[aspect].id,
                max_score=1.0,
                **demo.stamp(made),
            )
            for i, (text, aspect) in enumerate(plan.items, start=1)
        ]
        yield from items
        for iteration, day in enumerate(self.lesson_days, start=1):
            yield from self.lesson(cycle, iteration, day, pupils, items)

    def lesson(
        self,
        cycle: Cycle,
        iteration: int,
        day: date,
        pupils: list[CasePupil],
        items: list[TestItem],
    ) -> Iterator[Record]:
        demo, rng, plan = self.demo, self.rng, self.plan
        held = day < demo.today
        planned = demo.minute(day - timedelta(days=10), 15 * 60)
        after = demo.minute(day, 16 * 60)
        teacher, *observers = rng.sample(list(self.member_ids), min(len(self.member_ids), 4))
        lesson = ResearchLesson(
            id=demo.new_id(),
            cycle_id=cycle.id,
            iteration=iteration,
            date=day.isoformat(),
            teacher_id=teacher,
            class_name=rng.choice(("4A", "4B", "5A", "5B", "5C")),
            plan=f"Forskningslektion {iteration}: {plan.learning_object.lower()}.",
            revision=plan.revision if iteration > 1 else "",
            discussion=plan.discussion if held else "",
            **demo.stamp(planned, after if held else None),
        )
        yield lesson
        phases = [
            LessonPhase(
                id=demo.new_id(),
                lesson_id=lesson.id,
                position=i,
                title=title,
                duration_min=minutes,
                description=what,
                **demo.stamp(planned),
            )
            for i, (title, minutes, what) in enumerate(plan.lesson_phases, start=1)
        ]
        yield from phases
        for phase in phases:
            for pupil in pupils:
                yield Prediction(
                    phase_id=phase.id,
                    pupil_id=pupil.id,
                    text=rng.choice(plan.predictions),
                    **demo.stamp(planned),
                )
        # Each observer follows one or two case pupils; every case pupil is watched.
        watching = {person: [pupils[i % len(pupils)]] for i, person in enumerate(observers)}
        for person in observers:
            if rng.random() < 0.5:
                extra = rng.choice(pupils)
                if extra not in watching[person]:
                    watching[person].append(extra)
        for person, watched in watching.items():
            for pupil in watched:
                yield ObserverAssignment(
                    lesson_id=lesson.id, person_id=person, pupil_id=pupil.id, **demo.stamp(planned)
                )
        if not held:
            return
        for person, watched in watching.items():
            for pupil in watched:
                for phase in phases:
                    if rng.random() < 0.8:
                        yield Observation(
                            phase_id=phase.id,
                            pupil_id=pupil.id,
                            observer_id=person,
                            text=rng.choice(plan.observations),
                            **demo.stamp(demo.minute(day, 13 * 60), after),
                        )
        for pupil in pupils:
            for position, question in enumerate(plan.questions, start=1):
                yield Interview(
                    id=demo.new_id(),
                    lesson_id=lesson.id,
                    pupil_id=pupil.id,
                    position=position,
                    question=question,
                    answer=rng.choice(plan.answers),
                    **demo.stamp(after),
                )
        # The pre-test a week before, the post-test right after; the case pupils improve.
        for test, when, base in ((TestKind.PRE, 7, 0.3), (TestKind.POST, 0, 0.65)):
            at = demo.minute(day - timedelta(days=when), 16 * 60)
            class_size = rng.randint(22, 28)
            for item in items:
                for pupil in pupils:
                    yield TestScore(
                        lesson_id=lesson.id,
                        item_id=item.id,
                        pupil_id=pupil.id,
                        test=test,
                        score=1.0 if rng.random() < base + 0.1 * iteration else 0.0,
                        **demo.stamp(at),
                    )
                correct = min(class_size, round(class_size * (base + 0.1 * iteration)))
                yield ClassResult(
                    lesson_id=lesson.id,
                    item_id=item.id,
                    test=test,
                    correct=max(0, correct - rng.randint(0, 4)),
                    pupils=class_size,
                    **demo.stamp(at),
                )


def cycles(
    demo: Demo, groups: dict[str, tuple[str, list[str], list[date]]], seed_text: str
) -> Iterator[Record]:
    """An area's cycles. ``groups`` maps a subject to (group id, member ids, meeting days)."""
    rng = random.Random(seed_text)
    plans = (("maths", LEARNING_STUDY, 5), ("reading", LESSON_STUDY, 3))
    for subject, plan, reached in plans:
        if subject not in groups:
            continue
        group_id, members, days = groups[subject]
        if len(members) < 2 or len(days) < 4:
            continue
        # Research lessons between meetings: in the learning study both held, in the lesson
        # study the first held and the second still to come.
        past = [d for d in days if d < demo.today]
        if plan is LEARNING_STUDY:
            lesson_days = [d + timedelta(days=2) for d in past[-4:-1:2]] or [days[1]]
        else:
            lesson_days = [past[-1] - timedelta(days=5) if past else days[1]]
            lesson_days.append(demo.today + timedelta(days=12))
        yield from CycleMaker(demo, rng, group_id, members, plan, lesson_days, reached).records()
