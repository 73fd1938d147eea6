<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement — {names}</source>
        <translation>Overeenkomst — {names}</translation>
    </message>
    <message>
        <source>What the mentor and the mentee agree at the start, signed by both and by the coach: the duration, how often they are in contact, where they meet, what each of them will do, and the ethics charter.</source>
        <translation>Wat mentor en mentee bij de start afspreken, ondertekend door beiden en door de coach: de duur, hoe vaak ze contact hebben, waar ze afspreken, wat elk van hen zal doen, en het ethisch charter.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>e.g. the library café, online on Teams</source>
        <translation>bv. het cafetaria van de bib, online via Teams</translation>
    </message>
    <message>
        <source>e.g. WhatsApp between meetings</source>
        <translation>bv. WhatsApp tussen de ontmoetingen</translation>
    </message>
    <message>
        <source>e.g. reads the CV, introduces two contacts</source>
        <translation>bv. leest het cv na, stelt twee contacten voor</translation>
    </message>
    <message>
        <source>e.g. takes the initiative, reports after meetings</source>
        <translation>bv. neemt initiatief, brengt verslag uit na ontmoetingen</translation>
    </message>
    <message>
        <source>the version signed, e.g. 2026-1</source>
        <translation>de ondertekende versie, bv. 2026-1</translation>
    </message>
    <message>
        <source>Me&amp;ntor signed on:</source>
        <translation>Me&amp;ntor tekende op:</translation>
    </message>
    <message>
        <source>Ment&amp;ee signed on:</source>
        <translation>Ment&amp;ee tekende op:</translation>
    </message>
    <message>
        <source>&amp;Coach signed on:</source>
        <translation>&amp;Coach tekende op:</translation>
    </message>
    <message>
        <source>&amp;Save the agreement</source>
        <translation>Overeenkomst op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Sta&amp;rt op:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>&amp;Meeting places:</source>
        <translation>&amp;Plaatsen van ontmoeting:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch by:</source>
        <translation>Contact houden &amp;via:</translation>
    </message>
    <message>
        <source>The mentor &amp;will:</source>
        <translation>De mentor &amp;zal:</translation>
    </message>
    <message>
        <source>The mentee w&amp;ill:</source>
        <translation>De mentee za&amp;l:</translation>
    </message>
    <message>
        <source>Ethics c&amp;harter:</source>
        <translation>Ethisch c&amp;harter:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Handtekeningen:</translation>
    </message>
    <message>
        <source>The planned end must come after the start. Check the dates.</source>
        <translation>Het geplande einde moet na de start komen. Kijk de datums na.</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Edit agreement…</source>
        <translation>Overeenkomst bewerken…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation>Overeenkomst afdrukken…</translation>
    </message>
    <message>
        <source>To sign: the agreement as saved, or blank terms to fill in by hand</source>
        <translation>Om te ondertekenen: de overeenkomst zoals opgeslagen, of blanco voorwaarden om met de hand in te vullen</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Path</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>&amp;Edit intake</source>
        <translation>Intake &amp;bewerken</translation>
    </message>
    <message>
        <source>Change the intake (Ctrl+E)</source>
        <translation>De intake wijzigen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Screening dec&amp;ision…</source>
        <translation>Besl&amp;issing na de intake…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print a document of this participant (Ctrl+P)</source>
        <translation>Een document van deze deelnemer afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <source>{status}, for {wait} so far</source>
        <translation>{status}, al {wait}</translation>
    </message>
    <message>
        <source>Coach: {name}</source>
        <translation>Coach: {name}</translation>
    </message>
    <message>
        <source>No coach yet</source>
        <translation>Nog geen coach</translation>
    </message>
    <message>
        <source>A match is proposed or a duo is running: end it before a new decision.</source>
        <translation>Er is een match voorgesteld of een duo loopt: beëindig dat eerst, vóór een nieuwe beslissing.</translation>
    </message>
    <message>
        <source>This case file cannot be shown</source>
        <translation>Dit dossier kan niet getoond worden</translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation>volgende: {step}</translation>
    </message>
</context>
<context>
    <name>CaseJournal</name>
    <message>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Nog geen contacten genoteerd.</translation>
    </message>
    <message>
        <source>No screening decision yet.</source>
        <translation>Nog geen beslissing na de intake.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; on {day}, by {name}</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt; op {day}, door {name}</translation>
    </message>
    <message>
        <source>Referred to: {where}</source>
        <translation>Doorverwezen naar: {where}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Waarom: {reason}</translation>
    </message>
    <message>
        <source>Reason (in the refusal letter): {reason}</source>
        <translation>Reden (in de weigeringsbrief): {reason}</translation>
    </message>
    <message>
        <source>Profile changed: {fields}</source>
        <translation>Profiel gewijzigd: {fields}</translation>
    </message>
    <message>
        <source>Case file created</source>
        <translation>Dossier aangemaakt</translation>
    </message>
    <message>
        <source>Screening decision: {decision}</source>
        <translation>Beslissing na de intake: {decision}</translation>
    </message>
    <message>
        <source>New step on the path: {step}</source>
        <translation>Nieuwe stap in het traject: {step}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed</source>
        <translation>
            <numerusform>%n document verwijderd</numerusform>
            <numerusform>%n documenten verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Document attached: {files}</source>
        <translation>Document toegevoegd: {files}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purposes}</source>
        <translation>Toestemming ingetrokken: {purposes}</translation>
    </message>
    <message>
        <source>Consent recorded: {purposes}</source>
        <translation>Toestemming genoteerd: {purposes}</translation>
    </message>
    <message>
        <source>Consents changed</source>
        <translation>Toestemmingen gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n notitie toegevoegd</numerusform>
            <numerusform>%n notities toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed</source>
        <translation>
            <numerusform>%n notitie gewijzigd</numerusform>
            <numerusform>%n notities gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) removed</source>
        <translation>
            <numerusform>%n notitie verwijderd</numerusform>
            <numerusform>%n notities verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged</source>
        <translation>
            <numerusform>%n contact genoteerd</numerusform>
            <numerusform>%n contacten genoteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) changed</source>
        <translation>
            <numerusform>%n contact gewijzigd</numerusform>
            <numerusform>%n contacten gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) removed</source>
        <translation>
            <numerusform>%n contact verwijderd</numerusform>
            <numerusform>%n contacten verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>File brought up to date for a new version of Duo</source>
        <translation>Bestand bijgewerkt voor een nieuwe versie van Duo</translation>
    </message>
    <message>
        <source>Job target changed</source>
        <translation>Jobdoelwit gewijzigd</translation>
    </message>
    <message>
        <source>Languages changed</source>
        <translation>Talen gewijzigd</translation>
    </message>
    <message>
        <source>Other details changed</source>
        <translation>Andere gegevens gewijzigd</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen genoteerd.</translation>
    </message>
</context>
<context>
    <name>CasePrintMenu</name>
    <message>
        <source>&amp;Intake summary…</source>
        <translation>&amp;Intakeverslag…</translation>
    </message>
    <message>
        <source>&amp;Letter after screening…</source>
        <translation>&amp;Brief na het intakegesprek…</translation>
    </message>
    <message>
        <source>&amp;Consent form…</source>
        <translation>&amp;Toestemmingsformulier…</translation>
    </message>
    <message>
        <source>Complete &amp;file (GDPR access request)…</source>
        <translation>Volledig &amp;dossier (inzageverzoek AVG)…</translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation>Intakeverslag</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <source>Complete file</source>
        <translation>Volledig dossier</translation>
    </message>
    <message>
        <source>Record the screening decision first: the letter tells it.</source>
        <translation>Noteer eerst de beslissing na de intake: de brief deelt ze mee.</translation>
    </message>
    <message>
        <source>&amp;Letter after screening: acceptance…</source>
        <translation>&amp;Brief na het intakegesprek: aanvaarding…</translation>
    </message>
    <message>
        <source>&amp;Letter after screening: refusal…</source>
        <translation>&amp;Brief na het intakegesprek: weigering…</translation>
    </message>
    <message>
        <source>&amp;Letter after screening: referral…</source>
        <translation>&amp;Brief na het intakegesprek: doorverwijzing…</translation>
    </message>
</context>
<context>
    <name>CaseProfile</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>{municipality} ({postcode})</source>
        <translation>{municipality} ({postcode})</translation>
    </message>
    <message>
        <source>Municipality and postcode</source>
        <translation>Gemeente en postcode</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Identiteit en contact</translation>
    </message>
    <message>
        <source>{language}: {level}</source>
        <translation>{language}: {level}</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Origin and right to work</source>
        <translation>Herkomst en recht op werk</translation>
    </message>
    <message>
        <source>Diploma and experience</source>
        <translation>Diploma en ervaring</translation>
    </message>
    <message>
        <source>{domain}: {level} of 5</source>
        <translation>{domain}: {level} op 5</translation>
    </message>
    <message>
        <source>The coach&apos;s assessment</source>
        <translation>Inschatting van de coach</translation>
    </message>
    <message>
        <source>{level} of 5</source>
        <translation>{level} op 5</translation>
    </message>
    <message>
        <source>Preferences and needs</source>
        <translation>Voorkeuren en noden</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Sector and occupation</source>
        <translation>Sector en beroep</translation>
    </message>
    <message>
        <source>Languages and availability</source>
        <translation>Talen en beschikbaarheid</translation>
    </message>
    <message>
        <source>Motivation and qualities</source>
        <translation>Motivatie en kwaliteiten</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Jobdoelwit</translation>
    </message>
    <message>
        <source>Occupation and sector</source>
        <translation>Beroep en sector</translation>
    </message>
    <message>
        <source>Not written yet: the mentee learns nothing about this mentor until it is (Edit intake).</source>
        <translation>Nog niet geschreven: de mentee komt niets over deze mentor te weten tot het er is (Intake bewerken).</translation>
    </message>
    <message>
        <source>Short profile, as the mentee will see it</source>
        <translation>Kort profiel, zoals de mentee het zal zien</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
</context>
<context>
    <name>CaseTables</name>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Tekstversie</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>(a participant who was erased)</source>
        <translation>(een deelnemer die gewist werd)</translation>
    </message>
    <message>
        <source>&amp;Notes ({count})</source>
        <translation>&amp;Notities ({count})</translation>
    </message>
    <message>
        <source>C&amp;ontacts ({count})</source>
        <translation>C&amp;ontacten ({count})</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Match</translation>
    </message>
    <message>
        <source>D&amp;uos</source>
        <translation>D&amp;uo&apos;s</translation>
    </message>
    <message>
        <source>D&amp;uo</source>
        <translation>D&amp;uo</translation>
    </message>
    <message>
        <source>&amp;Screening and consent</source>
        <translation>&amp;Screening en toestemming</translation>
    </message>
    <message>
        <source>&amp;Documents ({count})</source>
        <translation>&amp;Documenten ({count})</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Record that {name} withdrew consent today for: {purpose}? The consent stays in the case file with both dates, as proof.</source>
        <translation>Noteren dat {name} vandaag de toestemming introk voor: {purpose}? De toestemming blijft met beide datums in het dossier, als bewijs.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Een document toevoegen</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documenten ({patterns})</translation>
    </message>
    <message>
        <source>{mentee} and {mentor}</source>
        <translation>{mentee} en {mentor}</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>{name} was erased. The erasure log keeps only the date and the reason.</source>
        <translation>{name} is gewist. Het wislogboek bewaart alleen de datum en de reden.</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>(former staff member)</source>
        <translation>(vroegere medewerker)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Land van herkomst</translation>
    </message>
    <message>
        <source>Arrived in Belgium</source>
        <translation>In België sinds</translation>
    </message>
    <message>
        <source>Right to work</source>
        <translation>Recht op werk</translation>
    </message>
    <message>
        <source>Diploma level</source>
        <translation>Diplomaniveau</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Studierichting</translation>
    </message>
    <message>
        <source>Diploma from</source>
        <translation>Diploma behaald in</translation>
    </message>
    <message>
        <source>Diploma recognised in Belgium</source>
        <translation>Diploma erkend in België</translation>
    </message>
    <message>
        <source>Years of work experience</source>
        <translation>Jaren werkervaring</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <source>Openness to feedback</source>
        <translation>Openheid voor feedback</translation>
    </message>
    <message>
        <source>Actively searching</source>
        <translation>Zoekt actief werk</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Prefers a mentor who is</source>
        <translation>Gewenste mentor</translation>
    </message>
    <message>
        <source>Prefers a mentor aged</source>
        <translation>Gewenste leeftijd van de mentor</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Specifieke noden</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Doorverwezen door</translation>
    </message>
    <message>
        <source>Contact person there</source>
        <translation>Contactpersoon daar</translation>
    </message>
    <message>
        <source>Needs in the six domains</source>
        <translation>Noden in de zes domeinen</translation>
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
        <source>Generalist (HR or recruiter)</source>
        <translation>Generalist (hr of rekrutering)</translation>
    </message>
    <message>
        <source>Mentees at once</source>
        <translation>Mentees tegelijk</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Kwaliteiten</translation>
    </message>
    <message>
        <source>Short profile</source>
        <translation>Kort profiel</translation>
    </message>
    <message>
        <source>LinkedIn or CV link</source>
        <translation>LinkedIn of link naar cv</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Mentor training</source>
        <translation>Mentoropleiding</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
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
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Ander document</translation>
    </message>
    <message>
        <source>intake interview</source>
        <translation>intakegesprek</translation>
    </message>
    <message>
        <source>screening decision</source>
        <translation>beslissing na de intake</translation>
    </message>
    <message>
        <source>match proposal</source>
        <translation>matchvoorstel</translation>
    </message>
    <message>
        <source>first meeting of the duo</source>
        <translation>eerste ontmoeting van het duo</translation>
    </message>
    <message>
        <source>end of the duo</source>
        <translation>einde van het duo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>What it was about, in a few words</source>
        <translation>Waarover het ging, in een paar woorden</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Contact toe&amp;voegen</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Contactlogboek</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Kana&amp;al:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Sam&amp;envatting:</translation>
    </message>
</context>
<context>
    <name>DocumentWindow</name>
    <message>
        <source>{name} — Duo</source>
        <translation>{name} — Duo</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>&amp;Het bestand openen</translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation>Document toe&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Soor&amp;t:</translation>
    </message>
    <message>
        <source>PDF, Word (DOCX), OpenDocument (ODT) or pictures, up to {limit} MB. Enter or a double click opens the chosen document.</source>
        <translation>Pdf, Word (DOCX), OpenDocument (ODT) of afbeeldingen, tot {limit} MB. Enter of dubbelklikken opent het gekozen document.</translation>
    </message>
</context>
<context>
    <name>DuoCounts</name>
    <message numerus="yes">
        <source>%n duos</source>
        <translation>
            <numerusform>%n duo</numerusform>
            <numerusform>%n duo&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>om de %n dag</numerusform>
            <numerusform>om de %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest gap %n days</source>
        <translation>
            <numerusform>langste onderbreking %n dag</numerusform>
            <numerusform>langste onderbreking %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n ontbreekt</numerusform>
            <numerusform>%n ontbreken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuoPage</name>
    <message>
        <source>Pic&amp;k a duo:</source>
        <translation>&amp;Kies een duo:</translation>
    </message>
    <message>
        <source>No duo yet. A duo starts when mentor and mentee both confirm after their first meeting: see the Match tab.</source>
        <translation>Nog geen duo. Een duo start wanneer mentor en mentee allebei bevestigen na hun eerste ontmoeting: zie het tabblad Match.</translation>
    </message>
    <message>
        <source>Remove the meeting</source>
        <translation>De ontmoeting verwijderen</translation>
    </message>
    <message>
        <source>Remove the meeting of {day} from the duo? The case&apos;s history keeps that it was removed, not what it said.</source>
        <translation>De ontmoeting van {day} uit het duo verwijderen? De geschiedenis van het dossier houdt bij dat ze verwijderd werd, niet wat erin stond.</translation>
    </message>
    <message>
        <source>(a participant who was erased)</source>
        <translation>(een deelnemer die gewist werd)</translation>
    </message>
    <message>
        <source>Duo with {mentor} (since {start})</source>
        <translation>Duo met {mentor} (sinds {start})</translation>
    </message>
    <message>
        <source>Duo with {mentor} ({start} – ended {end})</source>
        <translation>Duo met {mentor} ({start} – beëindigd {end})</translation>
    </message>
    <message>
        <source>The interim call with both was due on {day}.</source>
        <translation>Het tussentijdse gesprek met beiden was gepland op {day}.</translation>
    </message>
    <message>
        <source>The interim call with both is due on {day}.</source>
        <translation>Het tussentijdse gesprek met beiden is gepland op {day}.</translation>
    </message>
    <message>
        <source>running since {day}</source>
        <translation>loopt sinds {day}</translation>
    </message>
    <message>
        <source>ended on {day}</source>
        <translation>beëindigd op {day}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>No duo yet: this mentor&apos;s duos appear here once validated.</source>
        <translation>Nog geen duo: de duo&apos;s van deze mentor verschijnen hier zodra ze bevestigd zijn.</translation>
    </message>
    <message>
        <source>1 duo</source>
        <translation>1 duo</translation>
    </message>
    <message>
        <source>{duos}, {running} running. Enter opens the mentee&apos;s case.</source>
        <translation>{duos}, {running} lopend. Enter opent het dossier van de mentee.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>{mentee} and {mentor}</source>
        <translation>{mentee} en {mentor}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>ended on {day} (early: {reason})</source>
        <translation>beëindigd op {day} (vroegtijdig: {reason})</translation>
    </message>
    <message>
        <source>ended on {day} (early)</source>
        <translation>beëindigd op {day} (vroegtijdig)</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>sinds {day}</translation>
    </message>
    <message>
        <source>planned end {day}</source>
        <translation>gepland einde {day}</translation>
    </message>
    <message>
        <source>contact {every}</source>
        <translation>contact {every}</translation>
    </message>
    <message>
        <source>no meeting or contact logged yet</source>
        <translation>nog geen ontmoeting of contact genoteerd</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 dag geleden</translation>
    </message>
    <message>
        <source>last contact {day} ({ago})</source>
        <translation>laatste contact {day} ({ago})</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>laatste contact {day}</translation>
    </message>
    <message>
        <source>{names} — {state}</source>
        <translation>{names} — {state}</translation>
    </message>
    <message>
        <source>Open concern since {day}: {action} — by {by}</source>
        <translation>Open zorg sinds {day}: {action} — tegen {by}</translation>
    </message>
    <message>
        <source>Open concern since {day}: {action}</source>
        <translation>Open zorg sinds {day}: {action}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>No agreement yet: write down what they agreed, and who signed.</source>
        <translation>Nog geen overeenkomst: noteer wat ze afspraken, en wie tekende.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Start op</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>{months}, until {day}</source>
        <translation>{months}, tot {day}</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Meeting places</source>
        <translation>Plaatsen van ontmoeting</translation>
    </message>
    <message>
        <source>Keep in touch by</source>
        <translation>Contact houden via</translation>
    </message>
    <message>
        <source>The mentor will</source>
        <translation>De mentor zal</translation>
    </message>
    <message>
        <source>The mentee will</source>
        <translation>De mentee zal</translation>
    </message>
    <message>
        <source>Ethics charter</source>
        <translation>Ethisch charter</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>mentor: {mentor} · mentee: {mentee} · coach: {coach}</source>
        <translation>mentor: {mentor} · mentee: {mentee} · coach: {coach}</translation>
    </message>
    <message>
        <source>Written on {moment} by {name}</source>
        <translation>Geschreven op {moment} door {name}</translation>
    </message>
    <message>
        <source>Changed on {moment} by {name}</source>
        <translation>Gewijzigd op {moment} door {name}</translation>
    </message>
    <message>
        <source>with: {who}</source>
        <translation>met: {who}</translation>
    </message>
    <message>
        <source>concern: {action}</source>
        <translation>zorg: {action}</translation>
    </message>
    <message>
        <source>{state} (no consent to be contacted)</source>
        <translation>{state} (geen toestemming om gecontacteerd te worden)</translation>
    </message>
    <message>
        <source>The mentee has not consented to be contacted for outcome follow-ups: record only what they told of their own accord.</source>
        <translation>De mentee gaf geen toestemming om gecontacteerd te worden voor de opvolging van resultaten: noteer alleen wat die uit zichzelf vertelde.</translation>
    </message>
    <message>
        <source>The mentor has not consented to be contacted for evaluations: record only what they gave of their own accord.</source>
        <translation>De mentor gaf geen toestemming om gecontacteerd te worden voor evaluaties: noteer alleen wat die uit zichzelf gaf.</translation>
    </message>
    <message>
        <source>The mentee has not consented to be contacted for evaluations: record only what they gave of their own accord.</source>
        <translation>De mentee gaf geen toestemming om gecontacteerd te worden voor evaluaties: noteer alleen wat die uit zichzelf gaf.</translation>
    </message>
    <message>
        <source>Reopened because: {reason}</source>
        <translation>Heropend omdat: {reason}</translation>
    </message>
    <message>
        <source>No final meeting recorded.</source>
        <translation>Geen slotgesprek genoteerd.</translation>
    </message>
    <message>
        <source>Final meeting on {day}, online</source>
        <translation>Slotgesprek op {day}, online</translation>
    </message>
    <message>
        <source>Final meeting on {day}</source>
        <translation>Slotgesprek op {day}</translation>
    </message>
    <message>
        <source>The mentor told the mentee:</source>
        <translation>De mentor zei tegen de mentee:</translation>
    </message>
    <message>
        <source>The mentee told the mentor:</source>
        <translation>De mentee zei tegen de mentor:</translation>
    </message>
    <message>
        <source>The planned end ({day}) has passed: plan the final meeting.</source>
        <translation>Het geplande einde ({day}) is voorbij: plan het slotgesprek.</translation>
    </message>
    <message>
        <source>Planned to end on {day}.</source>
        <translation>Gepland einde op {day}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet voldaan</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>{state} ({detail})</source>
        <translation>{state} ({detail})</translation>
    </message>
</context>
<context>
    <name>DuoWords</name>
    <message>
        <source>Skills, talents and aspirations</source>
        <translation>Vaardigheden, talenten en ambities</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Motivation / cover letter</source>
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
        <translation>Voorbereiding op een sollicitatiegesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Ontmoeting</translation>
    </message>
    <message>
        <source>Short contact</source>
        <translation>Kort contact</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiek</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beiden</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Interim call (after one month)</source>
        <translation>Tussentijds gesprek (na een maand)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Opvolgingsgesprek</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Bemiddeling</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Change the ending — {names}</source>
        <translation>Het einde wijzigen — {names}</translation>
    </message>
    <message>
        <source>The duo ended on {day}. Add what was forgotten or came later: the final meeting, the feedback, a better reason. The end day stays: if it is wrong, reopen the duo and end it again on the right day.</source>
        <translation>Het duo eindigde op {day}. Vul aan wat vergeten werd of later kwam: het slotgesprek, de feedback, een betere reden. De einddatum blijft: klopt die niet, heropen dan het duo en beëindig het opnieuw op de juiste dag.</translation>
    </message>
    <message>
        <source>End the duo — {names}</source>
        <translation>Het duo beëindigen — {names}</translation>
    </message>
    <message>
        <source>The duo was planned to end on {day}. Ending it frees the mentor&apos;s place; the ending, the final meeting and the feedback stay in the mentee&apos;s case file.</source>
        <translation>Het duo zou eindigen op {day}. Door het te beëindigen komt de plaats van de mentor vrij; het einde, het slotgesprek en de feedback blijven in het dossier van de mentee.</translation>
    </message>
    <message>
        <source>Ending the duo frees the mentor&apos;s place; the ending, the final meeting and the feedback stay in the mentee&apos;s case file.</source>
        <translation>Door het duo te beëindigen komt de plaats van de mentor vrij; het einde, het slotgesprek en de feedback blijven in het dossier van de mentee.</translation>
    </message>
    <message>
        <source>&amp;Planned end</source>
        <translation>&amp;Gepland einde</translation>
    </message>
    <message>
        <source>&amp;Early end</source>
        <translation>&amp;Vroegtijdig einde</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Wat er gebeurde, in een paar woorden</translation>
    </message>
    <message>
        <source>&amp;Final meeting on:</source>
        <translation>&amp;Slotgesprek op:</translation>
    </message>
    <message>
        <source>Onl&amp;ine</source>
        <translation>Onl&amp;ine</translation>
    </message>
    <message>
        <source>What the mentor tells the mentee</source>
        <translation>Wat de mentor tegen de mentee zegt</translation>
    </message>
    <message>
        <source>What the mentee tells the mentor</source>
        <translation>Wat de mentee tegen de mentor zegt</translation>
    </message>
    <message>
        <source>The mentee &amp;waits for a new mentor</source>
        <translation>De mentee &amp;wacht op een nieuwe mentor</translation>
    </message>
    <message>
        <source>End the &amp;duo</source>
        <translation>Het &amp;duo beëindigen</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>Wij&amp;zigingen opslaan</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Beëindigd &amp;op:</translation>
    </message>
    <message>
        <source>Kind of end:</source>
        <translation>Soort einde:</translation>
    </message>
    <message>
        <source>Ended &amp;by:</source>
        <translation>B&amp;eëindigd door:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Feedback to the men&amp;tee:</source>
        <translation>Feedback aan de men&amp;tee:</translation>
    </message>
    <message>
        <source>Feedback to the &amp;mentor:</source>
        <translation>Feedback aan de &amp;mentor:</translation>
    </message>
    <message>
        <source>Choose why the duo ended early: the reason is kept with the duo.</source>
        <translation>Kies waarom het duo vroegtijdig eindigde: de reden wordt bij het duo bewaard.</translation>
    </message>
</context>
<context>
    <name>EndingSection</name>
    <message>
        <source>Ending</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>End &amp;the duo…</source>
        <translation>&amp;Het duo beëindigen…</translation>
    </message>
    <message>
        <source>Reopen &amp;the duo…</source>
        <translation>&amp;Het duo heropenen…</translation>
    </message>
    <message>
        <source>Ch&amp;ange the ending…</source>
        <translation>Het einde wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Add a forgotten final meeting or feedback given later; the end day stays</source>
        <translation>Een vergeten slotgesprek of later gegeven feedback toevoegen; de einddatum blijft</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Certificaat afdrukken</translation>
    </message>
    <message>
        <source>For the &amp;mentee, {name}…</source>
        <translation>Voor de &amp;mentee, {name}…</translation>
    </message>
    <message>
        <source>For the men&amp;tor, {name}…</source>
        <translation>Voor de men&amp;tor, {name}…</translation>
    </message>
    <message>
        <source>For the men&amp;tor (erased)</source>
        <translation>Voor de men&amp;tor (gewist)</translation>
    </message>
</context>
<context>
    <name>EndingWords</name>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Early end</source>
        <translation>Vroegtijdig einde</translation>
    </message>
    <message>
        <source>Both together</source>
        <translation>Beiden samen</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>De mentee</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>De mentor</translation>
    </message>
    <message>
        <source>The coach</source>
        <translation>De coach</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Werkzoekend</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Aan het werk</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>In opleiding</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Vast contract</translation>
    </message>
    <message>
        <source>Fixed term of 6 months or more</source>
        <translation>Bepaalde duur van 6 maanden of meer</translation>
    </message>
    <message>
        <source>Fixed term under 6 months</source>
        <translation>Bepaalde duur van minder dan 6 maanden</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
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
        <source>{months} months after the end</source>
        <translation>{months} maanden na het einde</translation>
    </message>
    <message>
        <source>permanent contract</source>
        <translation>vast contract</translation>
    </message>
    <message>
        <source>fixed term of 6 months or more</source>
        <translation>bepaalde duur van 6 maanden of meer</translation>
    </message>
    <message>
        <source>fixed term under 6 months</source>
        <translation>bepaalde duur van minder dan 6 maanden</translation>
    </message>
    <message>
        <source>at the right level</source>
        <translation>op het juiste niveau</translation>
    </message>
    <message>
        <source>not at the right level</source>
        <translation>niet op het juiste niveau</translation>
    </message>
    <message>
        <source>in the desired sector</source>
        <translation>in de gewenste sector</translation>
    </message>
    <message>
        <source>not in the desired sector</source>
        <translation>niet in de gewenste sector</translation>
    </message>
    <message>
        <source>{months} months: {facts} — learned {day} ({source})</source>
        <translation>{months} maanden: {facts} — vernomen op {day} ({source})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Early end on {day}, decided together</source>
        <translation>Vroegtijdig einde op {day}, samen beslist</translation>
    </message>
    <message>
        <source>Early end on {day}, decided by the mentee</source>
        <translation>Vroegtijdig einde op {day}, beslist door de mentee</translation>
    </message>
    <message>
        <source>Early end on {day}, decided by the mentor</source>
        <translation>Vroegtijdig einde op {day}, beslist door de mentor</translation>
    </message>
    <message>
        <source>Early end on {day}, decided by the coach</source>
        <translation>Vroegtijdig einde op {day}, beslist door de coach</translation>
    </message>
    <message>
        <source>Planned end on {day}</source>
        <translation>Gepland einde op {day}</translation>
    </message>
    <message>
        <source>{line}: {reason}</source>
        <translation>{line}: {reason}</translation>
    </message>
    <message>
        <source>{line} — reopened on {day}</source>
        <translation>{line} — heropend op {day}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <translation>{name} wissen</translation>
    </message>
    <message>
        <source>Erasing removes {name}&apos;s case file for good: the intake, notes, contacts, documents and history. Backups made before today still hold it until they are replaced. The programme&apos;s erasure log keeps only the date and the reason.</source>
        <translation>Wissen verwijdert het dossier van {name} voorgoed: de intake, notities, contacten, documenten en geschiedenis. Back-ups van vóór vandaag bevatten het nog tot ze vervangen worden. Het wislogboek van het programma bewaart alleen de datum en de reden.</translation>
    </message>
    <message>
        <source>The participant asked to be erased</source>
        <translation>De deelnemer vroeg om gewist te worden</translation>
    </message>
    <message>
        <source>Registered by mistake or twice</source>
        <translation>Per vergissing of dubbel ingeschreven</translation>
    </message>
    <message>
        <source>The retention period is over</source>
        <translation>De bewaartermijn is voorbij</translation>
    </message>
    <message>
        <source>Choose or type (without the name)</source>
        <translation>Kies of typ (zonder de naam)</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Ik &amp;begrijp dat dit niet ongedaan kan worden</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>Voorgoed &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>{evaluation} — {names}</source>
        <translation>{evaluation} — {names}</translation>
    </message>
    <message>
        <source>{names}. Questions: {set}, version {version}.</source>
        <translation>{names}. Vragen: {set}, versie {version}.</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Beantwoord op:</translation>
    </message>
    <message>
        <source>Tab moves to the next question; the arrow keys or Space choose an answer, Delete takes it back. A question left open stays unanswered. Ctrl+Enter saves.</source>
        <translation>Tab gaat naar de volgende vraag; met de pijltjestoetsen of de spatiebalk kies je een antwoord, Delete maakt het ongedaan. Een open gelaten vraag blijft onbeantwoord. Ctrl+Enter slaat op.</translation>
    </message>
    <message>
        <source>&amp;Save the evaluation</source>
        <translation>Evaluatie op&amp;slaan</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>Answer at least one question before saving.</source>
        <translation>Beantwoord minstens één vraag voor je opslaat.</translation>
    </message>
</context>
<context>
    <name>EvaluationWords</name>
    <message>
        <source>Interim evaluation — mentee</source>
        <translation>Tussentijdse evaluatie — mentee</translation>
    </message>
    <message>
        <source>Interim evaluation — mentor</source>
        <translation>Tussentijdse evaluatie — mentor</translation>
    </message>
    <message>
        <source>Interim evaluation — coach&apos;s view</source>
        <translation>Tussentijdse evaluatie — blik van de coach</translation>
    </message>
    <message>
        <source>Final evaluation — mentee</source>
        <translation>Eindevaluatie — mentee</translation>
    </message>
    <message>
        <source>Final evaluation — mentor</source>
        <translation>Eindevaluatie — mentor</translation>
    </message>
    <message>
        <source>Final evaluation — coach&apos;s view</source>
        <translation>Eindevaluatie — blik van de coach</translation>
    </message>
    <message>
        <source>The coach&apos;s view of a duo (interim and final)</source>
        <translation>De blik van de coach op een duo (tussentijds en op het einde)</translation>
    </message>
    <message>
        <source>Version {number} is in use.</source>
        <translation>Versie {number} is in gebruik.</translation>
    </message>
    <message>
        <source>Version {number} is in use (saved on {day} by {name}).</source>
        <translation>Versie {number} is in gebruik (opgeslagen op {day} door {name}).</translation>
    </message>
    <message>
        <source>Your changes become version {next} when you press OK; evaluations already answered keep the questions they were answered with.</source>
        <translation>Je wijzigingen worden versie {next} wanneer je op OK drukt; evaluaties die al beantwoord zijn, houden de vragen waarmee ze beantwoord werden.</translation>
    </message>
    <message>
        <source>Version {number}: {count} questions, as shipped with Duo</source>
        <translation>Versie {number}: {count} vragen, zoals meegeleverd met Duo</translation>
    </message>
    <message>
        <source>Version {number}: {count} questions</source>
        <translation>Versie {number}: {count} vragen</translation>
    </message>
    <message>
        <source>Version {number}: {count} questions, saved on {day} by {name}</source>
        <translation>Versie {number}: {count} vragen, opgeslagen op {day} door {name}</translation>
    </message>
    <message>
        <source>Scale from 1 to 5</source>
        <translation>Schaal van 1 tot 5</translation>
    </message>
    <message>
        <source>Scale from 1 to 4</source>
        <translation>Schaal van 1 tot 4</translation>
    </message>
    <message>
        <source>No / sometimes / yes</source>
        <translation>Nee / soms / ja</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vrije tekst</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Soms</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>None of the above</source>
        <translation>Geen van deze</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>{value} of {top}</source>
        <translation>{value} op {top}</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>done on {day}</source>
        <translation>ingevuld op {day}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Open the ans&amp;wers…</source>
        <translation>De antwoorden open&amp;en…</translation>
    </message>
    <message>
        <source>Fill in the ans&amp;wers…</source>
        <translation>De antwoorden invull&amp;en…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up — {names}</source>
        <translation>Opvolging — {names}</translation>
    </message>
    <message>
        <source>After one month the coach calls both for the interim evaluation, then keeps in regular contact. Flag a concern when something needs acting on: Today shows it until a later follow-up closes it.</source>
        <translation>Na een maand belt de coach beiden voor de tussentijdse evaluatie en houdt daarna regelmatig contact. Meld een zorg wanneer er iets moet gebeuren: Vandaag toont ze tot een latere opvolging ze afsluit.</translation>
    </message>
    <message>
        <source>&amp;Interim call</source>
        <translation>&amp;Tussentijds gesprek</translation>
    </message>
    <message>
        <source>Chec&amp;k-in</source>
        <translation>Opvol&amp;gingsgesprek</translation>
    </message>
    <message>
        <source>Me&amp;diation</source>
        <translation>Be&amp;middeling</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <source>How it goes, in their words</source>
        <translation>Hoe het loopt, in hun woorden</translation>
    </message>
    <message>
        <source>Anything that does not work</source>
        <translation>Wat niet werkt</translation>
    </message>
    <message>
        <source>Extra support agreed, if any</source>
        <translation>Afgesproken extra ondersteuning, als die er is</translation>
    </message>
    <message>
        <source>There is a &amp;concern</source>
        <translation>Er is een &amp;zorg</translation>
    </message>
    <message>
        <source>What happens next, and who does it</source>
        <translation>Wat er nu gebeurt, en wie het doet</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>T&amp;egen:</translation>
    </message>
    <message>
        <source>&amp;Save the follow-up</source>
        <translation>Opvolging op&amp;slaan</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Op:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Met:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Ho&amp;w it goes:</source>
        <translation>&amp;Hoe het loopt:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemen:</translation>
    </message>
    <message>
        <source>S&amp;upport agreed:</source>
        <translation>&amp;Afgesproken steun:</translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation>&amp;Volgende actie:</translation>
    </message>
    <message>
        <source>A concern needs a next action: say what happens next, and when.</source>
        <translation>Een zorg vraagt een volgende actie: zeg wat er nu gebeurt, en wanneer.</translation>
    </message>
    <message>
        <source>The next action cannot be dated before the follow-up.</source>
        <translation>De volgende actie kan niet vóór de opvolging gedateerd zijn.</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Coach follow-up</source>
        <translation>Opvolging door de coach</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>&amp;Follow-up call…</source>
        <translation>Opvo&amp;lgingsgesprek…</translation>
    </message>
    <message>
        <source>Enter or a double click opens a follow-up to correct it.</source>
        <translation>Enter of dubbelklikken opent een opvolging om ze te verbeteren.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Dec&amp;line…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>Review side &amp;by side…</source>
        <translation>Naast elkaar &amp;vergelijken…</translation>
    </message>
    <message>
        <source>Change the mee&amp;ting…</source>
        <translation>Ontmoe&amp;ting wijzigen…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>&amp;Find a mentor…</source>
        <translation>Mentor &amp;zoeken…</translation>
    </message>
    <message>
        <source>Waiting for a match: find a mentor to propose.</source>
        <translation>Wacht op een match: zoek een mentor om voor te stellen.</translation>
    </message>
    <message>
        <source>No match is running.</source>
        <translation>Er loopt geen match.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; with {mentor}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; met {mentor}</translation>
    </message>
    <message>
        <source>The first meeting is on {day}: validate the duo once both confirmed after it.</source>
        <translation>De eerste ontmoeting is op {day}: bevestig het duo zodra beiden het daarna bevestigd hebben.</translation>
    </message>
    <message>
        <source>No match was proposed yet.</source>
        <translation>Er werd nog geen match voorgesteld.</translation>
    </message>
    <message>
        <source>&amp;Find a mentee…</source>
        <translation>Mentee &amp;zoeken…</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>{taken} van {capacity} plaatsen ingenomen</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>sinds {day}</translation>
    </message>
    <message>
        <source>No mentee yet.</source>
        <translation>Nog geen mentee.</translation>
    </message>
    <message>
        <source>Record the mentor&apos;s &amp;answer…</source>
        <translation>Antwoord van de mentor note&amp;ren…</translation>
    </message>
    <message>
        <source>Record the mentee&apos;s &amp;answer…</source>
        <translation>Antwoord van de mentee note&amp;ren…</translation>
    </message>
    <message>
        <source>Plan the first meetin&amp;g…</source>
        <translation>Eerste ontmoeting &amp;plannen…</translation>
    </message>
    <message>
        <source>Validate the d&amp;uo…</source>
        <translation>Het duo bevestig&amp;en…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <translation>nee: {reason}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Proposed on {day}</source>
        <translation>Voorgesteld op {day}</translation>
    </message>
    <message>
        <source>Mentor answered on {day}: {answer}</source>
        <translation>Mentor antwoordde op {day}: {answer}</translation>
    </message>
    <message>
        <source>Mentee answered on {day}: {answer}</source>
        <translation>Mentee antwoordde op {day}: {answer}</translation>
    </message>
    <message>
        <source>First meeting on {day} at {place}, with the coach</source>
        <translation>Eerste ontmoeting op {day} in {place}, met de coach</translation>
    </message>
    <message>
        <source>First meeting on {day} at {place}, without the coach</source>
        <translation>Eerste ontmoeting op {day} in {place}, zonder de coach</translation>
    </message>
    <message>
        <source>Validated by both; duo since {day}</source>
        <translation>Bevestigd door beiden; duo sinds {day}</translation>
    </message>
    <message>
        <source>Declined on {day} by the {who}: {reason}</source>
        <translation>Afgewezen op {day} door de {who}: {reason}</translation>
    </message>
    <message>
        <source>{mentor} — {state}</source>
        <translation>{mentor} — {state}</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Session summary — {names}</source>
        <translation>Verslag — {names}</translation>
    </message>
    <message>
        <source>What {names} reported. Tab moves on, Ctrl+Enter saves, Esc cancels.</source>
        <translation>Wat {names} meldden. Tab gaat verder, Ctrl+Enter slaat op, Esc annuleert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves from any field</source>
        <translation>Ctrl+Enter slaat op vanuit elk veld</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>niet genoteerd</translation>
    </message>
    <message>
        <source>e.g. the library café</source>
        <translation>bv. het cafetaria van de bib</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Verslag door:</translation>
    </message>
    <message>
        <source>&amp;1  Check-in</source>
        <translation>&amp;1  Check-in</translation>
    </message>
    <message>
        <source>&amp;2  Topic, SMART goal and plan</source>
        <translation>&amp;2  Thema, SMART-doel en plan</translation>
    </message>
    <message>
        <source>&amp;3  The work</source>
        <translation>&amp;3  Aan de slag</translation>
    </message>
    <message>
        <source>&amp;4  Next steps and the next appointment</source>
        <translation>&amp;4  Volgende stappen en de volgende afspraak</translation>
    </message>
    <message>
        <source>&amp;5  The collaboration</source>
        <translation>&amp;5  De samenwerking</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>How are they? Anything to say first?</source>
        <translation>Hoe gaat het met hen? Eerst iets te vertellen?</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>The most important topic today</source>
        <translation>Het belangrijkste thema van vandaag</translation>
    </message>
    <message>
        <source>SMART &amp;goal:</source>
        <translation>S&amp;MART-doel:</translation>
    </message>
    <message>
        <source>Specific, measurable, dated</source>
        <translation>Specifiek, meetbaar, gedateerd</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>The plan, step by step</source>
        <translation>Het plan, stap voor stap</translation>
    </message>
    <message>
        <source>What they worked on, and how it went</source>
        <translation>Waaraan ze werkten, en hoe het ging</translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation>Wie doet wat, tegen wanneer</translation>
    </message>
    <message>
        <source>Its &amp;topic:</source>
        <translation>Het &amp;thema:</translation>
    </message>
    <message>
        <source>What they will work on</source>
        <translation>Waaraan ze zullen werken</translation>
    </message>
    <message>
        <source>To prepar&amp;e:</source>
        <translation>Voor te bereid&amp;en:</translation>
    </message>
    <message>
        <source>What each prepares</source>
        <translation>Wat elk voorbereidt</translation>
    </message>
    <message>
        <source>What &amp;works:</source>
        <translation>Wat goed &amp;werkt:</translation>
    </message>
    <message>
        <source>In the collaboration</source>
        <translation>In de samenwerking</translation>
    </message>
    <message>
        <source>What is missi&amp;ng:</source>
        <translation>Wat o&amp;ntbreekt:</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Wat beter kan</translation>
    </message>
    <message>
        <source>Next &amp;appointment:</source>
        <translation>Volgende &amp;afspraak:</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>nog niet gepland</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Waarover het ging</translation>
    </message>
    <message>
        <source>Topics from the six domains</source>
        <translation>Thema&apos;s uit de zes domeinen</translation>
    </message>
    <message>
        <source>The five steps are not kept for a short contact: choose Meeting, or clear them.</source>
        <translation>De vijf stappen worden niet bewaard voor een kort contact: kies Ontmoeting, of maak ze leeg.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated in the future. Check the date.</source>
        <translation>Een ontmoeting kan niet in de toekomst gedateerd zijn. Kijk de datum na.</translation>
    </message>
    <message>
        <source>The date is before this duo began ({day}). Check the date.</source>
        <translation>De datum ligt vóór de start van dit duo ({day}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>The next appointment must come after this meeting. Check its date.</source>
        <translation>De volgende afspraak moet na deze ontmoeting komen. Kijk de datum ervan na.</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Meeting</source>
        <translation>Ontmoeting</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Ontmoetingen</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>Ontmoeting note&amp;ren…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Aanpassen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Print summar&amp;y…</source>
        <translation>&amp;Verslag afdrukken…</translation>
    </message>
    <message>
        <source>The summary of the meeting chosen in the list</source>
        <translation>Het verslag van de ontmoeting die in de lijst gekozen is</translation>
    </message>
    <message numerus="yes">
        <source>Meetings and contacts (%n)</source>
        <translation>
            <numerusform>Ontmoetingen en contacten (%n)</numerusform>
            <numerusform>Ontmoetingen en contacten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting logged yet. Ctrl+M logs one from anywhere in the case.</source>
        <translation>Nog geen ontmoeting genoteerd. Ctrl+M noteert er een vanaf elke plek in het dossier.</translation>
    </message>
    <message>
        <source>No meeting was logged for this duo.</source>
        <translation>Voor dit duo werd geen ontmoeting genoteerd.</translation>
    </message>
    <message>
        <source>The duo has ended: its meetings are kept as they are. The final meeting is part of the ending (Change the ending…); reopen the duo if it ended by mistake.</source>
        <translation>Het duo is beëindigd: de ontmoetingen blijven zoals ze zijn. Het slotgesprek hoort bij het einde (Het einde wijzigen…); heropen het duo als het per vergissing beëindigd werd.</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Enter or a double click in the list does the same</source>
        <translation>Enter of dubbelklikken in de lijst doet hetzelfde</translation>
    </message>
    <message>
        <source>The Delete key in the list does the same</source>
        <translation>De Delete-toets in de lijst doet hetzelfde</translation>
    </message>
</context>
<context>
    <name>MentorDuos</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Duos of this mentor</source>
        <translation>Duo&apos;s van deze mentor</translation>
    </message>
    <message>
        <source>Open the mentee&apos;s &amp;case</source>
        <translation>Dossier van de mentee o&amp;penen</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>Wat er gebeurde, wat er afgesproken werd, wat er nu komt</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <source>Ctrl+Enter in the note adds it too</source>
        <translation>Ctrl+Enter in de notitie voegt ze ook toe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note; it is dated today and signed by you.</source>
        <translation>Ctrl+Enter voegt de notitie toe; ze krijgt de datum van vandaag en jouw naam.</translation>
    </message>
    <message>
        <source>&amp;Write a note:</source>
        <translation>&amp;Een notitie schrijven:</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome follow-up — {names}</source>
        <translation>Opvolging van resultaten — {names}</translation>
    </message>
    <message>
        <source>The duo ended on {day}. Ask the mentee where they stand 3, 6, 9 and 12 months after the end: funders count jobs on a permanent contract or a fixed term of 6 months or more.</source>
        <translation>Het duo eindigde op {day}. Vraag de mentee 3, 6, 9 en 12 maanden na het einde hoe het gaat: financiers tellen jobs met een vast contract of een bepaalde duur van 6 maanden of meer.</translation>
    </message>
    <message>
        <source>&amp;Unemployed</source>
        <translation>&amp;Werkzoekend</translation>
    </message>
    <message>
        <source>&amp;Employed</source>
        <translation>&amp;Aan het werk</translation>
    </message>
    <message>
        <source>In &amp;training</source>
        <translation>In &amp;opleiding</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>A&amp;ndere</translation>
    </message>
    <message>
        <source>Their job, their training, what they said</source>
        <translation>De job, de opleiding, wat die vertelde</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>Resultaat note&amp;ren</translation>
    </message>
    <message>
        <source>A follow-up keeps its month: record another month as a new follow-up.</source>
        <translation>Een opvolging houdt haar maand: noteer een andere maand als een nieuwe opvolging.</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>O&amp;pvolging:</translation>
    </message>
    <message>
        <source>&amp;Date learned:</source>
        <translation>&amp;Datum vernomen:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situatie:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contract:</translation>
    </message>
    <message>
        <source>At the right &amp;level:</source>
        <translation>Op het &amp;juiste niveau:</translation>
    </message>
    <message>
        <source>In the desired &amp;sector:</source>
        <translation>In de gewenste &amp;sector:</translation>
    </message>
    <message>
        <source>Learned &amp;via:</source>
        <translation>Vernomen &amp;via:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Noti&amp;tie:</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>te doen tegen {day}</translation>
    </message>
    <message>
        <source>Choose the mentee&apos;s situation: unemployed, employed, in training or other.</source>
        <translation>Kies de situatie van de mentee: werkzoekend, aan het werk, in opleiding of andere.</translation>
    </message>
</context>
<context>
    <name>OutcomesSection</name>
    <message>
        <source>Outcomes after the end</source>
        <translation>Resultaten na het einde</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Outcome follow-ups</source>
        <translation>Opvolging van resultaten</translation>
    </message>
    <message>
        <source>Record out&amp;come…</source>
        <translation>Resul&amp;taat noteren…</translation>
    </message>
    <message>
        <source>due on {day}</source>
        <translation>te doen tegen {day}</translation>
    </message>
</context>
<context>
    <name>QualitySection</name>
    <message>
        <source>Quality criteria</source>
        <translation>Kwaliteitscriteria</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>For this duo</source>
        <translation>Voor dit duo</translation>
    </message>
    <message>
        <source>Quality criteria of this duo</source>
        <translation>Kwaliteitscriteria van dit duo</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the duo — {names}</source>
        <translation>Het duo heropenen — {names}</translation>
    </message>
    <message>
        <source>The duo ended on {day}. Reopen it only if it ended by mistake: the duo runs again and the mentor&apos;s place is taken again. The ending is kept in the history, marked as reopened.</source>
        <translation>Het duo eindigde op {day}. Heropen het alleen als het per vergissing beëindigd werd: het duo loopt dan opnieuw en de plaats van de mentor is weer ingenomen. Het einde blijft in de geschiedenis, gemarkeerd als heropend.</translation>
    </message>
    <message>
        <source>Why it ended by mistake (kept with the ending)</source>
        <translation>Waarom het per vergissing beëindigd werd (bewaard bij het einde)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Re&amp;open the duo</source>
        <translation>Het duo her&amp;openen</translation>
    </message>
    <message>
        <source>Note why the duo is reopened: the reason is kept with the ending.</source>
        <translation>Noteer waarom het duo heropend wordt: de reden wordt bij het einde bewaard.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening decision — {name}</source>
        <translation>Beslissing na de intake — {name}</translation>
    </message>
    <message>
        <source>&amp;Accept: the participant waits for a match</source>
        <translation>&amp;Aanvaarden: de deelnemer wacht op een match</translation>
    </message>
    <message>
        <source>Re&amp;fuse, with the reason</source>
        <translation>&amp;Weigeren, met de reden</translation>
    </message>
    <message>
        <source>R&amp;efer to more suitable support</source>
        <translation>&amp;Doorverwijzen naar meer passende ondersteuning</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <source>In the words the letter to the candidate will use</source>
        <translation>In de woorden die de brief aan de kandidaat zal gebruiken</translation>
    </message>
    <message>
        <source>Choose, or type the service or organisation</source>
        <translation>Kies, of typ de dienst of organisatie</translation>
    </message>
    <message>
        <source>Why this support suits the candidate better now</source>
        <translation>Waarom deze ondersteuning nu beter past bij de kandidaat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Beslist &amp;op:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Bes&amp;list door:</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>Beslissing op&amp;slaan</translation>
    </message>
    <message>
        <source>The participant goes on the waiting list from the day of the decision; the wait is counted from then.</source>
        <translation>De deelnemer komt op de wachtlijst vanaf de dag van de beslissing; de wachttijd telt vanaf dan.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;What the letter says:</source>
        <translation>Wat de &amp;brief zegt:</translation>
    </message>
    <message>
        <source>The candidate is told why. This text is shown again when the refusal letter is written, so write it for the candidate.</source>
        <translation>De kandidaat krijgt te horen waarom. Deze tekst verschijnt opnieuw wanneer de weigeringsbrief geschreven wordt, dus schrijf hem voor de kandidaat.</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>Doorverwezen &amp;naar:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Waaro&amp;m:</translation>
    </message>
    <message>
        <source>Say where the candidate is referred to.</source>
        <translation>Zeg naar waar de kandidaat doorverwezen wordt.</translation>
    </message>
    <message>
        <source>Write the reason for the refusal: the candidate is told it.</source>
        <translation>Schrijf de reden van de weigering: de kandidaat krijgt ze te horen.</translation>
    </message>
    <message>
        <source>Say why the candidate is referred.</source>
        <translation>Zeg waarom de kandidaat doorverwezen wordt.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening decisions</source>
        <translation>Beslissingen na de intake</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Toestemming intre&amp;kken…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet genoteerd</translation>
    </message>
    <message>
        <source>Info session: {info} · Intake interview: {intake}, by {who}</source>
        <translation>Infosessie: {info} · Intakegesprek: {intake}, door {who}</translation>
    </message>
</context>
</TS>
