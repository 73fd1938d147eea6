<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>CreateProgramme</name>
    <message>
        <source>This is a file, not a folder. Choose another name.</source>
        <translation>Dit is een bestand, geen map. Kies een andere naam.</translation>
    </message>
    <message>
        <source>This folder already holds a Duo programme. To work on it, cancel this and choose “Open an existing programme folder…”.</source>
        <translation>Deze map bevat al een Duo-programma. Om eraan te werken, annuleer je dit en kies je “Een bestaande programmamap openen…”.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new folder, or an empty one.</source>
        <translation>Deze map is niet leeg. Kies een nieuwe map, of een lege.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Duo ran into a problem it did not expect. This is a bug in Duo, not something you did; what you saved before is safe. Please send this file to whoever supports Duo for you (it contains no personal data):
{log}</source>
        <translation>Duo liep tegen een probleem aan dat het niet verwachtte. Dit is een fout in Duo, niet iets wat jij deed; wat je eerder opsloeg, is veilig. Stuur dit bestand naar wie Duo voor jou ondersteunt (er staan geen persoonsgegevens in):
{log}</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Duo cannot show this kind of file ({type}). Documents can be shown when they are PDF, Word (DOCX), OpenDocument (ODT) or a picture.</source>
        <translation>Duo kan dit soort bestand niet tonen ({type}). Documenten kunnen getoond worden als ze PDF, Word (DOCX), OpenDocument (ODT) of een afbeelding zijn.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>onbekend type</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or protected by a password. Ask for a new copy of the document.</source>
        <translation>Deze PDF kan niet getoond worden: hij is beschadigd of met een wachtwoord beveiligd. Vraag een nieuw exemplaar van het document.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: it is damaged or of an unknown kind.</source>
        <translation>Deze afbeelding kan niet getoond worden: ze is beschadigd of van een onbekende soort.</translation>
    </message>
    <message>
        <source>This document cannot be shown: it is damaged or not really a Word or OpenDocument file. Open it with a word processor and save it again, or ask for a PDF.</source>
        <translation>Dit document kan niet getoond worden: het is beschadigd of eigenlijk geen Word- of OpenDocument-bestand. Open het met een tekstverwerker en sla het opnieuw op, of vraag een PDF.</translation>
    </message>
</context>
<context>
    <name>EvaluationSettingsPage</name>
    <message>
        <source>&amp;Which form:</source>
        <translation>&amp;Welk formulier:</translation>
    </message>
    <message>
        <source>&amp;Add a question…</source>
        <translation>Vraag &amp;toevoegen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Aanpassen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar bo&amp;ven</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Naar o&amp;nder</translation>
    </message>
    <message>
        <source>Ver&amp;sions…</source>
        <translation>Ver&amp;sies…</translation>
    </message>
    <message>
        <source>Versions of “{name}”</source>
        <translation>Versies van “{name}”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for funders</source>
        <translation>Exporteren voor financiers</translation>
    </message>
    <message>
        <source>One row per participant, duo, meeting, evaluation answer or outcome, with a data dictionary that explains every column. Participants appear by a code that stays the same in every export of this programme: the file is pseudonymised, not anonymous. Only people who consented to reports to funders are in it. Notes, summaries, written answers, contact details and CVs are never exported.</source>
        <translation>Eén rij per deelnemer, duo, ontmoeting, antwoord op een evaluatie of resultaat, met een gegevenswoordenboek dat elke kolom uitlegt. Deelnemers staan erin onder een code die in elke export van dit programma dezelfde blijft: het bestand is gepseudonimiseerd, niet anoniem. Alleen wie toestemming gaf voor rapporten aan financiers staat erin. Notities, verslagen, geschreven antwoorden, contactgegevens en cv&apos;s worden nooit geëxporteerd.</translation>
    </message>
    <message>
        <source>Include given and family &amp;names</source>
        <translation>Voor- en familie&amp;namen opnemen</translation>
    </message>
    <message>
        <source>The file will hold names: it is personal data. Include names only when the funder needs them, send the file over a secure channel, and delete it when it is no longer needed.</source>
        <translation>Het bestand zal namen bevatten: het zijn persoonsgegevens. Neem namen alleen op als de financier ze nodig heeft, verstuur het bestand via een beveiligd kanaal en wis het als het niet meer nodig is.</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV (opent in Excel)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>Semicolon ; (Excel in Belgium)</source>
        <translation>Puntkomma ; (Excel in België)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Every mentee and mentor registered by the end of the period and still on the path at its start.</source>
        <translation>Elke mentee en mentor die ingeschreven was tegen het einde van de periode en bij het begin ervan nog in het traject zat.</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duo&apos;s</translation>
    </message>
    <message>
        <source>Every duo that ran during some of the period.</source>
        <translation>Elk duo dat tijdens (een deel van) de periode liep.</translation>
    </message>
    <message>
        <source>Meetings and short contacts</source>
        <translation>Ontmoetingen en korte contacten</translation>
    </message>
    <message>
        <source>Every meeting and short contact held in the period: date, length, form and domains, never what was said.</source>
        <translation>Elke ontmoeting en elk kort contact in de periode: datum, duur, vorm en domeinen, nooit wat er gezegd werd.</translation>
    </message>
    <message>
        <source>Evaluations (one row per answer)</source>
        <translation>Evaluaties (één rij per antwoord)</translation>
    </message>
    <message>
        <source>Every answer of the evaluations answered in the period, ready for a pivot table; written answers stay out.</source>
        <translation>Elk antwoord van de evaluaties die in de periode ingevuld werden, klaar voor een draaitabel; geschreven antwoorden blijven erbuiten.</translation>
    </message>
    <message>
        <source>Outcomes after the end</source>
        <translation>Resultaten na het einde</translation>
    </message>
    <message>
        <source>Every outcome follow-up (3, 6, 9, 12 months after a duo) recorded in the period.</source>
        <translation>Elke opvolging van het resultaat (3, 6, 9, 12 maanden na een duo) die in de periode genoteerd werd.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Exporting for funders…</source>
        <translation>Exporteren voor financiers…</translation>
    </message>
    <message>
        <source>Exported 1 row to {file}.</source>
        <translation>1 rij geëxporteerd naar {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {file}.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar {file}.</numerusform>
            <numerusform>%n rijen geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data dictionary, which explains every column, is in {file}.</source>
        <translation>Het gegevenswoordenboek, dat elke kolom uitlegt, staat in {file}.</translation>
    </message>
    <message>
        <source>The data dictionary, which explains every column, is the workbook&apos;s second sheet, “Dictionary”.</source>
        <translation>Het gegevenswoordenboek, dat elke kolom uitlegt, is het tweede blad van de werkmap, “Woordenboek”.</translation>
    </message>
    <message numerus="yes">
        <source>%n case files could not be read (damaged, or from a newer Duo): their rows are missing. Check the programme&apos;s files, then export again.</source>
        <translation>
            <numerusform>%n dossier kon niet gelezen worden (beschadigd, of van een nieuwere Duo): de rijen ervan ontbreken. Controleer de bestanden van het programma en exporteer dan opnieuw.</numerusform>
            <numerusform>%n dossiers konden niet gelezen worden (beschadigd, of van een nieuwere Duo): hun rijen ontbreken. Controleer de bestanden van het programma en exporteer dan opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 case file could not be read (damaged, or from a newer Duo): its rows are missing. Check the programme&apos;s files, then export again.</source>
        <translation>1 dossier kon niet gelezen worden (beschadigd, of van een nieuwere Duo): de rijen ervan ontbreken. Controleer de bestanden van het programma en exporteer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPage</name>
    <message>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> dagen zonder contact</translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation>bv. 2026-1</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dagen vooraf</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Geen waarschuwing</translation>
    </message>
    <message>
        <source>Contact within a duo</source>
        <translation>Contact binnen een duo</translation>
    </message>
    <message>
        <source>Mentor and mentee meet or talk &amp;at least:</source>
        <translation>Mentor en mentee &amp;zien of horen elkaar minstens:</translation>
    </message>
    <message>
        <source>A new agreement proposes this; each duo&apos;s agreement can set its own. A duo without an agreement is expected to keep to it too. The quality criteria ask for contact at least every two weeks.</source>
        <translation>Een nieuwe overeenkomst stelt dit voor; de overeenkomst van elk duo kan een eigen ritme vastleggen. Van een duo zonder overeenkomst wordt dit ook verwacht. De kwaliteitscriteria vragen minstens om de twee weken contact.</translation>
    </message>
    <message>
        <source>A &amp;silent duo is urgent after:</source>
        <translation>Een &amp;stil duo is dringend na:</translation>
    </message>
    <message>
        <source>Today lists a duo as soon as it is silent for longer than agreed, and marks it urgent after this long without a meeting or a contact: time to call both of them.</source>
        <translation>Het tabblad Vandaag toont een duo zodra het langer stil is dan afgesproken, en markeert het als dringend na zo lang zonder ontmoeting of contact: tijd om hen allebei te bellen.</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>De overeenkomst</translation>
    </message>
    <message>
        <source>Ethics c&amp;harter version:</source>
        <translation>&amp;Versie van het ethisch charter:</translation>
    </message>
    <message>
        <source>New agreements name this version of the ethics charter; each agreement can name the one its duo signed. The quality criteria ask for a signed agreement that names the charter.</source>
        <translation>Nieuwe overeenkomsten vermelden deze versie van het ethisch charter; elke overeenkomst kan de versie vermelden die haar duo ondertekende. De kwaliteitscriteria vragen een ondertekende overeenkomst die het charter vermeldt.</translation>
    </message>
    <message>
        <source>The end of a duo</source>
        <translation>Het einde van een duo</translation>
    </message>
    <message>
        <source>&amp;Warn of a planned end:</source>
        <translation>&amp;Waarschuwen voor een gepland einde:</translation>
    </message>
    <message>
        <source>Today reminds the coach this many days before a duo&apos;s planned end, so the final meeting and the evaluations can be planned in time. “No warning” switches the reminder off.</source>
        <translation>Het tabblad Vandaag herinnert de coach zoveel dagen voor het geplande einde van een duo, zodat het slotgesprek en de evaluaties op tijd gepland kunnen worden. “Geen waarschuwing” zet de herinnering uit.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Intake gedaan</translation>
    </message>
    <message>
        <source>Waiting for a match</source>
        <translation>Wacht op een match</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Match proposed</source>
        <translation>Match voorgesteld</translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation>In een duo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <source>Proposed: ask the mentor</source>
        <translation>Voorgesteld: vraag het de mentor</translation>
    </message>
    <message>
        <source>Mentor said yes: ask the mentee</source>
        <translation>Mentor zei ja: vraag het de mentee</translation>
    </message>
    <message>
        <source>Both said yes: plan the first meeting</source>
        <translation>Beiden zeiden ja: plan de eerste ontmoeting</translation>
    </message>
    <message>
        <source>First meeting planned</source>
        <translation>Eerste ontmoeting gepland</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Duo ended</source>
        <translation>Duo afgesloten</translation>
    </message>
    <message>
        <source>Mentor said yes</source>
        <translation>Mentor zei ja</translation>
    </message>
    <message>
        <source>Both said yes</source>
        <translation>Beiden zeiden ja</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Referred to other support</source>
        <translation>Doorverwezen naar andere ondersteuning</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Zo</translation>
    </message>
    <message>
        <source>{day} daytime</source>
        <translation>{day} overdag</translation>
    </message>
    <message>
        <source>{day} evening</source>
        <translation>{day} &apos;s avonds</translation>
    </message>
    <message>
        <source>Native speaker</source>
        <translation>Moedertaal</translation>
    </message>
</context>
<context>
    <name>LanguageLevelsEditor</name>
    <message>
        <source>Type a language…</source>
        <translation>Typ een taal…</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Toe te voegen taal</translation>
    </message>
    <message>
        <source>Level?</source>
        <translation>Niveau?</translation>
    </message>
    <message>
        <source>Level of the language to add</source>
        <translation>Niveau van de toe te voegen taal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>Taal toevoegen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected language</source>
        <translation>Gekozen taal verwijderen</translation>
    </message>
</context>
<context>
    <name>LanguageLevelsModel</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>ListEntriesModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Case files store this code, so it stays; change the label.</source>
        <translation>Dossiers bewaren deze code, dus die blijft; wijzig de omschrijving.</translation>
    </message>
</context>
<context>
    <name>ListSettings</name>
    <message>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Beroepen</translation>
    </message>
    <message>
        <source>Referring partners</source>
        <translation>Doorverwijzende partners</translation>
    </message>
    <message>
        <source>Diploma levels</source>
        <translation>Diplomaniveaus</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>Doelen van toestemming</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Contactkanalen</translation>
    </message>
    <message>
        <source>Reasons for refusal</source>
        <translation>Redenen van weigering</translation>
    </message>
    <message>
        <source>Referred to (other support)</source>
        <translation>Doorverwezen naar (andere ondersteuning)</translation>
    </message>
    <message>
        <source>Reasons a duo ended</source>
        <translation>Redenen waarom een duo eindigde</translation>
    </message>
    <message>
        <source>The sector a mentee aims for and a mentor works in (NACE sections); matching compares them.</source>
        <translation>De sector waarin een mentee wil werken en een mentor werkt (NACE-secties); de matching vergelijkt ze.</translation>
    </message>
    <message>
        <source>The occupation a mentee aims for and a mentor has (ISCO-08 groups); matching compares them.</source>
        <translation>Het beroep dat een mentee ambieert en dat een mentor heeft (ISCO-08-groepen); de matching vergelijkt ze.</translation>
    </message>
    <message>
        <source>Who sent a participant to the programme.</source>
        <translation>Wie een deelnemer naar het programma stuurde.</translation>
    </message>
    <message>
        <source>The level of a participant&apos;s highest diploma.</source>
        <translation>Het niveau van het hoogste diploma van een deelnemer.</translation>
    </message>
    <message>
        <source>What a participant gives consent for.</source>
        <translation>Waarvoor een deelnemer toestemming geeft.</translation>
    </message>
    <message>
        <source>How a contact in the contact log took place.</source>
        <translation>Hoe een contact in het contactlogboek plaatsvond.</translation>
    </message>
    <message>
        <source>Why a candidate was not accepted, as told to them.</source>
        <translation>Waarom een kandidaat niet aanvaard werd, zoals het hem of haar meegedeeld werd.</translation>
    </message>
    <message>
        <source>Where a candidate was referred to instead.</source>
        <translation>Waarnaar een kandidaat in de plaats doorverwezen werd.</translation>
    </message>
    <message>
        <source>Why a duo ended, planned or early; kept with the duo&apos;s ending.</source>
        <translation>Waarom een duo eindigde, gepland of vroegtijdig; bewaard bij de afsluiting van het duo.</translation>
    </message>
    <message>
        <source>Row {row} has no code.</source>
        <translation>Rij {row} heeft geen code.</translation>
    </message>
    <message>
        <source>Row {row} has the code “{code}” of an earlier row: each needs its own.</source>
        <translation>Rij {row} heeft de code “{code}” van een eerdere rij: elke rij heeft een eigen code nodig.</translation>
    </message>
    <message>
        <source>Row {row} has no label.</source>
        <translation>Rij {row} heeft geen omschrijving.</translation>
    </message>
</context>
<context>
    <name>ListsSettingsPage</name>
    <message>
        <source>&amp;Which list:</source>
        <translation>&amp;Welke lijst:</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>Item &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar bo&amp;ven</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Naar o&amp;nder</translation>
    </message>
    <message>
        <source>Reset to the d&amp;efaults…</source>
        <translation>Standaardlijst terug&amp;zetten…</translation>
    </message>
    <message>
        <source>Type to change a label (F2 edits the selected cell). The code is what case files store: only a new entry&apos;s code can be changed.</source>
        <translation>Typ om een omschrijving te wijzigen (F2 bewerkt de gekozen cel). De code is wat dossiers bewaren: alleen de code van een nieuw item kan gewijzigd worden.</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…en nog {count}.</translation>
    </message>
    <message>
        <source>Reset the list?</source>
        <translation>De lijst terugzetten?</translation>
    </message>
    <message>
        <source>Put back the entries Duo comes with in “{title}”? Entries added to this list and changed labels are replaced when you press OK.</source>
        <translation>De items terugzetten waarmee Duo komt in “{title}”? Items die aan deze lijst toegevoegd werden en gewijzigde omschrijvingen worden vervangen als je op OK drukt.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Terugzetten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>New &amp;mentee intake</source>
        <translation>Nieuwe intake &amp;mentee</translation>
    </message>
    <message>
        <source>New m&amp;entor intake</source>
        <translation>Nieuwe intake m&amp;entor</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>Deelnemers &amp;importeren…</translation>
    </message>
    <message>
        <source>Programme &amp;report…</source>
        <translation>Programma&amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Certificates for ended duos…</source>
        <translation>&amp;Certificaten voor afgesloten duo&apos;s…</translation>
    </message>
    <message>
        <source>E&amp;xport for funders…</source>
        <translation>E&amp;xporteren voor financiers…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <source>Re&amp;build the index</source>
        <translation>Index opnieuw op&amp;bouwen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>&amp;Wachtlijst</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>&amp;Matching</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tabblad &amp;sluiten</translation>
    </message>
    <message>
        <source>Duo — {name}</source>
        <translation>Duo — {name}</translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation>Je werkt als {name}</translation>
    </message>
    <message>
        <source>No staff member chosen</source>
        <translation>Geen medewerker gekozen</translation>
    </message>
    <message>
        <source>{name} is not listed for matching: only waiting mentees and accepted mentors with a free place are.</source>
        <translation>{name} staat niet in de lijst voor matching: alleen wachtende mentees en aanvaarde mentoren met een vrije plaats staan erin.</translation>
    </message>
    <message>
        <source>The interview is kept as a draft; it opens again next time.</source>
        <translation>Het intakegesprek wordt als concept bewaard; het opent de volgende keer opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) restored from a draft.</source>
        <translation>
            <numerusform>%n intakegesprek hersteld uit een concept.</numerusform>
            <numerusform>%n intakegesprekken hersteld uit een concept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index was rebuilt.</source>
        <translation>De index werd opnieuw opgebouwd.</translation>
    </message>
    <message>
        <source>Rebuilding the index…</source>
        <translation>Index opnieuw opbouwen…</translation>
    </message>
</context>
<context>
    <name>MatchingSettings</name>
    <message>
        <source>The mentor&apos;s occupation or sector against the mentee&apos;s job target</source>
        <translation>Beroep of sector van de mentor tegenover het beoogde werk van de mentee</translation>
    </message>
    <message>
        <source>How close they live; a mentee who drives counts as closer</source>
        <translation>Hoe dicht ze bij elkaar wonen; een mentee met een auto telt als dichterbij</translation>
    </message>
    <message>
        <source>Moments of the week when both are free</source>
        <translation>Momenten van de week waarop beiden vrij zijn</translation>
    </message>
    <message>
        <source>A language both speak, at the mentee&apos;s level</source>
        <translation>Een taal die beiden spreken, op het niveau van de mentee</translation>
    </message>
    <message>
        <source>The mentee&apos;s wishes about the mentor&apos;s gender and age</source>
        <translation>De wensen van de mentee over het geslacht en de leeftijd van de mentor</translation>
    </message>
    <message>
        <source>Interests both named at the intake</source>
        <translation>Interesses die beiden bij de intake noemden</translation>
    </message>
    <message>
        <source>How long the mentee has waited: decides who gets a mentor first</source>
        <translation>Hoe lang de mentee al wacht: bepaalt wie eerst een mentor krijgt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>▲{places}</source>
        <translation>▲{places}</translation>
    </message>
    <message>
        <source>▼{places}</source>
        <translation>▼{places}</translation>
    </message>
</context>
<context>
    <name>MatchingSettingsPage</name>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source> / 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Propose a ge&amp;neralist mentor after:</source>
        <translation>Stel een generalistische me&amp;ntor voor na:</translation>
    </message>
    <message>
        <source>of waiting, when no mentor works in the mentee&apos;s field.</source>
        <translation>wachten, als geen enkele mentor in het vakgebied van de mentee werkt.</translation>
    </message>
    <message>
        <source>Lowest &amp;score the whole-pool proposal accepts:</source>
        <translation>Laagste &amp;score die het voorstel voor alle wachtenden aanvaardt:</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Standaardwaa&amp;rden terugzetten</translation>
    </message>
    <message>
        <source>Cancel undoes it, as every change on this page.</source>
        <translation>Annuleren maakt dit ongedaan, zoals elke wijziging op deze pagina.</translation>
    </message>
    <message>
        <source>How much each part of a match counts</source>
        <translation>Hoeveel elk onderdeel van een match meetelt</translation>
    </message>
    <message>
        <source>&amp;Weights, from 0 (ignored) to 10 (counts most):</source>
        <translation>Ge&amp;wichten, van 0 (genegeerd) tot 10 (telt het zwaarst):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Sample &amp;mentee:</source>
        <translation>Voorbeeldmen&amp;tee:</translation>
    </message>
    <message>
        <source>The best {count} mentors for this mentee with the settings as they are now. ▲ and ▼ show how far each moved against the saved settings; “new”, that they were not among the best {count} before. Point at a score for its parts.</source>
        <translation>De beste {count} mentoren voor deze mentee met de instellingen zoals ze nu zijn. ▲ en ▼ tonen hoe ver elk verschoof tegenover de opgeslagen instellingen; “nieuw” dat die mentor eerder niet bij de beste {count} was. Wijs een score aan om de onderdelen ervan te zien.</translation>
    </message>
    <message>
        <source>The preview needs a mentee on the waiting list. Once a mentee is accepted, their suggested mentors show here as you change the weights.</source>
        <translation>Het voorbeeld heeft een mentee op de wachtlijst nodig. Zodra een mentee aanvaard is, verschijnen hier de voorgestelde mentoren terwijl je de gewichten wijzigt.</translation>
    </message>
    <message>
        <source>{name} (waiting {wait})</source>
        <translation>{name} (wacht al {wait})</translation>
    </message>
    <message>
        <source>No mentor can take this mentee now: every mentor is full, was declined before or has no language in common.</source>
        <translation>Geen enkele mentor kan deze mentee nu nemen: elke mentor is volzet, werd eerder afgewezen of heeft geen taal gemeen.</translation>
    </message>
    <message>
        <source>No longer among the best {count}: {names}.</source>
        <translation>Niet meer bij de beste {count}: {names}.</translation>
    </message>
</context>
<context>
    <name>PdfControls</name>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;gina</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>&amp;Preview…</source>
        <translation>Voor&amp;beeld…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Dit jaar tot nu</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De laatste 12 maanden</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Dit kwartaal tot nu</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;van</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;tot</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschuiving</translation>
    </message>
    <message>
        <source>{part}: {points} points — {why}</source>
        <translation>{part}: {points} punten — {why}</translation>
    </message>
    <message>
        <source>Below the lowest score the whole-pool proposal accepts.</source>
        <translation>Onder de laagste score die het voorstel voor alle wachtenden aanvaardt.</translation>
    </message>
    <message>
        <source>Not ranked with the saved settings.</source>
        <translation>Niet gerangschikt met de opgeslagen instellingen.</translation>
    </message>
    <message>
        <source>Rank {rank} with the saved settings.</source>
        <translation>Rang {rank} met de opgeslagen instellingen.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>{title} — print preview</source>
        <translation>{title} — afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Het document wordt voorbereid…</translation>
    </message>
    <message>
        <source>The document could not be prepared. Close this window and try again.</source>
        <translation>Het document kon niet voorbereid worden. Sluit dit venster en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Niets af te drukken</translation>
    </message>
    <message>
        <source>The pages chosen are not in this document. Choose pages from 1 to {last}.</source>
        <translation>De gekozen pagina&apos;s staan niet in dit document. Kies pagina&apos;s van 1 tot {last}.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 pagina naar de printer gestuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Duo could not save the PDF as {name}. Choose another folder, or check that the disk is connected and has room.</source>
        <translation>Duo kon de PDF niet opslaan als {name}. Kies een andere map, of controleer of de schijf aangesloten is en er nog plaats op is.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Opgeslagen als {name}.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>This document cannot be printed: Duo could not read it back.</source>
        <translation>Dit document kan niet afgedrukt worden: Duo kon het niet teruglezen.</translation>
    </message>
    <message>
        <source>Duo could not start printing. Check that the printer is switched on and connected, then try again.</source>
        <translation>Duo kon het afdrukken niet starten. Controleer of de printer aanstaat en aangesloten is, en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>The printer did not take the document. Check the printer, then try again.</source>
        <translation>De printer nam het document niet aan. Controleer de printer en probeer dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>A demo programme</source>
        <translation>Een demoprogramma</translation>
    </message>
    <message>
        <source>A new programme</source>
        <translation>Een nieuw programma</translation>
    </message>
    <message>
        <source>Duo keeps a programme in one folder: a file per participant, every file encrypted. A folder shared by OneDrive, Nextcloud or Syncthing lets colleagues work on the same programme later.</source>
        <translation>Duo bewaart een programma in één map, met per deelnemer een versleuteld bestand. In een map die OneDrive, Nextcloud of Syncthing deelt, kunnen collega&apos;s later meewerken.</translation>
    </message>
    <message>
        <source>for example: Mentoring to Work Gent</source>
        <translation>bijvoorbeeld: Mentoring to Work Gent</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>as your colleagues know you</source>
        <translation>zoals je collega&apos;s je kennen</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>&amp;Naam van het programma:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Jouw naam:</translation>
    </message>
    <message>
        <source>Duo records who wrote what. You are the programme&apos;s first staff member; add your colleagues later in Settings.</source>
        <translation>Duo houdt bij wie wat schreef. Je bent de eerste medewerker van het programma; voeg je collega&apos;s later toe in Instellingen.</translation>
    </message>
    <message>
        <source>Demo programme</source>
        <translation>Demoprogramma</translation>
    </message>
    <message>
        <source>Choose where to keep the programme</source>
        <translation>Kies waar je het programma bewaart</translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path, or choose Browse…</source>
        <translation>Typ het volledige pad van de map, of kies Bladeren…</translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path (for example {example}), or choose Browse…</source>
        <translation>Typ het volledige pad van de map (bijvoorbeeld {example}), of kies Bladeren…</translation>
    </message>
    <message>
        <source>The programme goes in this empty folder.</source>
        <translation>Het programma komt in deze lege map.</translation>
    </message>
    <message>
        <source>Duo makes this folder.</source>
        <translation>Duo maakt deze map aan.</translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsPage</name>
    <message>
        <source>Street and number
Postcode and municipality
Phone or e-mail</source>
        <translation>Straat en nummer
Postcode en gemeente
Telefoon of e-mail</translation>
    </message>
    <message>
        <source>C&amp;hoose an image…</source>
        <translation>Afbeelding &amp;kiezen…</translation>
    </message>
    <message>
        <source>Re&amp;move the logo</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>&amp;Naam van het programma:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Printed on letters, agreements and certificates.</source>
        <translation>Afgedrukt op brieven, overeenkomsten en certificaten.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, printed at the top of documents.</source>
        <translation>Een PNG- of JPEG-afbeelding, afgedrukt bovenaan documenten.</translation>
    </message>
    <message>
        <source>Give the programme a name, for example the association and the city.</source>
        <translation>Geef het programma een naam, bijvoorbeeld de vereniging en de stad.</translation>
    </message>
    <message>
        <source>Choose the programme&apos;s logo</source>
        <translation>Kies het logo van het programma</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Duo could not read {file}. Is it still there?</source>
        <translation>Duo kon {file} niet lezen. Staat het bestand er nog?</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image that Duo can read.</source>
        <translation>{file} is geen PNG- of JPEG-afbeelding die Duo kan lezen.</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>Het logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit a question</source>
        <translation>Een vraag bewerken</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <source>The code links the answers to this question across versions: a new question gets one from its text, and it stays when the text changes.</source>
        <translation>De code verbindt de antwoorden op deze vraag over versies heen: een nieuwe vraag krijgt er een op basis van haar tekst, en die blijft als de tekst verandert.</translation>
    </message>
    <message>
        <source>The kind of answer of an existing question stays, so earlier answers keep their meaning. To ask it differently, add a new question.</source>
        <translation>Het soort antwoord van een bestaande vraag blijft, zodat eerdere antwoorden hun betekenis houden. Om de vraag anders te stellen, voeg je een nieuwe vraag toe.</translation>
    </message>
    <message>
        <source>none; e.g. “Not used”</source>
        <translation>geen; bv. “Niet gebruikt”</translation>
    </message>
    <message>
        <source>Add an &amp;option</source>
        <translation>&amp;Optie toevoegen</translation>
    </message>
    <message>
        <source>Remo&amp;ve the option</source>
        <translation>Optie &amp;verwijderen</translation>
    </message>
    <message>
        <source>“None of the above” is always offered after these.</source>
        <translation>“Geen van bovenstaande” wordt altijd na deze opties aangeboden.</translation>
    </message>
    <message>
        <source>made from the question when you press OK</source>
        <translation>gemaakt op basis van de vraag als je op OK drukt</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Rubriek:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Vra&amp;ag:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>&amp;Answered with:</source>
        <translation>Beantwoord &amp;met:</translation>
    </message>
    <message>
        <source>&amp;Lowest point means:</source>
        <translation>&amp;Laagste punt betekent:</translation>
    </message>
    <message>
        <source>&amp;Highest point means:</source>
        <translation>&amp;Hoogste punt betekent:</translation>
    </message>
    <message>
        <source>&amp;Not applicable choice:</source>
        <translation>Keuze “&amp;niet van toepassing”:</translation>
    </message>
    <message>
        <source>Options to tick:</source>
        <translation>Aan te vinken opties:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Schrijf de vraag.</translation>
    </message>
    <message>
        <source>Say what the lowest and the highest point of the scale mean.</source>
        <translation>Zeg wat het laagste en het hoogste punt van de schaal betekenen.</translation>
    </message>
    <message>
        <source>Add the options to tick.</source>
        <translation>Voeg de aan te vinken opties toe.</translation>
    </message>
    <message>
        <source>Each option needs a text: write it, or remove the option.</source>
        <translation>Elke optie heeft een tekst nodig: schrijf hem, of verwijder de optie.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Section</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>The report covers {days} days.</source>
        <translation>Het rapport beslaat {days} dagen.</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Programmarapport</translation>
    </message>
    <message>
        <source>Key figures and charts for a period: registrations, intakes, matches, duos followed, meetings, endings, outcomes after 12 months and waiting times.</source>
        <translation>Kerncijfers en grafieken voor een periode: inschrijvingen, intakes, matches, opgevolgde duo&apos;s, ontmoetingen, afsluitingen, resultaten na 12 maanden en wachttijden.</translation>
    </message>
    <message>
        <source>No duo ended in this period.</source>
        <translation>In deze periode eindigde geen enkel duo.</translation>
    </message>
    <message>
        <source>One duo ended in this period: a certificate for its mentee and its mentor.</source>
        <translation>In deze periode eindigde één duo: een certificaat voor de mentee en de mentor ervan.</translation>
    </message>
    <message>
        <source>{count} duos ended in this period: a certificate for each mentee and each mentor.</source>
        <translation>In deze periode eindigden {count} duo&apos;s: een certificaat voor elke mentee en elke mentor.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Certificates of participation for the mentee and the mentor of every duo that ended in a period, one page each, to print in one go.</source>
        <translation>Certificaten van deelname voor de mentee en de mentor van elk duo dat in een periode eindigde, één pagina per persoon, om in één keer af te drukken.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Type to search; Escape clears; Down moves into the list.</source>
        <translation>Typ om te zoeken; Escape wist; pijl omlaag gaat naar de lijst.</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsPage</name>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendeling</translation>
    </message>
    <message>
        <source>Loc&amp;k after this long without use:</source>
        <translation>&amp;Vergrendelen na zoveel tijd zonder gebruik:</translation>
    </message>
    <message>
        <source>The window closes and the passphrase is asked again, so nothing stays on screen on a laptop left open. Interviews being typed are kept as drafts. “Never” switches this off.</source>
        <translation>Het venster sluit en de wachtwoordzin wordt opnieuw gevraagd, zodat er niets op het scherm blijft staan als een laptop openstaat. Intakegesprekken die getypt worden, blijven bewaard als concept. “Nooit” zet dit uit.</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>&amp;Waiting too long after:</source>
        <translation>&amp;Te lang wachtend na:</translation>
    </message>
    <message>
        <source>An accepted mentee without a mentor for longer than this stands out on the waiting list: time to keep them warm, or to propose a generalist mentor instead of a sector match.</source>
        <translation>Een aanvaarde mentee die langer dan dit zonder mentor zit, valt op in de wachtlijst: tijd om het contact warm te houden, of om een generalistische mentor voor te stellen in plaats van een mentor uit de sector.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>The change takes effect at once, also if you cancel these settings. Everyone who works on the programme needs the new passphrase.</source>
        <translation>De wijziging geldt meteen, ook als je deze instellingen annuleert. Iedereen die aan het programma werkt, heeft de nieuwe wachtwoordzin nodig.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>The passphrase is changed. Tell your colleagues the new one in person; the recovery key stays valid.</source>
        <translation>De wachtwoordzin is gewijzigd. Geef je collega&apos;s de nieuwe persoonlijk door; de herstelsleutel blijft geldig.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading the participants&apos; files…</source>
        <translation>De bestanden van de deelnemers worden gelezen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — {name}</source>
        <translation>Instellingen — {name}</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Lijsten</translation>
    </message>
    <message>
        <source>Securit&amp;y and waiting</source>
        <translation>&amp;Beveiliging en wachten</translation>
    </message>
    <message>
        <source>Matchin&amp;g</source>
        <translation>Matchin&amp;g</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Opvolging</translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation>&amp;Evaluaties</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Niet meer actief</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>Dit ben jij</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>&amp;Staff (coaches and coordinators):</source>
        <translation>Mede&amp;werkers (coaches en coördinatoren):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation>Als &amp;inactief markeren</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Dit ben i&amp;k</translation>
    </message>
    <message>
        <source>Someone who leaves is marked inactive rather than removed: their name stays on what they wrote. “This is me” tells Duo who works on this computer.</source>
        <translation>Wie vertrekt, wordt als inactief gemarkeerd in plaats van verwijderd: de naam blijft staan bij wat die persoon schreef. “Dit ben ik” laat Duo weten wie op deze computer werkt.</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Systeem volgen ({language})</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Interface la&amp;nguage:</source>
        <translation>T&amp;aal van de interface:</translation>
    </message>
    <message>
        <source>Duo shows the interface in this language from its next start.</source>
        <translation>Duo toont de interface in deze taal vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Een medewerker toevoegen</translation>
    </message>
    <message>
        <source>Name of the new staff member:</source>
        <translation>Naam van de nieuwe medewerker:</translation>
    </message>
    <message>
        <source>Rename a staff member</source>
        <translation>Een medewerker hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Mark a&amp;ctive again</source>
        <translation>Weer a&amp;ctief maken</translation>
    </message>
</context>
</TS>
