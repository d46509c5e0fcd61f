"""The built-in goal frameworks: the two school-development programmes Skolgrupp grew from.

They are programme texts, so they keep the programmes' own Swedish words. Their ids are derived
from fixed names, so the same goal has the same id in every workspace and colleagues' files
merge without duplicates.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from skolgrupp.core.clock import format_hlc
from skolgrupp.core.domain import Goal, GoalFramework, Record

_NAMESPACE = uuid.UUID("6f1c2b0e-4a57-5d0b-9d7e-2c1b5a6e8f31")


def _id(*names: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(names)))


# (code, title, description, [(code, title, description), ...])
_TOPP25 = (
    "topp25",
    "Skolutveckling tillsammans – topp 25 2025",
    "Örebro kommuns strategi för skolutveckling i kommunal och fristående förskola, "
    "grundskola och gymnasieskola: barns och elevers lärande i centrum.",
    "Örebro kommun, Programnämnd barn och utbildning",
    [
        (
            "M",
            "Mål",
            "",
            [
                ("M1", "Öka barns och elevers kunskaper och stärka skolresultaten", ""),
                ("M2", "Fler elever når kunskapsmålen i årskurs 9", ""),
                ("M3", "Fler elever fullföljer gymnasiet", ""),
            ],
        ),
        (
            "D1",
            "Kartläggning och utvärdering",
            "Att veta var verksamheten står och följa upp vad insatserna ger.",
            [
                ("D1.1", "Kartlägga elevernas kunskaper och behov", ""),
                ("D1.2", "Utvärdera undervisningens effekter", ""),
            ],
        ),
        (
            "D2",
            "Lärares profession",
            "Kollegialt lärande och professionella gemenskaper där lärare lär av varandra.",
            [
                ("D2.1", "Kollegialt lärande", ""),
                ("D2.2", "Professionella gemenskaper", ""),
                ("D2.3", "Tydligt pedagogiskt ledarskap kring läroplansmålen", ""),
            ],
        ),
        (
            "D3",
            "Stödjande strukturer och processer i och utanför skolan",
            "Folkhälsa, jämställdhet och trygghet påverkar förutsättningarna för lärande.",
            [
                ("D3.1", "Dialogmöten med verksamheterna", ""),
                ("D3.2", "Samverkan utanför skolan", ""),
            ],
        ),
    ],
)

_SUP2023 = (
    "sup2023",
    "Skolutvecklingsprogram 2023",
    "Höja kunskapsresultaten, öka likvärdigheten mellan olika skolor och skapa förutsättningar "
    "för en trygg lärmiljö.",
    "Barn- och utbildningsnämnden",
    [
        (
            "M",
            "Mål",
            "",
            [
                ("M1", "Höja kunskapsresultaten", ""),
                ("M2", "Öka likvärdigheten mellan olika skolor", ""),
                ("M3", "Skapa förutsättningar för en trygg lärmiljö", ""),
            ],
        ),
        (
            "F1",
            "Kunskaper och lärande",
            "",
            [
                ("F1.1", "Ökad läsförståelse", ""),
                (
                    "F1.2",
                    "Ämnesgrupper i läs-, skriv- och språkutveckling, matematik och särskilt stöd",
                    "Med representanter från kommunala och fristående skolor.",
                ),
                ("F1.3", "Utveckla undervisningen i klassrummet", ""),
            ],
        ),
        (
            "F2",
            "Trygghet och stöd",
            "",
            [
                ("F2.1", "Främja studiero och öka närvaro", ""),
                ("F2.2", "Främjande och förebyggande elevhälsoarbete", ""),
            ],
        ),
        (
            "F3",
            "Attraktiv arbetsplats",
            "",
            [
                ("F3.1", "Kompetensutveckling", ""),
                ("F3.2", "Organisatorisk och social arbetsmiljö", ""),
            ],
        ),
        (
            "F4",
            "Förutsättningar",
            "",
            [
                ("F4.1", "En gemensam modell för det systematiska kvalitetsarbetet", ""),
            ],
        ),
    ],
)

BUILTIN = (_TOPP25, _SUP2023)


# Built-in records carry the same stamps in every workspace, so that two colleagues' files
# agree on them and a merge sees nothing changed until someone edits a goal.
BUILTIN_INSTALLATION = "00000000-0000-4000-8000-000000000000"
_BUILTIN_TIME = "2026-01-01T00:00:00.000Z"
_BUILTIN_HLC = format_hlc(1_767_225_600_000, 0, BUILTIN_INSTALLATION)


def builtin_records() -> Iterator[Record]:
    """The built-in frameworks and their goals, stamped, in insertion order."""
    for record in _builtin_records():
        record.created_at = record.updated_at = _BUILTIN_TIME
        record.changed_by = BUILTIN_INSTALLATION
        record.hlc = _BUILTIN_HLC
        yield record


def _builtin_records() -> Iterator[Record]:
    for key, name, description, source, areas in BUILTIN:
        framework_id = _id(key)
        yield GoalFramework(
            id=framework_id, name=name, description=description, source=source, builtin=True
        )
        for i, (code, title, text, goals) in enumerate(areas):
            area_id = _id(key, code)
            yield Goal(
                id=area_id,
                framework_id=framework_id,
                code=code,
                title=title,
                description=text,
                position=float(i),
            )
            for j, (goal_code, goal_title, goal_text) in enumerate(goals):
                yield Goal(
                    id=_id(key, goal_code),
                    framework_id=framework_id,
                    parent_id=area_id,
                    code=goal_code,
                    title=goal_title,
                    description=goal_text,
                    position=float(j),
                )
