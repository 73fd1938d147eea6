<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>The mentor&apos;s answer — {names}</source>
        <translation>La réponse du mentor — {names}</translation>
    </message>
    <message>
        <source>The mentor has read the mentee&apos;s CV and profile. Do they want to go ahead?</source>
        <translation>Le mentor a lu le CV et le profil de la personne mentorée. Souhaite-t-il aller plus loin&#xa0;?</translation>
    </message>
    <message>
        <source>The mentee&apos;s answer — {names}</source>
        <translation>La réponse de la personne mentorée — {names}</translation>
    </message>
    <message>
        <source>The mentee has read the mentor&apos;s short profile. Do they want to go ahead?</source>
        <translation>La personne mentorée a lu le profil court du mentor. Souhaite-t-elle aller plus loin&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Yes, they want to meet</source>
        <translation>&amp;Oui, souhaite une rencontre</translation>
    </message>
    <message>
        <source>&amp;No: the match does not go ahead</source>
        <translation>&amp;Non&#xa0;: le jumelage ne se fait pas</translation>
    </message>
    <message>
        <source>Why not, in their words (kept with the match)</source>
        <translation>La raison du refus, avec leurs mots (conservée avec le jumelage)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Date de la &amp;réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Note why they said no: the reason is kept with the match.</source>
        <translation>Notez pourquoi la réponse est non&#xa0;: le motif est conservé avec le jumelage.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the match — {names}</source>
        <translation>Refuser le jumelage — {names}</translation>
    </message>
    <message>
        <source>The match stops here and the mentee waits again (the wait goes on from where it began). Duo will not propose this pair again.</source>
        <translation>Le jumelage s&apos;arrête ici et la personne mentorée attend à nouveau (l&apos;attente continue depuis son début). Duo ne proposera plus cette paire.</translation>
    </message>
    <message>
        <source>The m&amp;entor</source>
        <translation>Le m&amp;entor</translation>
    </message>
    <message>
        <source>The me&amp;ntee</source>
        <translation>La personne me&amp;ntorée</translation>
    </message>
    <message>
        <source>The &amp;coach</source>
        <translation>Le &amp;coach</translation>
    </message>
    <message>
        <source>Why the match does not go ahead</source>
        <translation>Pourquoi le jumelage ne se fait pas</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Décidé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decline the match</source>
        <translation>&amp;Refuser le jumelage</translation>
    </message>
    <message>
        <source>Note why the match does not go ahead: the reason is kept with it.</source>
        <translation>Notez pourquoi le jumelage ne se fait pas&#xa0;: le motif est conservé avec lui.</translation>
    </message>
</context>
<context>
    <name>DuoError</name>
    <message>
        <source>This participant is not in the list any more (erased, or their file was removed from the programme folder). Refresh the list.</source>
        <translation>Ce ou cette participant·e ne figure plus dans la liste (effacé·e, ou son fichier a été retiré du dossier du programme). Actualisez la liste.</translation>
    </message>
    <message>
        <source>A review shows a mentee beside a mentor. Choose the pair again.</source>
        <translation>Un examen montre une personne mentorée à côté d&apos;un mentor. Choisissez à nouveau la paire.</translation>
    </message>
</context>
<context>
    <name>FirstMeetingDialog</name>
    <message>
        <source>Plan the first meeting — {names}</source>
        <translation>Planifier la première rencontre — {names}</translation>
    </message>
    <message>
        <source>Both said yes. The first meeting takes place at a neutral place (a library, a café, the association&apos;s office), with the coach if they wish.</source>
        <translation>Les deux ont dit oui. La première rencontre a lieu dans un endroit neutre (une bibliothèque, un café, le bureau de l&apos;association), avec le coach s&apos;ils le souhaitent.</translation>
    </message>
    <message>
        <source>e.g. the café of the city library</source>
        <translation>p. ex. le café de la bibliothèque communale</translation>
    </message>
    <message>
        <source>The &amp;coach will be there</source>
        <translation>Le &amp;coach sera présent</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <source>Say where they meet: a neutral place suits best.</source>
        <translation>Indiquez où ils se rencontrent&#xa0;: un endroit neutre convient le mieux.</translation>
    </message>
</context>
<context>
    <name>MatchReviewPreviews</name>
    <message>
        <source>The mentee</source>
        <translation>La personne mentorée</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Emploi visé</translation>
    </message>
    <message>
        <source>Diploma and experience</source>
        <translation>Diplôme et expérience</translation>
    </message>
    <message>
        <source>Languages and availability</source>
        <translation>Langues et disponibilités</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{language}: {level}</source>
        <translation>{language}&#xa0;: {level}</translation>
    </message>
    <message>
        <source>Occupation and sector</source>
        <translation>Métier et secteur</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>The mentor&apos;s short profile is not written yet: the mentee would learn nothing but the given name. Write it in the mentor&apos;s intake before proposing.</source>
        <translation>Le profil court du mentor n&apos;est pas encore rédigé&#xa0;: la personne mentorée n&apos;apprendrait que le prénom. Rédigez-le dans l&apos;entretien d&apos;accueil du mentor avant de proposer le jumelage.</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
</context>
<context>
    <name>MatchReviewWindow</name>
    <message>
        <source>No CV attached. Attach it in the mentee&apos;s case file (Documents).</source>
        <translation>Aucun CV joint. Joignez-le dans le dossier de la personne mentorée (Documents).</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Propose this match</source>
        <translation>&amp;Proposer ce jumelage</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <source>What the &amp;mentor receives</source>
        <translation>Ce que reçoit le &amp;mentor</translation>
    </message>
    <message>
        <source>What the mentee &amp;receives</source>
        <translation>Ce que &amp;reçoit la personne mentorée</translation>
    </message>
    <message>
        <source>Go to this column: {keys}</source>
        <translation>Aller à cette colonne&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>Review: {mentee} and {mentor} — Duo</source>
        <translation>Examen&#xa0;: {mentee} et {mentor} — Duo</translation>
    </message>
    <message>
        <source>Mentee: {name}</source>
        <translation>Mentoré·e&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Mentor: {name}</source>
        <translation>Mentor&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Record the proposal; then ask the mentor first.</source>
        <translation>Enregistrer la proposition&#xa0;; interrogez ensuite d&apos;abord le mentor.</translation>
    </message>
    <message>
        <source>{mentor}: {reason}.</source>
        <translation>{mentor}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>This pair is already proposed: {state}.</source>
        <translation>Cette paire est déjà proposée&#xa0;: {state}.</translation>
    </message>
    <message>
        <source>{mentee} already has a match proposed or running with another mentor: a mentee has one mentor at a time.</source>
        <translation>{mentee} a déjà un jumelage proposé ou en cours avec un autre mentor&#xa0;: une personne mentorée n&apos;a qu&apos;un mentor à la fois.</translation>
    </message>
    <message>
        <source>{mentor} is not accepted as a mentor: finish their screening first.</source>
        <translation>{mentor} n&apos;est pas admis·e comme mentor&#xa0;: terminez d&apos;abord la sélection.</translation>
    </message>
    <message>
        <source>{mentee} is not waiting for a match: only an accepted mentee who is not matched yet can be proposed a mentor.</source>
        <translation>{mentee} n&apos;attend pas de jumelage&#xa0;: seule une personne mentorée admise et pas encore jumelée peut se voir proposer un mentor.</translation>
    </message>
</context>
<context>
    <name>MatchWords</name>
    <message>
        <source>Job target</source>
        <translation>Emploi visé</translation>
    </message>
    <message>
        <source>Place and mobility</source>
        <translation>Lieu et mobilité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Stated preferences</source>
        <translation>Préférences exprimées</translation>
    </message>
    <message>
        <source>Shared interests</source>
        <translation>Intérêts communs</translation>
    </message>
    <message>
        <source>Time waited</source>
        <translation>Temps d&apos;attente</translation>
    </message>
    <message>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <source>a woman</source>
        <translation>une femme</translation>
    </message>
    <message>
        <source>a man</source>
        <translation>un homme</translation>
    </message>
    <message>
        <source>another gender</source>
        <translation>un autre genre</translation>
    </message>
    <message>
        <source>under 35</source>
        <translation>moins de 35 ans</translation>
    </message>
    <message>
        <source>35 to 50</source>
        <translation>35 à 50 ans</translation>
    </message>
    <message>
        <source>over 50</source>
        <translation>plus de 50 ans</translation>
    </message>
    <message>
        <source>Same occupation: {what}</source>
        <translation>Même métier&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Same sector: {what}</source>
        <translation>Même secteur&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Related occupations: {what}</source>
        <translation>Métiers proches&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Related sectors: {what}</source>
        <translation>Secteurs proches&#xa0;: {what}</translation>
    </message>
    <message>
        <source>A generalist (HR or recruiter), proposed after a long wait</source>
        <translation>Un profil généraliste (RH ou recrutement), proposé après une longue attente</translation>
    </message>
    <message>
        <source>Different fields of work</source>
        <translation>Domaines professionnels différents</translation>
    </message>
    <message>
        <source>Same postcode ({what})</source>
        <translation>Même code postal ({what})</translation>
    </message>
    <message>
        <source>Same municipality ({what})</source>
        <translation>Même commune ({what})</translation>
    </message>
    <message>
        <source>Same area (postcodes {what}…)</source>
        <translation>Même zone (codes postaux {what}…)</translation>
    </message>
    <message>
        <source>Same region (postcodes {what}…)</source>
        <translation>Même région (codes postaux {what}…)</translation>
    </message>
    <message>
        <source>Live far apart</source>
        <translation>Habitent loin l&apos;un de l&apos;autre</translation>
    </message>
    <message>
        <source>Postcode not known for one of them</source>
        <translation>Code postal inconnu pour l&apos;un des deux</translation>
    </message>
    <message>
        <source>{place}; the mentee drives</source>
        <translation>{place}&#xa0;; la personne mentorée se déplace en voiture</translation>
    </message>
    <message>
        <source>Free moments not known for one of them</source>
        <translation>Disponibilités inconnues pour l&apos;un des deux</translation>
    </message>
    <message>
        <source>Interests not known for one of them</source>
        <translation>Centres d&apos;intérêt inconnus pour l&apos;un des deux</translation>
    </message>
    <message>
        <source>Not waiting</source>
        <translation>Pas en attente</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Both free: {what}</source>
        <translation>Tous deux libres&#xa0;: {what}</translation>
    </message>
    <message>
        <source>No free moment in common</source>
        <translation>Aucun moment libre en commun</translation>
    </message>
    <message>
        <source>In common: {what}</source>
        <translation>En commun&#xa0;: {what}</translation>
    </message>
    <message>
        <source>No language in common</source>
        <translation>Aucune langue en commun</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>Aucune préférence exprimée</translation>
    </message>
    <message>
        <source>Wishes met: {what}</source>
        <translation>Souhaits respectés&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Some wishes met: {what}</source>
        <translation>Certains souhaits respectés&#xa0;: {what}</translation>
    </message>
    <message>
        <source>The mentee&apos;s wishes about the mentor are not met</source>
        <translation>Les souhaits de la personne mentorée sur le mentor ne sont pas respectés</translation>
    </message>
    <message>
        <source>Both like: {what}</source>
        <translation>Tous deux aiment&#xa0;: {what}</translation>
    </message>
    <message>
        <source>No interest in common</source>
        <translation>Aucun centre d&apos;intérêt commun</translation>
    </message>
    <message>
        <source>Waited {days} days</source>
        <translation>{days} jours d&apos;attente</translation>
    </message>
    <message>
        <source>Has as many mentees as agreed</source>
        <translation>A déjà autant de mentoré·es que convenu</translation>
    </message>
    <message>
        <source>Proposed before: declined, or a duo that has ended</source>
        <translation>Déjà proposé&#xa0;: refusé, ou duo terminé</translation>
    </message>
    <message>
        <source>Not accepted yet</source>
        <translation>Pas encore admis·e</translation>
    </message>
    <message>
        <source>No mentor can take them: every mentor is full, declined before or has no language in common</source>
        <translation>Aucun mentor ne peut l&apos;accueillir&#xa0;: chaque mentor est complet, a déjà été refusé ou n&apos;a aucune langue en commun</translation>
    </message>
    <message>
        <source>No mentor in the same or a related field yet; a generalist is proposed after the wait set in Settings</source>
        <translation>Pas encore de mentor dans le même domaine ou un domaine proche&#xa0;; un profil généraliste est proposé après l&apos;attente fixée dans les paramètres</translation>
    </message>
    <message>
        <source>The best mentor scores below the minimum set in Settings</source>
        <translation>Le meilleur mentor obtient un score inférieur au minimum fixé dans les paramètres</translation>
    </message>
    <message>
        <source>Good mentors exist, but their places went to mentees who waited longer or fit better</source>
        <translation>De bons mentors existent, mais leurs places sont allées à des mentoré·es qui attendaient depuis plus longtemps ou correspondaient mieux</translation>
    </message>
</context>
<context>
    <name>MatchingRows</name>
    <message>
        <source>(no longer in the pool)</source>
        <translation>(n&apos;est plus dans la liste)</translation>
    </message>
    <message>
        <source>{free} of {capacity}</source>
        <translation>{free} sur {capacity}</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Confirmed: proposed to the mentor</source>
        <translation>Confirmé&#xa0;: proposé au mentor</translation>
    </message>
    <message>
        <source>Skipped: nothing saved</source>
        <translation>Passé&#xa0;: rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
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
        <translation>Pour &amp;une personne</translation>
    </message>
    <message>
        <source>For &amp;everyone waiting</source>
        <translation>Pour &amp;toutes les personnes en attente</translation>
    </message>
</context>
<context>
    <name>MenteePreview</name>
    <message>
        <source>When the match is proposed, the mentee receives only this: the mentor&apos;s given name and the short profile written for them. Nothing else about the mentor leaves the programme.</source>
        <translation>Quand le jumelage est proposé, la personne mentorée reçoit uniquement ceci&#xa0;: le prénom du mentor et le profil court rédigé à son intention. Rien d&apos;autre sur le mentor ne quitte le programme.</translation>
    </message>
    <message>
        <source>What the mentee receives</source>
        <translation>Ce que reçoit la personne mentorée</translation>
    </message>
</context>
<context>
    <name>MentorPreview</name>
    <message>
        <source>When the match is proposed, the mentor receives the mentee&apos;s full CV and the profile below, and nothing else from the case file: no family name, contact details, origin, right to work or notes.</source>
        <translation>Quand le jumelage est proposé, le mentor reçoit le CV complet de la personne mentorée et le profil ci-dessous, et rien d&apos;autre du dossier&#xa0;: ni nom de famille, ni coordonnées, ni origine, ni droit au travail, ni notes.</translation>
    </message>
    <message>
        <source>Profile the mentor receives</source>
        <translation>Profil que reçoit le mentor</translation>
    </message>
    <message>
        <source>No CV attached: the mentor would receive the profile only. Attach the CV in the mentee&apos;s case file (Documents) first.</source>
        <translation>Aucun CV joint&#xa0;: le mentor ne recevrait que le profil. Joignez d&apos;abord le CV dans le dossier de la personne mentorée (Documents).</translation>
    </message>
    <message>
        <source>CV: {file} ({size})</source>
        <translation>CV&#xa0;: {file} ({size})</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>0 days</source>
        <translation>0 jour</translation>
    </message>
    <message>
        <source>This participant&apos;s file is damaged: the list shows what it held before. See duo verify, and restore the file from a backup.</source>
        <translation>Le fichier de ce ou cette participant·e est endommagé&#xa0;: la liste montre ce qu&apos;il contenait auparavant. Voyez duo verify, et restaurez le fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>(former staff member)</source>
        <translation>(ancien membre de l&apos;équipe)</translation>
    </message>
    <message>
        <source>(damaged file)</source>
        <translation>(fichier endommagé)</translation>
    </message>
    <message>
        <source>{date} ({wait})</source>
        <translation>{date} ({wait})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>File damaged</source>
        <translation>Fichier endommagé</translation>
    </message>
    <message>
        <source>Full ({taken} of {capacity})</source>
        <translation>Complet ({taken} sur {capacity})</translation>
    </message>
    <message>
        <source>Available ({taken} of {capacity} taken)</source>
        <translation>Disponible ({taken}/{capacity} occupées)</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <source>Part of a name: “cagla yil” finds Çağla Yılmaz</source>
        <translation>Partie d&apos;un nom&#xa0;: «&#xa0;cagla yil&#xa0;» trouve Çağla Yılmaz</translation>
    </message>
    <message>
        <source>Number of participants shown</source>
        <translation>Nombre de participant·es affiché·es</translation>
    </message>
    <message>
        <source>Mentees and mentors</source>
        <translation>Mentoré·es et mentors</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentoré·es</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation>&amp;Coach&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>Tri&amp;er par&#xa0;:</translation>
    </message>
    <message>
        <source>Any coach</source>
        <translation>Tous les coachs</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Sans coach</translation>
    </message>
    <message>
        <source>No participants yet. Ctrl+N starts a mentee intake.</source>
        <translation>Pas encore de participant·es. Ctrl+N commence l&apos;entretien d&apos;accueil d&apos;une personne mentorée.</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant·e</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant·e</numerusform>
            <numerusform>%Ln participant·es</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches. Escape in the search box clears it.</source>
        <translation>Aucun·e participant·e ne correspond. Échap dans le champ de recherche l&apos;efface.</translation>
    </message>
    <message>
        <source>{shown} of 1 participant</source>
        <translation>{shown} sur 1 participant·e</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln participants</source>
        <translation>
            <numerusform>{shown} sur&#xa0;%Ln participant·e</numerusform>
            <numerusform>{shown} sur&#xa0;%Ln participant·es</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>Propose for everyone &amp;waiting…</source>
        <translation>Proposer pour toutes les personnes en &amp;attente…</translation>
    </message>
    <message>
        <source>Working out the proposal</source>
        <translation>Calcul de la proposition en cours</translation>
    </message>
    <message>
        <source>Duo proposes, for every waiting mentee at once, the pairs with the best total score within every mentor&apos;s free places; a long wait raises a mentee&apos;s priority. Nothing is saved until you confirm a pair.</source>
        <translation>Duo propose, pour toutes les personnes mentorées en attente à la fois, les paires au meilleur score total dans la limite des places libres de chaque mentor&#xa0;; une longue attente augmente la priorité. Rien n&apos;est enregistré tant que vous ne confirmez pas une paire.</translation>
    </message>
    <message>
        <source>Participants changed since this proposal was worked out. Confirming a pair checks it again; propose again for a fresh proposal.</source>
        <translation>Des participant·es ont changé depuis le calcul de cette proposition. Confirmer une paire la vérifie à nouveau&#xa0;; relancez la proposition pour une version à jour.</translation>
    </message>
    <message>
        <source>Pa&amp;irs proposed</source>
        <translation>&amp;Paires proposées</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré·e</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
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
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Pairs proposed</source>
        <translation>Paires proposées</translation>
    </message>
    <message>
        <source>&amp;Confirm pair</source>
        <translation>&amp;Confirmer la paire</translation>
    </message>
    <message>
        <source>&amp;Skip pair</source>
        <translation>Pa&amp;sser la paire</translation>
    </message>
    <message>
        <source>&amp;Review side by side…</source>
        <translation>&amp;Examiner côte à côte…</translation>
    </message>
    <message>
        <source>&amp;No good match</source>
        <translation>Aucun &amp;bon jumelage</translation>
    </message>
    <message>
        <source>Best mentor</source>
        <translation>Meilleur mentor</translation>
    </message>
    <message>
        <source>Mentees with no good match</source>
        <translation>Mentoré·es sans bon jumelage</translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>unexpected problem</source>
        <translation>problème inattendu</translation>
    </message>
    <message>
        <source>Pairs proposed: {pairs} for {mentees} waiting mentees; total score {total} (on average {average}). Nothing is saved until you confirm a pair.</source>
        <translation>Paires proposées&#xa0;: {pairs} pour {mentees} mentoré·es en attente&#xa0;; score total {total} (en moyenne {average}). Rien n&apos;est enregistré tant que vous ne confirmez pas une paire.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Tout ce qui est enregistré</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Met / judged</source>
        <translation>Atteint / évalués</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Ce qui compte</translation>
    </message>
    <message>
        <source>Mentoring Belgium&apos;s quality criteria, ticked by what is recorded. Each line counts the participants or duos it can be judged for: a running duo counts once the criterion can be told (its duration, for instance, once it ends or has lasted long enough). The period counts the duos validated in it and the participants whose status changed in it.</source>
        <translation>Les critères de qualité de Mentoring Belgium, cochés d&apos;après ce qui est enregistré. Chaque ligne compte les participant·es ou les duos pour lesquels le critère peut être évalué&#xa0;: un duo en cours compte dès que le critère peut être établi (sa durée, par exemple, dès qu&apos;il se termine ou a duré assez longtemps). La période compte les duos validés pendant celle-ci et les participant·es dont le statut y a changé.</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>Quality criteria</source>
        <translation>Critères de qualité</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Who falls short</source>
        <translation>Qui n&apos;y satisfait pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Who falls short:&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Qui n&apos;y satisfait pas&#xa0;:&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>&amp;Review side by side…</source>
        <translation>&amp;Examiner côte à côte…</translation>
    </message>
    <message>
        <source>Propose matc&amp;h…</source>
        <translation>&amp;Proposer un jumelage…</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Breakdown of the score</source>
        <translation>Détail du score</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Excluded by a hard rule</source>
        <translation>Exclus par une règle stricte</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
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
        <translation>Su&amp;ggestions</translation>
    </message>
    <message>
        <source>Choose a mentee or a mentor on the left.</source>
        <translation>Choisissez à gauche une personne mentorée ou un mentor.</translation>
    </message>
    <message>
        <source>Su&amp;ggestions for {name}</source>
        <translation>Su&amp;ggestions pour {name}</translation>
    </message>
    <message>
        <source>The best first. Ranked: {ranked}; excluded by a hard rule: {excluded}.</source>
        <translation>Les meilleures d&apos;abord. Classées&#xa0;: {ranked}&#xa0;; exclues par une règle stricte&#xa0;: {excluded}.</translation>
    </message>
    <message>
        <source>No mentor can be suggested: see who is excluded, and why, below.</source>
        <translation>Aucun mentor ne peut être suggéré&#xa0;: voyez ci-dessous qui est exclu, et pourquoi.</translation>
    </message>
    <message>
        <source>No mentee can be suggested: see who is excluded, and why, below.</source>
        <translation>Aucune personne mentorée ne peut être suggérée&#xa0;: voyez ci-dessous qui est exclu, et pourquoi.</translation>
    </message>
    <message>
        <source>E&amp;xcluded by a hard rule: {count}</source>
        <translation>E&amp;xclus par une règle stricte&#xa0;: {count}</translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation>&amp;Détail du score</translation>
    </message>
    <message>
        <source>&amp;Breakdown: {name}, {score}</source>
        <translation>&amp;Détail&#xa0;: {name}, {score}</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <source>Score breakdown</source>
        <translation>Détail du score</translation>
    </message>
    <message>
        <source>A score only proposes: check the pair yourself before you propose it. The weights are set in Programme › Settings.</source>
        <translation>Un score ne fait que proposer&#xa0;: vérifiez vous-même la paire avant de la proposer. Les pondérations se règlent dans Programme › Paramètres.</translation>
    </message>
    <message>
        <source>{component}: {points}</source>
        <translation>{component}&#xa0;: {points}</translation>
    </message>
    <message>
        <source>{component}: fits {percent}%</source>
        <translation>{component}&#xa0;: correspond à {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{points} of {most}</source>
        <translation>{points} sur {most}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>&amp;Mentees waiting</source>
        <translation>&amp;Mentoré·es en attente</translation>
    </message>
    <message>
        <source>Mentors with free p&amp;laces</source>
        <translation>Mentors avec places &amp;libres</translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation>Partie d&apos;un nom</translation>
    </message>
    <message>
        <source>People to match</source>
        <translation>Personnes à jumeler</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Propose {mentor} as the mentor of {mentee} ({score})? The mentee&apos;s path moves to matching. Next, ask the mentor: they receive the mentee&apos;s CV and profile.</source>
        <translation>Proposer {mentor} comme mentor de {mentee} ({score})&#xa0;? Le parcours de la personne mentorée passe à la mise en relation. Ensuite, interrogez le mentor&#xa0;: il reçoit le CV et le profil de la personne mentorée.</translation>
    </message>
    <message>
        <source>Propose a match</source>
        <translation>Proposer un jumelage</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Proposed {mentor} as the mentor of {mentee}. Next: ask the mentor.</source>
        <translation>{mentor} proposé·e comme mentor de {mentee}. Étape suivante&#xa0;: interrogez le mentor.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
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
        <translation>&amp;Mes duos</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Tout le monde</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation>&amp;Points d&apos;attention</translation>
    </message>
    <message>
        <source>&amp;Quality criteria</source>
        <translation>&amp;Critères de qualité</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Aujourd&apos;hui, {date}</translation>
    </message>
    <message>
        <source>Today lists what needs attention, each item one Enter away from its case: duos without contact for longer than agreed, interim calls and agreements due, first meetings to validate, duos nearing their planned end, final evaluations and outcome follow-ups to record, and candidates waiting too long for a match.</source>
        <translation>Aujourd&apos;hui liste ce qui demande votre attention, chaque élément à une touche Entrée de son dossier&#xa0;: duos sans contact depuis plus longtemps que convenu, appels intermédiaires et conventions à faire, premières rencontres à valider, duos proches de leur fin prévue, évaluations finales et suivis des résultats à noter, et candidat·es qui attendent trop longtemps un jumelage.</translation>
    </message>
    <message>
        <source>Nothing needs attention in your duos today.</source>
        <translation>Rien ne demande votre attention dans vos duos aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Choose Everyone to see the whole programme.</source>
        <translation>Choisissez Tout le monde pour voir tout le programme.</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>Rien ne demande votre attention aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact for {days} (agreed: every day)</source>
        <translation>Aucun contact depuis {days} (convenu&#xa0;: chaque jour)</translation>
    </message>
    <message>
        <source>No contact for {days} (agreed: every {every} days)</source>
        <translation>Aucun contact depuis {days} (convenu&#xa0;: tous les {every} jours)</translation>
    </message>
    <message>
        <source>The latest follow-up flags a concern: act on it, or mediate</source>
        <translation>Le dernier suivi signale une préoccupation&#xa0;: agissez, ou proposez une médiation</translation>
    </message>
    <message>
        <source>First meeting on {day}: ask both and validate the duo</source>
        <translation>Première rencontre le {day}&#xa0;: interrogez les deux et validez le duo</translation>
    </message>
    <message>
        <source>No agreement recorded yet</source>
        <translation>Aucune convention enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Agreement not yet signed by mentor, mentee and coach</source>
        <translation>Convention pas encore signée par le mentor, la personne mentorée et le coach</translation>
    </message>
    <message>
        <source>Interim call with both due today</source>
        <translation>Appel intermédiaire avec les deux à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Interim call with both due since {day}</source>
        <translation>Appel intermédiaire avec les deux à faire depuis le {day}</translation>
    </message>
    <message>
        <source>Planned end tomorrow: plan the final meeting and the evaluation</source>
        <translation>Fin prévue demain&#xa0;: planifiez la rencontre finale et l&apos;évaluation</translation>
    </message>
    <message>
        <source>Planned end in {days}: plan the final meeting and the evaluation</source>
        <translation>Fin prévue dans {days}&#xa0;: planifiez la rencontre finale et l&apos;évaluation</translation>
    </message>
    <message>
        <source>Planned end today: hold the final meeting and the evaluation</source>
        <translation>Fin prévue aujourd&apos;hui&#xa0;: tenez la rencontre finale et faites l&apos;évaluation</translation>
    </message>
    <message>
        <source>Planned end passed on {day}: hold the final meeting and end the duo</source>
        <translation>Fin prévue dépassée le {day}&#xa0;: tenez la rencontre finale et clôturez le duo</translation>
    </message>
    <message>
        <source>Final evaluation to take from the mentee and the mentor</source>
        <translation>Évaluation finale à recueillir auprès de la personne mentorée et du mentor</translation>
    </message>
    <message>
        <source>Final evaluation to take from the mentee</source>
        <translation>Évaluation finale à recueillir auprès de la personne mentorée</translation>
    </message>
    <message>
        <source>Final evaluation to take from the mentor</source>
        <translation>Évaluation finale à recueillir auprès du mentor</translation>
    </message>
    <message>
        <source>Outcome follow-up at {months} months due</source>
        <translation>Suivi des résultats à {months} mois à faire</translation>
    </message>
    <message>
        <source>Waiting for a match for {wait}</source>
        <translation>En attente d&apos;un jumelage depuis {wait}</translation>
    </message>
    <message>
        <source>The computer&apos;s date looks wrong: it says {today}, but nothing was recorded after {latest}. Check the date and time in the computer&apos;s settings.</source>
        <translation>La date de l&apos;ordinateur semble erronée&#xa0;: elle indique le {today}, mais rien n&apos;a été enregistré après le {latest}. Vérifiez la date et l&apos;heure dans les réglages de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>(damaged file)</source>
        <translation>(fichier endommagé)</translation>
    </message>
    <message>
        <source>{mentee} with {mentor}</source>
        <translation>{mentee} avec {mentor}</translation>
    </message>
    <message>
        <source>{name} (mentor)</source>
        <translation>{name} (mentor)</translation>
    </message>
    <message>
        <source>{name} (mentee)</source>
        <translation>{name} (mentoré·e)</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Rien à traiter</translation>
    </message>
    <message>
        <source>1 thing needs attention</source>
        <translation>1 point demande votre attention</translation>
    </message>
    <message numerus="yes">
        <source>%n things need attention</source>
        <translation>
            <numerusform>%n point demande votre attention</numerusform>
            <numerusform>%n points demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Séance d&apos;information</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Entretien d&apos;accueil</translation>
    </message>
    <message>
        <source>Reason for a refusal</source>
        <translation>Motif d&apos;un refus</translation>
    </message>
    <message>
        <source>Coach at the first meeting</source>
        <translation>Coach à la première rencontre</translation>
    </message>
    <message>
        <source>Validation by both</source>
        <translation>Validation par les deux</translation>
    </message>
    <message>
        <source>Signed agreement</source>
        <translation>Convention signée</translation>
    </message>
    <message>
        <source>At least {months} months</source>
        <translation>Au moins {months} mois</translation>
    </message>
    <message>
        <source>Regular contact</source>
        <translation>Contacts réguliers</translation>
    </message>
    <message>
        <source>Fixed follow-up</source>
        <translation>Suivi fixe</translation>
    </message>
    <message>
        <source>Final meeting</source>
        <translation>Rencontre finale</translation>
    </message>
    <message>
        <source>Evaluation after the end</source>
        <translation>Évaluation après la fin</translation>
    </message>
    <message>
        <source>Mentees and mentors past registration attended an info session.</source>
        <translation>Les mentoré·es et mentors au-delà de l&apos;inscription ont assisté à une séance d&apos;information.</translation>
    </message>
    <message>
        <source>Mentees and mentors past registration had a personal intake interview.</source>
        <translation>Les mentoré·es et mentors au-delà de l&apos;inscription ont eu un entretien d&apos;accueil individuel.</translation>
    </message>
    <message>
        <source>Refused or referred candidates were told the reason, or where to go instead.</source>
        <translation>Les candidat·es refusé·es ou réorienté·es ont reçu le motif, ou l&apos;adresse où s&apos;adresser.</translation>
    </message>
    <message>
        <source>The coach was at the duo&apos;s first meeting.</source>
        <translation>Le coach était présent à la première rencontre du duo.</translation>
    </message>
    <message>
        <source>Mentee and mentor confirmed the duo after the first meeting.</source>
        <translation>La personne mentorée et le mentor ont confirmé le duo après la première rencontre.</translation>
    </message>
    <message>
        <source>An agreement naming the ethics charter, signed by mentor, mentee and coach by the interim call.</source>
        <translation>Une convention citant la charte éthique, signée par le mentor, la personne mentorée et le coach au plus tard à l&apos;appel intermédiaire.</translation>
    </message>
    <message>
        <source>The duo lasted at least {months} months. Judged when it ends, or once it has lasted that long.</source>
        <translation>Le duo a duré au moins {months} mois. Évalué à sa fin, ou dès qu&apos;il a duré aussi longtemps.</translation>
    </message>
    <message>
        <source>No gap between meetings or contacts longer than the agreed frequency plus {grace} days of grace.</source>
        <translation>Aucun intervalle entre rencontres ou contacts plus long que la fréquence convenue plus {grace} jours de marge.</translation>
    </message>
    <message>
        <source>One coach follows the duo and held the interim call after {months} month.</source>
        <translation>Un seul coach suit le duo et a mené l&apos;appel intermédiaire après {months} mois.</translation>
    </message>
    <message>
        <source>An ended duo had a final meeting.</source>
        <translation>Un duo terminé a eu une rencontre finale.</translation>
    </message>
    <message>
        <source>Mentee and mentor gave a final evaluation (asked during the {months} months after the end).</source>
        <translation>La personne mentorée et le mentor ont donné une évaluation finale (demandée dans les {months} mois suivant la fin).</translation>
    </message>
    <message>
        <source>nothing to judge yet</source>
        <translation>rien à évaluer pour l&apos;instant</translation>
    </message>
    <message>
        <source>{met} / {applicable} ({share}%)</source>
        <translation>{met} / {applicable} ({share}&#xa0;%)</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>1 participant falls short</source>
        <translation>1 participant·e n&apos;y satisfait pas</translation>
    </message>
    <message numerus="yes">
        <source>%n participants fall short</source>
        <translation>
            <numerusform>%n participant·e n&apos;y satisfait pas</numerusform>
            <numerusform>%n participant·es n&apos;y satisfont pas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 duo falls short</source>
        <translation>1 duo n&apos;y satisfait pas</translation>
    </message>
    <message numerus="yes">
        <source>%n duos fall short</source>
        <translation>
            <numerusform>%n duo n&apos;y satisfait pas</numerusform>
            <numerusform>%n duos n&apos;y satisfont pas</numerusform>
        </translation>
    </message>
    <message>
        <source>{criterion}: {count}. Enter or a double click opens the case.</source>
        <translation>{criterion}&#xa0;: {count}. Entrée ou un double-clic ouvre le dossier.</translation>
    </message>
    <message>
        <source>Choose a criterion above to see who falls short of it.</source>
        <translation>Choisissez un critère ci-dessus pour voir qui n&apos;y satisfait pas.</translation>
    </message>
    <message>
        <source>Nobody could be judged for this criterion in the period chosen.</source>
        <translation>Personne n&apos;a pu être évalué pour ce critère dans la période choisie.</translation>
    </message>
    <message>
        <source>Every participant judged meets this criterion.</source>
        <translation>Chaque participant·e évalué·e satisfait à ce critère.</translation>
    </message>
    <message>
        <source>Every duo judged meets this criterion.</source>
        <translation>Chaque duo évalué satisfait à ce critère.</translation>
    </message>
    <message>
        <source>Ended within its first month</source>
        <translation>Terminé dès le premier mois</translation>
    </message>
    <message>
        <source>Ended after 1 month</source>
        <translation>Terminé après 1 mois</translation>
    </message>
    <message numerus="yes">
        <source>Ended after %n months</source>
        <translation>
            <numerusform>Terminé après&#xa0;%n mois</numerusform>
            <numerusform>Terminé après&#xa0;%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement recorded</source>
        <translation>Aucune convention enregistrée</translation>
    </message>
    <message>
        <source>Not signed by all three, and no ethics charter named</source>
        <translation>Pas signée par les trois, et aucune charte éthique citée</translation>
    </message>
    <message>
        <source>Not signed by mentor, mentee and coach</source>
        <translation>Pas signée par le mentor, la personne mentorée et le coach</translation>
    </message>
    <message>
        <source>No ethics charter version named</source>
        <translation>Aucune version de la charte éthique citée</translation>
    </message>
    <message>
        <source>No final evaluation from the mentee or the mentor</source>
        <translation>Aucune évaluation finale de la personne mentorée ni du mentor</translation>
    </message>
    <message>
        <source>No final evaluation from the mentee</source>
        <translation>Aucune évaluation finale de la personne mentorée</translation>
    </message>
    <message>
        <source>No final evaluation from the mentor</source>
        <translation>Aucune évaluation finale du mentor</translation>
    </message>
    <message>
        <source>No info session recorded</source>
        <translation>Aucune séance d&apos;information enregistrée</translation>
    </message>
    <message>
        <source>No intake interview recorded</source>
        <translation>Aucun entretien d&apos;accueil enregistré</translation>
    </message>
    <message>
        <source>Refused: not recorded that the reason was given</source>
        <translation>Refusé·e&#xa0;: pas noté que le motif a été donné</translation>
    </message>
    <message>
        <source>Referred: not recorded where they were told to go</source>
        <translation>Réorienté·e&#xa0;: pas noté vers où</translation>
    </message>
    <message>
        <source>The coach was not at the first meeting</source>
        <translation>Le coach n&apos;était pas à la première rencontre</translation>
    </message>
    <message>
        <source>No first meeting recorded</source>
        <translation>Aucune première rencontre enregistrée</translation>
    </message>
    <message>
        <source>Validated before the first meeting</source>
        <translation>Validé avant la première rencontre</translation>
    </message>
    <message>
        <source>Longest gap: {days}</source>
        <translation>Plus long intervalle&#xa0;: {days}</translation>
    </message>
    <message>
        <source>No coach follows the duo</source>
        <translation>Aucun coach ne suit le duo</translation>
    </message>
    <message>
        <source>No interim call recorded</source>
        <translation>Aucun appel intermédiaire enregistré</translation>
    </message>
    <message>
        <source>No final meeting recorded</source>
        <translation>Aucune rencontre finale enregistrée</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validate the duo — {names}</source>
        <translation>Valider le duo — {names}</translation>
    </message>
    <message>
        <source>After the first meeting, the mentor and the mentee each confirm to the coach that they want to go on. Then the duo starts.</source>
        <translation>Après la première rencontre, le mentor et la personne mentorée confirment chacun au coach qu&apos;ils veulent continuer. Le duo commence alors.</translation>
    </message>
    <message>
        <source>The &amp;mentor confirmed</source>
        <translation>Le &amp;mentor a confirmé</translation>
    </message>
    <message>
        <source>The m&amp;entee confirmed</source>
        <translation>La personne m&amp;entorée a confirmé</translation>
    </message>
    <message>
        <source>Duo starts &amp;on:</source>
        <translation>Début du duo &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start the duo</source>
        <translation>&amp;Démarrer le duo</translation>
    </message>
    <message>
        <source>A duo starts when both have confirmed. If one of them does not want to go on, decline the match instead.</source>
        <translation>Un duo ne commence que quand les deux ont confirmé. Si l&apos;un des deux ne veut pas continuer, refusez plutôt le jumelage.</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message>
        <source>(former staff member)</source>
        <translation>(ancien membre de l&apos;équipe)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>(damaged file)</source>
        <translation>(fichier endommagé)</translation>
    </message>
    <message>
        <source>{wait} — waiting too long</source>
        <translation>{wait} — attente trop longue</translation>
    </message>
    <message>
        <source>Waiting {threshold} or longer: the threshold set in the programme settings.</source>
        <translation>En attente depuis {threshold} ou plus&#xa0;: le seuil fixé dans les paramètres du programme.</translation>
    </message>
</context>
<context>
    <name>WaitingListScreen</name>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation>Mentoré·es en attente d&apos;un mentor</translation>
    </message>
    <message>
        <source>Mentors available</source>
        <translation>Mentors disponibles</translation>
    </message>
    <message>
        <source>Accepted and not yet matched, the longest wait first. Highlighted in bold: waiting {threshold} or longer (the threshold is set in Programme › Settings).</source>
        <translation>Admis·es et pas encore jumelé·es, l&apos;attente la plus longue d&apos;abord. En gras&#xa0;: en attente depuis {threshold} ou plus (le seuil se règle dans Programme › Paramètres).</translation>
    </message>
    <message>
        <source>Accepted and not yet matched, the longest wait first. No waiting threshold is set, so no wait is highlighted.</source>
        <translation>Admis·es et pas encore jumelé·es, l&apos;attente la plus longue d&apos;abord. Aucun seuil d&apos;attente n&apos;est fixé&#xa0;: aucune attente n&apos;est mise en évidence.</translation>
    </message>
    <message>
        <source>M&amp;entees waiting for a mentor: {count}</source>
        <translation>M&amp;entoré·es en attente d&apos;un mentor&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{title} ({overdue} waiting {threshold} or longer)</source>
        <translation>{title} ({overdue} en attente depuis {threshold} ou plus)</translation>
    </message>
    <message>
        <source>Mentors &amp;available for a mentee: {count}</source>
        <translation>Mentors &amp;disponibles pour une personne mentorée&#xa0;: {count}</translation>
    </message>
</context>
</TS>
