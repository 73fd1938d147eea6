<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>DuoError</name>
    <message>
        <source>A refusal needs its reason, and a referral needs where to and why: the candidate is told them.</source>
        <translation>Bij een weigering hoort de reden, en bij een doorverwijzing waarheen en waarom: de kandidaat krijgt ze te horen.</translation>
    </message>
    <message>
        <source>This mentor has {count} match(es) running (proposed, or a duo). Decline or end them in the mentees&apos; case files first, then record a new screening decision.</source>
        <translation>Deze mentor heeft {count} lopende koppeling(en) (voorgesteld, of een duo). Wijs ze eerst af of beëindig ze in de dossiers van de mentees, en noteer daarna een nieuwe beslissing na de intake.</translation>
    </message>
    <message>
        <source>A match is proposed or a duo is running for this participant. End it before recording a new screening decision.</source>
        <translation>Voor deze deelnemer is een koppeling voorgesteld of loopt er een duo. Beëindig die eerst voor je een nieuwe beslissing na de intake noteert.</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the participant&apos;s last step ({since}). Check the date of the decision.</source>
        <translation>De beslissing kan niet gedateerd worden vóór de laatste stap van de deelnemer ({since}). Kijk de datum van de beslissing na.</translation>
    </message>
    <message>
        <source>Type the note first, then add it.</source>
        <translation>Typ eerst de notitie en voeg ze dan toe.</translation>
    </message>
    <message>
        <source>Say in a few words what the contact was about, then add it.</source>
        <translation>Zeg in een paar woorden waarover het contact ging en voeg het dan toe.</translation>
    </message>
    <message>
        <source>This consent is no longer in the case file. Open the case again.</source>
        <translation>Deze toestemming staat niet meer in het dossier. Open het dossier opnieuw.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Deze toestemming werd al ingetrokken.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>Een toestemming kan niet ingetrokken worden vóór de dag waarop ze gegeven werd.</translation>
    </message>
    <message>
        <source>Duo keeps documents as PDF, Word (DOCX), OpenDocument (ODT) or pictures (PNG, JPEG). Save the document in one of those formats, then attach it again.</source>
        <translation>Duo bewaart documenten als PDF, Word (DOCX), OpenDocument (ODT) of afbeelding (PNG, JPEG). Sla het document in een van die formaten op en voeg het dan opnieuw toe.</translation>
    </message>
    <message>
        <source>Give the reason for the erasure: the erasure log keeps it.</source>
        <translation>Geef de reden voor het wissen: het wislogboek bewaart ze.</translation>
    </message>
    <message>
        <source>This mentor has {count} match(es) running (proposed, or a duo). Decline or end them in the mentees&apos; case files first, then erase the mentor.</source>
        <translation>Deze mentor heeft {count} lopende koppeling(en) (voorgesteld, of een duo). Wijs ze eerst af of beëindig ze in de dossiers van de mentees, en wis daarna de mentor.</translation>
    </message>
    <message>
        <source>The final meeting cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Het slotgesprek kan niet gedateerd worden vóór de eerste ontmoeting van het duo ({start}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>This duo is no longer in the case file. Open the case again.</source>
        <translation>Dit duo staat niet meer in het dossier. Open het dossier opnieuw.</translation>
    </message>
    <message>
        <source>This match is not a duo yet: a duo starts when both confirmed after the first meeting. Validate the match first.</source>
        <translation>Deze koppeling is nog geen duo: een duo begint wanneer beiden na de eerste ontmoeting bevestigd hebben. Bevestig eerst de koppeling.</translation>
    </message>
    <message>
        <source>This duo has ended. Reopen it first if it ended by mistake.</source>
        <translation>Dit duo is beëindigd. Heropen het eerst als het per vergissing beëindigd werd.</translation>
    </message>
    <message>
        <source>This match is not a duo yet. Validate it first.</source>
        <translation>Deze koppeling is nog geen duo. Bevestig ze eerst.</translation>
    </message>
    <message>
        <source>The planned duration is between 1 and 36 months.</source>
        <translation>De geplande duur ligt tussen 1 en 36 maanden.</translation>
    </message>
    <message>
        <source>The planned end must come after the start. Check the dates.</source>
        <translation>Het geplande einde moet na het begin komen. Kijk de data na.</translation>
    </message>
    <message>
        <source>Agree to be in contact at least every {days} days (the quality criteria ask for every two weeks).</source>
        <translation>Spreek af om minstens om de {days} dagen contact te hebben (de kwaliteitscriteria vragen om de twee weken).</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future. Check the date.</source>
        <translation>Een handtekening kan niet in de toekomst gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>The agreement cannot start before the match was proposed.</source>
        <translation>De overeenkomst kan niet beginnen voor de koppeling voorgesteld werd.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated in the future. Check the date.</source>
        <translation>Een ontmoeting kan niet in de toekomst gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 minute and 12 hours. Check the duration.</source>
        <translation>Een ontmoeting duurt tussen 1 minuut en 12 uur. Kijk de duur na.</translation>
    </message>
    <message>
        <source>The next appointment must come after this meeting. Check its date.</source>
        <translation>De volgende afspraak moet na deze ontmoeting komen. Kijk de datum ervan na.</translation>
    </message>
    <message>
        <source>A topic of this meeting is not one of the six domains.</source>
        <translation>Een onderwerp van deze ontmoeting hoort niet bij de zes domeinen.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Een ontmoeting kan niet gedateerd worden vóór de eerste ontmoeting van het duo ({start}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated after the duo ended ({end}). Check the date, or reopen the duo if it ended by mistake.</source>
        <translation>Een ontmoeting kan niet gedateerd worden na het einde van het duo ({end}). Kijk de datum na, of heropen het duo als het per vergissing beëindigd werd.</translation>
    </message>
    <message>
        <source>This meeting is no longer in the case file. Open the case again.</source>
        <translation>Deze ontmoeting staat niet meer in het dossier. Open het dossier opnieuw.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated in the future. Check the date.</source>
        <translation>Een opvolging kan niet in de toekomst gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>A concern needs a next action: say what happens next, and when.</source>
        <translation>Bij een zorg hoort een volgende actie: zeg wat er nu gebeurt, en wanneer.</translation>
    </message>
    <message>
        <source>The next action cannot be dated before the follow-up. Check the date.</source>
        <translation>De volgende actie kan niet vóór de opvolging gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Een opvolging kan niet gedateerd worden vóór de eerste ontmoeting van het duo ({start}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>The end of a duo cannot be dated in the future. Check the date.</source>
        <translation>Het einde van een duo kan niet in de toekomst gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>Choose why the duo ended early: the reason is kept with the duo.</source>
        <translation>Kies waarom het duo vroegtijdig eindigde: de reden wordt bij het duo bewaard.</translation>
    </message>
    <message>
        <source>The final meeting cannot be dated in the future. Check the date.</source>
        <translation>Het slotgesprek kan niet in de toekomst gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>The final meeting cannot come after the end. Check the dates.</source>
        <translation>Het slotgesprek kan niet na het einde komen. Kijk de data na.</translation>
    </message>
    <message>
        <source>The end of a duo cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Het einde van een duo kan niet gedateerd worden vóór de eerste ontmoeting van het duo ({start}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>The end cannot be dated before the duo was validated ({validated}). Check the date.</source>
        <translation>Het einde kan niet gedateerd worden vóór het duo bevestigd werd ({validated}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>A meeting of this duo is logged on {day}, after this end. Date the end on that day or later, or correct that meeting first.</source>
        <translation>Er is een ontmoeting van dit duo genoteerd op {day}, na dit einde. Dateer het einde op die dag of later, of verbeter eerst die ontmoeting.</translation>
    </message>
    <message>
        <source>This ending is no longer the one that counts. Open the case again.</source>
        <translation>Deze beëindiging is niet meer degene die telt. Open het dossier opnieuw.</translation>
    </message>
    <message>
        <source>The end day of a duo is not changed here. If it is wrong, reopen the duo and end it again on the right day.</source>
        <translation>De einddag van een duo wordt hier niet gewijzigd. Als hij fout is, heropen het duo en beëindig het opnieuw op de juiste dag.</translation>
    </message>
    <message>
        <source>Note why the duo is reopened: the reason is kept with the ending.</source>
        <translation>Noteer waarom het duo heropend wordt: de reden wordt bij de beëindiging bewaard.</translation>
    </message>
    <message>
        <source>This duo is running: only an ended duo can be reopened.</source>
        <translation>Dit duo loopt nog: alleen een beëindigd duo kan heropend worden.</translation>
    </message>
    <message>
        <source>This mentee has a new match since the duo ended. Decline or end that match first, then reopen this duo.</source>
        <translation>Deze mentee heeft sinds het einde van het duo een nieuwe koppeling. Wijs die eerst af of beëindig ze, en heropen daarna dit duo.</translation>
    </message>
    <message>
        <source>The mentor of this duo was erased or is no longer an accepted mentor: the duo cannot run again.</source>
        <translation>De mentor van dit duo werd gewist of is geen aanvaarde mentor meer: het duo kan niet opnieuw lopen.</translation>
    </message>
    <message>
        <source>The mentor has taken another mentee since and has no free place. Raise their number of mentees in their case file first.</source>
        <translation>De mentor heeft intussen een andere mentee en heeft geen vrije plaats. Verhoog eerst het aantal mentees in het dossier van de mentor.</translation>
    </message>
    <message>
        <source>Outcomes are followed up 3, 6, 9 and 12 months after the end.</source>
        <translation>Resultaten worden 3, 6, 9 en 12 maanden na het einde opgevolgd.</translation>
    </message>
    <message>
        <source>An outcome cannot be dated in the future. Check the date.</source>
        <translation>Een resultaat kan niet in de toekomst gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>Outcomes are followed up after the duo ended. End the duo first.</source>
        <translation>Resultaten worden opgevolgd nadat het duo beëindigd is. Beëindig eerst het duo.</translation>
    </message>
    <message>
        <source>The follow-up {months} months after the end is due on {due}: it can be recorded from {earliest} on. Record an earlier follow-up instead.</source>
        <translation>De opvolging {months} maanden na het einde is gepland op {due}: ze kan genoteerd worden vanaf {earliest}. Noteer in de plaats een eerdere opvolging.</translation>
    </message>
    <message>
        <source>An evaluation cannot be dated in the future. Check the date.</source>
        <translation>Een evaluatie kan niet in de toekomst gedateerd worden. Kijk de datum na.</translation>
    </message>
    <message>
        <source>These answers were given to the questions of another evaluation. Open the evaluation again from the duo.</source>
        <translation>Deze antwoorden horen bij de vragen van een andere evaluatie. Open de evaluatie opnieuw vanuit het duo.</translation>
    </message>
    <message>
        <source>Answer at least one question: an empty evaluation says nothing.</source>
        <translation>Beantwoord minstens één vraag: een lege evaluatie zegt niets.</translation>
    </message>
    <message>
        <source>One answer does not fit its question (the questions may have changed). Open the evaluation again and check the answers.</source>
        <translation>Eén antwoord past niet bij zijn vraag (de vragen zijn misschien gewijzigd). Open de evaluatie opnieuw en kijk de antwoorden na.</translation>
    </message>
    <message>
        <source>{count} answers do not fit their questions (the questions may have changed). Open the evaluation again and check the answers.</source>
        <translation>{count} antwoorden passen niet bij hun vraag (de vragen zijn misschien gewijzigd). Open de evaluatie opnieuw en kijk de antwoorden na.</translation>
    </message>
    <message>
        <source>This match is not a duo yet: a duo is evaluated once both confirmed after the first meeting. Validate the match first.</source>
        <translation>Deze koppeling is nog geen duo: een duo wordt geëvalueerd zodra beiden na de eerste ontmoeting bevestigd hebben. Bevestig eerst de koppeling.</translation>
    </message>
    <message>
        <source>An evaluation cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Een evaluatie kan niet gedateerd worden vóór de eerste ontmoeting van het duo ({start}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>Type at least the participant&apos;s given name before saving the intake.</source>
        <translation>Typ minstens de voornaam van de deelnemer voor je de intake opslaat.</translation>
    </message>
    <message>
        <source>Duo keeps a CV as PDF, Word (DOCX), OpenDocument (ODT) or a picture (PNG, JPEG). Save the CV in one of those formats, then attach it again.</source>
        <translation>Duo bewaart een cv als PDF, Word (DOCX), OpenDocument (ODT) of afbeelding (PNG, JPEG). Sla het cv in een van die formaten op en voeg het dan opnieuw toe.</translation>
    </message>
    <message>
        <source>The chosen file is empty. Save the CV again from the program that made it, then attach it again.</source>
        <translation>Het gekozen bestand is leeg. Sla het cv opnieuw op vanuit het programma waarmee het gemaakt werd en voeg het dan opnieuw toe.</translation>
    </message>
    <message>
        <source>This mentor is no longer in the programme. Refresh the suggestions.</source>
        <translation>Deze mentor zit niet meer in het programma. Vernieuw de voorstellen.</translation>
    </message>
    <message>
        <source>This mentor has not been accepted (or has left the programme): only accepted mentors can be proposed.</source>
        <translation>Deze mentor werd niet aanvaard (of heeft het programma verlaten): alleen aanvaarde mentoren kunnen voorgesteld worden.</translation>
    </message>
    <message>
        <source>This mentor already has as many mentees as they agreed to take. Choose another mentor, or raise their number of mentees in their case file first.</source>
        <translation>Deze mentor heeft al zoveel mentees als afgesproken. Kies een andere mentor, of verhoog eerst het aantal mentees in het dossier van de mentor.</translation>
    </message>
    <message>
        <source>Only a mentee can be matched with a mentor.</source>
        <translation>Alleen een mentee kan aan een mentor gekoppeld worden.</translation>
    </message>
    <message>
        <source>This mentee is not waiting for a match: only an accepted mentee who is not matched yet can be proposed a mentor.</source>
        <translation>Deze mentee wacht niet op een koppeling: alleen een aanvaarde mentee die nog niet gekoppeld is, kan een mentor voorgesteld krijgen.</translation>
    </message>
    <message>
        <source>The proposal cannot be dated before the mentee&apos;s last step ({since}). Check the date.</source>
        <translation>Het voorstel kan niet gedateerd worden vóór de laatste stap van de mentee ({since}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>This pair was proposed before (declined, or a duo that has ended): Duo does not propose it again.</source>
        <translation>Dit paar werd al eerder voorgesteld (afgewezen, of een beëindigd duo): Duo stelt het niet opnieuw voor.</translation>
    </message>
    <message>
        <source>This match is no longer in the case file. Open the case again.</source>
        <translation>Deze koppeling staat niet meer in het dossier. Open het dossier opnieuw.</translation>
    </message>
    <message>
        <source>The mentor of this match was erased or is no longer an accepted mentor: the match cannot go on. Decline it, then find another mentor.</source>
        <translation>De mentor van deze koppeling werd gewist of is geen aanvaarde mentor meer: de koppeling kan niet verder. Wijs ze af en zoek dan een andere mentor.</translation>
    </message>
    <message>
        <source>This step cannot be dated before the previous one ({earliest}). Check the date.</source>
        <translation>Deze stap kan niet gedateerd worden vóór de vorige ({earliest}). Kijk de datum na.</translation>
    </message>
    <message>
        <source>This step has not happened yet: it cannot be dated in the future.</source>
        <translation>Deze stap heeft nog niet plaatsgevonden: hij kan niet in de toekomst gedateerd worden.</translation>
    </message>
    <message>
        <source>Note why they said no: the reason is kept with the match.</source>
        <translation>Noteer waarom er nee gezegd werd: de reden wordt bij de koppeling bewaard.</translation>
    </message>
    <message>
        <source>This answer is not the next step of the match: the mentor is asked first, then the mentee. Open the case again to see where the match stands.</source>
        <translation>Dit antwoord is niet de volgende stap van de koppeling: eerst wordt de mentor gevraagd, dan de mentee. Open het dossier opnieuw om te zien hoe ver de koppeling staat.</translation>
    </message>
    <message>
        <source>Say where the first meeting takes place: a neutral place suits best.</source>
        <translation>Zeg waar de eerste ontmoeting plaatsvindt: een neutrale plek past het best.</translation>
    </message>
    <message>
        <source>The first meeting is planned once both the mentor and the mentee said yes.</source>
        <translation>De eerste ontmoeting wordt gepland zodra zowel de mentor als de mentee ja gezegd hebben.</translation>
    </message>
    <message>
        <source>A match is validated after its first meeting: plan the meeting first.</source>
        <translation>Een koppeling wordt bevestigd na de eerste ontmoeting: plan eerst de ontmoeting.</translation>
    </message>
    <message>
        <source>The first meeting has not taken place yet: validate the duo once both confirmed after it.</source>
        <translation>De eerste ontmoeting heeft nog niet plaatsgevonden: bevestig het duo zodra beiden nadien bevestigd hebben.</translation>
    </message>
    <message>
        <source>Note why the match does not go ahead: the reason is kept with it.</source>
        <translation>Noteer waarom de koppeling niet doorgaat: de reden wordt erbij bewaard.</translation>
    </message>
    <message>
        <source>This match cannot be declined any more: a running duo is ended instead.</source>
        <translation>Deze koppeling kan niet meer afgewezen worden: een lopend duo wordt in de plaats beëindigd.</translation>
    </message>
    <message>
        <source>No screening decision is recorded for this participant yet. Record the decision (accept, refuse or refer), then print its letter.</source>
        <translation>Voor deze deelnemer is nog geen beslissing na de intake genoteerd. Noteer de beslissing (aanvaarden, weigeren of doorverwijzen) en druk daarna de brief af.</translation>
    </message>
    <message>
        <source>This match is not a duo yet: validate it after the first meeting.</source>
        <translation>Deze koppeling is nog geen duo: bevestig ze na de eerste ontmoeting.</translation>
    </message>
    <message>
        <source>This duo is still running: its certificates are printed once it ends.</source>
        <translation>Dit duo loopt nog: de certificaten worden afgedrukt zodra het beëindigd is.</translation>
    </message>
    <message>
        <source>The mentor of this duo was erased: there is no one to print it for.</source>
        <translation>De mentor van dit duo werd gewist: er is niemand om het voor af te drukken.</translation>
    </message>
    <message>
        <source>No duo ended in this period: there is no certificate to print.</source>
        <translation>In deze periode is geen enkel duo beëindigd: er is geen certificaat om af te drukken.</translation>
    </message>
    <message>
        <source>This programme has no ended duo with an agreement to print samples from. Run the samples on a demo programme (duo demo PATH).</source>
        <translation>Dit programma heeft geen beëindigd duo met een overeenkomst om voorbeelden van af te drukken. Maak de voorbeelden met een demoprogramma (duo demo PATH).</translation>
    </message>
    <message>
        <source>The chosen duo has no meeting to print a session summary of.</source>
        <translation>Het gekozen duo heeft geen ontmoeting om een verslag van af te drukken.</translation>
    </message>
    <message>
        <source>Duo could not write the samples into {folder} ({reason}). Choose a folder you may write to, with some free space.</source>
        <translation>Duo kon de voorbeelden niet in {folder} schrijven ({reason}). Kies een map waarin je mag schrijven en waar nog wat ruimte vrij is.</translation>
    </message>
    <message>
        <source>The file {file} already exists. Choose a new name for the backup, or move the old one away first.</source>
        <translation>Het bestand {file} bestaat al. Kies een nieuwe naam voor de back-up, of zet de oude eerst ergens anders.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it, or choose another place for the backup.</source>
        <translation>De map {folder} bestaat niet. Maak ze aan, of kies een andere plaats voor de back-up.</translation>
    </message>
    <message>
        <source>The backup could not be made ({reason}). Check that {folder} is writable and the programme folder readable, then try again. Nothing was written.</source>
        <translation>De back-up kon niet gemaakt worden ({reason}). Kijk na of er in {folder} geschreven kan worden en of de programmamap leesbaar is, en probeer het dan opnieuw. Er werd niets geschreven.</translation>
    </message>
    <message>
        <source>The programme folder {folder} has no {file}, so it cannot be backed up whole. Run &apos;duo verify&apos; on it, or restore it from an earlier backup.</source>
        <translation>De programmamap {folder} heeft geen {file}, dus er kan geen volledige back-up van gemaakt worden. Voer er &apos;duo verify&apos; op uit, of zet ze terug uit een eerdere back-up.</translation>
    </message>
    <message>
        <source>{folder} already exists and is not an empty folder, so nothing was restored there. Choose a new folder: Duo creates it.</source>
        <translation>{folder} bestaat al en is geen lege map, dus daar werd niets teruggezet. Kies een nieuwe map: Duo maakt ze aan.</translation>
    </message>
    <message>
        <source>There is no file {file}. Check the name of the backup.</source>
        <translation>Er is geen bestand {file}. Kijk de naam van de back-up na.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup (it is not a readable zip file). Choose the .zip file that &apos;duo backup&apos; wrote. Nothing was restored.</source>
        <translation>Het bestand {file} is geen back-up van Duo (het is geen leesbaar zipbestand). Kies het .zip-bestand dat &apos;duo backup&apos; geschreven heeft. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The file {file} holds an entry with an unsafe path (outside the programme folder), so it was not restored. It is not a Duo backup, or it was altered: use another backup. Nothing was restored.</source>
        <translation>Het bestand {file} bevat een element met een onveilig pad (buiten de programmamap), dus het werd niet teruggezet. Het is geen back-up van Duo, of het werd gewijzigd: gebruik een andere back-up. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has an entry that a Duo backup never holds. Use another backup. Nothing was restored.</source>
        <translation>Het bestand {file} is geen back-up van Duo, of het werd gewijzigd: het bevat een element dat een back-up van Duo nooit bevat. Gebruik een andere back-up. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has the same entry twice. Use another backup. Nothing was restored.</source>
        <translation>Het bestand {file} is geen back-up van Duo, of het werd gewijzigd: het bevat twee keer hetzelfde element. Gebruik een andere back-up. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has no {member}. Use another backup. Nothing was restored.</source>
        <translation>Het bestand {file} is geen back-up van Duo, of het werd gewijzigd: er ontbreekt {member} in. Gebruik een andere back-up. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has password-protected entries. Use another backup. Nothing was restored.</source>
        <translation>Het bestand {file} is geen back-up van Duo, of het werd gewijzigd: het bevat elementen met een wachtwoord. Gebruik een andere back-up. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup {file} holds damaged programme settings or a damaged key file, so it cannot be restored. Use another backup. Nothing was restored.</source>
        <translation>De back-up {file} bevat beschadigde programma-instellingen of een beschadigd sleutelbestand, dus ze kan niet teruggezet worden. Gebruik een andere back-up. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (a file in it does not match its checksum), so nothing was restored. Use another backup.</source>
        <translation>De back-up {file} is beschadigd (een bestand erin klopt niet met zijn controlesom), dus er werd niets teruggezet. Gebruik een andere back-up.</translation>
    </message>
    <message>
        <source>Duo could not write the restored programme to {folder} ({reason}). Check that the place is writable, then try again. Nothing was restored.</source>
        <translation>Duo kon het teruggezette programma niet naar {folder} schrijven ({reason}). Kijk na of er op die plaats geschreven kan worden en probeer het dan opnieuw. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>Duo could not read the chosen file. Check that it still exists and is not open in another program, then attach it again.</source>
        <translation>Duo kon het gekozen bestand niet lezen. Kijk na of het nog bestaat en niet in een ander programma geopend is, en voeg het dan opnieuw toe.</translation>
    </message>
    <message>
        <source>This file is {size} MB; Duo keeps documents up to {limit} MB in a case file. Save a smaller version (for example a PDF export of the CV, or a scan at a lower resolution) and attach that.</source>
        <translation>Dit bestand is {size} MB; Duo bewaart documenten tot {limit} MB in een dossier. Sla een kleinere versie op (bijvoorbeeld een PDF-export van het cv, of een scan met een lagere resolutie) en voeg die toe.</translation>
    </message>
    <message>
        <source>That is not a participant id.</source>
        <translation>Dat is geen id van een deelnemer.</translation>
    </message>
    <message>
        <source>This participant&apos;s file is no longer there (erased, or removed from the programme folder). Refresh the list.</source>
        <translation>Het dossier van deze deelnemer is er niet meer (gewist, of uit de programmamap verwijderd). Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>The file {file_name} is damaged or does not belong to this programme, so Duo has set it aside. The other participants are not affected. Restore this file from a backup, or run &apos;duo verify&apos; for a full check.</source>
        <translation>Het bestand {file_name} is beschadigd of hoort niet bij dit programma, dus Duo heeft het opzijgezet. De andere deelnemers hebben er geen last van. Zet dit bestand terug uit een back-up, of voer &apos;duo verify&apos; uit voor een volledige controle.</translation>
    </message>
    <message>
        <source>The file {file} was saved by a newer version of Duo (format {found}; this version reads up to {supported}). It was left untouched: update Duo to open it.</source>
        <translation>Het bestand {file} werd opgeslagen door een nieuwere versie van Duo (formaat {found}; deze versie leest tot {supported}). Het werd niet aangeraakt: werk Duo bij om het te openen.</translation>
    </message>
    <message>
        <source>This participant&apos;s file was changed elsewhere (another window or another computer) while you were editing. Nothing was overwritten: reopen the participant and make your change again.</source>
        <translation>Het dossier van deze deelnemer werd elders gewijzigd (in een ander venster of op een andere computer) terwijl je het bewerkte. Er werd niets overschreven: open de deelnemer opnieuw en breng je wijziging opnieuw aan.</translation>
    </message>
    <message>
        <source>The programme is locked. Unlock it again to go on.</source>
        <translation>Het programma is vergrendeld. Ontgrendel het opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. The previous version is intact. Free some space (or ask someone to), then save again.</source>
        <translation>De schijf is vol, dus de wijziging kon niet opgeslagen worden. De vorige versie is intact. Maak wat ruimte vrij (of vraag iemand om dat te doen) en sla dan opnieuw op.</translation>
    </message>
    <message>
        <source>There is no export format “{format}”: use csv or xlsx.</source>
        <translation>Er is geen exportformaat “{format}”: gebruik csv of xlsx.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate the columns: use ; (Excel in Belgium) or ,.</source>
        <translation>“{delimiter}” kan de kolommen niet scheiden: gebruik ; (Excel in België) of ,.</translation>
    </message>
    <message>
        <source>The file name ends in {suffix} but the format is {format}: a spreadsheet would refuse to open it. Name the file ….{format} or choose --format {other}.</source>
        <translation>De bestandsnaam eindigt op {suffix}, maar het formaat is {format}: een rekenblad zou weigeren om het te openen. Noem het bestand ….{format} of kies --format {other}.</translation>
    </message>
    <message>
        <source>Separate the columns with a semicolon (;) or a comma (,).</source>
        <translation>Scheid de kolommen met een puntkomma (;) of een komma (,).</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the export.</source>
        <translation>{path} is een map. Kies een bestandsnaam voor de export.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder for the export.</source>
        <translation>De map {folder} bestaat niet. Kies een bestaande map voor de export.</translation>
    </message>
    <message>
        <source>The export cannot be written to {path} ({reason}). Choose another folder or file name; if the file is open in a spreadsheet, close it first.</source>
        <translation>De export kan niet naar {path} geschreven worden ({reason}). Kies een andere map of bestandsnaam; als het bestand in een rekenblad geopend is, sluit het dan eerst.</translation>
    </message>
    <message>
        <source>Duo reads .xlsx and .csv files, not {suffix} files. Open {file} in your spreadsheet program and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>Duo leest .xlsx- en .csv-bestanden, geen {suffix}-bestanden. Open {file} in je rekenbladprogramma en sla het op als Excel-werkmap (.xlsx) of als CSV.</translation>
    </message>
    <message>
        <source>Duo could not open {file}. Check that the file still exists.</source>
        <translation>Duo kon {file} niet openen. Kijk na of het bestand nog bestaat.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, too large for a list of participants. Keep only the participants&apos; sheet and columns, save it again, and import that file.</source>
        <translation>{file} is {size} MB, te groot voor een lijst van deelnemers. Hou alleen het blad en de kolommen van de deelnemers over, sla het opnieuw op en importeer dat bestand.</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file (a quote may be left open). Open it in your spreadsheet program, save it as CSV again, and import that file.</source>
        <translation>{file} is geen leesbaar CSV-bestand (misschien is er een aanhalingsteken niet gesloten). Open het in je rekenbladprogramma, sla het opnieuw op als CSV en importeer dat bestand.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet Duo can read. Save the participant list as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>{file} is geen rekenblad dat Duo kan lezen. Sla de lijst van deelnemers op als Excel-werkmap (.xlsx) of als CSV en importeer dat bestand.</translation>
    </message>
    <message>
        <source>Duo could not read {file}. Check that it is not open in another program.</source>
        <translation>Duo kon {file} niet lezen. Kijk na of het niet in een ander programma geopend is.</translation>
    </message>
    <message>
        <source>{file} has more than {rows} rows. Split it into smaller files and import them one after the other.</source>
        <translation>{file} heeft meer dan {rows} rijen. Verdeel het over kleinere bestanden en importeer die een voor een.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no header row and no participant.</source>
        <translation>{file} is leeg: er is geen rij met kolomnamen en geen enkele deelnemer.</translation>
    </message>
    <message>
        <source>{file} has a header row but no participants under it.</source>
        <translation>{file} heeft een rij met kolomnamen, maar geen deelnemers eronder.</translation>
    </message>
    <message>
        <source>Duo has no field called {field}.</source>
        <translation>Duo heeft geen veld dat {field} heet.</translation>
    </message>
    <message>
        <source>Two columns are both read as {field}. Choose one of them and ignore the other.</source>
        <translation>Twee kolommen worden allebei gelezen als {field}. Kies er een en negeer de andere.</translation>
    </message>
    <message>
        <source>No column holds the given names. Choose the column with the first names (given_name in the template).</source>
        <translation>Geen enkele kolom bevat de voornamen. Kies de kolom met de voornamen (given_name in het sjabloon).</translation>
    </message>
    <message>
        <source>No column says who is a mentee and who is a mentor. Choose that column (role in the template), or say that everyone in the file is a mentee, or a mentor.</source>
        <translation>Geen enkele kolom zegt wie mentee en wie mentor is. Kies die kolom (role in het sjabloon), of zeg dat iedereen in het bestand mentee is, of mentor.</translation>
    </message>
    <message>
        <source>Duo could not write the new case files, so nothing was imported. Check that the programme folder is still reachable and has free space, then import again.</source>
        <translation>Duo kon de nieuwe dossiers niet schrijven, dus er werd niets geïmporteerd. Kijk na of de programmamap nog bereikbaar is en er nog ruimte vrij is, en importeer dan opnieuw.</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>Het bestand is er niet meer.</translation>
    </message>
    <message>
        <source>That is not a complete recovery key: it has 36 letters and digits in 9 groups (for example ABCD-EFGH-…). Check it against the printed sheet and try again.</source>
        <translation>Dat is geen volledige herstelsleutel: die heeft 36 letters en cijfers in 9 groepen (bijvoorbeeld ABCD-EFGH-…). Vergelijk hem met het afgedrukte blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake (its last group does not match). Check each group against the printed sheet and try again.</source>
        <translation>In die herstelsleutel zit een typfout (de laatste groep klopt niet). Vergelijk elke groep met het afgedrukte blad en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The programme&apos;s key file (keyslots.json) is damaged. Restore the programme folder from a backup.</source>
        <translation>Het sleutelbestand van het programma (keyslots.json) is beschadigd. Zet de programmamap terug uit een back-up.</translation>
    </message>
    <message>
        <source>The programme&apos;s key file (keyslots.json) is damaged, so no passphrase can open it. Restore the programme folder from a backup; your passphrase itself is probably right.</source>
        <translation>Het sleutelbestand van het programma (keyslots.json) is beschadigd, dus geen enkele wachtwoordzin kan het openen. Zet de programmamap terug uit een back-up; je wachtwoordzin zelf is waarschijnlijk juist.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>Die wachtwoordzin is niet juist. Kijk hem na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this programme. Check that you chose the right programme folder and the right sheet.</source>
        <translation>Die herstelsleutel hoort niet bij dit programma. Kijk na of je de juiste programmamap en het juiste blad gekozen hebt.</translation>
    </message>
    <message>
        <source>“{text}” is not a date for the start of the period: write it as YYYY-MM-DD, for example 2025-01-31.</source>
        <translation>“{text}” is geen datum voor het begin van de periode: schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2025-01-31.</translation>
    </message>
    <message>
        <source>“{text}” is not a date for the end of the period: write it as YYYY-MM-DD, for example 2025-01-31.</source>
        <translation>“{text}” is geen datum voor het einde van de periode: schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2025-01-31.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Swap the two dates.</source>
        <translation>De periode eindigt ({end}) voor ze begint ({start}). Wissel de twee data om.</translation>
    </message>
    <message>
        <source>Give the programme a name, for example the association and the city.</source>
        <translation>Geef het programma een naam, bijvoorbeeld de vereniging en de stad.</translation>
    </message>
    <message>
        <source>Enter the programme&apos;s passphrase or its recovery key.</source>
        <translation>Geef de wachtwoordzin van het programma of zijn herstelsleutel in.</translation>
    </message>
    <message>
        <source>The folder {folder} is not a Duo programme (it has no {file}). Choose the folder that holds programme.json and the cases folder.</source>
        <translation>De map {folder} is geen programma van Duo (er staat geen {file} in). Kies de map met programme.json en de map cases.</translation>
    </message>
    <message>
        <source>The programme settings in {folder} are damaged. Restore the programme folder from a backup.</source>
        <translation>De programma-instellingen in {folder} zijn beschadigd. Zet de programmamap terug uit een back-up.</translation>
    </message>
    <message>
        <source>This programme was created by a newer version of Duo. Update Duo to open it.</source>
        <translation>Dit programma werd gemaakt met een nieuwere versie van Duo. Werk Duo bij om het te openen.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {length} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Kies een wachtwoordzin van minstens {length} tekens; een paar losse woorden zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>The programme&apos;s key file ({file}) is missing. Restore the programme folder from a backup.</source>
        <translation>Het sleutelbestand van het programma ({file}) ontbreekt. Zet de programmamap terug uit een back-up.</translation>
    </message>
    <message>
        <source>The key file ({file}) belongs to another programme. Restore the programme folder from a backup.</source>
        <translation>Het sleutelbestand ({file}) hoort bij een ander programma. Zet de programmamap terug uit een back-up.</translation>
    </message>
    <message>
        <source>Each entry of a list needs its own, non-empty code.</source>
        <translation>Elk element van een lijst heeft een eigen, niet-lege code nodig.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty. Choose a new folder for the programme.</source>
        <translation>De map {folder} is niet leeg. Kies een nieuwe map voor het programma.</translation>
    </message>
    <message>
        <source>The key remembered on this computer no longer opens this programme. Enter the passphrase.</source>
        <translation>De sleutel die op deze computer onthouden werd, opent dit programma niet meer. Geef de wachtwoordzin in.</translation>
    </message>
    <message>
        <source>The new passphrase could not be verified, so the old one was kept.</source>
        <translation>De nieuwe wachtwoordzin kon niet gecontroleerd worden, dus de oude werd behouden.</translation>
    </message>
    <message>
        <source>This copy of Duo was built without encryption (SQLCipher is missing), so it refuses to open any file. Reinstall Duo from the official download.</source>
        <translation>Deze kopie van Duo werd zonder versleuteling gebouwd (SQLCipher ontbreekt), dus ze weigert elk bestand te openen. Installeer Duo opnieuw vanaf de officiële download.</translation>
    </message>
    <message>
        <source>Duo has no question set “{code}”.</source>
        <translation>Duo heeft geen vragenlijst “{code}”.</translation>
    </message>
    <message>
        <source>Version {version} of the question set “{code}” is not in this programme, so the answers given with it cannot be shown. Restore the programme from a backup made after that version was saved.</source>
        <translation>Versie {version} van de vragenlijst “{code}” zit niet in dit programma, dus de antwoorden die ermee gegeven werden, kunnen niet getoond worden. Zet het programma terug vanuit een back-up die gemaakt werd nadat die versie bewaard was.</translation>
    </message>
    <message>
        <source>Give the question set a title.</source>
        <translation>Geef de vragenlijst een titel.</translation>
    </message>
    <message>
        <source>A question set needs at least one question.</source>
        <translation>Een vragenlijst heeft minstens één vraag nodig.</translation>
    </message>
    <message>
        <source>Each question needs a code (it links the answers across versions).</source>
        <translation>Elke vraag heeft een code nodig (die verbindt de antwoorden over de versies heen).</translation>
    </message>
    <message>
        <source>Two questions have the code “{code}”. Give each its own code.</source>
        <translation>Twee vragen hebben de code “{code}”. Geef elke vraag een eigen code.</translation>
    </message>
    <message>
        <source>The question “{code}” has no text. Write the question.</source>
        <translation>De vraag “{code}” heeft geen tekst. Schrijf de vraag.</translation>
    </message>
    <message>
        <source>The question “{code}” is a scale: name both of its ends, for example “not at all satisfied” and “very satisfied”.</source>
        <translation>De vraag “{code}” is een schaal: benoem beide uitersten, bijvoorbeeld “helemaal niet tevreden” en “heel tevreden”.</translation>
    </message>
    <message>
        <source>The checklist “{code}” has no options. Add the choices to tick.</source>
        <translation>De checklist “{code}” heeft geen opties. Voeg de keuzes toe die aangevinkt kunnen worden.</translation>
    </message>
    <message>
        <source>Each option of the checklist “{code}” needs its own code (not “{none}”: “none of the above” is always offered).</source>
        <translation>Elke optie van de checklist “{code}” heeft een eigen code nodig (niet “{none}”: “geen van bovenstaande” wordt altijd aangeboden).</translation>
    </message>
    <message>
        <source>An option of the checklist “{code}” has no text.</source>
        <translation>Een optie van de checklist “{code}” heeft geen tekst.</translation>
    </message>
    <message>
        <source>Duo prints documents in English, Dutch or French, not in “{language}”.</source>
        <translation>Duo drukt documenten af in het Engels, Nederlands of Frans, niet in “{language}”.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the role &apos;{value}&apos; is neither mentee nor mentor</source>
        <translation>de rol “{value}” is geen mentee of mentor</translation>
    </message>
    <message>
        <source>the status &apos;{value}&apos; is not one Duo knows (registered, interviewed, accepted, refused, referred, ended or withdrawn)</source>
        <translation>de status “{value}” kent Duo niet (ingeschreven, intake gedaan, aanvaard, geweigerd, doorverwezen, afgerond of afgehaakt)</translation>
    </message>
    <message>
        <source>the status &apos;{value}&apos; needs a duo, which is made in Duo itself: import the participant as &apos;accepted&apos; and record the duo in Duo</source>
        <translation>de status “{value}” veronderstelt een duo, en een duo wordt in Duo zelf gevormd: importeer de deelnemer als “aanvaard” en noteer het duo in Duo</translation>
    </message>
    <message>
        <source>the gender &apos;{value}&apos; is not female, male or other</source>
        <translation>het geslacht “{value}” is niet vrouw, man of anders</translation>
    </message>
    <message>
        <source>the intake date &apos;{value}&apos; is not a date in the calendar</source>
        <translation>de intakedatum “{value}” bestaat niet in de kalender</translation>
    </message>
    <message>
        <source>the status date &apos;{value}&apos; is not a date in the calendar</source>
        <translation>de statusdatum “{value}” bestaat niet in de kalender</translation>
    </message>
    <message>
        <source>the intake date &apos;{value}&apos; is not a date (write it as 31/12/2024)</source>
        <translation>de intakedatum “{value}” is geen datum (schrijf ze als 31/12/2024)</translation>
    </message>
    <message>
        <source>the status date &apos;{value}&apos; is not a date (write it as 31/12/2024)</source>
        <translation>de statusdatum “{value}” is geen datum (schrijf ze als 31/12/2024)</translation>
    </message>
    <message>
        <source>the year of birth &apos;{value}&apos; is not a year</source>
        <translation>het geboortejaar “{value}” is geen jaartal</translation>
    </message>
    <message>
        <source>the arrival year &apos;{value}&apos; is not a year</source>
        <translation>het aankomstjaar “{value}” is geen jaartal</translation>
    </message>
    <message>
        <source>the capacity &apos;{value}&apos; is not a whole number</source>
        <translation>het aantal mentees “{value}” is geen geheel getal</translation>
    </message>
    <message>
        <source>the year of birth &apos;{value}&apos; is not between {earliest} and {latest}</source>
        <translation>het geboortejaar “{value}” ligt niet tussen {earliest} en {latest}</translation>
    </message>
    <message>
        <source>the arrival year &apos;{value}&apos; is not between {earliest} and {latest}</source>
        <translation>het aankomstjaar “{value}” ligt niet tussen {earliest} en {latest}</translation>
    </message>
    <message>
        <source>the capacity &apos;{value}&apos; is not between {smallest} and {largest}</source>
        <translation>het aantal mentees “{value}” ligt niet tussen {smallest} en {largest}</translation>
    </message>
    <message>
        <source>the e-mail address &apos;{value}&apos; is not an e-mail address</source>
        <translation>het e-mailadres “{value}” is geen e-mailadres</translation>
    </message>
    <message>
        <source>the phone number &apos;{value}&apos; is not a phone number</source>
        <translation>het telefoonnummer “{value}” is geen telefoonnummer</translation>
    </message>
    <message>
        <source>the country of origin &apos;{value}&apos; could be more than one country: write its code ({first} or {second})</source>
        <translation>het land van herkomst “{value}” kan meer dan één land zijn: schrijf de landcode ({first} of {second})</translation>
    </message>
    <message>
        <source>the country of origin &apos;{value}&apos; is not a country Duo knows</source>
        <translation>het land van herkomst “{value}” is geen land dat Duo kent</translation>
    </message>
    <message>
        <source>the language &apos;{value}&apos; is not a language Duo knows</source>
        <translation>de taal “{value}” is geen taal die Duo kent</translation>
    </message>
    <message>
        <source>the language level &apos;{value}&apos; is not A1 to C2 or &apos;native&apos;</source>
        <translation>het taalniveau “{value}” is niet A1 tot C2 of “moedertaal”</translation>
    </message>
    <message>
        <source>the availability &apos;{value}&apos; is not a day with an optional part of the day (write for example &apos;mon-evening; sat&apos;)</source>
        <translation>de beschikbaarheid “{value}” is geen dag, eventueel met een deel van de dag (schrijf bijvoorbeeld “ma-avond; za”)</translation>
    </message>
    <message>
        <source>the sector &apos;{value}&apos; is not in the programme&apos;s list</source>
        <translation>de sector “{value}” staat niet in de lijst van het programma</translation>
    </message>
    <message>
        <source>the occupation &apos;{value}&apos; is neither an ISCO code (1 to 4 digits) nor in the programme&apos;s list of occupations</source>
        <translation>het beroep “{value}” is geen ISCO-code (1 tot 4 cijfers) en staat ook niet in de beroepenlijst van het programma</translation>
    </message>
    <message>
        <source>the row has more values than the header row has columns (a value may hold the separator without quotes around it)</source>
        <translation>de rij heeft meer waarden dan de rij met kolomnamen kolommen heeft (misschien staat er in een waarde een scheidingsteken zonder aanhalingstekens eromheen)</translation>
    </message>
    <message>
        <source>no role (mentee or mentor)</source>
        <translation>geen rol (mentee of mentor)</translation>
    </message>
    <message>
        <source>no given name</source>
        <translation>geen voornaam</translation>
    </message>
    <message>
        <source>the arrival year {arrived} is before the year of birth {born}</source>
        <translation>het aankomstjaar {arrived} ligt vóór het geboortejaar {born}</translation>
    </message>
    <message>
        <source>the intake date &apos;{value}&apos; is in the future</source>
        <translation>de intakedatum “{value}” ligt in de toekomst</translation>
    </message>
    <message>
        <source>the status date &apos;{value}&apos; is in the future</source>
        <translation>de statusdatum “{value}” ligt in de toekomst</translation>
    </message>
    <message>
        <source>no staff member is called &apos;{value}&apos; (add them in the programme&apos;s settings first, or leave the coach empty)</source>
        <translation>er is geen medewerker met de naam “{value}” (voeg die eerst toe in de instellingen van het programma, of laat de coach leeg)</translation>
    </message>
    <message>
        <source>already in the programme (same name and year of birth)</source>
        <translation>staat al in het programma (zelfde naam en geboortejaar)</translation>
    </message>
    <message>
        <source>the same person as row {row} (same name and year of birth)</source>
        <translation>dezelfde persoon als rij {row} (zelfde naam en geboortejaar)</translation>
    </message>
    <message>
        <source>already in the programme (same e-mail address)</source>
        <translation>staat al in het programma (zelfde e-mailadres)</translation>
    </message>
    <message>
        <source>the same e-mail address as row {row}</source>
        <translation>hetzelfde e-mailadres als rij {row}</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>Column {column}</source>
        <translation>Kolom {column}</translation>
    </message>
</context>
</TS>
