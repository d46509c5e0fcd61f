<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>CommitmentsPanel</name>
        <message>
            <source>How it went</source>
            <translation>Så gick det</translation>
        </message>
        <message>
            <source>This I will try</source>
            <translation>Det här ska jag pröva</translation>
        </message>
        <message>
            <source>Open from earlier sessions: how did it go?</source>
            <translation>Öppet från tidigare träffar: hur gick det?</translation>
        </message>
        <message>
            <source>Open commitments</source>
            <translation>Öppna åtaganden</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Would try</source>
            <translation>Skulle pröva</translation>
        </message>
        <message>
            <source>How it went…</source>
            <translation>Så gick det…</translation>
        </message>
        <message>
            <source>&amp;Reported</source>
            <translation>&amp;Återrapporterad</translation>
        </message>
        <message>
            <source>Who will try it</source>
            <translation>Vem som ska pröva</translation>
        </message>
        <message>
            <source>What they will try</source>
            <translation>Vad hen ska pröva</translation>
        </message>
        <message>
            <source>In my class I will try…</source>
            <translation>I min klass ska jag pröva…</translation>
        </message>
        <message>
            <source>&amp;Will try</source>
            <translation>&amp;Ska pröva</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>These records were changed on two computers at once, and both versions are kept. Choose the one to keep; the other is then gone everywhere the choice is merged.</source>
            <translation>De här posterna ändrades på två datorer samtidigt, och båda versionerna finns kvar. Välj den som ska behållas; den andra försvinner då överallt där valet slås ihop.</translation>
        </message>
        <message>
            <source>Shown now ({when})</source>
            <translation>Visas nu ({when})</translation>
        </message>
        <message>
            <source>The other version ({when})</source>
            <translation>Den andra versionen ({when})</translation>
        </message>
        <message>
            <source>Changed on two computers at once</source>
            <translation>Ändrat på två datorer samtidigt</translation>
        </message>
        <message>
            <source>Records changed on two computers at once</source>
            <translation>Poster som ändrats på två datorer samtidigt</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Sort</translation>
        </message>
        <message>
            <source>The version shown</source>
            <translation>Versionen som visas</translation>
        </message>
        <message>
            <source>Keep &amp;this version</source>
            <translation>Behåll &amp;den här versionen</translation>
        </message>
        <message>
            <source>The other version</source>
            <translation>Den andra versionen</translation>
        </message>
        <message>
            <source>Keep the &amp;other version</source>
            <translation>Behåll den &amp;andra versionen</translation>
        </message>
    </context>
    <context>
        <name>CycleEditor</name>
        <message>
            <source>Status of {phase}</source>
            <translation>Status för {phase}</translation>
        </message>
        <message>
            <source>Critical aspect of the item</source>
            <translation>Uppgiftens kritiska aspekt</translation>
        </message>
        <message>
            <source>No critical aspect</source>
            <translation>Ingen kritisk aspekt</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Ny fas</translation>
        </message>
        <message>
            <source>New critical aspect</source>
            <translation>Ny kritisk aspekt</translation>
        </message>
        <message>
            <source>Pupil {letter}</source>
            <translation>Elev {letter}</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Ny uppgift</translation>
        </message>
        <message>
            <source>Give the cycle a title.</source>
            <translation>Ge cykeln en rubrik.</translation>
        </message>
        <message>
            <source>{text} is not a date: write it like 2026-09-14 (phase {phase}).</source>
            <translation>{text} är inget datum: skriv till exempel 2026-09-14 (fasen {phase}).</translation>
        </message>
        <message>
            <source>An item's points must be a number above 0: {text}</source>
            <translation>En uppgifts poäng måste vara ett tal större än 0: {text}</translation>
        </message>
        <message>
            <source>Critical aspect</source>
            <translation>Kritisk aspekt</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cykel</translation>
        </message>
        <message>
            <source>Parts of the cycle</source>
            <translation>Cykelns delar</translation>
        </message>
        <message>
            <source>The cycle</source>
            <translation>Cykeln</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>Ä&amp;mne:</translation>
        </message>
        <message>
            <source>&amp;Grade:</source>
            <translation>Års&amp;kurs:</translation>
        </message>
        <message>
            <source>Research &amp;question:</source>
            <translation>&amp;Forskningsfråga:</translation>
        </message>
        <message>
            <source>Object of &amp;learning:</source>
            <translation>&amp;Lärandeobjekt:</translation>
        </message>
        <message>
            <source>Long-&amp;term goal:</source>
            <translation>Lån&amp;gsiktigt mål:</translation>
        </message>
        <message>
            <source>G&amp;oals:</source>
            <translation>M&amp;ål:</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Faser</translation>
        </message>
        <message>
            <source>Rename a phase by double-clicking it. Dates are written as 2026-09-14.</source>
            <translation>Byt namn på en fas genom att dubbelklicka på den. Datum skrivs som 2026-09-14.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Add phase</source>
            <translation>&amp;Lägg till fas</translation>
        </message>
        <message>
            <source>&amp;Remove phase</source>
            <translation>&amp;Ta bort fas</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <source>Aspects and case pupils</source>
            <translation>Aspekter och fallelever</translation>
        </message>
        <message>
            <source>&amp;Critical aspects: what the pupils need to discern</source>
            <translation>&amp;Kritiska aspekter: vad eleverna behöver urskilja</translation>
        </message>
        <message>
            <source>Critical aspects</source>
            <translation>Kritiska aspekter</translation>
        </message>
        <message>
            <source>Add &amp;aspect</source>
            <translation>Lägg till &amp;aspekt</translation>
        </message>
        <message>
            <source>Remove aspe&amp;ct</source>
            <translation>Ta bort as&amp;pekt</translation>
        </message>
        <message>
            <source>Case &amp;pupils, by pseudonym only</source>
            <translation>&amp;Fallelever, bara med pseudonym</translation>
        </message>
        <message>
            <source>Case pupils</source>
            <translation>Fallelever</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Typifies</source>
            <translation>Representerar</translation>
        </message>
        <message>
            <source>Add case pup&amp;il</source>
            <translation>Lägg till fall&amp;elev</translation>
        </message>
        <message>
            <source>Remove case pupi&amp;l</source>
            <translation>Ta bort fallele&amp;v</translation>
        </message>
        <message>
            <source>Test items</source>
            <translation>Testuppgifter</translation>
        </message>
        <message>
            <source>&amp;Items of the pre- and post-test, each tied to the critical aspect it tests</source>
            <translation>&amp;Uppgifter i för- och eftertestet, var och en knuten till den kritiska aspekt den prövar</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Add i&amp;tem</source>
            <translation>Lägg till u&amp;ppgift</translation>
        </message>
        <message>
            <source>Remove it&amp;em</source>
            <translation>Ta bort uppg&amp;ift</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Resultat och slutsatser</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>&amp;Resultat och slutsatser:</translation>
        </message>
        <message>
            <source>How they were s&amp;hared:</source>
            <translation>Så &amp;delades de:</translation>
        </message>
    </context>
    <context>
        <name>CyclePlanning</name>
        <message>
            <source>New cycle</source>
            <translation>Ny cykel</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cykel</translation>
        </message>
        <message>
            <source>Change cycle</source>
            <translation>Ändra cykel</translation>
        </message>
        <message>
            <source>New research lesson</source>
            <translation>Ny forskningslektion</translation>
        </message>
        <message>
            <source>Change research lesson</source>
            <translation>Ändra forskningslektion</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observationer</translation>
        </message>
    </context>
    <context>
        <name>CyclesView</name>
        <message>
            <source>All phases done</source>
            <translation>Alla faser klara</translation>
        </message>
        <message>
            <source>{done} of {total} phases done</source>
            <translation>{done} av {total} faser klara</translation>
        </message>
        <message>
            <source>Research question</source>
            <translation>Forskningsfråga</translation>
        </message>
        <message>
            <source>Object of learning</source>
            <translation>Lärandeobjekt</translation>
        </message>
        <message>
            <source>Long-term goal</source>
            <translation>Långsiktigt mål</translation>
        </message>
        <message>
            <source>Critical aspects:</source>
            <translation>Kritiska aspekter:</translation>
        </message>
        <message>
            <source>Case pupils:</source>
            <translation>Fallelever:</translation>
        </message>
        <message>
            <source>Sessions of the cycle:</source>
            <translation>Cykelns träffar:</translation>
        </message>
        <message>
            <source>{count} shared reflections are about the cycle.</source>
            <translation>{count} delade reflektioner handlar om cykeln.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Resultat och slutsatser</translation>
        </message>
        <message>
            <source>How the findings were shared</source>
            <translation>Så delades resultaten</translation>
        </message>
        <message>
            <source>Research lesson {n}</source>
            <translation>Forskningslektion {n}</translation>
        </message>
        <message>
            <source>Items without a critical aspect</source>
            <translation>Uppgifter utan kritisk aspekt</translation>
        </message>
        <message>
            <source>Lesson {n}</source>
            <translation>Lektion {n}</translation>
        </message>
        <message>
            <source>Case pupils (all items)</source>
            <translation>Fallelever (alla uppgifter)</translation>
        </message>
        <message>
            <source>Case pupils, per critical aspect</source>
            <translation>Fallelever, per kritisk aspekt</translation>
        </message>
        <message>
            <source>The class, per critical aspect</source>
            <translation>Klassen, per kritisk aspekt</translation>
        </message>
        <message>
            <source>The class, all items</source>
            <translation>Klassen, alla uppgifter</translation>
        </message>
        <message>
            <source>Aspect {n}</source>
            <translation>Aspekt {n}</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>Alla uppgifter</translation>
        </message>
        <message>
            <source>{points:+d} points</source>
            <translation>{points:+d} procentenheter</translation>
        </message>
        <message>
            <source>&amp;New cycle…</source>
            <translation>&amp;Ny cykel…</translation>
        </message>
        <message>
            <source>&amp;Change cycle…</source>
            <translation>Ä&amp;ndra cykel…</translation>
        </message>
        <message>
            <source>New &amp;research lesson…</source>
            <translation>Ny &amp;forskningslektion…</translation>
        </message>
        <message>
            <source>Cycles</source>
            <translation>Cykler</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cykel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Faser</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektioner</translation>
        </message>
        <message>
            <source>The chosen cycle</source>
            <translation>Den valda cykeln</translation>
        </message>
        <message>
            <source>About the cycle</source>
            <translation>Om cykeln</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Research lessons</source>
            <translation>Forskningslektioner</translation>
        </message>
        <message>
            <source>Change &amp;lesson…</source>
            <translation>Ändra &amp;lektion…</translation>
        </message>
        <message>
            <source>&amp;Observe…</source>
            <translation>&amp;Observera…</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Lärare</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klass</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observationer</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Results as a chart</source>
            <translation>Resultat som diagram</translation>
        </message>
        <message>
            <source>Results as a table</source>
            <translation>Resultat som tabell</translation>
        </message>
        <message>
            <source>Case pupil or critical aspect</source>
            <translation>Fallelev eller kritisk aspekt</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Förtest</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Eftertest</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Förändring</translation>
        </message>
        <message>
            <source>Delayed post-test</source>
            <translation>Fördröjt eftertest</translation>
        </message>
        <message>
            <source>Post-lesson discussion</source>
            <translation>Eftersamtal</translation>
        </message>
        <message>
            <source>&amp;Lesson:</source>
            <translation>&amp;Lektion:</translation>
        </message>
        <message>
            <source>Predicted and observed</source>
            <translation>Förutsagt och observerat</translation>
        </message>
        <message>
            <source>Case pupil</source>
            <translation>Fallelev</translation>
        </message>
        <message>
            <source>Predicted</source>
            <translation>Förutsagt</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observerat</translation>
        </message>
    </context>
    <context>
        <name>DocumentOptions</name>
        <message>
            <source>Both municipal and independent schools</source>
            <translation>Både kommunala och fristående skolor</translation>
        </message>
        <message>
            <source>Whoever observes (every case pupil)</source>
            <translation>Den som observerar (alla fallelever)</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Första dag</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Sista dag</translation>
        </message>
        <message>
            <source>School &amp;year:</source>
            <translation>Läs&amp;år:</translation>
        </message>
        <message>
            <source>School year</source>
            <translation>Läsår</translation>
        </message>
        <message>
            <source>School &amp;owner:</source>
            <translation>&amp;Huvudman:</translation>
        </message>
        <message>
            <source>School owner</source>
            <translation>Huvudman</translation>
        </message>
        <message>
            <source>&amp;Observer:</source>
            <translation>&amp;Observatör:</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observatör</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Session summary</source>
            <translation>Sammanfattning av träffen</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>Planering för träffen</translation>
        </message>
        <message>
            <source>Term report</source>
            <translation>Terminsrapport</translation>
        </message>
        <message>
            <source>Cycle report</source>
            <translation>Cykelrapport</translation>
        </message>
        <message>
            <source>Observation sheet</source>
            <translation>Observationsschema</translation>
        </message>
        <message>
            <source>Year summary</source>
            <translation>Årssammanställning</translation>
        </message>
        <message>
            <source>{document}: making the PDF…</source>
            <translation>{document}: PDF-filen görs…</translation>
        </message>
        <message>
            <source>Open a workspace first.</source>
            <translation>Öppna en arbetsyta först.</translation>
        </message>
        <message>
            <source>Choose a session in the Sessions tab first.</source>
            <translation>Välj först en träff under fliken Träffar.</translation>
        </message>
        <message>
            <source>Choose a cycle in the Cycles tab first.</source>
            <translation>Välj först en cykel under fliken Cykler.</translation>
        </message>
        <message>
            <source>Choose a research lesson of a cycle in the Cycles tab first.</source>
            <translation>Välj först en forskningslektion i en cykel under fliken Cykler.</translation>
        </message>
        <message>
            <source>Choose a group first.</source>
            <translation>Välj en grupp först.</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Exportera som PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Sparade {name}.</translation>
        </message>
        <message>
            <source>Print {name}</source>
            <translation>Skriv ut {name}</translation>
        </message>
        <message>
            <source>Printing page {n} of {total}…</source>
            <translation>Skriver ut sida {n} av {total}…</translation>
        </message>
        <message>
            <source>&amp;Export anyway</source>
            <translation>&amp;Exportera ändå</translation>
        </message>
        <message>
            <source>&amp;Print anyway</source>
            <translation>&amp;Skriv ut ändå</translation>
        </message>
        <message>
            <source>Export {name}</source>
            <translation>Exportera {name}</translation>
        </message>
        <message>
            <source>The document holds text that may be about pupils. If it does, choose Show to go there and change it to a pseudonym (such as “Elev A”) first. If it does not, say so: the check remembers.</source>
            <translation>Dokumentet innehåller text som kan handla om elever. Gör den det: välj Visa för att gå dit och ändra först till en pseudonym (som ”Elev A”). Gör den det inte: säg det, så kommer kontrollen ihåg det.</translation>
        </message>
    </context>
    <context>
        <name>FindingsDialog</name>
        <message>
            <source>Nothing left that looks like a pupil's name or personal identity number.</source>
            <translation>Inget kvar som ser ut som en elevs namn eller personnummer.</translation>
        </message>
    </context>
    <context>
        <name>FindingsList</name>
        <message>
            <source>Text that may be about pupils</source>
            <translation>Text som kan handla om elever</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Var</translation>
        </message>
        <message>
            <source>Looks like</source>
            <translation>Ser ut som</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Close this and go to where the text is written, to change it</source>
            <translation>Stäng det här och gå dit där texten är skriven, för att ändra den</translation>
        </message>
        <message>
            <source>Sh&amp;ow</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>The check stays quiet about this text here from now on</source>
            <translation>Kontrollen tiger om den här texten här från och med nu</translation>
        </message>
        <message>
            <source>It is &amp;not a pupil</source>
            <translation>Det är i&amp;nte en elev</translation>
        </message>
    </context>
    <context>
        <name>GroupEditing</name>
        <message>
            <source>Change people and schools</source>
            <translation>Ändra personer och skolor</translation>
        </message>
        <message>
            <source>Import people</source>
            <translation>Importera personer</translation>
        </message>
        <message>
            <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
            <translation>Kalkylblad sparade som CSV (*.csv *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Ny grupp</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Change group</source>
            <translation>Ändra grupp</translation>
        </message>
    </context>
    <context>
        <name>GroupEditor</name>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Subject &amp;area</source>
            <translation>&amp;Ämnesområde</translation>
        </message>
        <message>
            <source>Subject area</source>
            <translation>Ämnesområde</translation>
        </message>
        <message>
            <source>&amp;Term</source>
            <translation>&amp;Termin</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>ht2026</source>
            <translation>ht2026</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Beskrivning</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmar</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Började</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Slutade</translation>
        </message>
        <message>
            <source>Person to add</source>
            <translation>Person att lägga till</translation>
        </message>
        <message>
            <source>Date of joining or leaving</source>
            <translation>Datum då personen började eller slutade</translation>
        </message>
        <message>
            <source>as &amp;group leader</source>
            <translation>som &amp;samtalsledare</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <source>&amp;Left</source>
            <translation>Sl&amp;utade</translation>
        </message>
    </context>
    <context>
        <name>GroupOverview</name>
        <message>
            <source>Group overview</source>
            <translation>Gruppöversikt</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmar</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Next sessions</source>
            <translation>Kommande träffar</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Vecka</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Open action items</source>
            <translation>Öppna att göra-punkter</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Recently shared reflections</source>
            <translation>Senast delade reflektioner</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Skribent</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflektion</translation>
        </message>
        <message>
            <source>Tried in class: still open</source>
            <translation>Att pröva i klassrummet: fortfarande öppet</translation>
        </message>
        <message>
            <source>Open commitments</source>
            <translation>Öppna åtaganden</translation>
        </message>
        <message>
            <source>Will try</source>
            <translation>Ska pröva</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sedan</translation>
        </message>
        <message>
            <source>Goals this term</source>
            <translation>Mål den här terminen</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Träffar</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflektioner</translation>
        </message>
    </context>
    <context>
        <name>GroupOverviewView</name>
        <message>
            <source>w. {week}</source>
            <translation>v. {week}</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Träffar</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflektioner</translation>
        </message>
        <message>
            <source>Cycles</source>
            <translation>Cykler</translation>
        </message>
        <message>
            <source>New reflection</source>
            <translation>Ny reflektion</translation>
        </message>
    </context>
    <context>
        <name>LessonEditor</name>
        <message>
            <source>Phases</source>
            <translation>Faser</translation>
        </message>
        <message>
            <source>Predictions</source>
            <translation>Förutsägelser</translation>
        </message>
        <message>
            <source>Research lesson {n}: {cycle}</source>
            <translation>Forskningslektion {n}: {cycle}</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Inte bestämt än</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <source>New phase</source>
            <translation>Ny fas</translation>
        </message>
        <message>
            <source>{observer} watches {pupil}</source>
            <translation>{observer} observerar {pupil}</translation>
        </message>
        <message>
            <source>Case pupil</source>
            <translation>Fallelev</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>How did you think?</source>
            <translation>Hur tänkte du?</translation>
        </message>
        <message>
            <source>Class: solved</source>
            <translation>Klassen: rätt</translation>
        </message>
        <message>
            <source>Class: pupils</source>
            <translation>Klassen: elever</translation>
        </message>
        <message>
            <source>Minutes must be a whole number: {text}</source>
            <translation>Minuter måste vara ett heltal: {text}</translation>
        </message>
        <message>
            <source>{text} is not a number ({test}).</source>
            <translation>{text} är inget tal ({test}).</translation>
        </message>
        <message>
            <source>{value:g} is more than the item's {most:g} points ({test}).</source>
            <translation>{value:g} är mer än uppgiftens {most:g} poäng ({test}).</translation>
        </message>
        <message>
            <source>Give both how many solved the item and how many pupils took the test, no more solving it than took it ({test}).</source>
            <translation>Ange både hur många som löste uppgiften och hur många elever som gjorde testet, och inte fler som löste den än som gjorde testet ({test}).</translation>
        </message>
        <message>
            <source>Research lesson</source>
            <translation>Forskningslektion</translation>
        </message>
        <message>
            <source>Parts of the research lesson</source>
            <translation>Forskningslektionens delar</translation>
        </message>
        <message>
            <source>The lesson</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Teacher:</source>
            <translation>&amp;Lärare:</translation>
        </message>
        <message>
            <source>&amp;Class:</source>
            <translation>&amp;Klass:</translation>
        </message>
        <message>
            <source>&amp;Plan:</source>
            <translation>&amp;Planering:</translation>
        </message>
        <message>
            <source>What was &amp;revised, and why:</source>
            <translation>Vad som &amp;reviderades, och varför:</translation>
        </message>
        <message>
            <source>Post-lesson &amp;discussion:</source>
            <translation>&amp;Eftersamtal:</translation>
        </message>
        <message>
            <source>Plan and predictions</source>
            <translation>Planering och förutsägelser</translation>
        </message>
        <message>
            <source>The lesson's phases, and for each case pupil how the group predicts they will respond.</source>
            <translation>Lektionens faser, och för varje fallelev hur gruppen förutser att eleven kommer att reagera.</translation>
        </message>
        <message>
            <source>Lesson phases and predictions</source>
            <translation>Lektionsfaser och förutsägelser</translation>
        </message>
        <message>
            <source>&amp;Add phase</source>
            <translation>&amp;Lägg till fas</translation>
        </message>
        <message>
            <source>&amp;Remove phase</source>
            <translation>&amp;Ta bort fas</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <source>Observers</source>
            <translation>Observatörer</translation>
        </message>
        <message>
            <source>Tick which case pupils each observer watches.</source>
            <translation>Kryssa för vilka fallelever varje observatör följer.</translation>
        </message>
        <message>
            <source>Observers and case pupils</source>
            <translation>Observatörer och fallelever</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Intervjuer</translation>
        </message>
        <message>
            <source>Questions put to the case pupils after the lesson, and their answers.</source>
            <translation>Frågor till fallelever efter lektionen, och deras svar.</translation>
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation>Lägg till &amp;fråga</translation>
        </message>
        <message>
            <source>Remo&amp;ve question</source>
            <translation>Ta bort frå&amp;ga</translation>
        </message>
        <message>
            <source>Test results</source>
            <translation>Testresultat</translation>
        </message>
        <message>
            <source>&amp;Test:</source>
            <translation>&amp;Test:</translation>
        </message>
        <message>
            <source>Each case pupil's points per item, and how many in the class solved it.</source>
            <translation>Varje fallelevs poäng per uppgift, och hur många i klassen som löste den.</translation>
        </message>
    </context>
    <context>
        <name>LongWork</name>
        <message>
            <source>Stopping…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Avbrutet; inget har ändrats.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Groups</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>This workspace has no groups yet.</source>
            <translation>Arbetsytan har inga grupper än.</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Arbetar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <translation>&amp;Ny arbetsyta…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Öppna…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Öppna &amp;senaste</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Spara en &amp;kopia…</translation>
        </message>
        <message>
            <source>C&amp;lose workspace</source>
            <translation>S&amp;täng arbetsytan</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print a &amp;document</source>
            <translation>Skriv ut ett &amp;dokument</translation>
        </message>
        <message>
            <source>&amp;Export as PDF</source>
            <translation>&amp;Exportera som PDF</translation>
        </message>
        <message>
            <source>S&amp;hare group…</source>
            <translation>Dela &amp;grupp…</translation>
        </message>
        <message>
            <source>&amp;Merge from file…</source>
            <translation>Slå i&amp;hop från fil…</translation>
        </message>
        <message>
            <source>Undo last mer&amp;ge…</source>
            <translation>Ångra senaste sammans&amp;lagning…</translation>
        </message>
        <message>
            <source>Changed on &amp;two computers…</source>
            <translation>Ändrat på två dato&amp;rer…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;vsluta</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ångra</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Grupp</translation>
        </message>
        <message>
            <source>New &amp;group…</source>
            <translation>Ny &amp;grupp…</translation>
        </message>
        <message>
            <source>&amp;Edit group…</source>
            <translation>Ä&amp;ndra grupp…</translation>
        </message>
        <message>
            <source>&amp;People and schools…</source>
            <translation>&amp;Personer och skolor…</translation>
        </message>
        <message>
            <source>&amp;Import people…</source>
            <translation>I&amp;mportera personer…</translation>
        </message>
        <message>
            <source>New &amp;reflection…</source>
            <translation>Ny &amp;reflektion…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Inställningar</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>Use the open workspace as the &amp;default</source>
            <translation>Använd den öppna arbetsytan som &amp;standard</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Skolgrupp</source>
            <translation>&amp;Om Skolgrupp</translation>
        </message>
        <message>
            <source>{name} is now the default workspace.</source>
            <translation>{name} är nu standardarbetsytan.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Skolgrupp speaks the chosen language the next time you start it.</source>
            <translation>Skolgrupp använder det valda språket nästa gång du startar programmet.</translation>
        </message>
        <message>
            <source>About Skolgrupp</source>
            <translation>Om Skolgrupp</translation>
        </message>
        <message>
            <source>Skolgrupp {version}
Plan, run and document collegial learning.</source>
            <translation>Skolgrupp {version}
Planera, genomför och dokumentera kollegialt lärande.</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Öppnar…</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Välj…</translation>
        </message>
        <message>
            <source>Choose which versions to keep</source>
            <translation>Välj vilka versioner som ska behållas</translation>
        </message>
        <message>
            <source>Records changed on two computers at once: {n}. Both versions are kept until you choose.</source>
            <translation>Poster som ändrats på två datorer samtidigt: {n}. Båda versionerna finns kvar tills du väljer.</translation>
        </message>
        <message>
            <source>No workspace is open. Open one or make a new one in the File menu.</source>
            <translation>Ingen arbetsyta är öppen. Öppna en eller skapa en ny i menyn Arkiv.</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>Öppna arbetsyta</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>Ny arbetsyta</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Spara en kopia</translation>
        </message>
        <message>
            <source>Saving a copy as {name}…</source>
            <translation>Sparar en kopia som {name}…</translation>
        </message>
        <message>
            <source>Saved a copy as {name}.</source>
            <translation>Sparade en kopia som {name}.</translation>
        </message>
        <message>
            <source>Skolgrupp workspaces (*.skolgrupp);;All files (*)</source>
            <translation>Arbetsytor för Skolgrupp (*.skolgrupp);;Alla filer (*)</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[skrivskyddad]</translation>
        </message>
        <message>
            <source>&amp;Privacy and pupil data…</source>
            <translation>&amp;Integritet och elevuppgifter…</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <source>Actions</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Minutes: {item}</source>
            <translation>Minnesanteckningar: {item}</translation>
        </message>
        <message>
            <source>Alone</source>
            <translation>Enskilt</translation>
        </message>
        <message>
            <source>In pairs</source>
            <translation>I par</translation>
        </message>
        <message>
            <source>All together</source>
            <translation>Alla tillsammans</translation>
        </message>
        <message>
            <source>Nobody in particular</source>
            <translation>Ingen särskild</translation>
        </message>
        <message>
            <source>{round}, {minutes} min</source>
            <translation>{round}, {minutes} min</translation>
        </message>
        <message>
            <source>Minutes are kept per agenda item: add items to the session's plan.</source>
            <translation>Minnesanteckningar förs per dagordningspunkt: lägg till punkter i träffens planering.</translation>
        </message>
        <message>
            <source>Attendance of {name}</source>
            <translation>Närvaro för {name}</translation>
        </message>
        <message>
            <source>not noted</source>
            <translation>inte noterad</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <source>&amp;Pause the clock</source>
            <translation>&amp;Pausa klockan</translation>
        </message>
        <message>
            <source>&amp;Start the clock</source>
            <translation>&amp;Starta klockan</translation>
        </message>
        <message>
            <source>{spent} of {box} min</source>
            <translation>{spent} av {box} min</translation>
        </message>
        <message>
            <source>over time</source>
            <translation>över tiden</translation>
        </message>
        <message>
            <source>Leads the talk</source>
            <translation>Samtalsledare</translation>
        </message>
        <message>
            <source>Takes notes</source>
            <translation>Antecknar</translation>
        </message>
        <message>
            <source>Keeps time</source>
            <translation>Tidhållare</translation>
        </message>
        <message>
            <source>{left} left</source>
            <translation>{left} kvar</translation>
        </message>
        <message>
            <source>Time is up: next round.</source>
            <translation>Tiden är ute: nästa runda.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Action item done</source>
            <translation>Att göra klar</translation>
        </message>
        <message>
            <source>Action item open</source>
            <translation>Att göra öppen</translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Mötesläge</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Talk</source>
            <translation>Samtal</translation>
        </message>
        <message>
            <source>Talk round</source>
            <translation>Samtalsrunda</translation>
        </message>
        <message>
            <source>Start &amp;round</source>
            <translation>Starta &amp;runda</translation>
        </message>
        <message>
            <source>Agenda and minutes</source>
            <translation>Dagordning och minnesanteckningar</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Minutes for the agenda item</source>
            <translation>Minnesanteckningar för punkten</translation>
        </message>
        <message>
            <source>Minutes for this item…</source>
            <translation>Minnesanteckningar för den här punkten…</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>New decision</source>
            <translation>Nytt beslut</translation>
        </message>
        <message>
            <source>We decided…</source>
            <translation>Vi beslutade…</translation>
        </message>
        <message>
            <source>Add &amp;decision</source>
            <translation>Lägg till &amp;beslut</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klart</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>New action item</source>
            <translation>Ny att göra-punkt</translation>
        </message>
        <message>
            <source>To do…</source>
            <translation>Att göra…</translation>
        </message>
        <message>
            <source>Add &amp;action</source>
            <translation>Lägg till &amp;att göra</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>What merging {file} would change in your workspace:</source>
            <translation>Det här skulle ändras i din arbetsyta om {file} slås ihop med den:</translation>
        </message>
        <message>
            <source>{n} changes are dated more than a day ahead of this computer's clock: the clock of the computer they come from may be wrong. They are merged all the same, and may show as the newest.</source>
            <translation>{n} ändringar är daterade mer än ett dygn före den här datorns klocka: klockan i datorn de kommer från kan gå fel. De slås ihop ändå och kan visas som de nyaste.</translation>
        </message>
        <message>
            <source>&amp;Delete here too what was deleted in the other file ({n})</source>
            <translation>&amp;Ta bort även här det som tagits bort i den andra filen ({n})</translation>
        </message>
        <message>
            <source>Before merging, Skolgrupp keeps a copy of your workspace as it is; File › Undo last merge brings it back.</source>
            <translation>Innan sammanslagningen sparar Skolgrupp en kopia av din arbetsyta som den är nu; Arkiv › Ångra senaste sammanslagning tar tillbaka den.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Slå ihop</translation>
        </message>
        <message>
            <source>Merge from file</source>
            <translation>Slå ihop från fil</translation>
        </message>
        <message>
            <source>What would change</source>
            <translation>Vad som skulle ändras</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Poster</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nya</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrade</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borttagna</translation>
        </message>
        <message>
            <source>Brought back</source>
            <translation>Återställda</translation>
        </message>
        <message>
            <source>Changed on both sides</source>
            <translation>Ändrade på båda håll</translation>
        </message>
        <message>
            <source>&amp;Delete them here too</source>
            <translation>&amp;Ta bort dem även här</translation>
        </message>
    </context>
    <context>
        <name>MergeFlow</name>
        <message>
            <source>Merge from file</source>
            <translation>Slå ihop från fil</translation>
        </message>
        <message>
            <source>Skolgrupp workspaces (*.skolgrupp);;All files (*)</source>
            <translation>Arbetsytor för Skolgrupp (*.skolgrupp);;Alla filer (*)</translation>
        </message>
        <message>
            <source>{name} is locked. Its passphrase:</source>
            <translation>{name} är låst. Dess lösenfras:</translation>
        </message>
        <message>
            <source>{file} holds nothing new.</source>
            <translation>{file} innehåller inget nytt.</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>Slår ihop {file}…</translation>
        </message>
        <message>
            <source>Merged. Your workspace as it was before is kept as {file}.</source>
            <translation>Sammanslaget. Din arbetsyta som den var innan sparas som {file}.</translation>
        </message>
        <message>
            <source>A copy beside the workspace</source>
            <translation>En kopia bredvid arbetsytan</translation>
        </message>
        <message>
            <source>{copy} lies beside {name}: a sync service made it when the workspace was changed on two computers at once. Merge its changes into the workspace?</source>
            <translation>{copy} ligger bredvid {name}: en synktjänst gjorde den när arbetsytan ändrades på två datorer samtidigt. Slå ihop dess ändringar med arbetsytan?</translation>
        </message>
        <message>
            <source>Undo last merge</source>
            <translation>Ångra senaste sammanslagning</translation>
        </message>
        <message>
            <source>The last merge cannot be undone: there was none, or the workspace has changed since.</source>
            <translation>Den senaste sammanslagningen kan inte ångras: det finns ingen, eller så har arbetsytan ändrats sedan dess.</translation>
        </message>
        <message>
            <source>Put the workspace back as it was before the last merge?</source>
            <translation>Återställa arbetsytan som den var före den senaste sammanslagningen?</translation>
        </message>
        <message>
            <source>No records were changed on two computers at once.</source>
            <translation>Inga poster har ändrats på två datorer samtidigt.</translation>
        </message>
    </context>
    <context>
        <name>ObservationMode</name>
        <message>
            <source>Observation of {pupil}, {phase}</source>
            <translation>Observation av {pupil}, {phase}</translation>
        </message>
        <message>
            <source>Observe research lesson {n}: {cycle}</source>
            <translation>Observera forskningslektion {n}: {cycle}</translation>
        </message>
        <message>
            <source>The group has no members to observe the lesson.</source>
            <translation>Gruppen har inga medlemmar som kan observera lektionen.</translation>
        </message>
        <message>
            <source>{phase} ({minutes} min)</source>
            <translation>{phase} ({minutes} min)</translation>
        </message>
        <message>
            <source>Predicted: {text}</source>
            <translation>Förutsagt: {text}</translation>
        </message>
        <message>
            <source>What {pupil} did in {phase}</source>
            <translation>Vad {pupil} gjorde i {phase}</translation>
        </message>
        <message>
            <source>What did {pupil} do?</source>
            <translation>Vad gjorde {pupil}?</translation>
        </message>
        <message>
            <source>{pupil} (not yours)</source>
            <translation>{pupil} (inte din)</translation>
        </message>
        <message>
            <source>Observe</source>
            <translation>Observera</translation>
        </message>
        <message>
            <source>&amp;Observer:</source>
            <translation>&amp;Observatör:</translation>
        </message>
        <message>
            <source>Write what each case pupil does, phase by phase. Tab goes to the next phase, Ctrl+Page Down to the next case pupil.</source>
            <translation>Skriv vad varje fallelev gör, fas för fas. Tabb går till nästa fas, Ctrl+Page Down till nästa fallelev.</translation>
        </message>
        <message>
            <source>Case pupils</source>
            <translation>Fallelever</translation>
        </message>
    </context>
    <context>
        <name>PeopleAndSchools</name>
        <message>
            <source>No school</source>
            <translation>Ingen skola</translation>
        </message>
        <message>
            <source>People and schools</source>
            <translation>Personer och skolor</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-post</translation>
        </message>
        <message>
            <source>&amp;School</source>
            <translation>&amp;Skola</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Roll</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>N&amp;y</translation>
        </message>
        <message>
            <source>&amp;Keep these details</source>
            <translation>&amp;Behåll uppgifterna</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Skolor</translation>
        </message>
        <message>
            <source>School owner</source>
            <translation>Huvudman</translation>
        </message>
        <message>
            <source>School stage</source>
            <translation>Skolform</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>Na&amp;mn</translation>
        </message>
        <message>
            <source>School &amp;owner</source>
            <translation>&amp;Huvudman</translation>
        </message>
        <message>
            <source>School s&amp;tage</source>
            <translation>Skol&amp;form</translation>
        </message>
    </context>
    <context>
        <name>PeopleImport</name>
        <message>
            <source>{file}: {people} people and {schools} new schools will be added; {left_out} rows are left out (see Note).</source>
            <translation>{file}: {people} personer och {schools} nya skolor läggs till; {left_out} rader tas inte med (se Anmärkning).</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>Import people</source>
            <translation>Importera personer</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Filens rader</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anmärkning</translation>
        </message>
    </context>
    <context>
        <name>PrivacyFindings</name>
        <message>
            <source>Text that may be about pupils</source>
            <translation>Text som kan handla om elever</translation>
        </message>
    </context>
    <context>
        <name>PrivacyHelp</name>
        <message>
            <source>Privacy and pupil data</source>
            <translation>Integritet och elevuppgifter</translation>
        </message>
        <message>
            <source>Your work stays on this computer</source>
            <translation>Ditt arbete stannar på den här datorn</translation>
        </message>
        <message>
            <source>Skolgrupp keeps a workspace in one file on this computer and sends nothing over the network. Your work leaves the computer only as a file you make: a shared group, a copy of the workspace, or a document you print or export as PDF.</source>
            <translation>Skolgrupp sparar en arbetsyta i en fil på den här datorn och skickar ingenting över nätet. Ditt arbete lämnar datorn bara som en fil du själv gör: en delad grupp, en kopia av arbetsytan eller ett dokument som du skriver ut eller exporterar som PDF.</translation>
        </message>
        <message>
            <source>Going through the findings</source>
            <translation>När kontrollen hittar något</translation>
        </message>
        <message>
            <source>Before you share a group (File › Share group…) and before you print or export a document, Skolgrupp lists the text that may be about pupils: where it is, what it looks like and the text itself. Show (or Enter, or a double-click) takes you to where it is written, to change it. “It is not a pupil” makes the check stay quiet about that text there; Edit › Undo takes that back. You decide: sharing and printing still work with findings left.</source>
            <translation>Innan du delar en grupp (Arkiv › Dela grupp…) och innan du skriver ut eller exporterar ett dokument listar Skolgrupp den text som kan handla om elever: var den står, vad den ser ut som och själva texten. Visa (eller Enter, eller ett dubbelklick) tar dig dit där den är skriven, så att du kan ändra den. ”Det är inte en elev” gör att kontrollen tiger om den texten där; Redigera › Ångra tar tillbaka det. Du bestämmer: det går att dela och skriva ut även när något finns kvar.</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <source>No particular session</source>
            <translation>Ingen särskild träff</translation>
        </message>
        <message>
            <source>No cycle</source>
            <translation>Ingen cykel</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflektion</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Grupp</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>&amp;Written by</source>
            <translation>&amp;Skriven av</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Skriven av</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Träff</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Träff</translation>
        </message>
        <message>
            <source>&amp;Cycle</source>
            <translation>C&amp;ykel</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cykel</translation>
        </message>
        <message>
            <source>Who can read it</source>
            <translation>Vem kan läsa den</translation>
        </message>
        <message>
            <source>&amp;Private: only you, only on this computer</source>
            <translation>&amp;Privat: bara du, bara på den här datorn</translation>
        </message>
        <message>
            <source>S&amp;hared with the group</source>
            <translation>&amp;Delad med gruppen</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Frågor</translation>
        </message>
        <message>
            <source>&amp;Other thoughts</source>
            <translation>Ö&amp;vriga tankar</translation>
        </message>
        <message>
            <source>Other thoughts</source>
            <translation>Övriga tankar</translation>
        </message>
        <message>
            <source>Goals it concerns</source>
            <translation>Mål den gäller</translation>
        </message>
    </context>
    <context>
        <name>ReflectionTableModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Skriven av</translation>
        </message>
        <message>
            <source>Who can read it</source>
            <translation>Vem kan läsa den</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Träff</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Reflektion</translation>
        </message>
    </context>
    <context>
        <name>ReflectionsView</name>
        <message>
            <source>Everyone</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Alla träffar</translation>
        </message>
        <message>
            <source>All goals</source>
            <translation>Alla mål</translation>
        </message>
        <message>
            <source>&amp;Written by</source>
            <translation>&amp;Skriven av</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Skriven av</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Träff</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Träff</translation>
        </message>
        <message>
            <source>&amp;Goal</source>
            <translation>&amp;Mål</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Från</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>T&amp;ill</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>&amp;New reflection…</source>
            <translation>&amp;Ny reflektion…</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflektioner</translation>
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <source>No test results yet.</source>
            <translation>Inga testresultat än.</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Förtest</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Eftertest</translation>
        </message>
        <message>
            <source>(numbered by research lesson)</source>
            <translation>(numrerade efter forskningslektion)</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>Erase…</source>
            <translation>Gallra…</translation>
        </message>
        <message>
            <source>Erase &amp;pupil details…</source>
            <translation>Ga&amp;llra elevuppgifter…</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Gallra</translation>
        </message>
        <message>
            <source>Erase case pupils' details</source>
            <translation>Gallra uppgifter om fallelever</translation>
        </message>
        <message>
            <source>Erase pupil details</source>
            <translation>Gallra elevuppgifter</translation>
        </message>
        <message>
            <source>Erase the case pupils' details of {title}?</source>
            <translation>Gallra uppgifterna om fallelever i {title}?</translation>
        </message>
        <message>
            <source>Erased the case pupils' details of {title}.</source>
            <translation>Uppgifterna om fallelever i {title} är gallrade.</translation>
        </message>
        <message>
            <source>Finished {period} ago or more: the case pupils' details of {cycles} can be erased.</source>
            <translation>Avslutade för {period} sedan eller mer: uppgifterna om fallelever i {cycles} kan gallras.</translation>
        </message>
        <message>
            <source>Goes: {predictions} predictions, {observations} observations and {interviews} interviews about the case pupils, and whom each case pupil typifies. The {pupils} case pupils are then called Pupil 1, Pupil 2 and so on.</source>
            <translation>Det här försvinner: {predictions} förutsägelser, {observations} observationer och {interviews} intervjuer om falleleverna, och vilka elever varje fallelev representerar. De {pupils} falleleverna heter sedan Elev 1, Elev 2 och så vidare.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Inte nu</translation>
        </message>
        <message>
            <source>Pupil details can be erased once the cycle is finished.</source>
            <translation>Elevuppgifterna kan gallras när cykeln är avslutad.</translation>
        </message>
        <message>
            <source>Pupil details erased {date}</source>
            <translation>Elevuppgifter gallrade {date}</translation>
        </message>
        <message>
            <source>Remind about erasing pupil details &amp;after</source>
            <translation>Påminn om &amp;gallring efter</translation>
        </message>
        <message>
            <source>Stays: the test results (under the new names), the class results, critical aspects and test items, the research lessons' plans, revisions and post-lesson discussions, and the findings. They are not changed: check that they say nothing about a single pupil.</source>
            <translation>Det här finns kvar: testresultaten (under de nya namnen), klassresultaten, kritiska aspekter och testuppgifter, forskningslektionernas planering, revideringar och eftersamtal, och resultat och slutsatser. De ändras inte: kontrollera att de inte säger något om en enskild elev.</translation>
        </message>
        <message>
            <source>The words are removed from the workspace file and its search index, and so is the snapshot of the last merge. Copies made earlier (backups before an update, saved copies, files shared with colleagues) are not changed; a colleague's copy learns of the erasure when it is merged. This cannot be undone.</source>
            <translation>Orden tas bort ur arbetsytans fil och dess sökindex, och kopian från före den senaste sammanslagningen tas bort. Kopior som gjorts tidigare (säkerhetskopior före en uppdatering, sparade kopior, filer som delats med kollegor) ändras inte; en kollegas kopia får veta om gallringen när den slås samman. Det går inte att ångra.</translation>
        </message>
        <message>
            <source>a school year</source>
            <translation>ett läsår</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>och {n} till</translation>
        </message>
        <message>
            <source>half a school year</source>
            <translation>ett halvår</translation>
        </message>
        <message>
            <source>two school years</source>
            <translation>två läsår</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} dagar</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search the workspace…</source>
            <translation>Sök i arbetsytan…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <source>{count} hits</source>
            <translation>{count} träffar</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsView</name>
        <message>
            <source>Search results</source>
            <translation>Sökresultat</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>No cycle</source>
            <translation>Ingen cykel</translation>
        </message>
        <message>
            <source>Nobody in particular</source>
            <translation>Ingen särskild</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Ny uppgift</translation>
        </message>
        <message>
            <source>{sum} of {length} min</source>
            <translation>{sum} av {length} min</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Träff</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Mall</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Mall</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>Rubr&amp;ik</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Börjar</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>&amp;Längd</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Längd</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Plats</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Cycle</source>
            <translation>C&amp;ykel</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cykel</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Leds av</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>Lä&amp;gg till punkt</translation>
        </message>
        <message>
            <source>&amp;Remove item</source>
            <translation>&amp;Ta bort punkt</translation>
        </message>
        <message>
            <source>P&amp;reparation</source>
            <translation>Fö&amp;rberedelse</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Förberedelse</translation>
        </message>
        <message>
            <source>Goals it serves</source>
            <translation>Mål den tjänar</translation>
        </message>
    </context>
    <context>
        <name>SessionPlanning</name>
        <message>
            <source>New session</source>
            <translation>Ny träff</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Träff</translation>
        </message>
        <message>
            <source>Change session</source>
            <translation>Ändra träff</translation>
        </message>
        <message>
            <source>Export planned sessions</source>
            <translation>Exportera planerade träffar</translation>
        </message>
        <message>
            <source>sessions.ics</source>
            <translation>träffar.ics</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Kalenderfiler (*.ics)</translation>
        </message>
        <message>
            <source>Exported {count} planned sessions to {name}.</source>
            <translation>Exporterade {count} planerade träffar till {name}.</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>Week {week}, {year}</source>
            <translation>Vecka {week}, {year}</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Ny träff…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>&amp;Meeting mode…</source>
            <translation>&amp;Mötesläge…</translation>
        </message>
        <message>
            <source>&amp;Export to calendar…</source>
            <translation>&amp;Exportera till kalender…</translation>
        </message>
        <message>
            <source>Sessions by week</source>
            <translation>Träffar per vecka</translation>
        </message>
        <message>
            <source>Week and day</source>
            <translation>Vecka och dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Träff</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share {name}</source>
            <translation>Dela {name}</translation>
        </message>
        <message>
            <source>A new file with the group {name}: its members, sessions with everything recorded at them, shared reflections, cycles and goals. Private reflections are never shared. A colleague can open it or merge it into their workspace.</source>
            <translation>En ny fil med gruppen {name}: medlemmarna, träffarna med allt som antecknats på dem, delade reflektioner, cykler och mål. Privata reflektioner delas aldrig. En kollega kan öppna filen eller slå ihop den med sin arbetsyta.</translation>
        </message>
        <message>
            <source>The privacy check found no names or personal identity numbers.</source>
            <translation>Integritetskontrollen hittade inga namn eller personnummer.</translation>
        </message>
        <message>
            <source>Recommended: the notes of a special-support group may concern pupils. Tell the passphrase to your colleague another way than the file.</source>
            <translation>Rekommenderas: anteckningarna i en grupp för särskilt stöd kan handla om elever. Berätta lösenfrasen för din kollega på annat sätt än med filen.</translation>
        </message>
        <message>
            <source>Tell the passphrase to your colleague another way than the file.</source>
            <translation>Berätta lösenfrasen för din kollega på annat sätt än med filen.</translation>
        </message>
        <message>
            <source>&amp;Share…</source>
            <translation>&amp;Dela…</translation>
        </message>
        <message>
            <source>At least {n} characters; a short sentence is easy to say and hard to guess.</source>
            <translation>Minst {n} tecken; en kort mening är lätt att säga och svår att gissa.</translation>
        </message>
        <message>
            <source>Write the same passphrase twice.</source>
            <translation>Skriv samma lösenfras två gånger.</translation>
        </message>
        <message>
            <source>Share group</source>
            <translation>Dela grupp</translation>
        </message>
        <message>
            <source>&amp;Lock the file with a passphrase</source>
            <translation>&amp;Lås filen med en lösenfras</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Igen:</translation>
        </message>
        <message>
            <source>The passphrase again</source>
            <translation>Lösenfrasen igen</translation>
        </message>
        <message>
            <source>The privacy check found text that may be about pupils. If it is, choose Show to go there and change it to a pseudonym (such as “Elev A”). If it is not, say so: the check remembers.</source>
            <translation>Integritetskontrollen hittade text som kan handla om elever. Gör den det: välj Visa för att gå dit och ändra till en pseudonym (som ”Elev A”). Gör den det inte: säg det, så kommer kontrollen ihåg det.</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Choose a group first.</source>
            <translation>Välj en grupp först.</translation>
        </message>
        <message>
            <source>Share {name}</source>
            <translation>Dela {name}</translation>
        </message>
        <message>
            <source>Skolgrupp workspaces (*.skolgrupp)</source>
            <translation>Arbetsytor för Skolgrupp (*.skolgrupp)</translation>
        </message>
        <message>
            <source>Shared {name} as {file}, locked with its passphrase.</source>
            <translation>Delade {name} som {file}, låst med lösenfrasen.</translation>
        </message>
        <message>
            <source>Shared {name} as {file}.</source>
            <translation>Delade {name} som {file}.</translation>
        </message>
        <message>
            <source>Sharing {name}…</source>
            <translation>Delar {name}…</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>användning: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argument</translation>
        </message>
        <message>
            <source>options</source>
            <translation>flaggor</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>visa den här hjälpen och avsluta</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: fel: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumentet %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>de här argumenten behövs: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>okända argument: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ogiltigt värde för %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ett värde behövs</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>tvetydig flagga: %(option)s kan vara %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>går inte tillsammans med %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>värdet %r används inte</translation>
        </message>
    </context>
    <context>
        <name>check</name>
        <message>
            <source>A row in {table} (rowid {rowid}) holds text that cannot be read.</source>
            <translation>En rad i {table} (rowid {rowid}) innehåller text som inte går att läsa.</translation>
        </message>
        <message>
            <source>A row in {table} (rowid {rowid}) holds a history that cannot be read.</source>
            <translation>En rad i {table} (rowid {rowid}) innehåller en historik som inte går att läsa.</translation>
        </message>
        <message>
            <source>Integrity: {line}</source>
            <translation>Integritet: {line}</translation>
        </message>
        <message>
            <source>A row in {table} (rowid {rowid}) points to a missing row in {parent}.</source>
            <translation>En rad i {table} (rowid {rowid}) pekar på en rad som saknas i {parent}.</translation>
        </message>
        <message>
            <source>The file format is {found}; this version of Skolgrupp checks format {ours}.</source>
            <translation>Filformatet är {found}; den här versionen av Skolgrupp kontrollerar format {ours}.</translation>
        </message>
        <message>
            <source>The schema differs from format {v}: {kind} {name} is missing or changed.</source>
            <translation>Schemat skiljer sig från format {v}: {kind} {name} saknas eller är ändrad.</translation>
        </message>
        <message>
            <source>The schema has an unknown {kind}: {name}.</source>
            <translation>Schemat innehåller en okänd {kind}: {name}.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Interrupted.</source>
            <translation>Avbrutet.</translation>
        </message>
        <message>
            <source>Something went wrong in Skolgrupp; your workspace is safe. Please send this report to whoever supports Skolgrupp for you:</source>
            <translation>Något gick fel i Skolgrupp; din arbetsyta är i säkerhet. Skicka den här rapporten till den som ger dig stöd med Skolgrupp:</translation>
        </message>
        <message>
            <source>Created the workspace {path}.</source>
            <translation>Skapade arbetsytan {path}.</translation>
        </message>
        <message>
            <source>{name} already holds data; demo content goes into a new workspace.</source>
            <translation>{name} innehåller redan data; demoinnehåll läggs i en ny arbetsyta.</translation>
        </message>
        <message>
            <source>Filled {path} with demo content: {groups} groups, {people} people, {sessions} sessions, {reflections} reflections.</source>
            <translation>Fyllde {path} med demoinnehåll: {groups} grupper, {people} personer, {sessions} träffar, {reflections} reflektioner.</translation>
        </message>
        <message>
            <source>Workspace {path}</source>
            <translation>Arbetsyta {path}</translation>
        </message>
        <message>
            <source>File format {version}</source>
            <translation>Filformat {version}</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Skolor</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Träffar</translation>
        </message>
        <message>
            <source>Reflections</source>
            <translation>Reflektioner</translation>
        </message>
        <message>
            <source>  of which private</source>
            <translation>  varav privata</translation>
        </message>
        <message>
            <source>Lesson-study cycles</source>
            <translation>Lesson study-cykler</translation>
        </message>
        <message>
            <source>Nothing to list.</source>
            <translation>Inget att visa.</translation>
        </message>
        <message>
            <source>{name} has problems (see above).</source>
            <translation>{name} har problem (se ovan).</translation>
        </message>
        <message>
            <source>{name} is healthy.</source>
            <translation>{name} är hel och felfri.</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>Inga träffar.</translation>
        </message>
        <message>
            <source>The export holds {count} private reflections. Keep the file to yourself: it is a backup, not something to share.</source>
            <translation>Exporten innehåller {count} privata reflektioner. Behåll filen för dig själv: den är en säkerhetskopia, inget att dela.</translation>
        </message>
        <message>
            <source>Wrote {count} records to {path}.</source>
            <translation>Skrev {count} poster till {path}.</translation>
        </message>
        <message>
            <source>Imported {count} records into {path}.</source>
            <translation>Importerade {count} poster till {path}.</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>Skrev {path}.</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was shared.</source>
            <translation>De två lösenfraserna skiljer sig åt; inget delades.</translation>
        </message>
        <message>
            <source>looks like a personal identity number</source>
            <translation>ser ut som ett personnummer</translation>
        </message>
        <message>
            <source>looks like a name</source>
            <translation>ser ut som ett namn</translation>
        </message>
        <message>
            <source>Privacy check: "{found}" in {where} {what}.</source>
            <translation>Integritetskontroll: ”{found}” i {where} {what}.</translation>
        </message>
        <message>
            <source>Nothing was shared. Change the text in Skolgrupp first, or share anyway with --yes.</source>
            <translation>Inget delades. Ändra texten i Skolgrupp först, eller dela ändå med --yes.</translation>
        </message>
        <message>
            <source>Wrote {path}: {name}, {count} records, no private reflections.</source>
            <translation>Skrev {path}: {name}, {count} poster, inga privata reflektioner.</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>Lösenfras: </translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>Samma lösenfras igen: </translation>
        </message>
        <message>
            <source>Passphrase for {name}: </source>
            <translation>Lösenfras för {name}: </translation>
        </message>
        <message>
            <source>{name} is not locked; open or merge it as it is.</source>
            <translation>{name} är inte låst; öppna eller slå samman den som den är.</translation>
        </message>
        <message>
            <source>Wrote {path}; it opens like any workspace.</source>
            <translation>Skrev {path}; den öppnas som vilken arbetsyta som helst.</translation>
        </message>
        <message>
            <source>{other} holds nothing new.</source>
            <translation>{other} innehåller inget nytt.</translation>
        </message>
        <message>
            <source>Note: {n} changes are dated more than a day ahead of this computer's clock; the clock of the computer they come from may be wrong.</source>
            <translation>Obs: {n} ändringar är daterade mer än ett dygn före den här datorns klocka; klockan i datorn de kommer från kan gå fel.</translation>
        </message>
        <message>
            <source>Merged. The workspace as it was before is kept as {snapshot}; 'skolgrupp undo-merge' puts it back.</source>
            <translation>Sammanslaget. Arbetsytan som den var innan sparas som {snapshot}; 'skolgrupp undo-merge' återställer den.</translation>
        </message>
        <message>
            <source>Nothing was merged: confirm with --yes.</source>
            <translation>Inget slogs ihop: bekräfta med --yes.</translation>
        </message>
        <message>
            <source>Merge these changes? [y/N] </source>
            <translation>Slå ihop de här ändringarna? [j/N] </translation>
        </message>
        <message>
            <source>The merge deletes {n} records here. Merge these changes? [y/N] </source>
            <translation>Sammanslagningen tar bort {n} poster här. Slå ihop de här ändringarna? [j/N] </translation>
        </message>
        <message>
            <source>{name} is back as it was before its last merge.</source>
            <translation>{name} är tillbaka som den var före den senaste sammanslagningen.</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 1 to {largest}</source>
            <translation>{value} är inte ett heltal från 1 till {largest}</translation>
        </message>
        <message>
            <source>{value} is not a date; write it like 2026-08-17</source>
            <translation>{value} är inget datum; skriv till exempel 2026-08-17</translation>
        </message>
        <message>
            <source>{value} is not a term; write it like ht2026 or vt2027</source>
            <translation>{value} är ingen termin; skriv till exempel ht2026 eller vt2027</translation>
        </message>
        <message>
            <source>Plan sessions, log reflections and follow lesson-study cycles in collegial learning groups. Without a command, opens the desktop program on FILE.</source>
            <translation>Planera träffar, skriv reflektioner och följ lesson study-cykler i grupper för kollegialt lärande. Utan kommando öppnas skrivbordsprogrammet med FIL.</translation>
        </message>
        <message>
            <source>show the program's version and exit</source>
            <translation>visa programmets version och avsluta</translation>
        </message>
        <message>
            <source>language of messages (default sv)</source>
            <translation>språk för meddelanden (standard sv)</translation>
        </message>
        <message>
            <source>workspace to open (default: your default workspace)</source>
            <translation>arbetsyta att öppna (standard: din standardarbetsyta)</translation>
        </message>
        <message>
            <source>save a picture of the window once it is shown, and exit</source>
            <translation>spara en bild av fönstret när det visas, och avsluta</translation>
        </message>
        <message>
            <source>the view to show first</source>
            <translation>vyn som visas först</translation>
        </message>
        <message>
            <source>the workspace file</source>
            <translation>arbetsytans fil</translation>
        </message>
        <message>
            <source>create a new, empty workspace</source>
            <translation>skapa en ny, tom arbetsyta</translation>
        </message>
        <message>
            <source>fill a workspace with realistic demo content</source>
            <translation>fyll en arbetsyta med realistiskt demoinnehåll</translation>
        </message>
        <message>
            <source>multiply the demo content (100 gives about 100,000 reflections)</source>
            <translation>mångfaldiga demoinnehållet (100 ger ungefär 100 000 reflektioner)</translation>
        </message>
        <message>
            <source>seed for reproducible content</source>
            <translation>frö för innehåll som kan återskapas</translation>
        </message>
        <message>
            <source>term to fill, like ht2026 or vt2027 (default: now)</source>
            <translation>termin att fylla, t.ex. ht2026 eller vt2027 (standard: nuvarande)</translation>
        </message>
        <message>
            <source>show the format version and what the workspace holds</source>
            <translation>visa formatversion och vad arbetsytan innehåller</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>skriv ut JSON</translation>
        </message>
        <message>
            <source>list groups, people, sessions, reflections or cycles</source>
            <translation>lista grupper, personer, träffar, reflektioner eller cykler</translation>
        </message>
        <message>
            <source>only what belongs to this group</source>
            <translation>bara det som hör till den här gruppen</translation>
        </message>
        <message>
            <source>check the file's integrity, references and schema</source>
            <translation>kontrollera filens integritet, referenser och schema</translation>
        </message>
        <message>
            <source>search sessions, agendas, minutes, decisions, reflections</source>
            <translation>sök i träffar, dagordningar, minnesanteckningar, beslut och reflektioner</translation>
        </message>
        <message>
            <source>words to look for</source>
            <translation>ord att söka efter</translation>
        </message>
        <message>
            <source>most hits to show</source>
            <translation>högst så många träffar visas</translation>
        </message>
        <message>
            <source>only in this group</source>
            <translation>bara i den här gruppen</translation>
        </message>
        <message>
            <source>write the whole workspace as JSON</source>
            <translation>skriv hela arbetsytan som JSON</translation>
        </message>
        <message>
            <source>the JSON file to write</source>
            <translation>JSON-filen som ska skrivas</translation>
        </message>
        <message>
            <source>load a JSON export into a new workspace</source>
            <translation>läs in en JSON-export i en ny arbetsyta</translation>
        </message>
        <message>
            <source>the JSON file to read</source>
            <translation>JSON-filen som ska läsas</translation>
        </message>
        <message>
            <source>print a document as PDF</source>
            <translation>skriv ut ett dokument som PDF</translation>
        </message>
        <message>
            <source>a session (session, plan), group (term), cycle, research lesson (observation) or school year like 2025/26 (year); ids come from 'skolgrupp list'</source>
            <translation>en träff (session, plan), grupp (term), cykel (cycle), forskningslektion (observation) eller ett läsår som 2025/26 (year); id:n kommer från 'skolgrupp list'</translation>
        </message>
        <message>
            <source>the PDF to write</source>
            <translation>PDF-filen som ska skrivas</translation>
        </message>
        <message>
            <source>term: first day</source>
            <translation>term: första dagen</translation>
        </message>
        <message>
            <source>term: last day</source>
            <translation>term: sista dagen</translation>
        </message>
        <message>
            <source>year: only schools of this kind of owner</source>
            <translation>year: bara skolor med den här sortens huvudman</translation>
        </message>
        <message>
            <source>observation: whose sheet it is</source>
            <translation>observation: vems schema det är</translation>
        </message>
        <message>
            <source>merge a colleague's copy into the workspace</source>
            <translation>slå ihop en kollegas kopia med arbetsytan</translation>
        </message>
        <message>
            <source>the file to merge from</source>
            <translation>filen att slå ihop från</translation>
        </message>
        <message>
            <source>only show what would change</source>
            <translation>visa bara vad som skulle ändras</translation>
        </message>
        <message>
            <source>apply without asking, deletions included (for scripts)</source>
            <translation>slå ihop utan att fråga, borttagningar också (för skript)</translation>
        </message>
        <message>
            <source>put the workspace back as it was before its last merge</source>
            <translation>återställ arbetsytan som den var före den senaste sammanslagningen</translation>
        </message>
        <message>
            <source>write a group's shared work to a new file</source>
            <translation>skriv en grupps delade arbete till en ny fil</translation>
        </message>
        <message>
            <source>the group to share</source>
            <translation>gruppen som ska delas</translation>
        </message>
        <message>
            <source>the new file to write</source>
            <translation>den nya filen som ska skrivas</translation>
        </message>
        <message>
            <source>share even when the privacy check finds something</source>
            <translation>dela även om integritetskontrollen hittar något</translation>
        </message>
        <message>
            <source>lock the file with a passphrase (asked for; read from standard input when that is not a terminal)</source>
            <translation>lås filen med en lösenfras (frågas efter; läses från standard in när det inte är en terminal)</translation>
        </message>
        <message>
            <source>write the workspace in a locked shared file to a plain file</source>
            <translation>skriv arbetsytan i en låst delad fil till en vanlig fil</translation>
        </message>
        <message>
            <source>the locked shared file</source>
            <translation>den låsta delade filen</translation>
        </message>
        <message>
            <source>Copies made before (backups, saved copies, files shared with colleagues) are not changed; a colleague's copy learns of the erasure when it is merged.</source>
            <translation>Kopior som gjorts tidigare (säkerhetskopior, sparade kopior, filer som delats med kollegor) ändras inte; en kollegas kopia får veta om gallringen när den slås samman.</translation>
        </message>
        <message>
            <source>Erase them, keeping results and findings? It cannot be undone. [y/N] </source>
            <translation>Gallra dem och behålla resultat och slutsatser? Det går inte att ångra. [j/N] </translation>
        </message>
        <message>
            <source>Erased {predictions} predictions, {observations} observations and {interviews} interviews; the {pupils} case pupils are now called by number, typifying no one.</source>
            <translation>Gallrade {predictions} förutsägelser, {observations} observationer och {interviews} intervjuer; de {pupils} falleleverna heter nu efter nummer och representerar ingen.</translation>
        </message>
        <message>
            <source>Give either a cycle's id or --due.</source>
            <translation>Ange antingen en cykels id eller --due.</translation>
        </message>
        <message>
            <source>No cycle is due for erasure.</source>
            <translation>Ingen cykel är på tur att gallras.</translation>
        </message>
        <message>
            <source>Nothing was erased: confirm with --yes.</source>
            <translation>Inget gallrades: bekräfta med --yes.</translation>
        </message>
        <message>
            <source>Removed {name}, which still held them.</source>
            <translation>Tog bort {name}, som fortfarande innehöll dem.</translation>
        </message>
        <message>
            <source>due this many days after the cycle finished (default 365)</source>
            <translation>på tur så många dagar efter att cykeln avslutades (förval 365)</translation>
        </message>
        <message>
            <source>erase a finished cycle's case-pupil details (predictions, observations, interviews); results and findings stay</source>
            <translation>gallra uppgifterna om fallelever i en avslutad cykel (förutsägelser, observationer, intervjuer); resultat och slutsatser finns kvar</translation>
        </message>
        <message>
            <source>erase without asking (for scripts)</source>
            <translation>gallra utan att fråga (för skript)</translation>
        </message>
        <message>
            <source>only list the finished cycles whose details are due to be erased</source>
            <translation>lista bara de avslutade cykler vars uppgifter är på tur att gallras</translation>
        </message>
        <message>
            <source>the cycle; ids come from 'skolgrupp list FILE cycles'</source>
            <translation>cykeln; id:n kommer från 'skolgrupp list FILE cycles'</translation>
        </message>
        <message>
            <source>{id}  finished {date}  {title}</source>
            <translation>{id}  avslutad {date}  {title}</translation>
        </message>
        <message>
            <source>{title}, finished {date}: {pupils} case pupils, {predictions} predictions, {observations} observations, {interviews} interviews.</source>
            <translation>{title}, avslutad {date}: {pupils} fallelever, {predictions} förutsägelser, {observations} observationer, {interviews} intervjuer.</translation>
        </message>
        <message>
            <source>The document holds what may be pupils' personal data; it is written all the same:</source>
            <translation>Dokumentet innehåller något som kan vara elevers personuppgifter; det skrivs ändå:</translation>
        </message>
        <message>
            <source>{where}: {what} "{text}"</source>
            <translation>{where}: {what} ”{text}”</translation>
        </message>
        <message>
            <source>The privacy check found nothing.</source>
            <translation>Integritetskontrollen hittade ingenting.</translation>
        </message>
        <message>
            <source>The privacy check found what may be pupils' personal data:</source>
            <translation>Integritetskontrollen hittade något som kan vara elevers personuppgifter:</translation>
        </message>
        <message>
            <source>list what looks like pupils' names or personal identity numbers in the workspace</source>
            <translation>lista det som ser ut som elevers namn eller personnummer i arbetsytan</translation>
        </message>
    </context>
    <context>
        <name>csv</name>
        <message>
            <source>{name} is too large for a list of people.</source>
            <translation>{name} är för stor för att vara en lista över personer.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} är tom.</translation>
        </message>
        <message>
            <source>{name} has no column called Namn (or Name) in its first row.</source>
            <translation>{name} har ingen kolumn som heter Namn (eller Name) i första raden.</translation>
        </message>
        <message>
            <source>The name is missing.</source>
            <translation>Namnet saknas.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>Namnet är för långt.</translation>
        </message>
        <message>
            <source>The e-mail address does not look right.</source>
            <translation>E-postadressen ser inte rätt ut.</translation>
        </message>
        <message>
            <source>Unknown role: {role}.</source>
            <translation>Okänd roll: {role}.</translation>
        </message>
        <message>
            <source>Unknown school owner: {owner}.</source>
            <translation>Okänd huvudman: {owner}.</translation>
        </message>
        <message>
            <source>Already in the workspace.</source>
            <translation>Finns redan i arbetsytan.</translation>
        </message>
    </context>
    <context>
        <name>cycles</name>
        <message>
            <source>Study and plan</source>
            <translation>Studera och planera</translation>
        </message>
        <message>
            <source>Research lesson 1</source>
            <translation>Forskningslektion 1</translation>
        </message>
        <message>
            <source>Post-lesson discussion 1</source>
            <translation>Eftersamtal 1</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Revidera</translation>
        </message>
        <message>
            <source>Research lesson 2</source>
            <translation>Forskningslektion 2</translation>
        </message>
        <message>
            <source>Post-lesson discussion 2</source>
            <translation>Eftersamtal 2</translation>
        </message>
        <message>
            <source>Document and share</source>
            <translation>Dokumentera och dela</translation>
        </message>
        <message>
            <source>Object of learning and pre-test</source>
            <translation>Lärandeobjekt och förtest</translation>
        </message>
        <message>
            <source>Plan the patterns of variation</source>
            <translation>Planera variationsmönster</translation>
        </message>
        <message>
            <source>Research lesson 1 and post-test</source>
            <translation>Forskningslektion 1 och eftertest</translation>
        </message>
        <message>
            <source>Analyse and revise</source>
            <translation>Analysera och revidera</translation>
        </message>
        <message>
            <source>Research lesson 2 with another pupil group</source>
            <translation>Forskningslektion 2 med en annan elevgrupp</translation>
        </message>
        <message>
            <source>Delayed post-test</source>
            <translation>Fördröjt eftertest</translation>
        </message>
        <message>
            <source>A: read and prepare on your own</source>
            <translation>A: läs och förbered dig på egen hand</translation>
        </message>
        <message>
            <source>B: discuss and plan together</source>
            <translation>B: diskutera och planera tillsammans</translation>
        </message>
        <message>
            <source>C: try it in class</source>
            <translation>C: pröva i klassrummet</translation>
        </message>
        <message>
            <source>D: follow up together</source>
            <translation>D: följ upp tillsammans</translation>
        </message>
        <message>
            <source>Pupil {letter}</source>
            <translation>Elev {letter}</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>{name} already exists. Do you want to replace it?</source>
            <translation>{name} finns redan. Vill du ersätta den?</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The disk is full. The last change was not saved. Free some space and open {name} again: Skolgrupp then puts it back as it was. Do not copy the file before that.</source>
            <translation>Disken är full. Den senaste ändringen sparades inte. Frigör utrymme och öppna {name} igen: då återställer Skolgrupp filen som den var. Kopiera inte filen innan dess.</translation>
        </message>
        <message>
            <source>{name} is not a workspace exactly as Skolgrupp writes it, so it was not opened. Another program may have changed it; open a backup copy instead.</source>
            <translation>{name} är inte en arbetsyta precis som Skolgrupp skriver den, så den öppnades inte. Ett annat program kan ha ändrat den; öppna en säkerhetskopia i stället.</translation>
        </message>
        <message>
            <source>It is still being written by another program, or its writing was interrupted. Wait until it is done and try again; if this goes on, ask for a new copy.</source>
            <translation>Ett annat program skriver fortfarande filen, eller så avbröts skrivningen. Vänta tills den är klar och försök igen; om det fortsätter, be om en ny kopia.</translation>
        </message>
        <message>
            <source>Beside it is {name}, which is not an ordinary file: remove it.</source>
            <translation>Bredvid den ligger {name}, som inte är en vanlig fil: ta bort den.</translation>
        </message>
        <message>
            <source>Some of its text cannot be read.</source>
            <translation>En del av texten i den går inte att läsa.</translation>
        </message>
        <message>
            <source>The history of some records cannot be read.</source>
            <translation>Historiken för några poster går inte att läsa.</translation>
        </message>
        <message>
            <source>The folder does not exist.</source>
            <translation>Mappen finns inte.</translation>
        </message>
        <message>
            <source>It is a folder.</source>
            <translation>Det är en mapp.</translation>
        </message>
        <message>
            <source>You have no permission to write there.</source>
            <translation>Du har inte behörighet att skriva där.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>Namnet är för långt.</translation>
        </message>
        <message>
            <source>It is not an ordinary file.</source>
            <translation>Det är ingen vanlig fil.</translation>
        </message>
        <message>
            <source>It is the open workspace itself.</source>
            <translation>Det är själva den öppna arbetsytan.</translation>
        </message>
        <message>
            <source>{name} is not a Skolgrupp workspace.</source>
            <translation>{name} är ingen arbetsyta från Skolgrupp.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Skolgrupp (file format {found}). Update Skolgrupp to change it; this version can only show it.</source>
            <translation>{name} är skapad av en nyare version av Skolgrupp (filformat {found}). Uppdatera Skolgrupp för att ändra i den; den här versionen kan bara visa den.</translation>
        </message>
        <message>
            <source>{name} cannot be used. {reason}</source>
            <translation>{name} kan inte användas. {reason}</translation>
        </message>
        <message>
            <source>{name} is in use by another program. Close it there and try again.</source>
            <translation>{name} används av ett annat program. Stäng den där och försök igen.</translation>
        </message>
        <message>
            <source>{name} is read-only, so nothing can be changed in it. Save a copy somewhere you can write, or change the file's permissions.</source>
            <translation>{name} är skrivskyddad, så inget kan ändras i den. Spara en kopia där du kan skriva, eller ändra filens behörigheter.</translation>
        </message>
        <message>
            <source>The disk is full. The last change was not saved; the workspace is as it was before. Free some space and try again.</source>
            <translation>Disken är full. Den senaste ändringen sparades inte; arbetsytan är som den var innan. Frigör utrymme och försök igen.</translation>
        </message>
        <message>
            <source>The disk is full, so {name} was not written. Free some space and try again.</source>
            <translation>Disken är full, så {name} skrevs inte. Frigör utrymme och försök igen.</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read safely. Open a backup copy instead; the damaged file has not been changed.</source>
            <translation>{name} är skadad och kan inte läsas säkert. Öppna en säkerhetskopia i stället; den skadade filen har inte ändrats.</translation>
        </message>
        <message>
            <source>{name} was not closed properly, and it cannot be repaired where it is because it is read-only. Copy it together with the file {name}-journal beside it to a folder where you can write, and open the copy.</source>
            <translation>{name} stängdes inte ordentligt och kan inte lagas där den ligger eftersom den är skrivskyddad. Kopiera den tillsammans med filen {name}-journal bredvid till en mapp där du kan skriva, och öppna kopian.</translation>
        </message>
        <message>
            <source>{name} could not be opened.</source>
            <translation>{name} kunde inte öppnas.</translation>
        </message>
        <message>
            <source>{name} could not be written.</source>
            <translation>{name} kunde inte skrivas.</translation>
        </message>
        <message>
            <source>{name} already exists. Choose another name, or open the existing file.</source>
            <translation>{name} finns redan. Välj ett annat namn eller öppna den befintliga filen.</translation>
        </message>
        <message>
            <source>Nothing with the id {id} is in this workspace.</source>
            <translation>Det finns inget med id {id} i arbetsytan.</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>Filen finns inte.</translation>
        </message>
        <message>
            <source>You have no permission to read it.</source>
            <translation>Du har inte behörighet att läsa den.</translation>
        </message>
        <message>
            <source>Reading it took far too long.</source>
            <translation>Det tog alldeles för lång tid att läsa den.</translation>
        </message>
        <message>
            <source>It holds a value far larger than Skolgrupp writes.</source>
            <translation>Den innehåller ett värde som är mycket större än något Skolgrupp skriver.</translation>
        </message>
        <message>
            <source>It is not a workspace exactly as Skolgrupp writes it.</source>
            <translation>Den är inte en arbetsyta precis så som Skolgrupp skriver den.</translation>
        </message>
        <message>
            <source>It is damaged.</source>
            <translation>Den är skadad.</translation>
        </message>
        <message>
            <source>It is far larger than a workspace gets.</source>
            <translation>Den är mycket större än en arbetsyta blir.</translation>
        </message>
        <message>
            <source>It was made by a newer version of Skolgrupp (file format {found}). Update Skolgrupp to use it.</source>
            <translation>Den är gjord av en nyare version av Skolgrupp (filformat {found}). Uppdatera Skolgrupp för att kunna använda den.</translation>
        </message>
        <message>
            <source>It may belong to another program.</source>
            <translation>Den kan höra till ett annat program.</translation>
        </message>
        <message>
            <source>The file is shorter than it should be.</source>
            <translation>Filen är kortare än den ska vara.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Filen är tom.</translation>
        </message>
        <message>
            <source>It has no format version.</source>
            <translation>Den saknar formatversion.</translation>
        </message>
        <message>
            <source>Its format version is wrong.</source>
            <translation>Dess formatversion är fel.</translation>
        </message>
        <message>
            <source>It could not be read back.</source>
            <translation>Den gick inte att läsa tillbaka.</translation>
        </message>
        <message>
            <source>Something went wrong in Skolgrupp. Your workspace is safe: everything saved before is still there. Please send the report below to whoever supports Skolgrupp for you.</source>
            <translation>Något gick fel i Skolgrupp. Din arbetsyta är i säkerhet: allt som sparats finns kvar. Skicka rapporten nedan till den som ger dig stöd med Skolgrupp.</translation>
        </message>
        <message>
            <source>{name} is a shared file locked with a passphrase. Enter its passphrase.</source>
            <translation>{name} är en delad fil som är låst med en lösenfras. Skriv in lösenfrasen.</translation>
        </message>
        <message>
            <source>The passphrase does not open {name}. Check it with whoever sent the file; if it is right, the file was changed or damaged on the way.</source>
            <translation>Lösenfrasen öppnar inte {name}. Kontrollera den med den som skickade filen; om den stämmer har filen ändrats eller skadats på vägen.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {n} characters; a short sentence is best.</source>
            <translation>En lösenfras behöver minst {n} tecken; en kort mening är bäst.</translation>
        </message>
        <message>
            <source>It was locked by a newer version of Skolgrupp.</source>
            <translation>Den låstes av en nyare version av Skolgrupp.</translation>
        </message>
        <message>
            <source>It holds values a workspace does not allow.</source>
            <translation>Den innehåller värden som en arbetsyta inte tillåter.</translation>
        </message>
        <message>
            <source>The workspace changed while the merge was being looked at, so nothing was merged. Merge the file again to see what it would change now.</source>
            <translation>Arbetsytan ändrades medan sammanslagningen visades, så inget slogs ihop. Slå ihop filen igen för att se vad den skulle ändra nu.</translation>
        </message>
        <message>
            <source>The last merge cannot be undone: there was none, or the workspace has changed since.</source>
            <translation>Den senaste sammanslagningen kan inte ångras: det finns ingen, eller så har arbetsytan ändrats sedan dess.</translation>
        </message>
        <message>
            <source>It is the locked file itself.</source>
            <translation>Det är själva den låsta filen.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>answer</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>class</source>
            <translation>klass</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kod</translation>
        </message>
        <message>
            <source>correct answers</source>
            <translation>rätta svar</translation>
        </message>
        <message>
            <source>kind of cycle</source>
            <translation>sorts cykel</translation>
        </message>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>description</source>
            <translation>beskrivning</translation>
        </message>
        <message>
            <source>post-lesson discussion</source>
            <translation>eftersamtal</translation>
        </message>
        <message>
            <source>done</source>
            <translation>klar</translation>
        </message>
        <message>
            <source>due</source>
            <translation>klart senast</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuter</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <source>ends</source>
            <translation>slutar</translation>
        </message>
        <message>
            <source>findings</source>
            <translation>resultat</translation>
        </message>
        <message>
            <source>format</source>
            <translation>form</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>årskurs</translation>
        </message>
        <message>
            <source>research lesson</source>
            <translation>forskningslektion</translation>
        </message>
        <message>
            <source>joined</source>
            <translation>gick med</translation>
        </message>
        <message>
            <source>label</source>
            <translation>benämning</translation>
        </message>
        <message>
            <source>object of learning</source>
            <translation>lärandeobjekt</translation>
        </message>
        <message>
            <source>left</source>
            <translation>lämnade</translation>
        </message>
        <message>
            <source>long-term goal</source>
            <translation>långsiktigt mål</translation>
        </message>
        <message>
            <source>points</source>
            <translation>poäng</translation>
        </message>
        <message>
            <source>module</source>
            <translation>modul</translation>
        </message>
        <message>
            <source>name</source>
            <translation>namn</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>anteckningar</translation>
        </message>
        <message>
            <source>school owner</source>
            <translation>huvudman</translation>
        </message>
        <message>
            <source>part</source>
            <translation>del</translation>
        </message>
        <message>
            <source>place</source>
            <translation>plats</translation>
        </message>
        <message>
            <source>plan</source>
            <translation>planering</translation>
        </message>
        <message>
            <source>place in order</source>
            <translation>plats i ordningen</translation>
        </message>
        <message>
            <source>preparation</source>
            <translation>förberedelse</translation>
        </message>
        <message>
            <source>question</source>
            <translation>fråga</translation>
        </message>
        <message>
            <source>pupils</source>
            <translation>elever</translation>
        </message>
        <message>
            <source>how it went</source>
            <translation>så gick det</translation>
        </message>
        <message>
            <source>revision</source>
            <translation>revidering</translation>
        </message>
        <message>
            <source>role</source>
            <translation>roll</translation>
        </message>
        <message>
            <source>score</source>
            <translation>poäng</translation>
        </message>
        <message>
            <source>how the findings were shared</source>
            <translation>hur resultaten delades</translation>
        </message>
        <message>
            <source>school form</source>
            <translation>skolform</translation>
        </message>
        <message>
            <source>time</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>starts</source>
            <translation>börjar</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>ämne</translation>
        </message>
        <message>
            <source>term</source>
            <translation>termin</translation>
        </message>
        <message>
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>title</source>
            <translation>rubrik</translation>
        </message>
        <message>
            <source>typifies</source>
            <translation>representerar</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>synlighet</translation>
        </message>
        <message>
            <source>written</source>
            <translation>skriven</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>borttagen</translation>
        </message>
    </context>
    <context>
        <name>json</name>
        <message>
            <source>{name} is not a text file in UTF-8.</source>
            <translation>{name} är ingen textfil i UTF-8.</translation>
        </message>
        <message>
            <source>{name} is not valid JSON (line {line}, column {column}).</source>
            <translation>{name} är inte giltig JSON (rad {line}, kolumn {column}).</translation>
        </message>
        <message>
            <source>{name} is not a Skolgrupp JSON export.</source>
            <translation>{name} är ingen JSON-export från Skolgrupp.</translation>
        </message>
        <message>
            <source>{name} was exported by a newer version of Skolgrupp. Update Skolgrupp to import it.</source>
            <translation>{name} är exporterad från en nyare version av Skolgrupp. Uppdatera Skolgrupp för att importera den.</translation>
        </message>
        <message>
            <source>{name} holds no records.</source>
            <translation>{name} innehåller inga poster.</translation>
        </message>
        <message>
            <source>Unknown kind of record: {kind}.</source>
            <translation>Okänd sorts post: {kind}.</translation>
        </message>
        <message>
            <source>The records of kind {kind} are not a list.</source>
            <translation>Posterna av sorten {kind} är ingen lista.</translation>
        </message>
        <message>
            <source>A record of kind {kind} does not have the fields of that kind.</source>
            <translation>En post av sorten {kind} har inte de fält som sorten ska ha.</translation>
        </message>
        <message>
            <source>The field {field} of {kind} {id} has the wrong type.</source>
            <translation>Fältet {field} i {kind} {id} har fel typ.</translation>
        </message>
        <message>
            <source>The record {id} of kind {kind} is not valid.</source>
            <translation>Posten {id} av sorten {kind} är inte giltig.</translation>
        </message>
        <message>
            <source>The workspace already holds data. Import into a new, empty workspace file.</source>
            <translation>Arbetsytan innehåller redan data. Importera till en ny, tom arbetsyta.</translation>
        </message>
        <message>
            <source>Some records in the file point to records that are not in it; nothing was imported.</source>
            <translation>Några poster i filen pekar på poster som inte finns i den; inget importerades.</translation>
        </message>
        <message>
            <source>Some records in the file have values a workspace does not allow; nothing was imported.</source>
            <translation>Några poster i filen har värden som en arbetsyta inte tillåter; inget importerades.</translation>
        </message>
    </context>
    <context>
        <name>merge</name>
        <message>
            <source>schools</source>
            <translation>skolor</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personer</translation>
        </message>
        <message>
            <source>groups</source>
            <translation>grupper</translation>
        </message>
        <message>
            <source>memberships</source>
            <translation>medlemskap</translation>
        </message>
        <message>
            <source>goal frameworks</source>
            <translation>målramverk</translation>
        </message>
        <message>
            <source>goals</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>cycles</source>
            <translation>cykler</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>träffar</translation>
        </message>
        <message>
            <source>agenda items</source>
            <translation>dagordningspunkter</translation>
        </message>
        <message>
            <source>attendance marks</source>
            <translation>närvaronoteringar</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>beslut</translation>
        </message>
        <message>
            <source>action items</source>
            <translation>att göra-punkter</translation>
        </message>
        <message>
            <source>reflections</source>
            <translation>reflektioner</translation>
        </message>
        <message>
            <source>answers in reflections</source>
            <translation>svar i reflektioner</translation>
        </message>
        <message>
            <source>commitments</source>
            <translation>åtaganden</translation>
        </message>
        <message>
            <source>goals of sessions</source>
            <translation>träffars mål</translation>
        </message>
        <message>
            <source>goals of reflections</source>
            <translation>reflektioners mål</translation>
        </message>
        <message>
            <source>cycle phases</source>
            <translation>cykelfaser</translation>
        </message>
        <message>
            <source>critical aspects</source>
            <translation>kritiska aspekter</translation>
        </message>
        <message>
            <source>case pupils</source>
            <translation>fallelever</translation>
        </message>
        <message>
            <source>test items</source>
            <translation>testuppgifter</translation>
        </message>
        <message>
            <source>research lessons</source>
            <translation>forskningslektioner</translation>
        </message>
        <message>
            <source>lesson phases</source>
            <translation>lektionsfaser</translation>
        </message>
        <message>
            <source>predictions</source>
            <translation>förutsägelser</translation>
        </message>
        <message>
            <source>observers</source>
            <translation>observatörer</translation>
        </message>
        <message>
            <source>observations</source>
            <translation>observationer</translation>
        </message>
        <message>
            <source>interviews</source>
            <translation>intervjuer</translation>
        </message>
        <message>
            <source>test scores</source>
            <translation>testresultat</translation>
        </message>
        <message>
            <source>class results</source>
            <translation>klassresultat</translation>
        </message>
        <message>
            <source>goals of cycles</source>
            <translation>cyklers mål</translation>
        </message>
        <message>
            <source>{n} new</source>
            <translation>nya: {n}</translation>
        </message>
        <message>
            <source>{n} changed</source>
            <translation>ändrade: {n}</translation>
        </message>
        <message>
            <source>{n} deleted</source>
            <translation>borttagna: {n}</translation>
        </message>
        <message>
            <source>{n} brought back</source>
            <translation>återställda: {n}</translation>
        </message>
        <message>
            <source>{n} changed on both sides (both kept)</source>
            <translation>ändrade på båda håll, båda sparas: {n}</translation>
        </message>
        <message>
            <source>{name} (before merge)</source>
            <translation>{name} (före sammanslagning)</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Borttagen.</translation>
        </message>
    </context>
    <context>
        <name>placement</name>
        <message>
            <source>The workspace is on a network share. If two computers change it at once, changes can be lost: keep it on this computer and share groups as files instead.</source>
            <translation>Arbetsytan ligger på en nätverksenhet. Om två datorer ändrar den samtidigt kan ändringar gå förlorade: ha den på den här datorn och dela grupper som filer i stället.</translation>
        </message>
        <message>
            <source>The workspace is in a folder a sync service copies between computers. If it is changed on two at once, the service makes conflicted copies; Skolgrupp offers to merge them, but keeping it on this computer is safer.</source>
            <translation>Arbetsytan ligger i en mapp som en synktjänst kopierar mellan datorer. Om den ändras på två datorer samtidigt gör tjänsten konfliktkopior; Skolgrupp erbjuder sig att slå ihop dem, men det är säkrare att ha den på den här datorn.</translation>
        </message>
        <message>
            <source>The workspace is on removable media. Do not take the USB stick out while Skolgrupp is open; save a copy on this computer now and then.</source>
            <translation>Arbetsytan ligger på ett flyttbart minne. Ta inte ut USB-minnet medan Skolgrupp är öppet; spara en kopia på den här datorn då och då.</translation>
        </message>
    </context>
    <context>
        <name>places</name>
        <message>
            <source>That text is no longer in the workspace.</source>
            <translation>Den texten finns inte längre i arbetsytan.</translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>The label contains what looks like a personal identity number. Use a pseudonym such as "Elev A".</source>
            <translation>Beteckningen innehåller något som liknar ett personnummer. Använd en pseudonym som "Elev A".</translation>
        </message>
        <message>
            <source>The label looks like a real name. Use a pseudonym such as "Elev A".</source>
            <translation>Beteckningen liknar ett riktigt namn. Använd en pseudonym som "Elev A".</translation>
        </message>
    </context>
    <context>
        <name>privacy rules</name>
        <message>
            <source>Private reflections stay on this computer</source>
            <translation>Privata reflektioner stannar på den här datorn</translation>
        </message>
        <message>
            <source>A private reflection is yours alone. It never goes into a shared file, locked or not, nor into a printed document or a log, whatever else you share. The privacy check still reads it when it lists the whole workspace, so that you notice a pupil's name you wrote in it; it never stops you sharing or printing for that, as the reflection does not go along.</source>
            <translation>En privat reflektion är bara din. Den kommer aldrig med i en delad fil, låst eller inte, och aldrig i ett utskrivet dokument eller en logg, vad du än delar. Integritetskontrollen läser den ändå när den går igenom hela arbetsytan, så att du märker om du har skrivit en elevs namn i den. Den hindrar dig aldrig från att dela eller skriva ut för den sakens skull, eftersom reflektionen inte följer med.</translation>
        </message>
        <message>
            <source>What a shared file contains</source>
            <translation>Vad en delad fil innehåller</translation>
        </message>
        <message>
            <source>Sharing a group writes a new file with that group's work only: its sessions with agendas, minutes, decisions and action items, the shared reflections, what members will try, its cycles, and the people, schools and goals these name. Other groups and private reflections are never in it. Deleted records go along without their words, so that a colleague's copy learns they were deleted.</source>
            <translation>När du delar en grupp skrivs en ny fil med bara den gruppens arbete: träffarna med dagordning, minnesanteckningar, beslut och att göra-punkter, de delade reflektionerna, vad medlemmarna ska pröva, gruppens cykler samt de personer, skolor och mål som nämns där. Andra grupper och privata reflektioner finns aldrig med. Det som har tagits bort följer med utan sin text, så att en kollegas kopia får veta att det är borttaget.</translation>
        </message>
        <message>
            <source>What a locked file protects against</source>
            <translation>Vad en låst fil skyddar mot</translation>
        </message>
        <message>
            <source>A file locked with a passphrase cannot be read by anyone who gets hold of it without the passphrase: an e-mail sent to the wrong person, a lost USB stick, a shared folder too many can open. It does not protect against those you give the passphrase to, so send the passphrase another way than the file. Lock every file with notes about pupils in special support.</source>
            <translation>En fil som är låst med en lösenfras kan inte läsas av den som får tag i den utan lösenfrasen: ett mejl till fel person, ett borttappat USB-minne, en delad mapp som för många kan öppna. Den skyddar inte mot dem du ger lösenfrasen till, så berätta lösenfrasen på annat sätt än med filen. Lås alltid en fil med anteckningar om elever i behov av särskilt stöd.</translation>
        </message>
        <message>
            <source>Case pupils go by pseudonyms</source>
            <translation>Fallelever har pseudonymer</translation>
        </message>
        <message>
            <source>A case pupil is written about as "Elev A", with a description of the group of learners the pupil stands for, never by name or personal identity number. Notes about pupils in special support can be sensitive personal data, and a pseudonym is still personal data: write what the work needs, no more.</source>
            <translation>En fallelev kallas till exempel ”Elev A” och beskrivs med vilka elever hen representerar, aldrig med namn eller personnummer. Anteckningar om elever i behov av särskilt stöd kan vara känsliga personuppgifter, och en pseudonym är fortfarande en personuppgift: skriv det som arbetet behöver, inte mer.</translation>
        </message>
        <message>
            <source>What the privacy check reads, and why</source>
            <translation>Vad integritetskontrollen läser, och varför</translation>
        </message>
        <message>
            <source>A personal identity number identifies a pupil wherever it is written, so every text is checked for one. Names are looked for only where you write about pupils: case pupils, predictions, observations, interviews, minutes and decisions, post-lesson discussions, reflections, action items and reports from class. Elsewhere (titles, places, goals) a name is a colleague's, a school's or an author's. The names of the people in the workspace are never pupils' names, also in forms such as "Fatimas". The check runs before you share a group and before you print a document, on what that file will contain.</source>
            <translation>Ett personnummer pekar ut en elev var det än står, så alla texter kontrolleras för personnummer. Namn letas bara efter där du skriver om elever: fallelever, förutsägelser, observationer, intervjuer, minnesanteckningar och beslut, eftersamtal, reflektioner, att göra-punkter och rapporter från klassrummet. På andra ställen (rubriker, platser, mål) är ett namn en kollegas, en skolas eller en författares. Namnen på personerna i arbetsytan räknas aldrig som elevers namn, inte heller i former som ”Fatimas”. Kontrollen görs innan du delar en grupp och innan du skriver ut ett dokument, på det som filen kommer att innehålla.</translation>
        </message>
        <message>
            <source>A finding you have looked at stays quiet</source>
            <translation>Det du har markerat som inte en elev visas inte igen</translation>
        </message>
        <message>
            <source>When you mark a finding as not a pupil, the check stays quiet about that text in that place, and only there: written anywhere else, it is found again. Your word goes along when you share the group, so colleagues are not asked again; about a private reflection it stays on this computer, as the reflection does.</source>
            <translation>När du markerar att något som kontrollen hittat inte är en elev, visas den texten inte igen på just det stället, men bara där: står den någon annanstans hittas den igen. Din markering följer med när du delar gruppen, så att dina kollegor inte behöver ta ställning en gång till. En markering i en privat reflektion stannar på den här datorn, precis som reflektionen.</translation>
        </message>
        <message>
            <source>Pupil details of finished cycles are erased</source>
            <translation>Elevuppgifter i avslutade cykler gallras</translation>
        </message>
        <message>
            <source>Notes about pupils are kept no longer than the work needs. Some time after a cycle is finished (a year, unless your school decides otherwise), what it says about its case pupils is erased: whom they stand for, the predictions, observations and interviews. The case pupils are then called by number, and the cycle with its results and findings is kept.</source>
            <translation>Anteckningar om elever sparas inte längre än arbetet behöver. En tid efter att en cykel är avslutad (ett år, om inte skolan bestämmer något annat) gallras det som står om fallelever: vilka elever de representerar, förutsägelserna, observationerna och intervjuerna. Fallelever får då nummer i stället, och cykeln sparas med sina resultat och slutsatser.</translation>
        </message>
    </context>
    <context>
        <name>privacy scan</name>
        <message>
            <source>Personal identity number</source>
            <translation>Personnummer</translation>
        </message>
        <message>
            <source>Personal identity number (check digit wrong)</source>
            <translation>Personnummer (fel kontrollsiffra)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
    </context>
    <context>
        <name>privacy_findings</name>
        <message>
            <source>It is not a pupil</source>
            <translation>Det är inte en elev</translation>
        </message>
    </context>
    <context>
        <name>prompts</name>
        <message>
            <source>What happened when you tried the activity?</source>
            <translation>Vad hände när du prövade aktiviteten?</translation>
        </message>
        <message>
            <source>What did the pupils learn, and how do you know?</source>
            <translation>Vad lärde sig eleverna, och hur vet du det?</translation>
        </message>
        <message>
            <source>What do you take with you to the next session?</source>
            <translation>Vad tar du med dig till nästa träff?</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Research lesson {number}</source>
            <translation>Forskningslektion {number}</translation>
        </message>
        <message>
            <source>no date set</source>
            <translation>inget datum satt</translation>
        </message>
        <message>
            <source>taught by {name}</source>
            <translation>undervisad av {name}</translation>
        </message>
        <message>
            <source>class {name}</source>
            <translation>klass {name}</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>{change} pp</source>
            <translation>{change} pe</translation>
        </message>
        <message>
            <source>Cycle report</source>
            <translation>Cykelrapport</translation>
        </message>
        <message>
            <source>What the cycle is about</source>
            <translation>Vad cykeln handlar om</translation>
        </message>
        <message>
            <source>Research question</source>
            <translation>Forskningsfråga</translation>
        </message>
        <message>
            <source>No research question written.</source>
            <translation>Ingen forskningsfråga skriven.</translation>
        </message>
        <message>
            <source>Object of learning</source>
            <translation>Lärandeobjekt</translation>
        </message>
        <message>
            <source>No object of learning written.</source>
            <translation>Inget lärandeobjekt skrivet.</translation>
        </message>
        <message>
            <source>Long-term goal</source>
            <translation>Långsiktigt mål</translation>
        </message>
        <message>
            <source>No long-term goal written.</source>
            <translation>Inget långsiktigt mål skrivet.</translation>
        </message>
        <message>
            <source>Critical aspects</source>
            <translation>Kritiska aspekter</translation>
        </message>
        <message>
            <source>No critical aspects.</source>
            <translation>Inga kritiska aspekter.</translation>
        </message>
        <message>
            <source>Test items</source>
            <translation>Testuppgifter</translation>
        </message>
        <message>
            <source>Test item</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>Critical aspect</source>
            <translation>Kritisk aspekt</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <source>Case pupils</source>
            <translation>Fallelever</translation>
        </message>
        <message>
            <source>Case pupil</source>
            <translation>Fallelev</translation>
        </message>
        <message>
            <source>Typifies</source>
            <translation>Representerar</translation>
        </message>
        <message>
            <source>No case pupils.</source>
            <translation>Inga fallelever.</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Faser</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Slutar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No phases.</source>
            <translation>Inga faser.</translation>
        </message>
        <message>
            <source>Research lessons</source>
            <translation>Forskningslektioner</translation>
        </message>
        <message>
            <source>No research lessons yet.</source>
            <translation>Inga forskningslektioner än.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planering</translation>
        </message>
        <message>
            <source>No plan written.</source>
            <translation>Ingen planering skriven.</translation>
        </message>
        <message>
            <source>Phase of the lesson</source>
            <translation>Lektionens fas</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuter</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Vad som händer</translation>
        </message>
        <message>
            <source>What changed and why</source>
            <translation>Vad som ändrades och varför</translation>
        </message>
        <message>
            <source>No revision written.</source>
            <translation>Ingen revidering skriven.</translation>
        </message>
        <message>
            <source>Post-lesson discussion</source>
            <translation>Eftersamtal</translation>
        </message>
        <message>
            <source>No post-lesson discussion written.</source>
            <translation>Inget eftersamtal skrivet.</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Intervjuer</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>No interviews.</source>
            <translation>Inga intervjuer.</translation>
        </message>
        <message>
            <source>Observations per case pupil</source>
            <translation>Observationer per fallelev</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Predicted</source>
            <translation>Förutsagt</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Observerat</translation>
        </message>
        <message>
            <source>No observations of this pupil.</source>
            <translation>Inga observationer av den här eleven.</translation>
        </message>
        <message>
            <source>Pre- and post-test results</source>
            <translation>Resultat på för- och eftertest</translation>
        </message>
        <message>
            <source>No test results yet.</source>
            <translation>Inga testresultat än.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Förtest</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Eftertest</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Förändring</translation>
        </message>
        <message>
            <source>Delayed post-test</source>
            <translation>Fördröjt eftertest</translation>
        </message>
        <message>
            <source>The class, aspect {number}: {aspect}</source>
            <translation>Klassen, aspekt {number}: {aspect}</translation>
        </message>
        <message>
            <source>The class, items without an aspect</source>
            <translation>Klassen, uppgifter utan aspekt</translation>
        </message>
        <message>
            <source>The class, all items</source>
            <translation>Klassen, alla uppgifter</translation>
        </message>
        <message>
            <source>No test results for this lesson.</source>
            <translation>Inga testresultat för den här lektionen.</translation>
        </message>
        <message>
            <source>Shares of what could be scored. The change is in percentage points (pp), from the pre-test to the post-test.</source>
            <translation>Andelar av möjliga poäng. Förändringen anges i procentenheter (pe), från förtest till eftertest.</translation>
        </message>
        <message>
            <source>Case pupils before and after</source>
            <translation>Fallelever före och efter</translation>
        </message>
        <message>
            <source>lesson {number}</source>
            <translation>lektion {number}</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Resultat och slutsatser</translation>
        </message>
        <message>
            <source>No findings written yet.</source>
            <translation>Inga resultat nedskrivna än.</translation>
        </message>
        <message>
            <source>How the findings were shared</source>
            <translation>Så delades resultaten</translation>
        </message>
        <message>
            <source>Not written yet.</source>
            <translation>Inte skrivet än.</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>No goals linked.</source>
            <translation>Inga mål kopplade.</translation>
        </message>
        <message>
            <source>Observation sheet</source>
            <translation>Observationsschema</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observatör</translation>
        </message>
        <message>
            <source>Case pupils to observe</source>
            <translation>Fallelever att observera</translation>
        </message>
        <message>
            <source>What each pupil does, phase by phase</source>
            <translation>Vad varje elev gör, fas för fas</translation>
        </message>
        <message>
            <source>The lesson has no phases planned yet.</source>
            <translation>Lektionen har inga planerade faser än.</translation>
        </message>
        <message>
            <source>In small print: how the group expects the pupil to respond. Write what the pupil says and does below it.</source>
            <translation>Med liten stil: hur gruppen förutser att eleven reagerar. Skriv nedanför vad eleven säger och gör.</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minuter</translation>
        </message>
        <message>
            <source>(continued after the table, note {n})</source>
            <translation>(fortsätter efter tabellen, not {n})</translation>
        </message>
        <message>
            <source>Note {n}, continued:</source>
            <translation>Not {n}, fortsättning:</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>sida {page} av {pages}</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Utskrivet {date}</translation>
        </message>
        <message>
            <source>{date}, week {week}</source>
            <translation>{date}, vecka {week}</translation>
        </message>
        <message>
            <source>{start}, {minutes} minutes</source>
            <translation>{start}, {minutes} minuter</translation>
        </message>
        <message>
            <source>module {module}, part {part}</source>
            <translation>modul {module}, del {part}</translation>
        </message>
        <message>
            <source>module {module}</source>
            <translation>modul {module}</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>Sammanfattning av träffen</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Frånvarande</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Anmält förhinder</translation>
        </message>
        <message>
            <source>Agenda and minutes</source>
            <translation>Dagordning och minnesanteckningar</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Leds av</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>No agenda.</source>
            <translation>Ingen dagordning.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>No decisions.</source>
            <translation>Inga beslut.</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Att göra</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klart</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>No action items.</source>
            <translation>Inga att göra-punkter.</translation>
        </message>
        <message>
            <source>The group's reflections</source>
            <translation>Gruppens reflektioner</translation>
        </message>
        <message>
            <source>No shared reflections on this session.</source>
            <translation>Inga delade reflektioner om den här träffen.</translation>
        </message>
        <message>
            <source>This we will try in class</source>
            <translation>Det här prövar vi i klassrummet</translation>
        </message>
        <message>
            <source>Will try</source>
            <translation>Ska pröva</translation>
        </message>
        <message>
            <source>How it went in class</source>
            <translation>Så gick det i klassrummet</translation>
        </message>
        <message>
            <source>Tried</source>
            <translation>Prövade</translation>
        </message>
        <message>
            <source>How it went</source>
            <translation>Så gick det</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>Planering för träffen</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Förberedelse</translation>
        </message>
        <message>
            <source>No preparation.</source>
            <translation>Ingen förberedelse.</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (forts.)</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>The period ends before it begins.</source>
            <translation>Perioden slutar innan den börjar.</translation>
        </message>
        <message>
            <source>Term report</source>
            <translation>Terminsrapport</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>Genomförda träffar</translation>
        </message>
        <message>
            <source>{count} ({hours})</source>
            <translation>{count} ({hours})</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>Planerade träffar</translation>
        </message>
        <message>
            <source>Sessions cancelled</source>
            <translation>Inställda träffar</translation>
        </message>
        <message>
            <source>Attendance, all members</source>
            <translation>Närvaro, alla medlemmar</translation>
        </message>
        <message>
            <source>{done} done, {open} open, {overdue} overdue</source>
            <translation>{done} klara, {open} öppna, {overdue} försenade</translation>
        </message>
        <message>
            <source>Shared reflections written</source>
            <translation>Skrivna delade reflektioner</translation>
        </message>
        <message>
            <source>Goals worked on</source>
            <translation>Mål som arbetats med</translation>
        </message>
        <message>
            <source>In brief</source>
            <translation>I korthet</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmar</translation>
        </message>
        <message>
            <source>The group has no members.</source>
            <translation>Gruppen har inga medlemmar.</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>från {date}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Skola</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Medlemskap</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Träffar</translation>
        </message>
        <message>
            <source>No sessions in this period.</source>
            <translation>Inga träffar under perioden.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Vecka</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Träff</translation>
        </message>
        <message>
            <source>No sessions held in this period.</source>
            <translation>Inga träffar genomförda under perioden.</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>Alla medlemmar</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <source>Held while a member</source>
            <translation>Genomförda under medlemskapet</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>Attendance per member, share of held sessions</source>
            <translation>Närvaro per medlem, andel av genomförda träffar</translation>
        </message>
        <message>
            <source>No decisions in this period.</source>
            <translation>Inga beslut under perioden.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>No action items in this period.</source>
            <translation>Inga att göra-punkter under perioden.</translation>
        </message>
        <message>
            <source>Every action item is done.</source>
            <translation>Alla att göra-punkter är klara.</translation>
        </message>
        <message>
            <source>{date} (overdue)</source>
            <translation>{date} (försenad)</translation>
        </message>
        <message>
            <source>From session</source>
            <translation>Från träff</translation>
        </message>
        <message>
            <source>Open action items:</source>
            <translation>Öppna att göra-punkter:</translation>
        </message>
        <message>
            <source>Goal coverage</source>
            <translation>Mål som arbetats med</translation>
        </message>
        <message>
            <source>No goals linked in this period.</source>
            <translation>Inga mål kopplade under perioden.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Shared reflections</source>
            <translation>Delade reflektioner</translation>
        </message>
        <message>
            <source>all phases done</source>
            <translation>alla faser klara</translation>
        </message>
        <message>
            <source>Cycles</source>
            <translation>Cykler</translation>
        </message>
        <message>
            <source>The group has no cycles.</source>
            <translation>Gruppen har inga cykler.</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cykel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Sort</translation>
        </message>
        <message>
            <source>Current phase</source>
            <translation>Aktuell fas</translation>
        </message>
        <message>
            <source>Phases done</source>
            <translation>Klara faser</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektioner</translation>
        </message>
        <message>
            <source>{done} of {all}</source>
            <translation>{done} av {all}</translation>
        </message>
        <message>
            <source>A school year is written like 2025/26, with consecutive years, not {text}.</source>
            <translation>Ett läsår skrivs som 2025/26, med på varandra följande år, inte {text}.</translation>
        </message>
        <message>
            <source>A school owner is municipal or independent, not {text}.</source>
            <translation>En huvudman är kommunal eller fristående, inte {text}.</translation>
        </message>
        <message>
            <source>Year summary</source>
            <translation>Årssammanställning</translation>
        </message>
        <message>
            <source>Collegial learning, school year {year}</source>
            <translation>Kollegialt lärande, läsåret {year}</translation>
        </message>
        <message>
            <source>Independent schools</source>
            <translation>Fristående skolor</translation>
        </message>
        <message>
            <source>Municipal schools</source>
            <translation>Kommunala skolor</translation>
        </message>
        <message>
            <source>No schools of this kind.</source>
            <translation>Inga skolor av det här slaget.</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Skolor</translation>
        </message>
        <message>
            <source>Teachers taking part</source>
            <translation>Deltagande lärare</translation>
        </message>
        <message>
            <source>Groups with sessions held</source>
            <translation>Grupper med genomförda träffar</translation>
        </message>
        <message>
            <source>Hours of collegial learning (per teacher)</source>
            <translation>Timmar kollegialt lärande (per lärare)</translation>
        </message>
        <message>
            <source>Cycles completed</source>
            <translation>Avslutade cykler</translation>
        </message>
        <message>
            <source>Cycles in progress</source>
            <translation>Pågående cykler</translation>
        </message>
        <message>
            <source>Next steps open</source>
            <translation>Öppna nästa steg</translation>
        </message>
        <message>
            <source>Per school</source>
            <translation>Per skola</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Skolform</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Lärare</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Träffar med närvaro</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Närvarotillfällen</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Timmar</translation>
        </message>
        <message>
            <source>Sessions attended counts each session once; attendances and hours count each teacher at each held session.</source>
            <translation>Träffar med närvaro räknar varje träff en gång; närvarotillfällen och timmar räknar varje lärare vid varje genomförd träff.</translation>
        </message>
        <message>
            <source>Hours of collegial learning per school</source>
            <translation>Timmar kollegialt lärande per skola</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Grupper</translation>
        </message>
        <message>
            <source>No group held sessions this year.</source>
            <translation>Ingen grupp genomförde träffar under läsåret.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Ämne</translation>
        </message>
        <message>
            <source>Teachers from these schools</source>
            <translation>Lärare från de här skolorna</translation>
        </message>
        <message>
            <source>Hours held</source>
            <translation>Genomförda timmar</translation>
        </message>
        <message>
            <source>Cycles completed, and what they found</source>
            <translation>Avslutade cykler och vad de kom fram till</translation>
        </message>
        <message>
            <source>No cycle was completed this year.</source>
            <translation>Ingen cykel avslutades under läsåret.</translation>
        </message>
        <message>
            <source>completed {date}</source>
            <translation>avslutad {date}</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Delade</translation>
        </message>
        <message>
            <source>No findings written down.</source>
            <translation>Inga resultat nedskrivna.</translation>
        </message>
        <message>
            <source>Next steps (open action items)</source>
            <translation>Nästa steg (öppna att göra-punkter)</translation>
        </message>
        <message>
            <source>No open action items.</source>
            <translation>Inga öppna att göra-punkter.</translation>
        </message>
        <message>
            <source>Focus areas worked on</source>
            <translation>Fokusområden som arbetats med</translation>
        </message>
        <message>
            <source>No goals linked this year.</source>
            <translation>Inga mål kopplade under läsåret.</translation>
        </message>
        <message>
            <source>Focus area</source>
            <translation>Fokusområde</translation>
        </message>
        <message>
            <source>Case pupils' details erased</source>
            <translation>Gallrade uppgifter om fallelever</translation>
        </message>
        <message>
            <source>Case pupils' details erased {date}</source>
            <translation>Uppgifter om fallelever gallrade {date}</translation>
        </message>
        <message>
            <source>What was written about each case pupil is erased; the cycles' results and findings are kept.</source>
            <translation>Det som skrivits om varje fallelev är gallrat; cyklernas resultat och slutsatser finns kvar.</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>The cycle {title} is not finished: its pupil details are erased only once every phase is done or the last phase has ended.</source>
            <translation>Cykeln {title} är inte avslutad: uppgifterna om dess fallelever gallras först när varje fas är klar eller den sista fasen har slutat.</translation>
        </message>
    </context>
    <context>
        <name>share</name>
        <message>
            <source>the group</source>
            <translation>gruppen</translation>
        </message>
        <message>
            <source>a session</source>
            <translation>en träff</translation>
        </message>
        <message>
            <source>an agenda item</source>
            <translation>en dagordningspunkt</translation>
        </message>
        <message>
            <source>a decision</source>
            <translation>ett beslut</translation>
        </message>
        <message>
            <source>an action item</source>
            <translation>en att göra-punkt</translation>
        </message>
        <message>
            <source>a reflection</source>
            <translation>en reflektion</translation>
        </message>
        <message>
            <source>an answer in a reflection</source>
            <translation>ett svar i en reflektion</translation>
        </message>
        <message>
            <source>what a member will try</source>
            <translation>det en medlem ska pröva</translation>
        </message>
        <message>
            <source>a cycle</source>
            <translation>en cykel</translation>
        </message>
        <message>
            <source>a cycle's phase</source>
            <translation>en fas i en cykel</translation>
        </message>
        <message>
            <source>a critical aspect</source>
            <translation>en kritisk aspekt</translation>
        </message>
        <message>
            <source>a case pupil</source>
            <translation>en fallelev</translation>
        </message>
        <message>
            <source>a test item</source>
            <translation>en testuppgift</translation>
        </message>
        <message>
            <source>a research lesson</source>
            <translation>en forskningslektion</translation>
        </message>
        <message>
            <source>a lesson phase</source>
            <translation>en lektionsfas</translation>
        </message>
        <message>
            <source>a prediction</source>
            <translation>en förutsägelse</translation>
        </message>
        <message>
            <source>an observation</source>
            <translation>en observation</translation>
        </message>
        <message>
            <source>an interview</source>
            <translation>en intervju</translation>
        </message>
        <message>
            <source>a school</source>
            <translation>en skola</translation>
        </message>
        <message>
            <source>a person</source>
            <translation>en person</translation>
        </message>
        <message>
            <source>a programme's goals</source>
            <translation>ett programs mål</translation>
        </message>
        <message>
            <source>a goal</source>
            <translation>ett mål</translation>
        </message>
    </context>
    <context>
        <name>sharing</name>
        <message>
            <source>Open locked file</source>
            <translation>Öppna låst fil</translation>
        </message>
        <message>
            <source>{name} is a shared file locked with a passphrase. Its passphrase:</source>
            <translation>{name} är en delad fil som är låst med en lösenfras. Dess lösenfras:</translation>
        </message>
        <message>
            <source>Keep the unlocked workspace as</source>
            <translation>Spara den upplåsta arbetsytan som</translation>
        </message>
        <message>
            <source>{name} (unlocked)</source>
            <translation>{name} (upplåst)</translation>
        </message>
        <message>
            <source>Skolgrupp workspaces (*.skolgrupp)</source>
            <translation>Arbetsytor för Skolgrupp (*.skolgrupp)</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <source>Four-part session (B and D)</source>
            <translation>Träff i fyra delar (B och D)</translation>
        </message>
        <message>
            <source>Welcome and purpose of the session</source>
            <translation>Välkommen och träffens syfte</translation>
        </message>
        <message>
            <source>Follow-up (D): how did it go in class?</source>
            <translation>Uppföljning (D): hur gick det i klassrummet?</translation>
        </message>
        <message>
            <source>Discussion of the text or film (B)</source>
            <translation>Samtal om texten eller filmen (B)</translation>
        </message>
        <message>
            <source>Planning: this I will try</source>
            <translation>Planering: det här ska jag pröva</translation>
        </message>
        <message>
            <source>Summary and next steps</source>
            <translation>Sammanfattning och nästa steg</translation>
        </message>
        <message>
            <source>Lesson study: planning meeting</source>
            <translation>Lesson study: planeringsträff</translation>
        </message>
        <message>
            <source>The focus and what we know about it</source>
            <translation>Fokus och vad vi vet om det</translation>
        </message>
        <message>
            <source>Case pupils and what we predict</source>
            <translation>Fallelever och vad vi förutser</translation>
        </message>
        <message>
            <source>The research lesson, step by step</source>
            <translation>Forskningslektionen steg för steg</translation>
        </message>
        <message>
            <source>Observers and roles</source>
            <translation>Observatörer och roller</translation>
        </message>
        <message>
            <source>Post-lesson discussion</source>
            <translation>Eftersamtal</translation>
        </message>
        <message>
            <source>The teacher's first thoughts</source>
            <translation>Lärarens första tankar</translation>
        </message>
        <message>
            <source>Each case pupil: predicted and observed</source>
            <translation>Varje fallelev: förutsett och observerat</translation>
        </message>
        <message>
            <source>What the pupils learned</source>
            <translation>Vad eleverna lärde sig</translation>
        </message>
        <message>
            <source>What we change for the next lesson</source>
            <translation>Vad vi ändrar till nästa lektion</translation>
        </message>
        <message>
            <source>Free meeting</source>
            <translation>Fri träff</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <source>reading, writing and language</source>
            <translation>läs-, skriv- och språkutveckling</translation>
        </message>
        <message>
            <source>mathematics</source>
            <translation>matematik</translation>
        </message>
        <message>
            <source>special support</source>
            <translation>särskilt stöd</translation>
        </message>
        <message>
            <source>other</source>
            <translation>annat</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planerad</translation>
        </message>
        <message>
            <source>held</source>
            <translation>genomförd</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>inställd</translation>
        </message>
        <message>
            <source>private</source>
            <translation>privat</translation>
        </message>
        <message>
            <source>shared with the group</source>
            <translation>delad med gruppen</translation>
        </message>
        <message>
            <source>teacher</source>
            <translation>lärare</translation>
        </message>
        <message>
            <source>member</source>
            <translation>medlem</translation>
        </message>
        <message>
            <source>group leader</source>
            <translation>samtalsledare</translation>
        </message>
        <message>
            <source>principal</source>
            <translation>rektor</translation>
        </message>
        <message>
            <source>central support</source>
            <translation>centralt stöd</translation>
        </message>
        <message>
            <source>municipal</source>
            <translation>kommunal</translation>
        </message>
        <message>
            <source>independent</source>
            <translation>fristående</translation>
        </message>
        <message>
            <source>preschool</source>
            <translation>förskola</translation>
        </message>
        <message>
            <source>compulsory school</source>
            <translation>grundskola</translation>
        </message>
        <message>
            <source>upper secondary school</source>
            <translation>gymnasieskola</translation>
        </message>
        <message>
            <source>adapted school</source>
            <translation>anpassad skola</translation>
        </message>
        <message>
            <source>session</source>
            <translation>träff</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>dagordningspunkt</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>beslut</translation>
        </message>
        <message>
            <source>action item</source>
            <translation>att göra</translation>
        </message>
        <message>
            <source>reflection</source>
            <translation>reflektion</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>det här ska jag pröva</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>cykel</translation>
        </message>
        <message>
            <source>research lesson</source>
            <translation>forskningslektion</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>observation</translation>
        </message>
        <message>
            <source>lesson study</source>
            <translation>lesson study</translation>
        </message>
        <message>
            <source>learning study</source>
            <translation>learning study</translation>
        </message>
        <message>
            <source>module-based cycle</source>
            <translation>modulbaserad cykel</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>ej påbörjad</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>pågår</translation>
        </message>
        <message>
            <source>done</source>
            <translation>klar</translation>
        </message>
        <message>
            <source>pre-test</source>
            <translation>förtest</translation>
        </message>
        <message>
            <source>post-test</source>
            <translation>eftertest</translation>
        </message>
        <message>
            <source>delayed post-test</source>
            <translation>fördröjt eftertest</translation>
        </message>
    </context>
    <context>
        <name>PrivacyWatch</name>
        <message>
            <source>Keep editing</source>
            <translation>Fortsätt redigera</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Spara ändå</translation>
        </message>
        <message>
            <source>Case pupils are written about under pseudonyms. If this is not about a pupil, save anyway.</source>
            <translation>Om fallelever skriver vi under pseudonym. Om det inte gäller en elev kan du spara ändå.</translation>
        </message>
        <message>
            <source>What you wrote may identify a pupil:</source>
            <translation>Det du skrev kan peka ut en elev:</translation>
        </message>
        <message>
            <source>Text that may identify a pupil</source>
            <translation>Text som kan peka ut en elev</translation>
        </message>
        <message>
            <source>This may identify a pupil. Use a pseudonym such as “Elev A” and no personal identity numbers:</source>
            <translation>Det här kan peka ut en elev. Skriv med pseudonym, till exempel ”Elev A”, och utan personnummer:</translation>
        </message>
        <message>
            <source>…and {n} more</source>
            <translation>…och {n} till</translation>
        </message>
        <message>
            <source>Privacy note</source>
            <translation>Integritetsvarning</translation>
        </message>
    </context>
</TS>
