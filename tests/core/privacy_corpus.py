"""A labelled corpus of what Swedish teachers write in a subject group's workspace.

Each text is labelled with the pupils' identifiers in it, as written: personal identity or
coordination numbers (some with a wrong check digit: a typo still identifies the pupil) and
pupils' names. About half the texts hold such an identifier; the other half hold nothing
about a pupil but the group's own adults (``ADULTS``, also in the genitive), pseudonyms,
dates, ISO weeks, times, phone numbers, school-unit codes, amounts and organisation numbers.

The texts are minutes, observations, case-pupil interviews, predictions, reflections and
action items, many taken from or modelled on the demo workspace's texts
(``skolgrupp.core.demo_texts``, ``demo_content``, ``demo_cycles``). They were written as a
teacher would write them, not to suit the detector: ``test_privacy_corpus`` reports what the
detector makes of them. Every pupil and every number is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The day the corpus is read on: "not in the future" and "at most ~120 years old" are
# relative to it, so that the figures do not change with the calendar.
TODAY = date(2026, 12, 1)

# The members of the group, its principal and a guest: the workspace's people.
ADULTS = (
    "Anna Johansson",
    "Fatima Ali",
    "Per Nilsson",
    "Karin Lindberg",
    "Ahmed Hassan",
    "Anna-Karin Sjöberg",
    "Björn Ek",
    "Leila Mansour",
    "Johan Persson",
    "Maria Öberg",
    "Sara Lindqvist",
    "Magnus Holm",
    "Elin Forsberg",
    "Ulrika Hedlund",
    "Linnéa Bergström",
    "Mikael Strand",
)


@dataclass(frozen=True)
class Text:
    """A text and the pupils' identifiers in it, each as written in the text."""

    text: str
    numbers: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.numbers and not self.names


def number(text: str, *numbers: str) -> Text:
    return Text(text, numbers=numbers)


def name(text: str, *names: str) -> Text:
    return Text(text, names=names)


def clean(text: str) -> Text:
    return Text(text)


# --- Personal identity and coordination numbers ------------------------------------------------

NUMBERS = (
    number(
        "Elev A (130313-6665) behöver förlängd skrivtid enligt åtgärdsprogrammet.", "130313-6665"
    ),
    number(
        "Obs! Personnumret 090904-3748 stod kvar i observationsschemat, stryk det innan vi delar.",
        "090904-3748",
    ),
    number("Kopierat från elevlistan: 160402-0881 Elev B, åk 4.", "160402-0881"),
    number("Eleven med personnummer 20140208-0921 har fått en ny mentor.", "20140208-0921"),
    number("Anmälan till elevhälsan gäller 201401275795, se mejl från Ulrika.", "201401275795"),
    number("Fallelev 2 = 111121 5966 (ta bort sen!)", "111121 5966"),
    number("Provresultat: 171013\u20130509 fick 14 av 20 på förtestet.", "171013\u20130509"),
    number("Skicka underlaget för 080928-1368 till specialläraren före v. 50.", "080928-1368"),
    number(
        "Samordningsnummer 161166-1057 \u2013 eleven kom till klassen i oktober.", "161166-1057"
    ),
    number("I Unikum heter eleven 1302187297, så vi hittade dokumentationen direkt.", "1302187297"),
    number(
        "Anteckning från EHT 2026-11-19: 170120-2109 behöver anpassningar i matematik.",
        "170120-2109",
    ),
    number("180914-7950 läser på nivå med årskursen men skriver långsamt.", "180914-7950"),
    number("Extra anpassningar för 20151015-3701: bildstöd och tydlig start.", "20151015-3701"),
    number(
        "Elevintervju med 110323-7986 efter forskningslektionen, högst fem minuter.",
        "110323-7986",
    ),
    number(
        "Bedömningsstöd i läsförståelse, resultat för 091010 5376: under förväntad nivå.",
        "091010 5376",
    ),
    number("Jag skrev fel i förra anteckningen, rätt nummer är 131215-2943.", "131215-2943"),
    number(
        "Elever som skrev eftertestet sent: 090914-1681, 100814-0400.",
        "090914-1681",
        "100814-0400",
    ),
    number(
        "Förutsägelse för Elev C (200979-8089): tvekar vid 3/2 men löser det med tallinjen.",
        "200979-8089",
    ),
    number("Mentorn bad om 131212-6085 i kopia på mejlet om studiegång.", "131212-6085"),
    number(
        "Utdrag ur klasslistan 5B:\n170803-8607\n120823-6800\n081223-3179",
        "170803-8607",
        "120823-6800",
        "081223-3179",
    ),
    number("Pedagogisk kartläggning påbörjad för 121213-9087, klar v. 3.", "121213-9087"),
    number("Nationella provet i svenska: 080812\u20131727 behöver uppläsning.", "080812\u20131727"),
    number("Elev 150107 7869 har frånvaro över 20 % under ht.", "150107 7869"),
    number(
        "Beslut om anpassad studiegång, 20101208-4073, fattat av rektor 2026-10-02.",
        "20101208-4073",
    ),
    number(
        "Gruppindelning: 150206-4590 och 160523-4259 i grupp 2.",
        "150206-4590",
        "160523-4259",
    ),
    number("Samordningsnummer: 160565-8389. Eleven har arabiska som modersmål.", "160565-8389"),
    number("Testa om 180708 1540 klarar uppgiften utan bildstöd nästa gång.", "180708 1540"),
    number("Lämna inte ut 20100308-6749 utan vårdnadshavares samtycke.", "20100308-6749"),
    number("Elevens personnummer: 0808276034 (utan bindestreck i systemet).", "0808276034"),
    number(
        "120501-1495 och 160620-5795 har bytt klass sedan förtestet.",
        "120501-1495",
        "160620-5795",
    ),
    number(
        "Observationsschema, fallelev 1: 101228-5275 (fel kontrollsiffra? kolla).",
        "101228-5275",
    ),
    number(
        "Lektionsobservation 2026-11-24 kl. 10.15, elev 151126-5728: räckte upp handen tre gånger.",
        "151126-5728",
    ),
    number(
        "Skriv in 20140713-1067 i åtgärdsprogrammet, inte i gruppens anteckningar.",
        "20140713-1067",
    ),
    number(
        "Samordningsnummer 180762\u20131956 gäller eleven som kom från Ukraina.",
        "180762\u20131956",
    ),
    number("Elevakt: 110806-1126. Uppföljning efter jullovet.", "110806-1126"),
    number("Föräldern uppgav barnets nummer som 170104-0009 i telefon.", "170104-0009"),
    number("Hälsosamtal bokat för 160212-6284 tisdag v. 49.", "160212-6284"),
    number("Läsutveckling (LegiLexi) för 0904203858: stabil avkodning.", "0904203858"),
    number("Testresultat överförda för 180512-6160.", "180512-6160"),
    number(
        "Extra anpassningar ska följas upp för 20150204-8695 senast 2026-12-18.",
        "20150204-8695",
    ),
    number(
        "Frånvarouppföljning: 150816-3191, 100224-3502, 151206-5283.",
        "150816-3191",
        "100224-3502",
        "151206-5283",
    ),
    number(
        "Fallelev B är 110972-1504 i verkligheten, men vi skriver bara Elev B.",
        "110972-1504",
    ),
    number("Överlämning från förskoleklass: 190517-3751, behöver bildstöd.", "190517-3751"),
    number("Elev 130418 5547 får sitta närmast tavlan.", "130418 5547"),
    number("Eftertestet för 201311086274 rättades av Johan.", "201311086274"),
    number(
        "Anmälan: 200427-4106 utsattes för kränkning på rasten, se separat rapport.",
        "200427-4106",
    ),
    number("Läsinlärning: 110916-3640 har knäckt koden!", "110916-3640"),
    number("080516-2658 flyttar efter jul; dokumentationen ska lämnas över.", "080516-2658"),
    number(
        "Elevens personnummer (191012-4575) fanns i den delade filen \u2013 vi raderade det.",
        "191012-4575",
    ),
    number("Bedömning matematik åk 7, 130208-1049: E i problemlösning.", "130208-1049"),
    number("Samordningsnummer 20150471-2090 registrerat av expeditionen.", "20150471-2090"),
    number(
        "Inskrivningsblanketten hade fel format: 140208+0921 i stället för bindestreck.",
        "140208+0921",
    ),
    number("Pers.nr 100308-6743 felstavat i listan (ska sluta på 6749).", "100308-6743"),
    number(
        "Skolsköterskan behöver 150204 8693 och 080910 6586 innan hälsosamtalen.",
        "150204 8693",
        "080910 6586",
    ),
    number("Elev C i verkligheten: 1310086278. Byt till pseudonym i rapporten!", "1310086278"),
    number(
        "Tolk bokad till utvecklingssamtalet för 110920\u00a00150 (arabiska).",
        "110920\u00a00150",
    ),
    # Pasted from web pages, word processors, chats and exports: invisible characters, spaces
    # of other widths, full-width digits, an ISO date of birth.
    number(
        "Kopierat från Unikum: 130917\u200b-4827 behöver extra tid vid proven.",
        "130917\u200b-4827",
    ),
    number(
        "Elevens nummer ur skoladministrationen: 100522\u00ad3168 (ska strykas).",
        "100522\u00ad3168",
    ),
    number(
        "Från mejlet: \u2060141103\u2060-\u20602756 har fått plats i läsgruppen.",
        "141103\u2060-\u20602756",
    ),
    number("Anmälan gällde 090611\u202f7347, se protokollet från EHT.", "090611\u202f7347"),
    number("Pedagogisk bedömning för 20160229\u202f0585 klar i december.", "20160229\u202f0585"),
    number(
        "Samordningsnummer 120878\u2009\u2013\u20093918 enligt Migrationsverkets beslut.",
        "120878\u2009\u2013\u20093918",
    ),
    number(
        "Elevlista inklistrad från webben:\n170405\u20096620\n110130\u20099274",
        "170405\u20096620",
        "110130\u20099274",
    ),
    number("Tabellen i mejlet: 150719  1847  åk 5  läsförståelse", "150719  1847"),
    number(
        "Nummer från chatten: ０８１１１４-５４０９, tolk behövs.",
        "０８１１１４-５４０９",
    ),
    number("Eleven född 2018-03-01-2234 börjar i förskoleklass i augusti.", "2018-03-01-2234"),
    number("Samordningsnummer enligt blanketten: 2013-05-62-8173.", "2013-05-62-8173"),
    number("Elevlistan som csv:\n\ufeff121009-4064;5B;Elev A", "121009-4064"),
    number(
        "Uppföljning av 140822\u200b\u20130936 efter lovet, ansvarig är mentorn.",
        "140822\u200b\u20130936",
    ),
)

# --- Pupils' names -----------------------------------------------------------------------------

NAMES = (
    name("Maja räckte upp handen direkt och förklarade att 1/4 är mindre än 1/3.", "Maja"),
    name("Hamza och Noor arbetade i par med frågekorten.", "Hamza", "Noor"),
    name("Zainabs lösning var den enda som använde tallinjen.", "Zainabs"),
    name("Under läsningen frågade Elias varför djuret flyttar på vintern.", "Elias"),
    name("Vi observerade t.ex. Saga, som annars sällan tar ordet.", "Saga"),
    name("Liam Andersson behöver läsa högt för en vuxen varje dag.", "Liam Andersson"),
    name("Elsa-Maja satt bredvid Ebba och hjälpte henne att komma igång.", "Elsa-Maja", "Ebba"),
    name("Förutsägelse: Noah kommer att räkna strecken i stället för avstånden.", "Noah"),
    name('Intervju med Alva efter lektionen: "Jag delade i fyra lika långa bitar."', "Alva"),
    name("Yusufs mamma vill ha ett möte om extra anpassningar.", "Yusufs"),
    name(
        "Grupper till stationerna: Wilma, Hugo, Alice och Omar i grupp 1; Selma, Theo, "
        "Maryam och Leo i grupp 2.",
        "Wilma",
        "Hugo",
        "Alice",
        "Omar",
        "Selma",
        "Theo",
        "Maryam",
        "Leo",
    ),
    name(
        "Olivia Lindqvist kom av sig efter genomgången men kom tillbaka med bildstödet.",
        "Olivia Lindqvist",
    ),
    name("Hassan behöver pauser men arbetade längre stunder än förut.", "Hassan"),
    name("Astrid skrev en egen fråga till texten: hur vet forskarna det?", "Astrid"),
    name(
        "Vi bytte plats på Viggo och Melvin så att de inte satt bredvid varandra.",
        "Viggo",
        "Melvin",
    ),
    name("Klara fastnade i steg tre, precis som vi förutsåg.", "Klara"),
    name(
        "Enligt förtestet kan Moa och Leia redan jämföra bråk med samma nämnare.",
        "Moa",
        "Leia",
    ),
    name('Lukas\' svar: "Den om varför de flyttar."', "Lukas"),
    name("Sigge Berg och Ture Holm ville inte arbeta i par.", "Sigge Berg", "Ture Holm"),
    name("Efter rasten var Ronja ledsen och ville inte vara med.", "Ronja"),
    name("Matteo förklarade sin lösning för Ibrahim utan att bli ombedd.", "Matteo", "Ibrahim"),
    name("Anteckning: Aya läser flytande men stannar sällan upp.", "Aya"),
    name("Mentorssamtal med Amiras pappa på torsdag.", "Amiras"),
    name("Förslag: låt Vilgot börja med frågekortet nästa gång.", "Vilgot"),
    name("Ella-Rose ritade en cirkel först och flyttade sedan över delarna.", "Ella-Rose"),
    name('Sixtens intervju: "Jag vet inte riktigt, jag räknade strecken."', "Sixtens"),
    name("Ebbe och Otto blev klara först och fick en extrauppgift.", "Ebbe", "Otto"),
    name("Vi tror att Tyra kommer att välja det största talet, som hon brukar.", "Tyra"),
    name("Felicia har svenska som andraspråk och resonerar gärna med bilder.", "Felicia"),
    name("Nathalie Johansson (5B) saknade underlag till eftertestet.", "Nathalie Johansson"),
    name("Läxhjälp: Kevin, Dante och Milo kommer på onsdagar.", "Kevin", "Dante", "Milo"),
    name("Till nästa gång: prata med Idris mentor om läsförståelsen.", "Idris"),
    name("Rania och Salma skrev en gemensam text om vulkaner.", "Rania", "Salma"),
    name("Hiba berättade att hon läser arabiska hemma varje kväll.", "Hiba"),
    name("Emir fick sitta nära dörren så att han kunde ta pauser.", "Emir"),
    name("Zakarias svar visade att han ser bråk som två heltal.", "Zakarias"),
    name("Dalia och Lana ritade tallinjen på golvet.", "Dalia", "Lana"),
    name("Layla Ahmadi läste högt för gruppen.", "Layla Ahmadi"),
    name(
        "Efter lektionen sa Sham att uppgiften blev begriplig först när den lästes högt.",
        "Sham",
    ),
    name("Noor Hussein har fått ett nytt schema med fler pauser.", "Noor Hussein"),
    name("Maryams pappa ringde om läxorna.", "Maryams"),
    name("Observatör: Per. Fallelev: Isak. Isak tvekade länge vid 3/2.", "Isak"),
    name(
        "Lista till grupparbetet:\n- Vincent\n- Nellie\n- Edvin\n- Lykke",
        "Vincent",
        "Nellie",
        "Edvin",
        "Lykke",
    ),
    name("Elliot skrev rätt svar på exit-lappen men kunde inte förklara varför.", "Elliot"),
    name("Tilde Nyström flyttar till en annan skola efter jul.", "Tilde Nyström"),
    name("Jag lät Juni välja bok själv, och hon valde en faktabok om hajar.", "Juni"),
    name("Mira och Tindra bråkade på rasten, så vi delade gruppen.", "Mira", "Tindra"),
    name("Samtal med Love om hur det gick på provet.", "Love"),
    name(
        "Alexander Karlsson, Filip Eriksson och Jonathan Svensson gjorde förtestet i efterhand.",
        "Alexander Karlsson",
        "Filip Eriksson",
        "Jonathan Svensson",
    ),
    name(
        'Sofias förklaring: "Hur många delar det är, och att de ska vara lika stora."',
        "Sofias",
    ),
    name("Hur ska vi stötta Benjamin när han fastnar i början?", "Benjamin"),
    name("Förutsägelse för Adam: fastnar vid 3/2.", "Adam"),
    name("Det var Ellens idé att sortera frågorna i tre högar.", "Ellens"),
    name("Vi såg att Amanda och Julia hjälpte varandra med ordförrådet.", "Amanda", "Julia"),
    name("Gabriel var frånvarande vid eftertestet; gör det på fredag.", "Gabriel"),
    name("Omar Abdi, åk 8, behöver hjälp med planeringen av arbetet.", "Omar Abdi"),
    name("Ines hann bara skriva två meningar men de var genomtänkta.", "Ines"),
    name("Kolla med Svea om hon vill vara med i läsgruppen.", "Svea"),
    name(
        "Minnesanteckning: Lovisa och Agnes ska få extra lästräning v. 2\u20135.",
        "Lovisa",
        "Agnes",
    ),
    name(
        "Vi valde Melker som fallelev eftersom han typiserar elever som arbetar snabbt men ytligt.",
        "Melker",
    ),
    name("Liv Andersson satt tyst under helklassdelen.", "Liv Andersson"),
    name("Edith hade svårt att komma igång men arbetade sedan hela passet.", "Edith"),
    name("Under intervjun sa Frank att han tyckte om att arbeta med konkret material.", "Frank"),
    name("Max och Vera delade en pizza i fyra delar.", "Max", "Vera"),
    name("Rut svarade snabbt men fel.", "Rut"),
    name("Saga läste texten två gånger innan hon ställde en fråga.", "Saga"),
    name('Elevsvar (Tuva): "Det stod i rutan bredvid bilden."', "Tuva"),
    name("Att göra: ringa Kians pappa om utvecklingssamtalet.", "Kians"),
    name("Jag undrar om Mohammed behöver ett lugnare arbetsrum.", "Mohammed"),
    name("Alicia och Elvira visade hur de tänkte med hjälp av bilder.", "Alicia", "Elvira"),
    name("Grupp 3: Hedvig, Signe, Malte.", "Hedvig", "Signe", "Malte"),
    name(
        "Molly Berg, Ella Nilsson och Leo Lindgren ska göra om förtestet.",
        "Molly Berg",
        "Ella Nilsson",
        "Leo Lindgren",
    ),
    name("Jag har pratat med Wilmas mamma, hon kommer på mötet.", "Wilmas"),
    name("Hugos text om vikingarna var den längsta i klassen.", "Hugos"),
    name("Bianca kom tillbaka efter sjukskrivningen i måndags.", "Bianca"),
    name("Enligt Fatima har Nora gjort stora framsteg i läsningen.", "Nora"),
    name("Fatima Berg i 6A behöver också bildstöd.", "Fatima Berg"),
    name("Anna Svensson i 3B läste högt för första gången.", "Anna Svensson"),
    name("Björn Lindgren tappade tråden i tredje stycket.", "Björn Lindgren"),
    name("Julian och Adrian vill redovisa tillsammans.", "Julian", "Adrian"),
    name("Matilda och Stella har samma förkunskaper enligt förtestet.", "Matilda", "Stella"),
    name("Alvin kom för sent till lektionen igen.", "Alvin"),
    name("Ivar frågade om han fick använda miniräknare.", "Ivar"),
    name("Vi bör följa upp Valters frånvaro med vårdnadshavare.", "Valters"),
    name("Casper hade glömt glasögonen och kunde inte läsa tavlan.", "Casper"),
    name("Det här ska jag pröva: planerade pauser för Aron.", "Aron"),
    name("Åtgärd: boka möte med Ludvigs föräldrar v. 48.", "Ludvigs"),
    name("Observation, Freja: använde frågekortet varje gång och läste frågan högt.", "Freja"),
    name(
        "Oscar Lundqvist och Tilda Åberg skrev eftertestet i grupprummet.",
        "Oscar Lundqvist",
        "Tilda Åberg",
    ),
    name("Förutsägelserna stämde för Edvin men inte för Siri.", "Edvin", "Siri"),
    name("Samuel drog sig undan när grupperna skulle presenteras.", "Samuel"),
    name(
        'Elevintervju, Minna (åk 4): "Vilken fråga var bäst i dag?" \u2013 "Den om varför '
        'de flyttar."',
        "Minna",
    ),
    name("Isabella Forsberg har bytt till 5C.", "Isabella Forsberg"),
    name(
        "Arvid och Hjalmar räknade rätt men hade svårt att förklara varför.",
        "Arvid",
        "Hjalmar",
    ),
    name("Vi pratade om att Linnea behöver fler utmaningar.", "Linnea"),
    name("Stina Hedlund glömde läxan tre gånger förra veckan.", "Stina Hedlund"),
    name("På rasten hjälpte Abdullahi två yngre elever.", "Abdullahi"),
    name("Yasmin och Zahra vill läsa samma bok i bokcirkeln.", "Yasmin", "Zahra"),
    name("Vad gör vi när Charlie vägrar skriva?", "Charlie"),
    name("Bra exempel från Harrys text: han använde sambandsord.", "Harrys"),
    name("Efter genomgången kunde Leon förklara strategin med egna ord.", "Leon"),
    name('Elevsvar \u2013 Jack: "Jag tänkte själv, det stod inte."', "Jack"),
    name(
        "Axel, Hampus och Viktor behöver läsa in sig på ämnesorden före lektionen.",
        "Axel",
        "Hampus",
        "Viktor",
    ),
    name("Grattis till Ebba som klarade provet!", "Ebba"),
    name("Rosa och Iris skrev en dikt tillsammans.", "Rosa", "Iris"),
    name("Kalle och Lisa bytte plats efter rasten.", "Kalle", "Lisa"),
    name("Ali Hassan behöver mer tid på proven.", "Ali Hassan"),
    name("Samtal med Aylas mamma och tolk på fredag.", "Aylas"),
    name("Pupil observation: Noah counted the lines instead of the gaps.", "Noah"),
    name("Theodor (4A) och Agnes (4B) blir fallelever i nästa cykel.", "Theodor", "Agnes"),
    name("Elev A = Selma. Elev B = Hamza. Radera innan vi delar!", "Selma", "Hamza"),
    name("Förbered frågor till intervjun med Lilly och Majken.", "Lilly", "Majken"),
    name("Nova tappade tråden när texten blev lång.", "Nova"),
    name("Elevens namn (Wilmer Åström) står på provet, maska innan vi delar.", "Wilmer Åström"),
    name("Jag frågade Liv vad siffran under strecket betyder.", "Liv"),
    name("Eleven heter Elis och går i 5A, inte i 5B.", "Elis"),
    name("Tack vare bildstödet kom Adnan igång själv.", "Adnan"),
    name("Tyra, Elsa och Meja visade tre olika lösningar på tavlan.", "Tyra", "Elsa", "Meja"),
    name("Idas mamma har mejlat om extra anpassningar.", "Idas"),
    name("Saga och Vilma hade samma missuppfattning om nämnaren.", "Saga", "Vilma"),
    name("Vi bör prata med Emma Sjöberg om frånvaron.", "Emma Sjöberg"),
    name("Kommentar om Elsas text: bra struktur, få sambandsord.", "Elsas"),
    name("Resultat förtest: Hilma 2/6, Nils 4/6, Ali 1/6.", "Hilma", "Nils", "Ali"),
    name("Efter lektionen grät Thea och ville gå hem.", "Thea"),
    name("Mio och Loke kom inte överens om reglerna i spelet.", "Mio", "Loke"),
    name("Eddie klarade uppstarten själv när strukturen var förutsägbar.", "Eddie"),
    name("Elevsamtal med Amina Yusuf och hennes pappa v. 50.", "Amina Yusuf"),
    name("Hjälp Alma att hitta en lugn plats vid genomgångar.", "Alma"),
    name("Jag var orolig för Leah efter provet.", "Leah"),
    name("Fallelev A är egentligen Melvin Johansson.", "Melvin Johansson"),
    name("Förutsägelse: Ellie kommer att säga att 3/2 inte går att markera.", "Ellie"),
    name("Ahmad Rahimi har börjat i 4B.", "Ahmad Rahimi"),
    name("Det blev svårt för Nellie när texten saknade bilder.", "Nellie"),
    name("Vi bad Märta läsa instruktionen högt för gruppen.", "Märta"),
    name("Mustafa och Yousef delade på en dator.", "Mustafa", "Yousef"),
    name("Vid eftertestet var Cornelia och Hedda sjuka.", "Cornelia", "Hedda"),
    # Hyphens as list bullets, and characters pasted along with a name.
    name("-Maja Lindqvist kom sent och missade genomgången.", "Maja Lindqvist"),
    name("Eleverna i läsgruppen:\n-Nora\n-Malte\n-Ester", "Nora", "Malte", "Ester"),
    name("Frånvarande: -Signe -Vidar -Alma", "Signe", "Vidar", "Alma"),
    name("Att följa upp:\n-Jamal behöver bildstöd\n-Nova vill byta grupp", "Jamal", "Nova"),
    name(
        "Kopierat från lärplattformen: Ay\u00adla skrev den längsta texten i klassen.",
        "Ay\u00adla",
    ),
    name("Från chatten: Loke\u200b och Hilda\u200b har bytt plats.", "Loke", "Hilda"),
    name("Edvin\u202fSundqvist läste högt för gruppen.", "Edvin\u202fSundqvist"),
)

# --- Nothing about a pupil -----------------------------------------------------------------------

CLEAN = (
    # The demo's minutes, decisions, reflections and commitments.
    clean("Samtalsledaren påminde om syftet med träffen och om tidshållningen."),
    clean("Vi gick igenom dagordningen och valde en tidhållare."),
    clean("Två deltagare hade förhinder och meddelade det i förväg."),
    clean("Flera märkte att eleverna i 4B kom igång snabbare när uppgiften modellerades först."),
    clean("I årskurs 7 behövde eleverna mer tid än planerat, men samtalen blev djupare."),
    clean("Elev A, som brukar vara tyst, tog ordet två gånger i helklass."),
    clean("Vi jämförde elevtexter från två skolor och såg liknande mönster."),
    clean("Filmen visade en lärare som modellerar högt; många kände igen sig."),
    clean("Var och en formulerade vad hen ska pröva före nästa träff."),
    clean("Nästa träff förbereds med delens texter och film (moment A)."),
    clean("Vi avslutade med en runda: vad tar du med dig i dag?"),
    clean("Vi vill lära oss hur vi bättre undervisar om bråk i årskurs 5."),
    clean("Förtestet visade att många elever blandar ihop täljare och nämnare."),
    clean("Vi valde tre fallelever: Elev A, Elev B och Elev C."),
    clean("Elev B representerar elever som behöver mycket stöttning för att komma igång."),
    clean("Eftertestet görs samma dag och ett fördröjt test efter två veckor."),
    clean("Observatörerna använder samma observationsschema och skriver citat ordagrant."),
    clean("Elev A gjorde ungefär som vi förutsåg men fastnade i steg tre."),
    clean("Elev B sa att uppgiften blev begriplig först när den lästes högt."),
    clean("Variationen i exemplen behöver bli tydligare: vi ändrar ett tal i taget."),
    clean("Det som sägs om enskilda elever stannar i rummet och skrivs bara med pseudonym."),
    clean("Terminen planerades med träffar varannan vecka, utom under höstlovet."),
    clean("Vi lägger in en lesson study-cykel mitt i terminen."),
    clean("Elevtexter samlas in anonymiserat och visas utan namn."),
    clean("Gruppen skriver en gemensam sammanfattning till rektorerna i december."),
    clean("Pseudonymer används konsekvent: Elev A, Elev B och Elev C."),
    clean("Vi flyttar träffen en vecka på grund av nationella prov."),
    clean("Prata med rektor om tid för forskningslektionen"),
    clean("Beställa klassuppsättning av högläsningsboken"),
    clean(
        "Moment A: läs texten i del 3 av Läsförståelse i alla ämnen och anteckna två frågor "
        "till samtalet."
    ),
    clean("Moment A: se filmen i del 5 (Samtal om faktatext) och ta med ett exempel."),
    clean(
        "I dag prövade jag aktiviteten från förra träffen. Eleverna kom snabbt igång och "
        "samtalen blev livliga. Nästa gång vill jag ge mer tid åt samtalet."
    ),
    clean(
        "Lektionen i morse blev inte som jag tänkt. Det tog längre tid än jag räknat med, "
        "särskilt i början. Jag behöver tänka mer på hur jag följer upp."
    ),
    clean(
        "Jag har nu prövat upplägget två gånger. Tallinjen hjälpte flera att se hur stora "
        "bråken är. Uppskattningen först gjorde att eleverna upptäckte orimliga svar."
    ),
    clean("Gruppen i 7C tyckte att öppna problem var ovana men roliga."),
    clean("Bildstödet på tavlan gjorde övergången till nästa moment lugnare."),
    clean("Extra anpassningar i helklass räckte för flera som tidigare fått enskilt stöd."),
    clean("Det här ska jag pröva: EPA \u2013 först enskilt, sedan par, sedan alla."),
    clean("Det här ska jag pröva: kamratrespons med två stjärnor och en önskan."),
    clean("Hann bara pröva en gång, men jag såg redan en skillnad hos Elev B."),
    clean("Fungerade bra i halvklass; i helklass blev det för rörigt."),
    clean("Tror att 1/5 är störst eftersom 5 är större än 3."),
    clean("Ändrade sitt svar efter kontrasten och sa: ju fler delar desto mindre bitar."),
    clean("Jämförde med kamraten och förklarade med egna ord att nämnaren är delarnas antal."),
    clean("Hur tänkte du när du markerade 1/4?"),
    clean("När det gick över ett, det har jag aldrig gjort."),
    clean(
        "Kontrasten mellan 1/3 och 1/5 kom för sent i lektion 1. Vi flyttar den först och "
        "låter tallinjen gå till 2 från början, så att helheten syns hela lektionen."
    ),
    clean(
        "Förutsägelserna om Elev B stämde: frågekortet hjälpte. Elev C ställde fler egna "
        "frågor än vi trodde när texten väckte nyfikenhet."
    ),
    clean(
        "Presenteras på ämneskonferensen i matematik och i kommunens nätverk för learning study."
    ),
    clean("Bildpromenad och förutsägelser: eleverna tittar på bilder och rubriker i par."),
    clean("Samtal om text, del 3: Läsa mellan raderna"),
    clean("Läslyftet åk 4\u20136, Matematiklyftet åk 1\u20136 och Specialpedagogik för lärande."),
    clean("Uppstart: mål och arbetssätt för terminen"),
    clean("Rummet: Konferensrum Eken. Nästa gång: Grupprum 2."),
    # The group's own adults, also in the genitive.
    clean("Anna inledde träffen och påminde om tidshållningen."),
    clean("Fatimas klass prövade aktiviteten två gånger."),
    clean("Per och Björn observerade var sin fallelev."),
    clean("Enligt Karin fungerade bildstödet bäst i halvklass."),
    clean("Anna-Karins förslag: vi byter ordning på två moment."),
    clean("Ahmed visade elevtexter från 7C."),
    clean(
        "Närvarande: Anna Johansson, Fatima Ali, Per Nilsson, Karin Lindberg. "
        "Frånvarande: Ahmed Hassan (anmält förhinder)."
    ),
    clean("Johan och Maria tar med tre elevtexter var till nästa träff."),
    clean("Leila berättade om hur hon arbetar med ämnesord före läsningen."),
    clean("Sara Lindqvist leder nästa träff eftersom Anna är på kurs."),
    clean("Magnus Holm och Elin Forsberg planerar forskningslektionen tillsammans."),
    clean("Ulrika Hedlund (rektor) vill ha en sammanfattning i december."),
    clean("Linnéa Bergström, skolbibliotekarie, bjuds in till nästa träff."),
    clean("Mikael tar tid och Björn för anteckningar."),
    clean("Björns reflektion: eleverna kom snabbt igång och samtalen blev livliga."),
    clean("Ansvarig: Per. Klart till: v. 49."),
    clean("Karins klassrum blir lokal nästa gång."),
    clean("Enligt Elins observationsschema tog Elev B ordet två gånger."),
    clean("Anna och Anna-Karin skickar ut anteckningarna."),
    clean("Mikael Strands grupp i 8C prövade EPA."),
    clean("Saras fråga: hur stöttar vi elever som inte når målen?"),
    clean("Per: räknesamtal varje morgon i en vecka."),
    clean("Per vecka blir det två lektioner med högläsning."),
    clean("Per Nilssons klass ligger efter i planeringen på grund av nationella prov."),
    clean("Maria Öbergs elever i 5B gjorde eftertestet i går."),
    clean("Leilas och Fatimas klasser jämförde elevtexter."),
    clean("Tack till Magnus för fikat!"),
    clean("Ahmeds förslag antogs: vi använder samma observationsschema i alla klasser."),
    clean("Björn Ek undervisar och Fatima Ali observerar Elev A."),
    clean("Samtalsledare: Anna Johansson. Tidhållare: Leila Mansour."),
    clean("Johans reflektion handlade om övergångarna."),
    clean("Anna-Karin Sjöberg och Sara tar fram förtestet."),
    clean("Ulrikas besked: gruppen får två studiedagar till."),
    clean("Per berättade att eleverna i 6B ställde fler egna frågor."),
    clean("Fråga till Elin: kan vi låna specialpedagogens bildstöd?"),
    clean("Magnus och Mikael delar på vikarien under forskningslektionen."),
    clean("Forsbergs och Holms klasser skriver eftertestet samma dag."),
    clean("Linnéas boktips: tre faktaböcker om rymden till bokcirkeln."),
    clean("Karin Lindberg, Johan Persson och Maria Öberg från Norrängsskolan."),
    clean("Leila och Ahmed leder nästa cykel."),
    clean("Fatima skickar ut Annas anteckningar i morgon."),
    clean('Björn: "Det var första gången jag prövade det här arbetssättet."'),
    clean("Sara och Per har bytt träff med varandra."),
    # Dates, weeks, times and other numbers.
    clean("Nästa träff: 2026-12-09 kl. 15:00\u201316:30 i Biblioteket."),
    clean("Träffarna hålls onsdagar v. 36\u201350, utom höstlovet v. 44."),
    clean("Eftertestet görs 25/11 2026 och det fördröjda testet 9/12."),
    clean("Deadline 20261125 för inlämning av elevtexterna."),
    clean("Planeringsperiod 2026-11-02 \u2013 2026-11-27."),
    clean("Datum: 20261102-20261127 (fyra veckor)."),
    clean("Vecka 2026-W48: forskningslektion 1."),
    clean("Kl. 08.15\u201309.00 undervisar Anna, kl. 10.15\u201311.00 Karin."),
    clean("Ring Björn på 070-123 45 67 om du blir sen."),
    clean("Mobil: 0701234567 (Fatima)."),
    clean("Frågor? Sms:a Per på 0731234567."),
    clean("Tel. 019-21 10 00 (växeln)."),
    clean("Telefonnummer till expeditionen: 0812345678."),
    clean("Skolenhetskod 12345678 ska stå på ansökan."),
    clean("Kvarnbackaskolan, skolenhetskod 87654321."),
    clean("Budget för kompetensutveckling: 1 250 000 kr."),
    clean("Vikariekostnad ca 120 000 kr för läsåret."),
    clean("Örebro kommun, org.nr 212000-1965."),
    clean("Fakturan till Friskolan Tranan AB, organisationsnummer 556677-8899."),
    clean("Dnr 2026:1234 gäller skolutvecklingsprogrammet."),
    clean("Adress: Skolgatan 4, 702 11 Örebro."),
    clean("Vi ses i rum 2041 på plan 2."),
    clean("Sal B214, konferensrum 3."),
    clean("Resultat: 12 av 24 elever klarade förtestet, 20 av 24 eftertestet."),
    clean("Mötet varade 90 minuter; 6 av 7 deltagare var närvarande."),
    clean("Lektionstid 2 x 60 min per vecka i åk 7."),
    clean("Läsåret 2026/2027, ht 2026."),
    clean("Nationella prov i matematik åk 9 v. 6\u20137 2027."),
    clean("Studiedag 2027-01-08."),
    clean("Referensnummer 2026-0345 i kommunens diarium."),
    clean("Uppföljning 2026-06-15 14:00."),
    clean("Beställning nr 4500123456 av klassuppsättningen."),
    clean("Bankgiro 5050-1055."),
    clean("Postadress: Box 31000, 701 35 Örebro."),
    clean("Klockan 1430 i lärarrummet."),
    clean("Version 2.1.0 av mallen."),
    clean("I årskurs 7 (ca 110 elever) gjorde 96 % förtestet."),
    clean("ISBN 978-91-27-45678-9, 28 ex."),
    clean("Läromedlet kostar 389 kr/st, 28 st = 10 892 kr."),
    clean("Mejla anna.johansson@skola.example.se senast fredag."),
    clean("Skolans telefon 019-123 45 67, rektor 019-765 43 21."),
    clean("Nummer till Annas mobil: 070 123 45 67."),
    clean("Vi ringer vårdnadshavare på 0761234567 och 0709876543."),
    clean("Träffarna 2026-09-02, 2026-09-16, 2026-09-30, 2026-10-14 och 2026-11-11."),
    clean("Vecka 48 (23\u201327 nov) har vi utvecklingssamtal."),
    clean("Tid: 14.30\u201316.00. Plats: Lindåsskolan, sal 112."),
    clean("Förtestet (2026-09-09) och eftertestet (2026-10-07) hade samma sex uppgifter."),
    clean("Lesson study-cykel 2026-10-05 \u2013 2026-12-11, tre forskningslektioner."),
    clean("Löpnummer 20260915-0012 i protokollet från ämneskonferensen."),
    clean("Sammanställning per skola: 45 %, 62 % och 71 % nådde målen."),
    clean("Ekebyskolan 1 200 elever, Sjöviksskolan 450 elever."),
    clean("Kod till kopiatorn: 4711."),
    clean("Wifi-lösenordet i konferensrummet byttes 2026-11-30."),
    clean("Modul 2, del 4, moment C\u2013D, v. 47\u201348."),
    clean("Telefon: 0701 23 45 67. Mobil: 073-987 65 43."),
    clean("Ring Per Nilsson på 0701234567 om rummet är låst."),
    clean("Fakturan på 12 500 kr betalas före 2026-12-31 till bankgiro 5555-1234."),
    clean("Örebro kommun 212000-1965, Friskolan Tranan AB 559123-4567."),
    clean("Dnr BUN 2026/00123."),
    clean("Kursplanen i matematik (Lgr22), centralt innehåll åk 4\u20136."),
    clean("Klockan 8.00\u201316.00 den 2/12; lunch 11.30."),
    clean("Protokoll 2026-11-18 \u00a7 4\u20137."),
    clean("Nästa avstämning med rektor: torsdag 10/12 kl. 13.00."),
    clean("Tabell 3: förtest 2,4 poäng i snitt, eftertest 4,1 poäng."),
    clean("Mötesrum 3:214, byggnad 2."),
    clean("SMS till vårdnadshavare skickas från 0771-12 34 56."),
    clean("Nästa träff 2026-11-25 1500 i biblioteket."),
    clean("Utvecklingssamtal 2026-11-25\u20132026-12-01, boka tid via Unikum."),
    clean("v. 48 2026-11-25: forskningslektion 2 i 5B."),
    clean("Perioden 2026-08-17-2026-12-18 är höstterminen."),
    clean("Kalender: 2026-11-25  0815  Förtest 5B"),
    clean("Träffar: 2026-09-02  2026-09-16  2026-09-30  2026-10-14"),
    clean("\ufeffDatum;Tid;Rum\n2026-11-25;1500;B214"),
    clean("Deadline ２０２６-１２-０４ för inlämning av elevtexterna."),
    clean("Kl.\u202f13.00\u201315.00 den 2026-11-25, rum\u2009214."),
    clean("Budget för läsåret: 1\u202f250\u202f000 kr, varav 120\u202f000 kr till vikarier."),
    clean("Ekebyskolan 1\u202f200 elever, Sjöviksskolan 450\u202felever."),
    clean("Mobil: 070\u2009123\u200945\u200967 (Fatima)."),
    clean("Tel.\u00a00701\u200b234567 till expeditionen."),
    clean("Skolenhetskod 1234\u200b5678, org.nr 212000\u20111965."),
    # Headings, sentence starts and words that are also given names.
    clean("Klara av steg 1 innan ni går vidare."),
    clean("Max 10 minuter per station, sedan byte."),
    clean("Saga om kungen lästes högt i klassen."),
    clean("Liv och rörelse i klassrummet gjorde det svårt att höra."),
    clean("Inga elever hade gjort läxan, så vi gjorde den tillsammans."),
    clean("Mina elever i 5A behöver mer tid för huvudräkning."),
    clean("Rita en tallinje från 0 till 2 och markera 3/2."),
    clean("Dag 2: eftertest och elevintervjuer."),
    clean("Del 4 handlar om extra anpassningar."),
    clean("Ville du ha en kopia av observationsschemat?"),
    clean("Hans mamma har lovat att komma på mötet."),
    clean("Sanna påståenden och falska påståenden sorteras i två högar."),
    clean("Rosa lappar för frågor, gula för svar."),
    clean("Juni blir en lugn månad med summering och utvärdering."),
    clean("Sten, sax, påse avgjorde vem som började."),
    clean("Tom låda kvar efter lektionen \u2013 vems är den?"),
    clean("Lova att läsa en kvart varje kväll, sa vi till eleverna."),
    clean("Stig in i texten: vad ser du på bilden?"),
    clean("Bo kvar i uppgiften en stund innan du ber om hjälp."),
    clean("Björnen i faktatexten sover hela vintern."),
    clean("Mark och vatten: vi var ute på skolgården."),
    clean("Maj och juni används till nationella prov och utvärdering."),
    clean("Liv i klassrummet är inte samma sak som oro."),
    clean("Rut för rut fylldes tabellen i."),
    clean("Tina upp isbitarna och mät vattnet."),
    clean("Dags att boka nästa forskningslektion."),
    clean("Vi läste Alfons Åberg i förskoleklassen."),
    clean("Högläsning: Emil i Lönneberga av Astrid Lindgren."),
    clean("Enligt Helen Timperley (2013) behöver återkopplingen föra lärandet framåt."),
    clean("Vi har läst Pauline Gibbons om stöttning i undervisningen."),
    clean("Dylan Wiliams fem nyckelstrategier är grunden i modulen."),
    clean("Research Lesson Study enligt Pete Dudley: fallelever typiserar grupper av elever."),
    clean("Inför nästa gång: läs Skolverkets text om extra anpassningar."),
    clean("Lärportalen, Skolverket och SPSM har filmer om tillgängliga lärmiljöer."),
    clean("Vi åkte till Stockholm för konferensen. Till Uppsala åker vi i maj."),
    clean("Region Örebro län och Örebro kommun står bakom nätverket."),
    clean("Sankta Lucia firas den 13 december med luciatåg."),
    clean("Observer notes: Pupil D compared 2/5 and 3/7. The class worked in groups of four."),
    clean("This lesson was planned together. Will it work in year 4?"),
    clean("Saga-läsningen fick vänta till fredag."),
    clean("Majaskolan och Elvisgatan ligger nära varandra."),
    clean("Koden Emil2 och MAJA i versaler räknas inte."),
    clean("Närvarande:\n-Anna Johansson\n-Fatima Ali\n-Björn Ek"),
    clean("Att göra:\n-Klara av steg 1 först.\n-Rita tallinjen på tavlan."),
    clean("Tidsplan:\n-Maj: förtest\n-Juni: eftertest och utvärdering"),
    clean("Ma\u00adja\u00adsko\u00adlan och Lind\u00adås\u00adskolan deltar i nätverket."),
)

CORPUS = NUMBERS + NAMES + CLEAN
