"""The cast and setting of the demo workspace: schools, teachers, groups, modules and agendas.

Plain data only; ``skolgrupp.core.demo`` combines it at random. Every school here is invented.
Adults have realistic names; pupils never appear by name (see ``demo_texts``).
"""

from __future__ import annotations

# (name, stage). Stages follow SchoolStage: most groups are in compulsory school.
MUNICIPAL_SCHOOLS = (
    ("Kvarnbackaskolan", "compulsory"),
    ("Norrängsskolan", "compulsory"),
    ("Björkhagens skola", "compulsory"),
    ("Lindåsskolan", "compulsory"),
    ("Sjöviksskolan", "compulsory"),
    ("Ekebyskolan", "compulsory"),
    ("Solbackens skola", "compulsory"),
    ("Tallbergsgymnasiet", "upper_secondary"),
    ("Vretens anpassade grundskola", "adapted"),
)
INDEPENDENT_SCHOOLS = (
    ("Äppelgårdens friskola", "compulsory"),
    ("Friskolan Tranan", "compulsory"),
    ("Gläntans skola", "compulsory"),
    ("Montessoriskolan Ugglan", "compulsory"),
    ("Ljungheds gymnasium", "upper_secondary"),
)

# Names separated by white space (one string keeps the list compact); demo.py splits them.
FIRST_NAMES = (
    "Anna Eva Maria Karin Sara Lena Kristina Emma Johanna Malin Elin Ida Linnéa Sofia Helena "
    "Åsa Ulrika Camilla Jenny Hanna Frida Maja Ingrid Therese Petra Leila Fatima Anders Johan "
    "Erik Lars Per Magnus Mikael Fredrik Henrik Jonas Daniel Mattias Björn Ola Gustav Ahmed "
    "Yusuf"
)
SURNAMES = (
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Jonsson Hansson Bengtsson Lindberg Lindqvist Lindgren Bergström Lundberg "
    "Sandberg Holm Forsberg Åberg Öberg Ström Sjöberg Engström Hedlund Nordin Hassan "
    "Ali"
)

# Group names per Subject value; a description says what the group is for.
GROUP_NAMES = {
    "reading": (
        "Läs-, skriv- och språkutveckling",
        "Läslyftet åk 4–6",
        "Språkutvecklande undervisning F–3",
        "Läs- och skrivgruppen",
    ),
    "maths": (
        "Matematikgruppen",
        "Matematiklyftet åk 1–6",
        "Matematik 7–9",
        "Problemlösning i matematik",
    ),
    "special_support": (
        "Särskilt stöd",
        "Specialpedagogik för lärande",
        "Tillgängliga lärmiljöer",
        "Stödgruppen: anpassningar och särskilt stöd",
    ),
    "other": (
        "Lesson study i NO",
        "Bedömning för lärande",
        "Kollegialt lärande i SO",
    ),
}
GROUP_DESCRIPTIONS = {
    "reading": "Ämnesgrupp i läs-, skriv- och språkutveckling med lärare från kommunala och "
    "fristående skolor. Vi arbetar med Läslyftets moduler och prövar i våra klassrum.",
    "maths": "Ämnesgrupp i matematik med lärare från kommunala och fristående skolor. "
    "Vi följer Matematiklyftet och följer upp vad eleverna lär sig.",
    "special_support": "Ämnesgrupp för särskilt stöd: lärare och speciallärare som utvecklar "
    "ledningen och stimulansen i undervisningen och tillgängliga lärmiljöer.",
    "other": "En grupp som prövar lesson study: vi planerar forskningslektioner tillsammans "
    "och observerar fallelever, inte läraren.",
}

# Lärportalen-style modules per subject: (module name, part titles in order).
MODULES = {
    "reading": (
        (
            "Samtal om text",
            (
                "Att samtala om text",
                "Frågor som öppnar texten",
                "Läsa mellan raderna",
                "Samtal om skönlitteratur",
                "Samtal om faktatext",
                "Bilder och text i samspel",
                "Elevernas egna frågor",
                "Samtalet som redskap för lärande",
            ),
        ),
        (
            "Läsförståelse i alla ämnen",
            (
                "Vad är läsförståelse?",
                "Lässtrategier före, under och efter läsningen",
                "Ämnestexters uppbyggnad",
                "Ord och begrepp i ämnet",
                "Att läsa diagram och tabeller",
                "Modellering och stöttning",
                "Läsa digitalt",
                "Bedöma och följa läsutvecklingen",
            ),
        ),
    ),
    "maths": (
        (
            "Problemlösning",
            (
                "Vad är ett matematiskt problem?",
                "Att välja och anpassa problem",
                "Strategier för problemlösning",
                "Helklassdiskussion och lärarens frågor",
                "Att utmana alla elever",
                "Bedömning av problemlösningsförmåga",
                "Problemlösning och taluppfattning",
                "Att planera en problemlösningslektion",
            ),
        ),
        (
            "Taluppfattning och tals användning",
            (
                "Positionssystemet",
                "Huvudräkning och räknestrategier",
                "Bråk och decimaltal",
                "Tallinjen som representation",
                "Uppskattning och rimlighet",
                "Samtal om räknestrategier",
            ),
        ),
    ),
    "special_support": (
        (
            "Inkludering och delaktighet",
            (
                "Vad menar vi med inkludering?",
                "Delaktighet i undervisningen",
                "Ledning och stimulans i klassrummet",
                "Extra anpassningar",
                "Samarbete med elevhälsan",
                "Elevens röst",
                "Lärmiljön som stöd",
                "Att följa upp insatser",
            ),
        ),
        (
            "Studiero och lärmiljö",
            (
                "Tydlig struktur och förutsägbarhet",
                "Övergångar under skoldagen",
                "Relationer och bemötande",
                "Bildstöd och visuellt stöd",
                "Ljud, ljus och placering",
                "När det blir svårt i gruppen",
            ),
        ),
    ),
    "other": (
        (
            "Bedömning för lärande",
            (
                "Tydliggöra mål och kriterier",
                "Skapa aktiviteter som synliggör lärande",
                "Återkoppling som för lärandet framåt",
                "Kamratbedömning",
                "Självbedömning",
                "Att använda bedömningen i planeringen",
            ),
        ),
    ),
}

# Agenda templates per session kind: (title, minutes, who leads: "leader" or "member",
# key of the minutes in demo_texts.NOTES).
AGENDA_FOUR_PART = (
    ("Inledning och syfte", 5, "leader", "intro"),
    ("Återkoppling: så gick det i klassrummet", 30, "member", "feedback"),
    ("Samtal om texten", 30, "leader", "text"),
    ("Planering: det här ska jag pröva", 15, "member", "plan"),
    ("Avslutning och nästa steg", 10, "leader", "close"),
)
# The first part has nothing to follow up yet: the D moment becomes an introduction.
AGENDA_FIRST_PART = (
    ("Inledning och syfte", 5, "leader", "intro"),
    ("Presentation av modulen och delens texter", 25, "leader", "text"),
    ("Samtal om texten", 35, "leader", "text"),
    ("Planering: det här ska jag pröva", 15, "member", "plan"),
    ("Avslutning och nästa steg", 10, "leader", "close"),
)
AGENDA_LESSON_STUDY = (
    ("Inledning och syfte", 5, "leader", "intro"),
    ("Fokus: vad ska eleverna lära sig?", 20, "leader", "focus"),
    ("Fallelever: Elev A, Elev B och Elev C", 15, "member", "case"),
    ("Planera forskningslektionen med förutsägelser", 40, "member", "lesson"),
    ("Roller och observationsschema", 10, "leader", "roles"),
)
AGENDA_POST_LESSON = (
    ("Inledning: lektionen i korthet", 5, "member", "intro"),
    ("Fallelevernas lärande jämfört med förutsägelserna", 30, "leader", "compare"),
    ("Vad sa eleverna i intervjuerna?", 20, "member", "interviews"),
    ("Vad ändrar vi inför nästa forskningslektion?", 25, "member", "revise"),
    ("Avslutning och nästa steg", 10, "leader", "close"),
)
AGENDA_FREE = (
    ("Inledning och syfte", 5, "leader", "intro"),
    ("Gruppens mål och koppling till skolutvecklingsprogrammet", 25, "leader", "goals"),
    ("Arbetssätt, roller och samtalsregler", 20, "leader", "ways"),
    ("Terminsplanering", 30, "member", "termplan"),
    ("Avslutning och nästa steg", 10, "leader", "close"),
)

SESSION_TITLES = {
    "free": "Uppstart: mål och arbetssätt för terminen",
    "lesson_study_planning": "Lesson study: vi planerar forskningslektionen",
    "post_lesson": "Eftersamtal efter forskningslektionen",
}

ROOMS = (
    "Biblioteket",
    "Konferensrum Eken",
    "Personalrummet",
    "Studion",
    "Lärarrummet",
    "Grupprum 2",
    "Konferensrum Linnéa",
)
START_TIMES = ("14:30", "15:00", "15:15", "15:30")

# Goals of the built-in frameworks (by framework key and goal code) each subject works towards;
# sessions and reflections link to a few of them. Separated by white space, as the names.
SUBJECT_GOALS = {
    "reading": "sup2023:F1.1 sup2023:F1.2 topp25:M2 topp25:D2.1 topp25:D1.1",
    "maths": "sup2023:M1 sup2023:F1.2 sup2023:F1.3 topp25:M2 topp25:D2.1",
    "special_support": "sup2023:M3 sup2023:F2.1 sup2023:F2.2 sup2023:F1.2 topp25:D3.2",
    "other": "topp25:D1.2 topp25:D2.2 sup2023:F1.3 sup2023:F4.1",
}
