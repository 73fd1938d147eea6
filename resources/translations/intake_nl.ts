<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Refuse them</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Import them as mentees</source>
        <translation>Importeren als mentees</translation>
    </message>
    <message>
        <source>Import them as mentors</source>
        <translation>Importeren als mentoren</translation>
    </message>
    <message>
        <source>Read the selected column &amp;as:</source>
        <translation>Lees de gekozen kolom &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Rows without a role:</source>
        <translation>&amp;Rijen zonder rol:</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Wat staat er in elke kolom?</translation>
    </message>
    <message>
        <source>an Excel workbook (its first sheet is read)</source>
        <translation>een Excel-werkmap (het eerste blad wordt gelezen)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntkomma&apos;s</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komma&apos;s</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>a CSV file in {encoding}, separated by {separator}</source>
        <translation>een CSV-bestand in {encoding}, gescheiden door {separator}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rij</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is {how}, with {rows} under the header row. Choose a column with the arrow keys, then say below what it holds; columns read as “(ignore)” are not imported.</source>
        <translation>{file} is {how}, met {rows} onder de kopregel. Kies een kolom met de pijltjestoetsen en zeg hieronder wat erin staat; kolommen gelezen als “(negeren)” worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>“{column}” is now ignored: a field is read from one column only.</source>
        <translation>“{column}” wordt nu genegeerd: een veld wordt maar uit één kolom gelezen.</translation>
    </message>
    <message>
        <source>Choose the column that holds the given names.</source>
        <translation>Kies de kolom met de voornamen.</translation>
    </message>
    <message>
        <source>No column holds the role: say below whether the people in the file are mentees or mentors.</source>
        <translation>Geen enkele kolom bevat de rol: zeg hieronder of de mensen in het bestand mentees of mentoren zijn.</translation>
    </message>
</context>
<context>
    <name>ConsentBoxes</name>
    <message>
        <source>Each consent ticked is dated today (consent text {version}).</source>
        <translation>Wat je aanvinkt, krijgt de datum van vandaag (tekst {version}).</translation>
    </message>
</context>
<context>
    <name>CreateProgrammeWizard</name>
    <message>
        <source>Try Duo with a demo programme</source>
        <translation>Duo uitproberen met een demoprogramma</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <source>Go back and choose a new or empty folder.</source>
        <translation>Ga terug en kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Niet onthouden</translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not accept the key, so Duo will ask for the passphrase next time.</source>
        <translation>De wachtwoordkluis van deze computer heeft de sleutel niet aanvaard, dus Duo vraagt de volgende keer opnieuw om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Leave without the recovery key?</source>
        <translation>Verlaten zonder de herstelsleutel?</translation>
    </message>
    <message>
        <source>The programme is made, but this recovery key is not shown again. Without it, a forgotten passphrase locks the programme for good. You can open the programme later with its passphrase.</source>
        <translation>Het programma is aangemaakt, maar deze herstelsleutel wordt niet meer getoond. Zonder de sleutel sluit een vergeten wachtwoordzin het programma voorgoed af. Je kunt het programma later openen met de wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlaten</translation>
    </message>
</context>
<context>
    <name>CvPanel</name>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>&amp;Attach CV…</source>
        <translation>Cv toevoe&amp;gen…</translation>
    </message>
    <message>
        <source>Vie&amp;w CV</source>
        <translation>Cv be&amp;kijken</translation>
    </message>
    <message>
        <source>The CV chosen before is no longer there: attach it again.</source>
        <translation>Het eerder gekozen cv is er niet meer: voeg het opnieuw toe.</translation>
    </message>
    <message>
        <source>CV not found</source>
        <translation>Cv niet gevonden</translation>
    </message>
    <message>
        <source>The CV chosen during this interview ({name}) is no longer there or cannot be read, so it was not kept. Attach it again before saving.</source>
        <translation>Het cv dat tijdens dit gesprek gekozen werd ({name}), is er niet meer of kan niet gelezen worden, dus het werd niet bewaard. Voeg het opnieuw toe voor je opslaat.</translation>
    </message>
    <message>
        <source>Attach the CV</source>
        <translation>Cv toevoegen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.png *.jpg *.jpeg)</source>
        <translation>Documenten (*.pdf *.docx *.odt *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&amp;Attach another CV…</source>
        <translation>Ander cv toevoe&amp;gen…</translation>
    </message>
    <message>
        <source>{name} ({size}), stored when you save the intake.</source>
        <translation>{name} ({size}), wordt bewaard wanneer je de intake opslaat.</translation>
    </message>
    <message>
        <source>{name} ({size}), in the case file.</source>
        <translation>{name} ({size}), in het dossier.</translation>
    </message>
    <message>
        <source>No CV yet.</source>
        <translation>Nog geen cv.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>&amp;Choose the spreadsheet…</source>
        <translation>Rekenblad &amp;kiezen…</translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation>&amp;Sjabloon opslaan…</translation>
    </message>
    <message>
        <source>Import participants from a spreadsheet</source>
        <translation>Deelnemers importeren uit een rekenblad</translation>
    </message>
    <message>
        <source>Choose the spreadsheet (.xlsx or .csv) that lists your mentees and mentors: one person per row, with the column names in the first row.</source>
        <translation>Kies het rekenblad (.xlsx of .csv) met je mentees en mentoren: één persoon per rij, met de kolomnamen in de eerste rij.</translation>
    </message>
    <message>
        <source>Columns named as in Duo&apos;s import template are recognised, and so are the usual Dutch and French names (Voornaam, Prénom, Gemeente, Code postal…). On the next page you can say what every other column holds. Nothing is saved until you press Import, and first you will see which rows can be imported and why the others cannot.</source>
        <translation>Kolommen met dezelfde naam als in het importsjabloon van Duo worden herkend, net als de gebruikelijke Nederlandse en Franse namen (Voornaam, Prénom, Gemeente, Code postal…). Op de volgende pagina kun je zeggen wat elke andere kolom bevat. Er wordt niets opgeslagen tot je op Importeren drukt, en eerst zie je welke rijen geïmporteerd kunnen worden en waarom de andere niet.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Kies het rekenblad</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Rekenbladen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>Het rekenblad wordt gelezen…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Importsjabloon opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Duo could not save the template there. Choose another folder.</source>
        <translation>Duo kon het sjabloon daar niet opslaan. Kies een andere map.</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Sjabloon opgeslagen</translation>
    </message>
    <message>
        <source>The template is saved as {name}: a header row with every column Duo reads, and two invented participants as examples.</source>
        <translation>Het sjabloon is opgeslagen als {name}: een kopregel met elke kolom die Duo leest, en twee verzonnen deelnemers als voorbeeld.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Elke rij wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>&amp;Import 1 participant</source>
        <translation>1 deelnemer &amp;importeren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n participants</source>
        <translation>
            <numerusform>%n deelnemer &amp;importeren</numerusform>
            <numerusform>%n deelnemers &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Deelnemers worden geïmporteerd…</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>; </source>
        <comment>between the reasons a row is refused</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Role (mentee or mentor)</source>
        <translation>Rol (mentee of mentor)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Year of arrival in Belgium</source>
        <translation>Jaar van aankomst in België</translation>
    </message>
    <message>
        <source>Languages and levels</source>
        <translation>Talen en niveaus</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Occupation (ISCO code)</source>
        <translation>Beroep (ISCO-code)</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Jobdoelwit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Mentees at once</source>
        <translation>Mentees tegelijk</translation>
    </message>
    <message>
        <source>Short profile (for the mentee)</source>
        <translation>Kort profiel (voor de mentee)</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status sinds</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelezen als</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>Klaar om te importeren</translation>
    </message>
</context>
<context>
    <name>IntakeChoices</name>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other / non-binary</source>
        <translation>Ander / non-binair</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>Een vrouw</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>Een man</translation>
    </message>
    <message>
        <source>Under 35</source>
        <translation>Jonger dan 35</translation>
    </message>
    <message>
        <source>35 to 50</source>
        <translation>35 tot 50</translation>
    </message>
    <message>
        <source>Over 50</source>
        <translation>Ouder dan 50</translation>
    </message>
    <message>
        <source>1 – closed to feedback</source>
        <translation>1 – staat niet open voor feedback</translation>
    </message>
    <message>
        <source>5 – very open to feedback</source>
        <translation>5 – staat heel open voor feedback</translation>
    </message>
    <message>
        <source>1 – no help needed</source>
        <translation>1 – geen hulp nodig</translation>
    </message>
    <message>
        <source>5 – much help needed</source>
        <translation>5 – veel hulp nodig</translation>
    </message>
    <message>
        <source>Skills, talents and aspirations</source>
        <translation>Vaardigheden, talenten en ambities</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Motivation and cover letter</source>
        <translation>Motivatiebrief</translation>
    </message>
    <message>
        <source>Personal branding and networking</source>
        <translation>Personal branding en netwerken</translation>
    </message>
    <message>
        <source>Finding vacancies</source>
        <translation>Vacatures vinden</translation>
    </message>
    <message>
        <source>Preparing for a job interview</source>
        <translation>Een sollicitatiegesprek voorbereiden</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Identity and contact</source>
        <translation>Identiteit en contact</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Voornaam *</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Niet genoteerd</translation>
    </message>
    <message>
        <source>Only needed when someone states a preference for matching.</source>
        <translation>Alleen nodig als iemand een voorkeur opgeeft voor de matching.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>0470 12 34 56</source>
        <translation>0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@example.org</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>L&amp;inkedIn</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>e.g. public transport, bike, driving licence</source>
        <translation>bv. openbaar vervoer, fiets, rijbewijs</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Origin and right to work</source>
        <translation>Herkomst en recht op werk</translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation>Land van &amp;herkomst</translation>
    </message>
    <message>
        <source>Arrival &amp;year</source>
        <translation>&amp;Jaar van aankomst</translation>
    </message>
    <message>
        <source>&amp;Right to work in Belgium</source>
        <translation>&amp;Recht op werk in België</translation>
    </message>
    <message>
        <source>Diploma and experience</source>
        <translation>Diploma en ervaring</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet gekend</translation>
    </message>
    <message>
        <source>&amp;Highest diploma</source>
        <translation>Hoogste &amp;diploma</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Studierichting</translation>
    </message>
    <message>
        <source>Country of the diploma</source>
        <translation>Land van het diploma</translation>
    </message>
    <message>
        <source>Recognised in Belgium</source>
        <translation>Erkend in België</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Niet erkend</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Erkenning</translation>
    </message>
    <message>
        <source>Years of e&amp;xperience</source>
        <translation>J&amp;aren ervaring</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Ervaring</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>F&amp;unctie</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Jobdoelwit</translation>
    </message>
    <message>
        <source>Sector and occupation</source>
        <translation>Sector en beroep</translation>
    </message>
    <message>
        <source>&amp;1st</source>
        <translation>&amp;1e</translation>
    </message>
    <message>
        <source>&amp;2nd</source>
        <translation>&amp;2e</translation>
    </message>
    <message>
        <source>An HR or recruiter profile who can coach any job target</source>
        <translation>Een hr- of rekruteringsprofiel dat elk jobdoelwit kan begeleiden</translation>
    </message>
    <message>
        <source>Proposed to a mentee with any job target once the mentee has waited as long as set in Settings, Matching.</source>
        <translation>Wordt voorgesteld aan een mentee met eender welk jobdoelwit zodra die zo lang gewacht heeft als ingesteld in Instellingen, Matching.</translation>
    </message>
    <message>
        <source>Ge&amp;neralist</source>
        <translation>Ge&amp;neralist</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Ta&amp;len</translation>
    </message>
    <message>
        <source>Needs in the six domains (as the candidate sees them)</source>
        <translation>Noden in de zes domeinen (zoals de kandidaat ze ziet)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Niet gevraagd</translation>
    </message>
    <message>
        <source>Motivation (the coach&apos;s assessment)</source>
        <translation>Motivatie (inschatting van de coach)</translation>
    </message>
    <message>
        <source>&amp;Motivation</source>
        <translation>&amp;Motivatie</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet ingeschat</translation>
    </message>
    <message>
        <source>Open&amp;ness to feedback</source>
        <translation>O&amp;penheid voor feedback</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Actively searching</source>
        <translation>Zoekt actief</translation>
    </message>
    <message>
        <source>Availability and preferences</source>
        <translation>Beschikbaarheid en voorkeuren</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Daytime</source>
        <translation>Overdag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>&apos;s Avonds</translation>
    </message>
    <message>
        <source>A&amp;vailable</source>
        <translation>&amp;Beschikbaar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <source>Mentor&apos;s gender</source>
        <translation>Geslacht van de mentor</translation>
    </message>
    <message>
        <source>Mentor&apos;s age</source>
        <translation>Leeftijd van de mentor</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Specifieke noden</translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation>&amp;Interesses</translation>
    </message>
    <message>
        <source>Mentees at &amp;once</source>
        <translation>Mentee&amp;s tegelijk</translation>
    </message>
    <message>
        <source>Motivation and qualities</source>
        <translation>Motivatie en kwaliteiten</translation>
    </message>
    <message>
        <source>&amp;Qualities</source>
        <translation>Kwali&amp;teiten</translation>
    </message>
    <message>
        <source>Short profile for the mentee</source>
        <translation>Kort profiel voor de mentee</translation>
    </message>
    <message>
        <source>A few sentences in the mentor&apos;s own voice: work, experience, what they offer.</source>
        <translation>Enkele zinnen in de eigen woorden van de mentor: werk, ervaring, wat hij of zij te bieden heeft.</translation>
    </message>
    <message>
        <source>Short p&amp;rofile</source>
        <translation>Kort p&amp;rofiel</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Interview and consent</source>
        <translation>Gesprek en toestemming</translation>
    </message>
    <message>
        <source>In&amp;take date</source>
        <translation>&amp;Datum van de intake</translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation>Intake door</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>attended on</source>
        <translation>bijgewoond op</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Doorverwezen door</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Mentor training</source>
        <translation>Mentoropleiding</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Required: an intake is saved with a given name.</source>
        <translation>Verplicht: een intake wordt opgeslagen met een voornaam.</translation>
    </message>
    <message>
        <source>Choose whether this is a mentee or a mentor.</source>
        <translation>Kies of dit een mentee of een mentor is.</translation>
    </message>
    <message>
        <source>Unusual year of birth: expected {low}–{high}.</source>
        <translation>Ongewoon geboortejaar: verwacht {low}–{high}.</translation>
    </message>
    <message>
        <source>Not a Belgian postcode (1000–9999).</source>
        <translation>Geen Belgische postcode (1000–9999).</translation>
    </message>
    <message>
        <source>Arrival before the year of birth ({born}).</source>
        <translation>Aankomst vóór het geboortejaar ({born}).</translation>
    </message>
    <message>
        <source>Arrival after this year ({year}).</source>
        <translation>Aankomst na dit jaar ({year}).</translation>
    </message>
    <message>
        <source>Not a valid phone number (from abroad: +country code).</source>
        <translation>Geen geldig telefoonnummer (uit het buitenland: +landcode).</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.org).</source>
        <translation>Geen e-mailadres (naam@example.org).</translation>
    </message>
    <message>
        <source>Mentors usually have {minimum} years of experience or more.</source>
        <translation>Mentoren hebben meestal {minimum} jaar ervaring of meer.</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Only fields marked * are required; orange hints ask you to check a value but never stop a save. What you type is kept as a draft on this computer until you save (Ctrl+S).</source>
        <translation>Alleen velden met * zijn verplicht; oranje tips vragen je een waarde na te kijken, maar houden het opslaan nooit tegen. Wat je typt, wordt als klad op deze computer bewaard tot je opslaat (Ctrl+S).</translation>
    </message>
    <message>
        <source>&amp;Discard changes…</source>
        <translation>&amp;Wijzigingen verwerpen…</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>Intake &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Restored from the draft kept on this computer.</source>
        <translation>Hersteld uit het klad dat op deze computer bewaard werd.</translation>
    </message>
    <message>
        <source>Intake: {name}</source>
        <translation>Intake: {name}</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Nieuwe mentee</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Nieuwe mentor</translation>
    </message>
    <message>
        <source>The draft could not be kept: save the intake.</source>
        <translation>Het klad kon niet bewaard worden: sla de intake op.</translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation>Klad bewaard om {time}.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Forget everything typed in this interview since it was last saved?</source>
        <translation>Alles vergeten wat in dit gesprek getypt werd sinds het laatst opgeslagen werd?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Wijzigingen verworpen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>JobTargetFields</name>
    <message>
        <source>In their words, e.g. “accountant”</source>
        <translation>In hun eigen woorden, bv. ‘boekhouder’</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Tonen wat ik typ</translation>
    </message>
    <message>
        <source>✓ Both are the same.</source>
        <translation>✓ Beide zijn gelijk.</translation>
    </message>
    <message>
        <source>Keep typing: the second one is not complete yet.</source>
        <translation>Typ verder: de tweede is nog niet volledig.</translation>
    </message>
    <message>
        <source>The second one is different from the first.</source>
        <translation>De tweede verschilt van de eerste.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Choose a few unrelated words, for example four things you can see from a window.</source>
        <translation>Kies een paar woorden die niets met elkaar te maken hebben, bijvoorbeeld vier dingen die je door een raam ziet.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>Gebruik minstens {minimum} tekens.</translation>
    </message>
    <message>
        <source>This is one of the passphrases anyone would try first. Choose words of your own.</source>
        <translation>Dit is een van de wachtwoordzinnen die iedereen eerst zou proberen. Kies je eigen woorden.</translation>
    </message>
    <message>
        <source>Repeated letters, sequences such as 1234 or abcd and keyboard rows are guessed quickly.</source>
        <translation>Herhaalde letters, reeksen zoals 1234 of abcd en rijen op het toetsenbord worden snel geraden.</translation>
    </message>
    <message>
        <source>Leave out the programme&apos;s name and your own name: they are the first guesses.</source>
        <translation>Laat de naam van het programma en je eigen naam weg: die worden het eerst geraden.</translation>
    </message>
    <message>
        <source>Use a few unrelated words instead of one: easy to remember, hard to guess.</source>
        <translation>Gebruik een paar losse woorden in plaats van één: makkelijk te onthouden, moeilijk te raden.</translation>
    </message>
    <message>
        <source>Add another unrelated word to make it strong.</source>
        <translation>Voeg nog een los woord toe om ze sterk te maken.</translation>
    </message>
    <message>
        <source>Easy for you to remember, hard for anyone else to guess.</source>
        <translation>Makkelijk voor jou om te onthouden, moeilijk voor anderen om te raden.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Everyone who works on the programme uses the same passphrase: after the change, tell your colleagues the new one in person. The recovery key stays valid. The new passphrase needs at least {minimum} characters.</source>
        <translation>Iedereen die aan het programma werkt, gebruikt dezelfde wachtwoordzin: vertel je collega&apos;s na de wijziging persoonlijk de nieuwe. De herstelsleutel blijft geldig. De nieuwe wachtwoordzin moet minstens {minimum} tekens tellen.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>In plaats daarvan de &amp;herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Typ ze &amp;opnieuw:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>H&amp;uidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>De wachtwoordzin wordt gewijzigd…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The passphrase</source>
        <translation>De wachtwoordzin</translation>
    </message>
    <message>
        <source>The passphrase opens the programme. Everyone who works on it uses the same one, so choose something you can tell a colleague in person: a few unrelated words, at least {minimum} characters.</source>
        <translation>De wachtwoordzin opent het programma. Iedereen die eraan werkt, gebruikt dezelfde, dus kies iets wat je een collega persoonlijk kunt vertellen: een paar losse woorden, minstens {minimum} tekens.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Typ ze &amp;opnieuw:</translation>
    </message>
    <message>
        <source>&amp;Create the programme</source>
        <translation>Programma &amp;aanmaken</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>{ready} ready, {refused} will be refused</source>
        <translation>{ready} klaar, {refused} geweigerd</translation>
    </message>
    <message>
        <source>No row can be imported. Go back to check what the columns are read as, or correct the spreadsheet and choose it again.</source>
        <translation>Geen enkele rij kan geïmporteerd worden. Ga terug om na te kijken hoe de kolommen gelezen worden, of verbeter het rekenblad en kies het opnieuw.</translation>
    </message>
    <message>
        <source>Refused rows are not imported; the reason is beside each. Correct them in the spreadsheet and import it again later: the people imported now will be recognised and skipped.</source>
        <translation>Geweigerde rijen worden niet geïmporteerd; de reden staat ernaast. Verbeter ze in het rekenblad en importeer het later opnieuw: de mensen die nu geïmporteerd worden, worden dan herkend en overgeslagen.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Elke rij kan geïmporteerd worden.</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>What the mentee will see</source>
        <translation>Wat de mentee te zien krijgt</translation>
    </message>
    <message>
        <source>(given name)</source>
        <translation>(voornaam)</translation>
    </message>
    <message>
        <source>(no short profile yet)</source>
        <translation>(nog geen kort profiel)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>De herstelsleutel</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this recovery key opens the programme instead.</source>
        <translation>Als de wachtwoordzin ooit vergeten wordt, opent deze herstelsleutel het programma in de plaats.</translation>
    </message>
    <message>
        <source>This is a demo with invented people, so nothing is lost without this key. A real programme shows its own key here, and then it matters: without the passphrase or the recovery key nobody can open the programme, not even us.</source>
        <translation>Dit is een demo met verzonnen mensen, dus zonder deze sleutel gaat niets verloren. Een echt programma toont hier zijn eigen sleutel, en dan is die belangrijk: zonder de wachtwoordzin of de herstelsleutel kan niemand het programma openen, ook wij niet.</translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. Without the passphrase or this key nobody can open the programme, not even us.</source>
        <translation>Schrijf hem op of druk hem af, en bewaar hem op een veilige plaats, weg van deze computer. Zonder de wachtwoordzin of deze sleutel kan niemand het programma openen, ook wij niet.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel opge&amp;schreven of afgedrukt</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Duo then opens this programme without asking for the passphrase, for anyone using your account on this computer. Lock the computer when you leave it.</source>
        <translation>Duo opent dit programma dan zonder naar de wachtwoordzin te vragen, voor iedereen die jouw account op deze computer gebruikt. Vergrendel de computer wanneer je weggaat.</translation>
    </message>
    <message>
        <source>This computer has no password store that Duo can use, so Duo asks for the passphrase each time.</source>
        <translation>Deze computer heeft geen wachtwoordkluis die Duo kan gebruiken, dus Duo vraagt elke keer om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then print or write it down.</source>
        <translation>Gekopieerd. Plak hem op een veilige plek en druk hem af of schrijf hem op.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>C&amp;opy the list</source>
        <translation>Lijst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Imported 1 participant.</source>
        <translation>1 deelnemer geïmporteerd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participants.</source>
        <translation>
            <numerusform>%n deelnemer geïmporteerd.</numerusform>
            <numerusform>%n deelnemers geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row was not imported. Correct it in the spreadsheet and import the file again: the people imported now will be recognised and skipped.</source>
        <translation>1 rij werd niet geïmporteerd. Verbeter ze in het rekenblad en importeer het bestand opnieuw: de mensen die nu geïmporteerd zijn, worden dan herkend en overgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported. Correct them in the spreadsheet and import the file again: the people imported now will be recognised and skipped.</source>
        <translation>
            <numerusform>%n rij werd niet geïmporteerd. Verbeter ze in het rekenblad en importeer het bestand opnieuw: de mensen die nu geïmporteerd zijn, worden dan herkend en overgeslagen.</numerusform>
            <numerusform>%n rijen werden niet geïmporteerd. Verbeter ze in het rekenblad en importeer het bestand opnieuw: de mensen die nu geïmporteerd zijn, worden dan herkend en overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation>Elke rij van het bestand werd geïmporteerd.</translation>
    </message>
    <message>
        <source>Row {number} ({name}): {reasons}</source>
        <translation>Rij {number} ({name}): {reasons}</translation>
    </message>
    <message>
        <source>Row {number}: {reasons}</source>
        <translation>Rij {number}: {reasons}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock a programme</source>
        <translation>Een programma ontgrendelen</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>In plaats daarvan de &amp;herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>This computer has no password store that Duo can use.</source>
        <translation>Deze computer heeft geen wachtwoordkluis die Duo kan gebruiken.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ont&amp;grendelen</translation>
    </message>
    <message>
        <source>Open &amp;another programme…</source>
        <translation>Een &amp;ander programma openen…</translation>
    </message>
    <message>
        <source>Not a programme</source>
        <translation>Geen programma</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>{name} ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Herstelsleutel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Typ de herstelsleutel.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Niet onthouden</translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not accept the key, so Duo will ask for the passphrase next time.</source>
        <translation>De wachtwoordkluis van deze computer heeft de sleutel niet aanvaard, dus Duo vraagt de volgende keer opnieuw om de wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Duo</source>
        <translation>Welkom bij Duo</translation>
    </message>
    <message>
        <source>Duo keeps the case files of a mentoring-to-work programme on this computer, encrypted: mentees, mentors, intakes, matches and follow-ups.</source>
        <translation>Duo bewaart de dossiers van een mentoringprogramma naar werk versleuteld op deze computer: mentees, mentoren, intakes, matches en opvolging.</translation>
    </message>
    <message>
        <source>&amp;Recent programmes (Enter opens one):</source>
        <translation>&amp;Recente programma&apos;s (Enter opent er een):</translation>
    </message>
    <message>
        <source>&amp;Create a new programme</source>
        <translation>Een nieuw programma &amp;aanmaken</translation>
    </message>
    <message>
        <source>Start empty: you choose a name, a folder and a passphrase.</source>
        <translation>Begin leeg: je kiest een naam, een map en een wachtwoordzin.</translation>
    </message>
    <message>
        <source>&amp;Open an existing programme folder…</source>
        <translation>Een bestaande programmamap &amp;openen…</translation>
    </message>
    <message>
        <source>A programme made on another computer, shared through a synchronised folder, or restored from a backup.</source>
        <translation>Een programma dat op een andere computer gemaakt werd, gedeeld via een gesynchroniseerde map of teruggezet uit een back-up.</translation>
    </message>
    <message>
        <source>&amp;Try Duo with a demo programme</source>
        <translation>Duo &amp;uitproberen met een demoprogramma</translation>
    </message>
    <message>
        <source>{count} invented mentees and mentors, to try everything out before the real work starts.</source>
        <translation>{count} verzonnen mentees en mentoren, om alles uit te proberen voor het echte werk begint.</translation>
    </message>
    <message>
        <source>Open a programme folder</source>
        <translation>Een programmamap openen</translation>
    </message>
    <message>
        <source>Making {count} invented mentees and mentors…</source>
        <translation>{count} verzonnen mentees en mentoren worden aangemaakt…</translation>
    </message>
</context>
</TS>
