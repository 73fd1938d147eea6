<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>The mentor&apos;s answer — {names}</source>
        <translation>Het antwoord van de mentor — {names}</translation>
    </message>
    <message>
        <source>The mentor has read the mentee&apos;s CV and profile. Do they want to go ahead?</source>
        <translation>De mentor heeft het cv en het profiel van de mentee gelezen. Wil de mentor verdergaan?</translation>
    </message>
    <message>
        <source>The mentee&apos;s answer — {names}</source>
        <translation>Het antwoord van de mentee — {names}</translation>
    </message>
    <message>
        <source>The mentee has read the mentor&apos;s short profile. Do they want to go ahead?</source>
        <translation>De mentee heeft het korte profiel van de mentor gelezen. Wil de mentee verdergaan?</translation>
    </message>
    <message>
        <source>&amp;Yes, they want to meet</source>
        <translation>&amp;Ja, wil graag kennismaken</translation>
    </message>
    <message>
        <source>&amp;No: the match does not go ahead</source>
        <translation>&amp;Nee: de match gaat niet door</translation>
    </message>
    <message>
        <source>Why not, in their words (kept with the match)</source>
        <translation>Waarom niet, in hun eigen woorden (bewaard bij de match)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Geantwoord &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation>&amp;Antwoord opslaan</translation>
    </message>
    <message>
        <source>Note why they said no: the reason is kept with the match.</source>
        <translation>Noteer waarom er nee gezegd werd: de reden wordt bij de match bewaard.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the match — {names}</source>
        <translation>Match afwijzen — {names}</translation>
    </message>
    <message>
        <source>The match stops here and the mentee waits again (the wait goes on from where it began). Duo will not propose this pair again.</source>
        <translation>De match stopt hier en de mentee wacht opnieuw (de wachttijd loopt verder vanaf het oorspronkelijke begin). Duo stelt dit paar niet meer voor.</translation>
    </message>
    <message>
        <source>The m&amp;entor</source>
        <translation>De m&amp;entor</translation>
    </message>
    <message>
        <source>The me&amp;ntee</source>
        <translation>De me&amp;ntee</translation>
    </message>
    <message>
        <source>The &amp;coach</source>
        <translation>De &amp;coach</translation>
    </message>
    <message>
        <source>Why the match does not go ahead</source>
        <translation>Waarom de match niet doorgaat</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Beslist door:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Op:</translation>
    </message>
    <message>
        <source>&amp;Decline the match</source>
        <translation>Match &amp;afwijzen</translation>
    </message>
    <message>
        <source>Note why the match does not go ahead: the reason is kept with it.</source>
        <translation>Noteer waarom de match niet doorgaat: de reden wordt erbij bewaard.</translation>
    </message>
</context>
<context>
    <name>DuoError</name>
    <message>
        <source>This participant is not in the list any more (erased, or their file was removed from the programme folder). Refresh the list.</source>
        <translation>Deze deelnemer staat niet meer op de lijst (gewist, of het bestand werd uit de programmamap verwijderd). Vernieuw de lijst.</translation>
    </message>
    <message>
        <source>A review shows a mentee beside a mentor. Choose the pair again.</source>
        <translation>Een nazicht toont een mentee naast een mentor. Kies het paar opnieuw.</translation>
    </message>
</context>
<context>
    <name>FirstMeetingDialog</name>
    <message>
        <source>Plan the first meeting — {names}</source>
        <translation>Eerste ontmoeting plannen — {names}</translation>
    </message>
    <message>
        <source>Both said yes. The first meeting takes place at a neutral place (a library, a café, the association&apos;s office), with the coach if they wish.</source>
        <translation>Beiden zeiden ja. De eerste ontmoeting vindt plaats op een neutrale plek (een bibliotheek, een café, het kantoor van de organisatie), met de coach als ze dat willen.</translation>
    </message>
    <message>
        <source>e.g. the café of the city library</source>
        <translation>bv. het café van de stadsbibliotheek</translation>
    </message>
    <message>
        <source>The &amp;coach will be there</source>
        <translation>De &amp;coach is erbij</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>Planning &amp;opslaan</translation>
    </message>
    <message>
        <source>Say where they meet: a neutral place suits best.</source>
        <translation>Geef aan waar ze afspreken: een neutrale plek past het best.</translation>
    </message>
</context>
<context>
    <name>MatchReviewPreviews</name>
    <message>
        <source>The mentee</source>
        <translation>De mentee</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Beoogde job</translation>
    </message>
    <message>
        <source>Diploma and experience</source>
        <translation>Diploma en ervaring</translation>
    </message>
    <message>
        <source>Languages and availability</source>
        <translation>Talen en beschikbaarheid</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
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
        <source>{language}: {level}</source>
        <translation>{language}: {level}</translation>
    </message>
    <message>
        <source>Occupation and sector</source>
        <translation>Beroep en sector</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overige</translation>
    </message>
    <message>
        <source>The mentor&apos;s short profile is not written yet: the mentee would learn nothing but the given name. Write it in the mentor&apos;s intake before proposing.</source>
        <translation>Het korte profiel van de mentor is nog niet geschreven: de mentee zou enkel de voornaam te weten komen. Schrijf het in de intake van de mentor voor je de match voorstelt.</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
</context>
<context>
    <name>MatchReviewWindow</name>
    <message>
        <source>No CV attached. Attach it in the mentee&apos;s case file (Documents).</source>
        <translation>Geen cv toegevoegd. Voeg het toe in het dossier van de mentee (Documenten).</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Propose this match</source>
        <translation>Deze match &amp;voorstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Naast elkaar</translation>
    </message>
    <message>
        <source>What the &amp;mentor receives</source>
        <translation>Wat de &amp;mentor krijgt</translation>
    </message>
    <message>
        <source>What the mentee &amp;receives</source>
        <translation>Wat de mentee k&amp;rijgt</translation>
    </message>
    <message>
        <source>Go to this column: {keys}</source>
        <translation>Naar deze kolom: {keys}</translation>
    </message>
    <message>
        <source>Review: {mentee} and {mentor} — Duo</source>
        <translation>Nazicht: {mentee} en {mentor} — Duo</translation>
    </message>
    <message>
        <source>Mentee: {name}</source>
        <translation>Mentee: {name}</translation>
    </message>
    <message>
        <source>Mentor: {name}</source>
        <translation>Mentor: {name}</translation>
    </message>
    <message>
        <source>Record the proposal; then ask the mentor first.</source>
        <translation>Het voorstel vastleggen; vraag het daarna eerst aan de mentor.</translation>
    </message>
    <message>
        <source>{mentor}: {reason}.</source>
        <translation>{mentor}: {reason}.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>This pair is already proposed: {state}.</source>
        <translation>Dit paar is al voorgesteld: {state}.</translation>
    </message>
    <message>
        <source>{mentee} already has a match proposed or running with another mentor: a mentee has one mentor at a time.</source>
        <translation>{mentee} heeft al een voorgestelde of lopende match met een andere mentor: een mentee heeft één mentor tegelijk.</translation>
    </message>
    <message>
        <source>{mentor} is not accepted as a mentor: finish their screening first.</source>
        <translation>{mentor} is niet aanvaard als mentor: rond eerst de screening af.</translation>
    </message>
    <message>
        <source>{mentee} is not waiting for a match: only an accepted mentee who is not matched yet can be proposed a mentor.</source>
        <translation>{mentee} wacht niet op een match: alleen een aanvaarde mentee die nog niet gematcht is, kan een mentor voorgesteld krijgen.</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message>
        <source>Job target</source>
        <translation>Beoogde job</translation>
    </message>
    <message>
        <source>Place and mobility</source>
        <translation>Plaats en mobiliteit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Stated preferences</source>
        <translation>Opgegeven voorkeuren</translation>
    </message>
    <message>
        <source>Shared interests</source>
        <translation>Gedeelde interesses</translation>
    </message>
    <message>
        <source>Time waited</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <source>a woman</source>
        <translation>een vrouw</translation>
    </message>
    <message>
        <source>a man</source>
        <translation>een man</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>een ander gender</translation>
    </message>
    <message>
        <source>under 35</source>
        <translation>jonger dan 35</translation>
    </message>
    <message>
        <source>35 to 50</source>
        <translation>35 tot 50</translation>
    </message>
    <message>
        <source>over 50</source>
        <translation>ouder dan 50</translation>
    </message>
    <message>
        <source>Same occupation: {what}</source>
        <translation>Zelfde beroep: {what}</translation>
    </message>
    <message>
        <source>Same sector: {what}</source>
        <translation>Zelfde sector: {what}</translation>
    </message>
    <message>
        <source>Related occupations: {what}</source>
        <translation>Verwante beroepen: {what}</translation>
    </message>
    <message>
        <source>Related sectors: {what}</source>
        <translation>Verwante sectoren: {what}</translation>
    </message>
    <message>
        <source>A generalist (HR or recruiter), proposed after a long wait</source>
        <translation>Een generalist (hr of recruiter), voorgesteld na een lange wachttijd</translation>
    </message>
    <message>
        <source>Different fields of work</source>
        <translation>Verschillende vakgebieden</translation>
    </message>
    <message>
        <source>Same postcode ({what})</source>
        <translation>Zelfde postcode ({what})</translation>
    </message>
    <message>
        <source>Same municipality ({what})</source>
        <translation>Zelfde gemeente ({what})</translation>
    </message>
    <message>
        <source>Same area (postcodes {what}…)</source>
        <translation>Zelfde streek (postcodes {what}…)</translation>
    </message>
    <message>
        <source>Same region (postcodes {what}…)</source>
        <translation>Zelfde regio (postcodes {what}…)</translation>
    </message>
    <message>
        <source>Live far apart</source>
        <translation>Wonen ver uit elkaar</translation>
    </message>
    <message>
        <source>Postcode not known for one of them</source>
        <translation>Postcode van een van beiden onbekend</translation>
    </message>
    <message>
        <source>{place}; the mentee drives</source>
        <translation>{place}; de mentee rijdt met de wagen</translation>
    </message>
    <message>
        <source>Free moments not known for one of them</source>
        <translation>Vrije momenten van een van beiden onbekend</translation>
    </message>
    <message>
        <source>Interests not known for one of them</source>
        <translation>Interesses van een van beiden onbekend</translation>
    </message>
    <message>
        <source>Not waiting</source>
        <translation>Wacht niet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Both free: {what}</source>
        <translation>Beiden vrij: {what}</translation>
    </message>
    <message>
        <source>No free moment in common</source>
        <translation>Geen gemeenschappelijk vrij moment</translation>
    </message>
    <message>
        <source>In common: {what}</source>
        <translation>Gemeenschappelijk: {what}</translation>
    </message>
    <message>
        <source>No language in common</source>
        <translation>Geen gemeenschappelijke taal</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>Geen voorkeur opgegeven</translation>
    </message>
    <message>
        <source>Wishes met: {what}</source>
        <translation>Wensen vervuld: {what}</translation>
    </message>
    <message>
        <source>Some wishes met: {what}</source>
        <translation>Sommige wensen vervuld: {what}</translation>
    </message>
    <message>
        <source>The mentee&apos;s wishes about the mentor are not met</source>
        <translation>De wensen van de mentee over de mentor zijn niet vervuld</translation>
    </message>
    <message>
        <source>Both like: {what}</source>
        <translation>Beiden houden van: {what}</translation>
    </message>
    <message>
        <source>No interest in common</source>
        <translation>Geen gemeenschappelijke interesse</translation>
    </message>
    <message>
        <source>Waited {days} days</source>
        <translation>{days} dagen gewacht</translation>
    </message>
    <message>
        <source>Has as many mentees as agreed</source>
        <translation>Heeft al zoveel mentees als afgesproken</translation>
    </message>
    <message>
        <source>Proposed before: declined, or a duo that has ended</source>
        <translation>Eerder voorgesteld: afgewezen, of een beëindigd duo</translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation>Nog niet aanvaard</translation>
    </message>
    <message>
        <source>No mentor can take them: every mentor is full, declined before or has no language in common</source>
        <translation>Geen enkele mentor kan deze mentee opnemen: elke mentor is volzet, werd eerder afgewezen of heeft geen gemeenschappelijke taal</translation>
    </message>
    <message>
        <source>No mentor in the same or a related field yet; a generalist is proposed after the wait set in Settings</source>
        <translation>Nog geen mentor in hetzelfde of een verwant vakgebied; een generalist wordt voorgesteld na de wachttijd uit de instellingen</translation>
    </message>
    <message>
        <source>The best mentor scores below the minimum set in Settings</source>
        <translation>De beste mentor scoort onder het minimum uit de instellingen</translation>
    </message>
    <message>
        <source>Good mentors exist, but their places went to mentees who waited longer or fit better</source>
        <translation>Er zijn goede mentoren, maar hun plaatsen gingen naar mentees die langer wachtten of beter passen</translation>
    </message>
</context>
<context>
    <name>MatchingRows</name>
    <message>
        <source>(no longer in the pool)</source>
        <translation>(staat niet meer op de lijst)</translation>
    </message>
    <message>
        <source>{free} of {capacity}</source>
        <translation>{free} van {capacity}</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Na te kijken</translation>
    </message>
    <message>
        <source>Confirmed: proposed to the mentor</source>
        <translation>Bevestigd: voorgesteld aan de mentor</translation>
    </message>
    <message>
        <source>Skipped: nothing saved</source>
        <translation>Overgeslagen: niets opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>{name} ({score})</source>
        <translation>{name} ({score})</translation>
    </message>
</context>
<context>
    <name>MatchingScreen</name>
    <message>
        <source>For &amp;one participant</source>
        <translation>&amp;Per deelnemer</translation>
    </message>
    <message>
        <source>For &amp;everyone waiting</source>
        <translation>Voor &amp;iedereen die wacht</translation>
    </message>
</context>
<context>
    <name>MenteePreview</name>
    <message>
        <source>When the match is proposed, the mentee receives only this: the mentor&apos;s given name and the short profile written for them. Nothing else about the mentor leaves the programme.</source>
        <translation>Wanneer de match voorgesteld wordt, krijgt de mentee alleen dit: de voornaam van de mentor en het korte profiel dat voor mentees geschreven is. Niets anders over de mentor verlaat het programma.</translation>
    </message>
    <message>
        <source>What the mentee receives</source>
        <translation>Wat de mentee krijgt</translation>
    </message>
</context>
<context>
    <name>MentorPreview</name>
    <message>
        <source>When the match is proposed, the mentor receives the mentee&apos;s full CV and the profile below, and nothing else from the case file: no family name, contact details, origin, right to work or notes.</source>
        <translation>Wanneer de match voorgesteld wordt, krijgt de mentor het volledige cv van de mentee en het profiel hieronder, en niets anders uit het dossier: geen familienaam, contactgegevens, afkomst, toegang tot de arbeidsmarkt of notities.</translation>
    </message>
    <message>
        <source>Profile the mentor receives</source>
        <translation>Profiel dat de mentor krijgt</translation>
    </message>
    <message>
        <source>No CV attached: the mentor would receive the profile only. Attach the CV in the mentee&apos;s case file (Documents) first.</source>
        <translation>Geen cv toegevoegd: de mentor zou alleen het profiel krijgen. Voeg eerst het cv toe in het dossier van de mentee (Documenten).</translation>
    </message>
    <message>
        <source>CV: {file} ({size})</source>
        <translation>Cv: {file} ({size})</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>0 days</source>
        <translation>0 dagen</translation>
    </message>
    <message>
        <source>This participant&apos;s file is damaged: the list shows what it held before. See duo verify, and restore the file from a backup.</source>
        <translation>Het bestand van deze deelnemer is beschadigd: de lijst toont wat het vroeger bevatte. Zie duo verify, en zet het bestand terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>(former staff member)</source>
        <translation>(voormalig personeelslid)</translation>
    </message>
    <message>
        <source>(damaged file)</source>
        <translation>(beschadigd bestand)</translation>
    </message>
    <message>
        <source>{date} ({wait})</source>
        <translation>{date} ({wait})</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>File damaged</source>
        <translation>Bestand beschadigd</translation>
    </message>
    <message>
        <source>Full ({taken} of {capacity})</source>
        <translation>Volzet ({taken} van {capacity})</translation>
    </message>
    <message>
        <source>Available ({taken} of {capacity} taken)</source>
        <translation>Beschikbaar ({taken}/{capacity} bezet)</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Part of a name: “cagla yil” finds Çağla Yılmaz</source>
        <translation>Deel van een naam: “cagla yil” vindt Çağla Yılmaz</translation>
    </message>
    <message>
        <source>Number of participants shown</source>
        <translation>Aantal getoonde deelnemers</translation>
    </message>
    <message>
        <source>Mentees and mentors</source>
        <translation>Mentees en mentoren</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>S&amp;orteren op:</translation>
    </message>
    <message>
        <source>Any coach</source>
        <translation>Elke coach</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Geen coach</translation>
    </message>
    <message>
        <source>No participants yet. Ctrl+N starts a mentee intake.</source>
        <translation>Nog geen deelnemers. Ctrl+N start een intake van een mentee.</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 deelnemer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln deelnemer</numerusform>
            <numerusform>%Ln deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches. Escape in the search box clears it.</source>
        <translation>Geen enkele deelnemer voldoet. Esc in het zoekvak wist de zoekopdracht.</translation>
    </message>
    <message>
        <source>{shown} of 1 participant</source>
        <translation>{shown} van 1 deelnemer</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln participants</source>
        <translation>
            <numerusform>{shown} van %Ln deelnemer</numerusform>
            <numerusform>{shown} van %Ln deelnemers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>Propose for everyone &amp;waiting…</source>
        <translation>Voorstel voor iedereen die &amp;wacht…</translation>
    </message>
    <message>
        <source>Working out the proposal</source>
        <translation>Het voorstel wordt berekend</translation>
    </message>
    <message>
        <source>Duo proposes, for every waiting mentee at once, the pairs with the best total score within every mentor&apos;s free places; a long wait raises a mentee&apos;s priority. Nothing is saved until you confirm a pair.</source>
        <translation>Duo stelt voor alle wachtende mentees tegelijk de paren voor met de beste totaalscore binnen de vrije plaatsen van elke mentor; een lange wachttijd verhoogt de prioriteit van een mentee. Er wordt niets opgeslagen tot je een paar bevestigt.</translation>
    </message>
    <message>
        <source>Participants changed since this proposal was worked out. Confirming a pair checks it again; propose again for a fresh proposal.</source>
        <translation>Er zijn deelnemers gewijzigd sinds dit voorstel berekend werd. Bij het bevestigen wordt een paar opnieuw gecontroleerd; vraag een nieuw voorstel voor een actuele versie.</translation>
    </message>
    <message>
        <source>Pa&amp;irs proposed</source>
        <translation>&amp;Voorgestelde paren</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Wachttijd</translation>
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
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Pairs proposed</source>
        <translation>Voorgestelde paren</translation>
    </message>
    <message>
        <source>&amp;Confirm pair</source>
        <translation>Paar &amp;bevestigen</translation>
    </message>
    <message>
        <source>&amp;Skip pair</source>
        <translation>Paar over&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Review side by side…</source>
        <translation>&amp;Naast elkaar bekijken…</translation>
    </message>
    <message>
        <source>&amp;No good match</source>
        <translation>Geen &amp;goede match</translation>
    </message>
    <message>
        <source>Best mentor</source>
        <translation>Beste mentor</translation>
    </message>
    <message>
        <source>Mentees with no good match</source>
        <translation>Mentees zonder goede match</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>&amp;Dossier openen</translation>
    </message>
    <message>
        <source>unexpected problem</source>
        <translation>onverwacht probleem</translation>
    </message>
    <message>
        <source>Pairs proposed: {pairs} for {mentees} waiting mentees; total score {total} (on average {average}). Nothing is saved until you confirm a pair.</source>
        <translation>Voorgestelde paren: {pairs} voor {mentees} wachtende mentees; totaalscore {total} (gemiddeld {average}). Er wordt niets opgeslagen tot je een paar bevestigt.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De laatste 12 maanden</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Alles wat genoteerd is</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Met / judged</source>
        <translation>Gehaald / beoordeeld</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Wat telt</translation>
    </message>
    <message>
        <source>Mentoring Belgium&apos;s quality criteria, ticked by what is recorded. Each line counts the participants or duos it can be judged for: a running duo counts once the criterion can be told (its duration, for instance, once it ends or has lasted long enough). The period counts the duos validated in it and the participants whose status changed in it.</source>
        <translation>De kwaliteitscriteria van Mentoring Belgium, afgevinkt op basis van wat genoteerd is. Elke regel telt de deelnemers of duo&apos;s waarvoor het criterium beoordeeld kan worden: een lopend duo telt mee zodra het criterium vast te stellen is (de duur bijvoorbeeld, zodra het duo eindigt of lang genoeg geduurd heeft). De periode telt de duo&apos;s die erin bevestigd werden en de deelnemers van wie de status erin veranderde.</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riode:</translation>
    </message>
    <message>
        <source>Quality criteria</source>
        <translation>Kwaliteitscriteria</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Who falls short</source>
        <translation>Wie niet voldoet</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Who falls short:&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Wie niet voldoet:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <source>&amp;Review side by side…</source>
        <translation>&amp;Naast elkaar bekijken…</translation>
    </message>
    <message>
        <source>Propose matc&amp;h…</source>
        <translation>&amp;Match voorstellen…</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Breakdown of the score</source>
        <translation>Opbouw van de score</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <source>Excluded by a hard rule</source>
        <translation>Uitgesloten door een harde regel</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Vrije plaatsen</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation>&amp;Suggesties</translation>
    </message>
    <message>
        <source>Choose a mentee or a mentor on the left.</source>
        <translation>Kies links een mentee of een mentor.</translation>
    </message>
    <message>
        <source>Su&amp;ggestions for {name}</source>
        <translation>&amp;Suggesties voor {name}</translation>
    </message>
    <message>
        <source>The best first. Ranked: {ranked}; excluded by a hard rule: {excluded}.</source>
        <translation>De beste eerst. Gerangschikt: {ranked}; uitgesloten door een harde regel: {excluded}.</translation>
    </message>
    <message>
        <source>No mentor can be suggested: see who is excluded, and why, below.</source>
        <translation>Er kan geen mentor voorgesteld worden: zie hieronder wie uitgesloten is, en waarom.</translation>
    </message>
    <message>
        <source>No mentee can be suggested: see who is excluded, and why, below.</source>
        <translation>Er kan geen mentee voorgesteld worden: zie hieronder wie uitgesloten is, en waarom.</translation>
    </message>
    <message>
        <source>E&amp;xcluded by a hard rule: {count}</source>
        <translation>&amp;Uitgesloten door een harde regel: {count}</translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation>Score-&amp;opbouw</translation>
    </message>
    <message>
        <source>&amp;Breakdown: {name}, {score}</source>
        <translation>Score-&amp;opbouw: {name}, {score}</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <source>Score breakdown</source>
        <translation>Opbouw van de score</translation>
    </message>
    <message>
        <source>A score only proposes: check the pair yourself before you propose it. The weights are set in Programme › Settings.</source>
        <translation>Een score doet alleen een voorstel: bekijk het paar zelf voor je het voorstelt. De gewichten stel je in via Programma › Instellingen.</translation>
    </message>
    <message>
        <source>{component}: {points}</source>
        <translation>{component}: {points}</translation>
    </message>
    <message>
        <source>{component}: fits {percent}%</source>
        <translation>{component}: past voor {percent}%</translation>
    </message>
    <message>
        <source>{points} of {most}</source>
        <translation>{points} van {most}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>telt niet mee</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>&amp;Mentees waiting</source>
        <translation>&amp;Wachtende mentees</translation>
    </message>
    <message>
        <source>Mentors with free p&amp;laces</source>
        <translation>Mentoren met &amp;vrije plaatsen</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Deel van een naam</translation>
    </message>
    <message>
        <source>People to match</source>
        <translation>Te matchen personen</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>&amp;Dossier openen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Vrije plaatsen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Propose {mentor} as the mentor of {mentee} ({score})? The mentee&apos;s path moves to matching. Next, ask the mentor: they receive the mentee&apos;s CV and profile.</source>
        <translation>{mentor} voorstellen als mentor van {mentee} ({score})? Het traject van de mentee gaat naar matching. Vraag het daarna aan de mentor: die krijgt het cv en het profiel van de mentee.</translation>
    </message>
    <message>
        <source>Propose a match</source>
        <translation>Een match voorstellen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <source>Proposed {mentor} as the mentor of {mentee}. Next: ask the mentor.</source>
        <translation>{mentor} voorgesteld als mentor van {mentee}. Volgende stap: vraag het aan de mentor.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Urgency</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>&amp;My duos</source>
        <translation>&amp;Mijn duo&apos;s</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Iedereen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>Vraagt &amp;aandacht</translation>
    </message>
    <message>
        <source>&amp;Quality criteria</source>
        <translation>&amp;Kwaliteitscriteria</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Vandaag, {date}</translation>
    </message>
    <message>
        <source>Today lists what needs attention, each item one Enter away from its case: duos without contact for longer than agreed, interim calls and agreements due, first meetings to validate, duos nearing their planned end, final evaluations and outcome follow-ups to record, and candidates waiting too long for a match.</source>
        <translation>Vandaag toont wat aandacht vraagt, elk item één Enter van zijn dossier: duo&apos;s die langer dan afgesproken geen contact hadden, tussentijdse gesprekken en overeenkomsten die aan de beurt zijn, eerste ontmoetingen om te bevestigen, duo&apos;s die hun geplande einde naderen, eindevaluaties en opvolgingen van resultaten om te noteren, en kandidaten die te lang op een match wachten.</translation>
    </message>
    <message>
        <source>Nothing needs attention in your duos today.</source>
        <translation>Niets in jouw duo&apos;s vraagt vandaag aandacht.</translation>
    </message>
    <message>
        <source>Choose Everyone to see the whole programme.</source>
        <translation>Kies Iedereen om het hele programma te zien.</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>Niets vraagt vandaag aandacht.</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact for {days} (agreed: every day)</source>
        <translation>Al {days} geen contact (afgesproken: elke dag)</translation>
    </message>
    <message>
        <source>No contact for {days} (agreed: every {every} days)</source>
        <translation>Al {days} geen contact (afgesproken: om de {every} dagen)</translation>
    </message>
    <message>
        <source>The latest follow-up flags a concern: act on it, or mediate</source>
        <translation>De laatste opvolging meldt een zorg: onderneem actie of bemiddel</translation>
    </message>
    <message>
        <source>First meeting on {day}: ask both and validate the duo</source>
        <translation>Eerste ontmoeting op {day}: vraag het aan beiden en bevestig het duo</translation>
    </message>
    <message>
        <source>No agreement recorded yet</source>
        <translation>Nog geen overeenkomst genoteerd</translation>
    </message>
    <message>
        <source>Agreement not yet signed by mentor, mentee and coach</source>
        <translation>Overeenkomst nog niet ondertekend door mentor, mentee en coach</translation>
    </message>
    <message>
        <source>Interim call with both due today</source>
        <translation>Tussentijds gesprek met beiden vandaag te doen</translation>
    </message>
    <message>
        <source>Interim call with both due since {day}</source>
        <translation>Tussentijds gesprek met beiden te doen sinds {day}</translation>
    </message>
    <message>
        <source>Planned end tomorrow: plan the final meeting and the evaluation</source>
        <translation>Gepland einde morgen: plan de afsluitende ontmoeting en de evaluatie</translation>
    </message>
    <message>
        <source>Planned end in {days}: plan the final meeting and the evaluation</source>
        <translation>Gepland einde over {days}: plan de afsluitende ontmoeting en de evaluatie</translation>
    </message>
    <message>
        <source>Planned end today: hold the final meeting and the evaluation</source>
        <translation>Gepland einde vandaag: houd de afsluitende ontmoeting en de evaluatie</translation>
    </message>
    <message>
        <source>Planned end passed on {day}: hold the final meeting and end the duo</source>
        <translation>Gepland einde verstreken op {day}: houd de afsluitende ontmoeting en beëindig het duo</translation>
    </message>
    <message>
        <source>Final evaluation to take from the mentee and the mentor</source>
        <translation>Eindevaluatie af te nemen bij de mentee en de mentor</translation>
    </message>
    <message>
        <source>Final evaluation to take from the mentee</source>
        <translation>Eindevaluatie af te nemen bij de mentee</translation>
    </message>
    <message>
        <source>Final evaluation to take from the mentor</source>
        <translation>Eindevaluatie af te nemen bij de mentor</translation>
    </message>
    <message>
        <source>Outcome follow-up at {months} months due</source>
        <translation>Opvolging van het resultaat na {months} maanden te doen</translation>
    </message>
    <message>
        <source>Waiting for a match for {wait}</source>
        <translation>Wacht al {wait} op een match</translation>
    </message>
    <message>
        <source>The computer&apos;s date looks wrong: it says {today}, but nothing was recorded after {latest}. Check the date and time in the computer&apos;s settings.</source>
        <translation>De datum van de computer lijkt fout: die geeft {today} aan, maar er is niets genoteerd na {latest}. Controleer de datum en de tijd in de instellingen van de computer.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>(damaged file)</source>
        <translation>(beschadigd bestand)</translation>
    </message>
    <message>
        <source>{mentee} with {mentor}</source>
        <translation>{mentee} met {mentor}</translation>
    </message>
    <message>
        <source>{name} (mentor)</source>
        <translation>{name} (mentor)</translation>
    </message>
    <message>
        <source>{name} (mentee)</source>
        <translation>{name} (mentee)</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Niets vraagt aandacht</translation>
    </message>
    <message>
        <source>1 thing needs attention</source>
        <translation>1 punt vraagt aandacht</translation>
    </message>
    <message numerus="yes">
        <source>%n things need attention</source>
        <translation>
            <numerusform>%n punt vraagt aandacht</numerusform>
            <numerusform>%n punten vragen aandacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Intakegesprek</translation>
    </message>
    <message>
        <source>Reason for a refusal</source>
        <translation>Reden bij weigering</translation>
    </message>
    <message>
        <source>Coach at the first meeting</source>
        <translation>Coach bij de eerste ontmoeting</translation>
    </message>
    <message>
        <source>Validation by both</source>
        <translation>Bevestiging door beiden</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation>Ondertekende overeenkomst</translation>
    </message>
    <message>
        <source>At least {months} months</source>
        <translation>Minstens {months} maanden</translation>
    </message>
    <message>
        <source>Regular contact</source>
        <translation>Regelmatig contact</translation>
    </message>
    <message>
        <source>Fixed follow-up</source>
        <translation>Vaste opvolging</translation>
    </message>
    <message>
        <source>Final meeting</source>
        <translation>Afsluitende ontmoeting</translation>
    </message>
    <message>
        <source>Evaluation after the end</source>
        <translation>Evaluatie na het einde</translation>
    </message>
    <message>
        <source>Mentees and mentors past registration attended an info session.</source>
        <translation>Mentees en mentoren voorbij de inschrijving volgden een infosessie.</translation>
    </message>
    <message>
        <source>Mentees and mentors past registration had a personal intake interview.</source>
        <translation>Mentees en mentoren voorbij de inschrijving hadden een persoonlijk intakegesprek.</translation>
    </message>
    <message>
        <source>Refused or referred candidates were told the reason, or where to go instead.</source>
        <translation>Geweigerde of doorverwezen kandidaten kregen de reden te horen, of waar ze wel terechtkunnen.</translation>
    </message>
    <message>
        <source>The coach was at the duo&apos;s first meeting.</source>
        <translation>De coach was bij de eerste ontmoeting van het duo.</translation>
    </message>
    <message>
        <source>Mentee and mentor confirmed the duo after the first meeting.</source>
        <translation>Mentee en mentor bevestigden het duo na de eerste ontmoeting.</translation>
    </message>
    <message>
        <source>An agreement naming the ethics charter, signed by mentor, mentee and coach by the interim call.</source>
        <translation>Een overeenkomst die het ethisch charter vermeldt, ondertekend door mentor, mentee en coach uiterlijk bij het tussentijds gesprek.</translation>
    </message>
    <message>
        <source>The duo lasted at least {months} months. Judged when it ends, or once it has lasted that long.</source>
        <translation>Het duo duurde minstens {months} maanden. Beoordeeld wanneer het eindigt, of zodra het zo lang geduurd heeft.</translation>
    </message>
    <message>
        <source>No gap between meetings or contacts longer than the agreed frequency plus {grace} days of grace.</source>
        <translation>Geen onderbreking tussen ontmoetingen of contacten langer dan de afgesproken frequentie plus {grace} dagen speling.</translation>
    </message>
    <message>
        <source>One coach follows the duo and held the interim call after {months} month.</source>
        <translation>Eén coach volgt het duo op en hield het tussentijds gesprek na {months} maand.</translation>
    </message>
    <message>
        <source>An ended duo had a final meeting.</source>
        <translation>Een beëindigd duo had een afsluitende ontmoeting.</translation>
    </message>
    <message>
        <source>Mentee and mentor gave a final evaluation (asked during the {months} months after the end).</source>
        <translation>Mentee en mentor gaven een eindevaluatie (gevraagd in de {months} maanden na het einde).</translation>
    </message>
    <message>
        <source>nothing to judge yet</source>
        <translation>nog niets te beoordelen</translation>
    </message>
    <message>
        <source>{met} / {applicable} ({share}%)</source>
        <translation>{met} / {applicable} ({share}%)</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>Niet gehaald</translation>
    </message>
    <message>
        <source>1 participant falls short</source>
        <translation>1 deelnemer voldoet niet</translation>
    </message>
    <message numerus="yes">
        <source>%n participants fall short</source>
        <translation>
            <numerusform>%n deelnemer voldoet niet</numerusform>
            <numerusform>%n deelnemers voldoen niet</numerusform>
        </translation>
    </message>
    <message>
        <source>1 duo falls short</source>
        <translation>1 duo voldoet niet</translation>
    </message>
    <message numerus="yes">
        <source>%n duos fall short</source>
        <translation>
            <numerusform>%n duo voldoet niet</numerusform>
            <numerusform>%n duo&apos;s voldoen niet</numerusform>
        </translation>
    </message>
    <message>
        <source>{criterion}: {count}. Enter or a double click opens the case.</source>
        <translation>{criterion}: {count}. Enter of dubbelklikken opent het dossier.</translation>
    </message>
    <message>
        <source>Choose a criterion above to see who falls short of it.</source>
        <translation>Kies hierboven een criterium om te zien wie er niet aan voldoet.</translation>
    </message>
    <message>
        <source>Nobody could be judged for this criterion in the period chosen.</source>
        <translation>Niemand kon voor dit criterium beoordeeld worden in de gekozen periode.</translation>
    </message>
    <message>
        <source>Every participant judged meets this criterion.</source>
        <translation>Elke beoordeelde deelnemer voldoet aan dit criterium.</translation>
    </message>
    <message>
        <source>Every duo judged meets this criterion.</source>
        <translation>Elk beoordeeld duo voldoet aan dit criterium.</translation>
    </message>
    <message>
        <source>Ended within its first month</source>
        <translation>Beëindigd in de eerste maand</translation>
    </message>
    <message>
        <source>Ended after 1 month</source>
        <translation>Beëindigd na 1 maand</translation>
    </message>
    <message numerus="yes">
        <source>Ended after %n months</source>
        <translation>
            <numerusform>Beëindigd na %n maand</numerusform>
            <numerusform>Beëindigd na %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement recorded</source>
        <translation>Geen overeenkomst genoteerd</translation>
    </message>
    <message>
        <source>Not signed by all three, and no ethics charter named</source>
        <translation>Niet door alle drie ondertekend, en geen ethisch charter vermeld</translation>
    </message>
    <message>
        <source>Not signed by mentor, mentee and coach</source>
        <translation>Niet ondertekend door mentor, mentee en coach</translation>
    </message>
    <message>
        <source>No ethics charter version named</source>
        <translation>Geen versie van het ethisch charter vermeld</translation>
    </message>
    <message>
        <source>No final evaluation from the mentee or the mentor</source>
        <translation>Geen eindevaluatie van de mentee of de mentor</translation>
    </message>
    <message>
        <source>No final evaluation from the mentee</source>
        <translation>Geen eindevaluatie van de mentee</translation>
    </message>
    <message>
        <source>No final evaluation from the mentor</source>
        <translation>Geen eindevaluatie van de mentor</translation>
    </message>
    <message>
        <source>No info session recorded</source>
        <translation>Geen infosessie genoteerd</translation>
    </message>
    <message>
        <source>No intake interview recorded</source>
        <translation>Geen intakegesprek genoteerd</translation>
    </message>
    <message>
        <source>Refused: not recorded that the reason was given</source>
        <translation>Geweigerd: niet genoteerd dat de reden gegeven werd</translation>
    </message>
    <message>
        <source>Referred: not recorded where they were told to go</source>
        <translation>Doorverwezen: niet genoteerd waarnaartoe</translation>
    </message>
    <message>
        <source>The coach was not at the first meeting</source>
        <translation>De coach was niet bij de eerste ontmoeting</translation>
    </message>
    <message>
        <source>No first meeting recorded</source>
        <translation>Geen eerste ontmoeting genoteerd</translation>
    </message>
    <message>
        <source>Validated before the first meeting</source>
        <translation>Bevestigd vóór de eerste ontmoeting</translation>
    </message>
    <message>
        <source>Longest gap: {days}</source>
        <translation>Langste onderbreking: {days}</translation>
    </message>
    <message>
        <source>No coach follows the duo</source>
        <translation>Geen coach volgt het duo op</translation>
    </message>
    <message>
        <source>No interim call recorded</source>
        <translation>Geen tussentijds gesprek genoteerd</translation>
    </message>
    <message>
        <source>No final meeting recorded</source>
        <translation>Geen afsluitende ontmoeting genoteerd</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validate the duo — {names}</source>
        <translation>Duo bevestigen — {names}</translation>
    </message>
    <message>
        <source>After the first meeting, the mentor and the mentee each confirm to the coach that they want to go on. Then the duo starts.</source>
        <translation>Na de eerste ontmoeting bevestigen de mentor en de mentee elk aan de coach dat ze willen doorgaan. Dan start het duo.</translation>
    </message>
    <message>
        <source>The &amp;mentor confirmed</source>
        <translation>De &amp;mentor heeft bevestigd</translation>
    </message>
    <message>
        <source>The m&amp;entee confirmed</source>
        <translation>De m&amp;entee heeft bevestigd</translation>
    </message>
    <message>
        <source>Duo starts &amp;on:</source>
        <translation>Duo start &amp;op:</translation>
    </message>
    <message>
        <source>&amp;Start the duo</source>
        <translation>Duo &amp;starten</translation>
    </message>
    <message>
        <source>A duo starts when both have confirmed. If one of them does not want to go on, decline the match instead.</source>
        <translation>Een duo start pas als beiden bevestigd hebben. Wil een van hen niet doorgaan, wijs de match dan af.</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>(former staff member)</source>
        <translation>(voormalig personeelslid)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>(damaged file)</source>
        <translation>(beschadigd bestand)</translation>
    </message>
    <message>
        <source>{wait} — waiting too long</source>
        <translation>{wait} — wacht te lang</translation>
    </message>
    <message>
        <source>Waiting {threshold} or longer: the threshold set in the programme settings.</source>
        <translation>Wacht {threshold} of langer: de drempel uit de instellingen van het programma.</translation>
    </message>
</context>
<context>
    <name>WaitingListScreen</name>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentees die op een mentor wachten</translation>
    </message>
    <message>
        <source>Mentors available</source>
        <translation>Beschikbare mentoren</translation>
    </message>
    <message>
        <source>Accepted and not yet matched, the longest wait first. Highlighted in bold: waiting {threshold} or longer (the threshold is set in Programme › Settings).</source>
        <translation>Aanvaard en nog niet gematcht, de langste wachttijd eerst. Vet gemarkeerd: wacht {threshold} of langer (de drempel stel je in via Programma › Instellingen).</translation>
    </message>
    <message>
        <source>Accepted and not yet matched, the longest wait first. No waiting threshold is set, so no wait is highlighted.</source>
        <translation>Aanvaard en nog niet gematcht, de langste wachttijd eerst. Er is geen drempel voor de wachttijd ingesteld, dus geen enkele wachttijd wordt gemarkeerd.</translation>
    </message>
    <message>
        <source>M&amp;entees waiting for a mentor: {count}</source>
        <translation>M&amp;entees die op een mentor wachten: {count}</translation>
    </message>
    <message>
        <source>{title} ({overdue} waiting {threshold} or longer)</source>
        <translation>{title} ({overdue} wachten {threshold} of langer)</translation>
    </message>
    <message>
        <source>Mentors &amp;available for a mentee: {count}</source>
        <translation>Mentoren &amp;beschikbaar voor een mentee: {count}</translation>
    </message>
</context>
</TS>
