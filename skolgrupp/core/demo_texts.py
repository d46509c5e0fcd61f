"""What the demo groups write: minutes, decisions, action items, reflections, commitments.

Plain data only; ``skolgrupp.core.demo`` joins sentences picked at random, so a few dozen
sentences per pool give thousands of different texts. Pupils appear only as pseudonyms
("Elev A") or as a class ("eleverna i 4B"), never by name or personal identity number.
"""

from __future__ import annotations

# Minutes per agenda item, keyed as in demo_content's agenda templates.
NOTES = {
    "intro": (
        "Samtalsledaren påminde om syftet med träffen och om tidshållningen.",
        "Vi gick igenom dagordningen och valde en tidhållare.",
        "Två deltagare hade förhinder och meddelade det i förväg.",
        "Vi började med en kort runda: en sak som fungerat bra sedan förra träffen.",
        "Syftet i dag är att knyta ihop förra delen och förbereda nästa.",
    ),
    "feedback": (
        "Alla berättade kort om hur aktiviteten gick i den egna klassen.",
        "Flera märkte att eleverna i 4B kom igång snabbare när uppgiften modellerades först.",
        "I årskurs 7 behövde eleverna mer tid än planerat, men samtalen blev djupare.",
        "Elev A, som brukar vara tyst, tog ordet två gånger i helklass.",
        "Det fungerade sämre i större grupper; vi pratade om att dela klassen.",
        "Gemensamt för de flesta var att eleverna ställde fler egna frågor.",
        "En deltagare hann inte pröva aktiviteten och gör det till nästa gång.",
        "Vi jämförde elevtexter från två skolor och såg liknande mönster.",
    ),
    "text": (
        "Vi samtalade om artikelns centrala begrepp och kopplade dem till våra klassrum.",
        "Texten väckte frågor om hur vi stöttar elever som inte når målen.",
        "Filmen visade en lärare som modellerar högt; många kände igen sig.",
        "Vi diskuterade skillnaden mellan att ställa frågor och att ge svar.",
        "Flera lyfte att forskningen bekräftar det vi redan ser i undervisningen.",
        "Samtalet kretsade kring hur lässtrategier kan bli synliga för eleverna.",
        "Vi läste ett stycke högt tillsammans och stannade vid det som var svårt.",
    ),
    "plan": (
        "Var och en formulerade vad hen ska pröva före nästa träff.",
        "Vi kom överens om att dokumentera med korta anteckningar direkt efter lektionen.",
        "Några planerade tillsammans eftersom de undervisar i samma årskurs.",
        "Vi valde att samla in elevtexter för att kunna jämföra nästa gång.",
        "Aktiviteten anpassas efter elevgruppen men syftet är gemensamt.",
    ),
    "close": (
        "Nästa träff förbereds med delens texter och film (moment A).",
        "Vi avslutade med en runda: vad tar du med dig i dag?",
        "Samtalsledaren skickar ut anteckningarna till gruppen.",
        "Vi ser fram emot att höra hur det går i klassrummen.",
    ),
    "focus": (
        "Vi vill lära oss hur vi bättre undervisar om bråk i årskurs 5.",
        "Lärandeobjektet formulerades som en förmåga knuten till ett visst innehåll.",
        "Förtestet visade att många elever blandar ihop täljare och nämnare.",
        "Vi enades om ett fokus som alla kan pröva oavsett skola.",
    ),
    "case": (
        "Vi valde tre fallelever: Elev A, Elev B och Elev C.",
        "Elev A representerar elever som arbetar snabbt men ytligt.",
        "Elev B representerar elever som behöver mycket stöttning för att komma igång.",
        "Elev C representerar elever som ofta når målen men sällan förklarar hur.",
    ),
    "lesson": (
        "Lektionen planerades steg för steg med förutsägelser för varje fallelev.",
        "Vi skrev in var vi tror att Elev B fastnar och vilken stöttning som då finns.",
        "Uppstarten blir en gemensam uppgift som synliggör elevernas förkunskaper.",
        "Eftertestet görs samma dag och ett fördröjt test efter två veckor.",
    ),
    "roles": (
        "En undervisar och de andra observerar var sin fallelev.",
        "Observatörerna använder samma observationsschema och skriver citat ordagrant.",
        "Elevintervjuerna hålls direkt efter lektionen, högst fem minuter var.",
    ),
    "compare": (
        "Elev A gjorde ungefär som vi förutsåg men fastnade i steg tre.",
        "Elev B kom längre än förutsägelsen när bildstödet fanns på bordet.",
        "Elev C förklarade sin lösning för en kamrat utan att bli ombedd.",
        "Förutsägelserna stämde sämst i den gemensamma avslutningen.",
    ),
    "interviews": (
        "Eleverna sa att exemplen på tavlan hjälpte mest.",
        "Elev B sa att uppgiften blev begriplig först när den lästes högt.",
        "Flera elever efterfrågade mer tid att pröva själva innan genomgången.",
    ),
    "revise": (
        "Vi byter ordning på två moment och förtydligar instruktionen.",
        "Nästa forskningslektion hålls i en annan klass på en annan skola.",
        "Variationen i exemplen behöver bli tydligare: vi ändrar ett tal i taget.",
    ),
    "goals": (
        "Vi kopplade gruppens arbete till målen om ökad läsförståelse och kollegialt lärande.",
        "Gruppen samlar lärare från både kommunala och fristående skolor.",
        "Rektorerna vill ha en kort sammanfattning vid terminens slut.",
    ),
    "ways": (
        "Samtalsregler: alla kommer till tals och vi utgår från elevernas arbete.",
        "Rollerna samtalsledare och tidhållare roterar.",
        "Det som sägs om enskilda elever stannar i rummet och skrivs bara med pseudonym.",
    ),
    "termplan": (
        "Terminen planerades med träffar varannan vecka, utom under höstlovet.",
        "Vi lägger in en lesson study-cykel mitt i terminen.",
        "Varje del i modulen får två veckor så att alla hinner pröva i klassrummet.",
    ),
}

DECISIONS = (
    "Vi fortsätter med modulens nästa del enligt planeringen.",
    "Elevtexter samlas in anonymiserat och visas utan namn.",
    "Nästa träff hålls på en annan skola så att vi kan se varandras lärmiljöer.",
    "Vi använder samma observationsschema i alla klasser.",
    "Gruppen skriver en gemensam sammanfattning till rektorerna i december.",
    "Vi prövar att börja varje träff med tio minuter elevexempel.",
    "Forskningslektionen genomförs i två klasser med en veckas mellanrum.",
    "Pseudonymer används konsekvent: Elev A, Elev B och Elev C.",
    "Anteckningarna delas i gruppens fil efter varje träff.",
    "Vi flyttar träffen en vecka på grund av nationella prov.",
    "Vi bjuder in skolbibliotekarien till nästa träff.",
    "Modulens film ses gemensamt i stället för enskilt nästa gång.",
)

ACTIONS = (
    "Skicka ut anteckningarna till gruppen",
    "Boka rum för nästa träff",
    "Kopiera texterna till moment A",
    "Ta med tre elevtexter till nästa träff",
    "Prata med rektor om tid för forskningslektionen",
    "Ta fram förtest till lesson study-cykeln",
    "Sammanställa elevintervjuerna",
    "Bjuda in specialläraren till nästa träff",
    "Skriva utkast till terminssammanfattningen",
    "Beställa klassuppsättning av högläsningsboken",
    "Ordna vikarie under forskningslektionen",
    "Testa bildstödet i en annan elevgrupp",
)

# Preparation per session format; four-part ones name the module part (moment A).
PREPARATION = {
    "four_part": (
        "Moment A: läs texten i del {part} av {module} och anteckna två frågor till samtalet.",
        "Moment A: se filmen i del {part} ({title}) och ta med ett exempel från klassrummet.",
        "Läs artikeln i del {part}. Ta med anteckningar från aktiviteten du prövade.",
    ),
    "lesson_study_planning": (
        "Gör förtestet i din klass och ta med resultatet. Läs om lärandeobjekt och "
        "kritiska aspekter.",
    ),
    "post_lesson": ("Ta med dina observationsanteckningar om din fallelev och elevintervjun.",),
    "free": ("Fundera på vad du vill att gruppen ska hinna med i höst eller vår.",),
}

# Reflection prompts, each with sentences that answer it.
PROMPTS = (
    (
        "Vad hände när du prövade aktiviteten?",
        (
            "Eleverna kom snabbt igång och samtalen blev livliga.",
            "Det tog längre tid än jag räknat med, särskilt i början.",
            "Elev A tog en ledande roll i sin grupp.",
            "Några elever behövde att jag visade ett exempel till.",
            "Det blev tydligt vilka som inte förstått instruktionen.",
            "Aktiviteten fungerade bättre i halvklass än i helklass.",
        ),
    ),
    (
        "Vad lärde sig eleverna?",
        (
            "De flesta kunde förklara strategin med egna ord.",
            "Eleverna i 4B började ställa frågor till texten utan att jag bad om det.",
            "Flera elever kunde använda begreppen i rätt sammanhang.",
            "Elev B visade att hen förstått genom att rita en egen bild.",
            "Det är för tidigt att säga, men skrivandet blev mer genomtänkt.",
        ),
    ),
    (
        "Vad tar du med dig?",
        (
            "Att modellera högt gör stor skillnad.",
            "Att ge eleverna tid att tänka själva innan vi pratar i grupp.",
            "Att jag behöver planera övergångarna lika noga som innehållet.",
            "Att kollegornas erfarenheter ger mig nya idéer varje gång.",
            "Att tydliga mål hjälper både mig och eleverna.",
        ),
    ),
    (
        "Vad blev svårt?",
        (
            "Att hinna lyssna på alla grupper.",
            "Att hålla tiden när diskussionen tog fart.",
            "Att anpassa uppgiften för elever som behöver mer stöd.",
            "Att dokumentera samtidigt som jag undervisade.",
        ),
    ),
    (
        "Hur vill du gå vidare?",
        (
            "Jag prövar samma upplägg i en annan klass.",
            "Jag vill följa upp med en kort skrivuppgift.",
            "Jag tar med elevexempel till nästa träff.",
            "Jag vill se hur en kollega gör och kanske besöka hennes klassrum.",
        ),
    ),
)

REFLECTION_OPENERS = (
    "I dag prövade jag aktiviteten från förra träffen.",
    "Veckan har varit intensiv men jag hann genomföra det vi planerade.",
    "Efter träffen funderade jag vidare på det vi läste.",
    "Jag har nu prövat upplägget två gånger.",
    "Lektionen i morse blev inte som jag tänkt.",
    "Samtalet i gruppen fick mig att se på min undervisning på ett nytt sätt.",
    "Jag skriver ner några tankar medan lektionen är färsk.",
    "Det var första gången jag prövade det här arbetssättet.",
)
REFLECTION_MIDDLES = {
    "reading": (
        "Eleverna läste texten i par och stannade vid ord de inte förstod.",
        "Högläsningen följdes av ett samtal där alla fick komma till tals.",
        "När vi gjorde förutsägelser om texten blev eleverna mer nyfikna.",
        "Elev A sammanfattade kapitlet med egna ord för första gången.",
        "Skrivuppgiften blev bättre när vi först gått igenom en modelltext.",
        "Eleverna i 4B använde lässtrategierna även i SO-boken.",
        "Ordförrådet är fortfarande ett hinder för många i gruppen.",
        "Vi pratade om bilderna i faktatexten och vad de tillför.",
    ),
    "maths": (
        "Problemet väckte olika lösningar som vi kunde jämföra på tavlan.",
        "Eleverna förklarade sina strategier för varandra i smågrupper.",
        "Tallinjen hjälpte flera att se hur stora bråken är.",
        "Elev B löste uppgiften med ett konkret material och kunde sedan rita den.",
        "Helklassdiskussionen blev bättre när jag valde ut lösningarna i förväg.",
        "Många räknade rätt men hade svårt att förklara varför.",
        "Uppskattningen först gjorde att eleverna upptäckte orimliga svar.",
        "Gruppen i 7C tyckte att öppna problem var ovana men roliga.",
    ),
    "special_support": (
        "Bildstödet på tavlan gjorde övergången till nästa moment lugnare.",
        "Elev A klarade uppstarten själv när strukturen var förutsägbar.",
        "Extra anpassningar i helklass räckte för flera som tidigare fått enskilt stöd.",
        "Jag märkte att placeringen i rummet påverkar studieron mycket.",
        "Vi provade en tydlig start och avslutning på varje lektion.",
        "Elev B behövde pauser men arbetade längre stunder än förut.",
        "Samarbetet med elevhälsan gav mig nya idéer om anpassningar.",
        "Instruktioner i både tal och bild nådde fler elever.",
    ),
    "other": (
        "Eleverna fick själva bedöma sitt arbete mot kriterierna.",
        "Kamratresponsen blev konkret när vi använde ett gemensamt underlag.",
        "Exitlappen visade tydligt vad som behöver tas om.",
        "Observationen av fallelever gav en annan bild än min egen.",
        "Tydliga mål på tavlan hjälpte eleverna att hålla fokus.",
        "Förtestet visade att kritiska aspekter vi trodde var självklara inte var det.",
    ),
}
REFLECTION_CLOSERS = (
    "Nästa gång vill jag ge mer tid åt samtalet.",
    "Jag tar med det här till gruppens nästa träff.",
    "Det känns som att vi är på rätt väg.",
    "Jag undrar om det fungerar lika bra i en yngre årskurs.",
    "Det var roligt att se eleverna så engagerade.",
    "Jag behöver tänka mer på hur jag följer upp.",
    "Nu förstår jag bättre vad modulen menar med stöttning.",
)

# "Det här ska jag pröva": what members commit to in the B moment, per subject.
COMMITMENTS = {
    "reading": (
        "Det här ska jag pröva: högläsning med stopp för frågor till texten i 4B.",
        "Det här ska jag pröva: lässtrategin att förutspå innan vi läser faktatexten.",
        "Det här ska jag pröva: gemensamt skrivande utifrån en modelltext.",
        "Det här ska jag pröva: boksamtal i smågrupper med samtalskort.",
        "Det här ska jag pröva: att arbeta med ämnesord före läsningen.",
        "Det här ska jag pröva: att låta eleverna ställa frågor till texten i par.",
    ),
    "maths": (
        "Det här ska jag pröva: ett öppet problem med helklassdiskussion efteråt.",
        "Det här ska jag pröva: att låta eleverna uppskatta svaret innan de räknar.",
        "Det här ska jag pröva: tallinjen som stöd i arbetet med bråk.",
        "Det här ska jag pröva: att välja ut tre elevlösningar och jämföra dem.",
        "Det här ska jag pröva: EPA – först enskilt, sedan par, sedan alla.",
        "Det här ska jag pröva: räknesamtal varje morgon i en vecka.",
    ),
    "special_support": (
        "Det här ska jag pröva: bildstöd för lektionens struktur i helklass.",
        "Det här ska jag pröva: en tydlig start och avslutning på varje lektion.",
        "Det här ska jag pröva: att ge instruktionen i både tal och skrift.",
        "Det här ska jag pröva: planerade pauser för Elev A.",
        "Det här ska jag pröva: att möblera om för bättre studiero.",
        "Det här ska jag pröva: förförståelse av nya ord dagen före genomgången.",
    ),
    "other": (
        "Det här ska jag pröva: exitlappar efter varje lektion i en vecka.",
        "Det här ska jag pröva: kamratrespons med två stjärnor och en önskan.",
        "Det här ska jag pröva: att skriva lektionens mål på tavlan och följa upp dem.",
        "Det här ska jag pröva: självbedömning mot en enkel matris.",
    ),
}

REPORTS = (
    "Prövade det två gånger. Eleverna var med och det blev bättre andra gången.",
    "Fungerade bra i halvklass; i helklass blev det för rörigt.",
    "Eleverna i 4B tyckte om det och frågade om vi skulle göra det igen.",
    "Hann bara pröva en gång, men jag såg redan en skillnad hos Elev B.",
    "Det tog längre tid än planerat. Jag behöver korta ner introduktionen.",
    "Blev mycket bättre än jag trodde. Flera tysta elever deltog.",
    "Några elever fastnade; nästa gång ger jag ett exempel först.",
    "Eleverna använde strategin även utan att jag påminde dem.",
    "Svårt att hinna med alla, men samtalen blev djupare.",
)
