<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement — {names}</source>
        <translation>Convention — {names}</translation>
    </message>
    <message>
        <source>What the mentor and the mentee agree at the start, signed by both and by the coach: the duration, how often they are in contact, where they meet, what each of them will do, and the ethics charter.</source>
        <translation>Ce que le mentor et la personne mentorée conviennent au départ, signé par les deux et par le coach&#xa0;: la durée, la fréquence des contacts, les lieux de rencontre, ce que chacun·e fera, et la charte éthique.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>e.g. the library café, online on Teams</source>
        <translation>p. ex. le café de la bibliothèque, en ligne sur Teams</translation>
    </message>
    <message>
        <source>e.g. WhatsApp between meetings</source>
        <translation>p. ex. WhatsApp entre les rencontres</translation>
    </message>
    <message>
        <source>e.g. reads the CV, introduces two contacts</source>
        <translation>p. ex. relit le CV, présente deux contacts</translation>
    </message>
    <message>
        <source>e.g. takes the initiative, reports after meetings</source>
        <translation>p. ex. prend l’initiative, fait un compte rendu après les rencontres</translation>
    </message>
    <message>
        <source>the version signed, e.g. 2026-1</source>
        <translation>la version signée, p. ex. 2026-1</translation>
    </message>
    <message>
        <source>Me&amp;ntor signed on:</source>
        <translation>Me&amp;ntor a signé le&#xa0;:</translation>
    </message>
    <message>
        <source>Ment&amp;ee signed on:</source>
        <translation>Mentoré·&amp;e a signé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Coach signed on:</source>
        <translation>&amp;Coach a signé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the agreement</source>
        <translation>Enregistrer la con&amp;vention</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;jusqu’au</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Début le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacts&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meeting places:</source>
        <translation>&amp;Lieux de rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch by:</source>
        <translation>&amp;Rester en contact par&#xa0;:</translation>
    </message>
    <message>
        <source>The mentor &amp;will:</source>
        <translation>Le mentor &amp;fera&#xa0;:</translation>
    </message>
    <message>
        <source>The mentee w&amp;ill:</source>
        <translation>La personne mentorée fer&amp;a&#xa0;:</translation>
    </message>
    <message>
        <source>Ethics c&amp;harter:</source>
        <translation>C&amp;harte éthique&#xa0;:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signatures&#xa0;:</translation>
    </message>
    <message>
        <source>The planned end must come after the start. Check the dates.</source>
        <translation>La fin prévue doit venir après le début. Vérifiez les dates.</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Edit agreement…</source>
        <translation>Modifier la convention…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation>Imprimer la convention…</translation>
    </message>
    <message>
        <source>To sign: the agreement as saved, or blank terms to fill in by hand</source>
        <translation>À signer&#xa0;: la convention telle qu’enregistrée, ou des conditions vierges à remplir à la main</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Path</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>&amp;Edit intake</source>
        <translation>Modifi&amp;er l’entretien</translation>
    </message>
    <message>
        <source>Change the intake (Ctrl+E)</source>
        <translation>Modifier l’entretien d’accueil (Ctrl+E)</translation>
    </message>
    <message>
        <source>Screening dec&amp;ision…</source>
        <translation>Déc&amp;ision après l’entretien…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print a document of this participant (Ctrl+P)</source>
        <translation>Imprimer un document de cette personne (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>E&amp;ffacer…</translation>
    </message>
    <message>
        <source>{status}, for {wait} so far</source>
        <translation>{status}, depuis {wait}</translation>
    </message>
    <message>
        <source>Coach: {name}</source>
        <translation>Coach&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No coach yet</source>
        <translation>Pas encore de coach</translation>
    </message>
    <message>
        <source>A match is proposed or a duo is running: end it before a new decision.</source>
        <translation>Une mise en relation est proposée ou un duo est en cours&#xa0;: mettez-y fin avant toute nouvelle décision.</translation>
    </message>
    <message>
        <source>This case file cannot be shown</source>
        <translation>Ce dossier ne peut pas être affiché</translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation>ensuite&#xa0;: {step}</translation>
    </message>
</context>
<context>
    <name>CaseJournal</name>
    <message>
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Pas encore de contacts notés.</translation>
    </message>
    <message>
        <source>No screening decision yet.</source>
        <translation>Pas encore de décision après l’entretien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{decision}&lt;/b&gt; on {day}, by {name}</source>
        <translation>&lt;b&gt;{decision}&lt;/b&gt; le {day}, par {name}</translation>
    </message>
    <message>
        <source>Referred to: {where}</source>
        <translation>Orienté·e vers&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Reason (in the refusal letter): {reason}</source>
        <translation>Motif (dans la lettre de refus)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Profile changed: {fields}</source>
        <translation>Profil modifié&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Case file created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Screening decision: {decision}</source>
        <translation>Décision après l’entretien&#xa0;: {decision}</translation>
    </message>
    <message>
        <source>New step on the path: {step}</source>
        <translation>Nouvelle étape du parcours&#xa0;: {step}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed</source>
        <translation>
            <numerusform>%n document supprimé</numerusform>
            <numerusform>%n documents supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Document attached: {files}</source>
        <translation>Document joint&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purposes}</source>
        <translation>Consentement retiré&#xa0;: {purposes}</translation>
    </message>
    <message>
        <source>Consent recorded: {purposes}</source>
        <translation>Consentement enregistré&#xa0;: {purposes}</translation>
    </message>
    <message>
        <source>Consents changed</source>
        <translation>Consentements modifiés</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added</source>
        <translation>
            <numerusform>%n note ajoutée</numerusform>
            <numerusform>%n notes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) changed</source>
        <translation>
            <numerusform>%n note modifiée</numerusform>
            <numerusform>%n notes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) removed</source>
        <translation>
            <numerusform>%n note supprimée</numerusform>
            <numerusform>%n notes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged</source>
        <translation>
            <numerusform>%n contact noté</numerusform>
            <numerusform>%n contacts notés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) changed</source>
        <translation>
            <numerusform>%n contact modifié</numerusform>
            <numerusform>%n contacts modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) removed</source>
        <translation>
            <numerusform>%n contact supprimé</numerusform>
            <numerusform>%n contacts supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>File brought up to date for a new version of Duo</source>
        <translation>Fichier mis à jour pour une nouvelle version de Duo</translation>
    </message>
    <message>
        <source>Job target changed</source>
        <translation>Objectif professionnel modifié</translation>
    </message>
    <message>
        <source>Languages changed</source>
        <translation>Langues modifiées</translation>
    </message>
    <message>
        <source>Other details changed</source>
        <translation>Autres informations modifiées</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
</context>
<context>
    <name>CasePrintMenu</name>
    <message>
        <source>&amp;Intake summary…</source>
        <translation>Résumé de l’&amp;accueil…</translation>
    </message>
    <message>
        <source>&amp;Letter after screening…</source>
        <translation>&amp;Lettre après l’entretien…</translation>
    </message>
    <message>
        <source>&amp;Consent form…</source>
        <translation>&amp;Formulaire de consentement…</translation>
    </message>
    <message>
        <source>Complete &amp;file (GDPR access request)…</source>
        <translation>&amp;Dossier complet (demande d’accès RGPD)…</translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation>Résumé de l’accueil</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <source>Complete file</source>
        <translation>Dossier complet</translation>
    </message>
    <message>
        <source>Record the screening decision first: the letter tells it.</source>
        <translation>Enregistrez d’abord la décision après l’entretien&#xa0;: la lettre la communique.</translation>
    </message>
    <message>
        <source>&amp;Letter after screening: acceptance…</source>
        <translation>&amp;Lettre après l’entretien&#xa0;: acceptation…</translation>
    </message>
    <message>
        <source>&amp;Letter after screening: refusal…</source>
        <translation>&amp;Lettre après l’entretien&#xa0;: refus…</translation>
    </message>
    <message>
        <source>&amp;Letter after screening: referral…</source>
        <translation>&amp;Lettre après l’entretien&#xa0;: orientation…</translation>
    </message>
</context>
<context>
    <name>CaseProfile</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{municipality} ({postcode})</source>
        <translation>{municipality} ({postcode})</translation>
    </message>
    <message>
        <source>Municipality and postcode</source>
        <translation>Commune et code postal</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>{language}: {level}</source>
        <translation>{language}&#xa0;: {level}</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Origin and right to work</source>
        <translation>Origine et droit au travail</translation>
    </message>
    <message>
        <source>Diploma and experience</source>
        <translation>Diplôme et expérience</translation>
    </message>
    <message>
        <source>{domain}: {level} of 5</source>
        <translation>{domain}&#xa0;: {level} sur 5</translation>
    </message>
    <message>
        <source>The coach&apos;s assessment</source>
        <translation>Appréciation du coach</translation>
    </message>
    <message>
        <source>{level} of 5</source>
        <translation>{level} sur 5</translation>
    </message>
    <message>
        <source>Preferences and needs</source>
        <translation>Préférences et besoins</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Sector and occupation</source>
        <translation>Secteur et profession</translation>
    </message>
    <message>
        <source>Languages and availability</source>
        <translation>Langues et disponibilités</translation>
    </message>
    <message>
        <source>Motivation and qualities</source>
        <translation>Motivation et qualités</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Objectif professionnel</translation>
    </message>
    <message>
        <source>Occupation and sector</source>
        <translation>Profession et secteur</translation>
    </message>
    <message>
        <source>Not written yet: the mentee learns nothing about this mentor until it is (Edit intake).</source>
        <translation>Pas encore rédigé&#xa0;: d’ici là, la personne mentorée ne sait rien de ce mentor (Modifier l’entretien).</translation>
    </message>
    <message>
        <source>Short profile, as the mentee will see it</source>
        <translation>Profil court, tel que la personne mentorée le verra</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>CaseTables</name>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Version du texte</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>(a participant who was erased)</source>
        <translation>(une personne qui a été effacée)</translation>
    </message>
    <message>
        <source>&amp;Notes ({count})</source>
        <translation>&amp;Notes ({count})</translation>
    </message>
    <message>
        <source>C&amp;ontacts ({count})</source>
        <translation>C&amp;ontacts ({count})</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Mise en relation</translation>
    </message>
    <message>
        <source>D&amp;uos</source>
        <translation>D&amp;uos</translation>
    </message>
    <message>
        <source>D&amp;uo</source>
        <translation>D&amp;uo</translation>
    </message>
    <message>
        <source>&amp;Screening and consent</source>
        <translation>&amp;Sélection et consentement</translation>
    </message>
    <message>
        <source>&amp;Documents ({count})</source>
        <translation>&amp;Documents ({count})</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Record that {name} withdrew consent today for: {purpose}? The consent stays in the case file with both dates, as proof.</source>
        <translation>Enregistrer que {name} a retiré aujourd’hui son consentement pour&#xa0;: {purpose}&#xa0;? Le consentement reste dans le dossier avec les deux dates, comme preuve.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Documents ({patterns})</translation>
    </message>
    <message>
        <source>{mentee} and {mentor}</source>
        <translation>{mentee} et {mentor}</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé·e</translation>
    </message>
    <message>
        <source>{name} was erased. The erasure log keeps only the date and the reason.</source>
        <translation>{name} a été effacé·e. Le registre des effacements ne garde que la date et le motif.</translation>
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
        <translation>(ancien membre de l’équipe)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d’origine</translation>
    </message>
    <message>
        <source>Arrived in Belgium</source>
        <translation>Arrivée en Belgique</translation>
    </message>
    <message>
        <source>Right to work</source>
        <translation>Droit au travail</translation>
    </message>
    <message>
        <source>Diploma level</source>
        <translation>Niveau de diplôme</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Domaine d’études</translation>
    </message>
    <message>
        <source>Diploma from</source>
        <translation>Pays du diplôme</translation>
    </message>
    <message>
        <source>Diploma recognised in Belgium</source>
        <translation>Diplôme reconnu en Belgique</translation>
    </message>
    <message>
        <source>Years of work experience</source>
        <translation>Années d’expérience professionnelle</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Expérience professionnelle</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Openness to feedback</source>
        <translation>Ouverture aux remarques</translation>
    </message>
    <message>
        <source>Actively searching</source>
        <translation>Cherche activement un emploi</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Prefers a mentor who is</source>
        <translation>Mentor souhaité</translation>
    </message>
    <message>
        <source>Prefers a mentor aged</source>
        <translation>Âge souhaité du mentor</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté·e par</translation>
    </message>
    <message>
        <source>Contact person there</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Needs in the six domains</source>
        <translation>Besoins dans les six domaines</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Generalist (HR or recruiter)</source>
        <translation>Généraliste (RH ou recrutement)</translation>
    </message>
    <message>
        <source>Mentees at once</source>
        <translation>Mentoré·es à la fois</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Qualités</translation>
    </message>
    <message>
        <source>Short profile</source>
        <translation>Profil court</translation>
    </message>
    <message>
        <source>LinkedIn or CV link</source>
        <translation>LinkedIn ou lien vers le CV</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Séance d’information</translation>
    </message>
    <message>
        <source>Mentor training</source>
        <translation>Formation des mentors</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Entretien d’accueil</translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation>Entretien mené par</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diplôme</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>intake interview</source>
        <translation>entretien d’accueil</translation>
    </message>
    <message>
        <source>screening decision</source>
        <translation>décision après l’entretien</translation>
    </message>
    <message>
        <source>match proposal</source>
        <translation>proposition de mise en relation</translation>
    </message>
    <message>
        <source>first meeting of the duo</source>
        <translation>première rencontre du duo</translation>
    </message>
    <message>
        <source>end of the duo</source>
        <translation>fin du duo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>What it was about, in a few words</source>
        <translation>De quoi il s’agissait, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Cana&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Rés&amp;umé&#xa0;:</translation>
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
        <translation>Documents</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Ouv&amp;rir le fichier</translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation>&amp;Joindre un document…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>PDF, Word (DOCX), OpenDocument (ODT) or pictures, up to {limit} MB. Enter or a double click opens the chosen document.</source>
        <translation>PDF, Word (DOCX), OpenDocument (ODT) ou images, jusqu’à {limit} Mo. Entrée ou un double-clic ouvre le document choisi.</translation>
    </message>
</context>
<context>
    <name>DuoCounts</name>
    <message numerus="yes">
        <source>%n duos</source>
        <translation>
            <numerusform>%n duo</numerusform>
            <numerusform>%n duos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>tous les %n jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest gap %n days</source>
        <translation>
            <numerusform>plus long intervalle&#xa0;: %n jour</numerusform>
            <numerusform>plus long intervalle&#xa0;: %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquante</numerusform>
            <numerusform>%n manquantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuoPage</name>
    <message>
        <source>Pic&amp;k a duo:</source>
        <translation>&amp;Choisir un duo&#xa0;:</translation>
    </message>
    <message>
        <source>No duo yet. A duo starts when mentor and mentee both confirm after their first meeting: see the Match tab.</source>
        <translation>Pas encore de duo. Un duo commence quand le mentor et la personne mentorée confirment tous deux après leur première rencontre&#xa0;: voir l’onglet Mise en relation.</translation>
    </message>
    <message>
        <source>Remove the meeting</source>
        <translation>Supprimer la rencontre</translation>
    </message>
    <message>
        <source>Remove the meeting of {day} from the duo? The case&apos;s history keeps that it was removed, not what it said.</source>
        <translation>Supprimer la rencontre du {day} de ce duo&#xa0;? L’historique du dossier garde la trace de la suppression, pas de son contenu.</translation>
    </message>
    <message>
        <source>(a participant who was erased)</source>
        <translation>(une personne qui a été effacée)</translation>
    </message>
    <message>
        <source>Duo with {mentor} (since {start})</source>
        <translation>Duo avec {mentor} (depuis le {start})</translation>
    </message>
    <message>
        <source>Duo with {mentor} ({start} – ended {end})</source>
        <translation>Duo avec {mentor} ({start} – terminé le {end})</translation>
    </message>
    <message>
        <source>The interim call with both was due on {day}.</source>
        <translation>L’entretien intermédiaire avec les deux était prévu le {day}.</translation>
    </message>
    <message>
        <source>The interim call with both is due on {day}.</source>
        <translation>L’entretien intermédiaire avec les deux est prévu le {day}.</translation>
    </message>
    <message>
        <source>running since {day}</source>
        <translation>en cours depuis le {day}</translation>
    </message>
    <message>
        <source>ended on {day}</source>
        <translation>terminé le {day}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>No duo yet: this mentor&apos;s duos appear here once validated.</source>
        <translation>Pas encore de duo&#xa0;: les duos de ce mentor apparaissent ici une fois confirmés.</translation>
    </message>
    <message>
        <source>1 duo</source>
        <translation>1 duo</translation>
    </message>
    <message>
        <source>{duos}, {running} running. Enter opens the mentee&apos;s case.</source>
        <translation>{duos}, dont {running} en cours. Entrée ouvre le dossier de la personne mentorée.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>{mentee} and {mentor}</source>
        <translation>{mentee} et {mentor}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>ended on {day} (early: {reason})</source>
        <translation>terminé le {day} (fin anticipée&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>ended on {day} (early)</source>
        <translation>terminé le {day} (fin anticipée)</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message>
        <source>planned end {day}</source>
        <translation>fin prévue le {day}</translation>
    </message>
    <message>
        <source>contact {every}</source>
        <translation>contact {every}</translation>
    </message>
    <message>
        <source>no meeting or contact logged yet</source>
        <translation>aucune rencontre ni aucun contact noté</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message>
        <source>last contact {day} ({ago})</source>
        <translation>dernier contact le {day} ({ago})</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>dernier contact le {day}</translation>
    </message>
    <message>
        <source>{names} — {state}</source>
        <translation>{names} — {state}</translation>
    </message>
    <message>
        <source>Open concern since {day}: {action} — by {by}</source>
        <translation>Préoccupation ouverte depuis le {day}&#xa0;: {action} — pour le {by}</translation>
    </message>
    <message>
        <source>Open concern since {day}: {action}</source>
        <translation>Préoccupation ouverte depuis le {day}&#xa0;: {action}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>No agreement yet: write down what they agreed, and who signed.</source>
        <translation>Pas encore de convention&#xa0;: notez ce qui a été convenu, et qui a signé.</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{months}, until {day}</source>
        <translation>{months}, jusqu’au {day}</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Meeting places</source>
        <translation>Lieux de rencontre</translation>
    </message>
    <message>
        <source>Keep in touch by</source>
        <translation>Rester en contact par</translation>
    </message>
    <message>
        <source>The mentor will</source>
        <translation>Le mentor fera</translation>
    </message>
    <message>
        <source>The mentee will</source>
        <translation>La personne mentorée fera</translation>
    </message>
    <message>
        <source>Ethics charter</source>
        <translation>Charte éthique</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>mentor: {mentor} · mentee: {mentee} · coach: {coach}</source>
        <translation>mentor&#xa0;: {mentor} · mentoré·e&#xa0;: {mentee} · coach&#xa0;: {coach}</translation>
    </message>
    <message>
        <source>Written on {moment} by {name}</source>
        <translation>Rédigée le {moment} par {name}</translation>
    </message>
    <message>
        <source>Changed on {moment} by {name}</source>
        <translation>Modifiée le {moment} par {name}</translation>
    </message>
    <message>
        <source>with: {who}</source>
        <translation>avec&#xa0;: {who}</translation>
    </message>
    <message>
        <source>concern: {action}</source>
        <translation>préoccupation&#xa0;: {action}</translation>
    </message>
    <message>
        <source>{state} (no consent to be contacted)</source>
        <translation>{state} (pas de consentement pour être contacté·e)</translation>
    </message>
    <message>
        <source>The mentee has not consented to be contacted for outcome follow-ups: record only what they told of their own accord.</source>
        <translation>La personne mentorée n’a pas consenti à être contactée pour le suivi des résultats&#xa0;: notez seulement ce qu’elle a dit d’elle-même.</translation>
    </message>
    <message>
        <source>The mentor has not consented to be contacted for evaluations: record only what they gave of their own accord.</source>
        <translation>Le mentor n’a pas consenti à être contacté pour les évaluations&#xa0;: notez seulement ce qu’il a donné de lui-même.</translation>
    </message>
    <message>
        <source>The mentee has not consented to be contacted for evaluations: record only what they gave of their own accord.</source>
        <translation>La personne mentorée n’a pas consenti à être contactée pour les évaluations&#xa0;: notez seulement ce qu’elle a donné d’elle-même.</translation>
    </message>
    <message>
        <source>Reopened because: {reason}</source>
        <translation>Rouvert parce que&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No final meeting recorded.</source>
        <translation>Aucune rencontre de clôture notée.</translation>
    </message>
    <message>
        <source>Final meeting on {day}, online</source>
        <translation>Rencontre de clôture le {day}, en ligne</translation>
    </message>
    <message>
        <source>Final meeting on {day}</source>
        <translation>Rencontre de clôture le {day}</translation>
    </message>
    <message>
        <source>The mentor told the mentee:</source>
        <translation>Le mentor a dit à la personne mentorée&#xa0;:</translation>
    </message>
    <message>
        <source>The mentee told the mentor:</source>
        <translation>La personne mentorée a dit au mentor&#xa0;:</translation>
    </message>
    <message>
        <source>The planned end ({day}) has passed: plan the final meeting.</source>
        <translation>La fin prévue ({day}) est passée&#xa0;: planifiez la rencontre de clôture.</translation>
    </message>
    <message>
        <source>Planned to end on {day}.</source>
        <translation>Fin prévue le {day}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>sans objet</translation>
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
        <translation>Compétences, talents et aspirations</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Motivation / cover letter</source>
        <translation>Lettre de motivation</translation>
    </message>
    <message>
        <source>Personal branding and networking</source>
        <translation>Image professionnelle et réseautage</translation>
    </message>
    <message>
        <source>Finding vacancies</source>
        <translation>Trouver des offres d’emploi</translation>
    </message>
    <message>
        <source>Preparing for a job interview</source>
        <translation>Préparer un entretien d’embauche</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Short contact</source>
        <translation>Contact bref</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré·e</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Interim call (after one month)</source>
        <translation>Entretien intermédiaire (après un mois)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Médiation</translation>
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
        <translation>Modifier la fin — {names}</translation>
    </message>
    <message>
        <source>The duo ended on {day}. Add what was forgotten or came later: the final meeting, the feedback, a better reason. The end day stays: if it is wrong, reopen the duo and end it again on the right day.</source>
        <translation>Le duo a pris fin le {day}. Ajoutez ce qui a été oublié ou est venu plus tard&#xa0;: la rencontre de clôture, les retours, un meilleur motif. La date de fin reste&#xa0;: si elle est fausse, rouvrez le duo et terminez-le à nouveau au bon jour.</translation>
    </message>
    <message>
        <source>End the duo — {names}</source>
        <translation>Terminer le duo — {names}</translation>
    </message>
    <message>
        <source>The duo was planned to end on {day}. Ending it frees the mentor&apos;s place; the ending, the final meeting and the feedback stay in the mentee&apos;s case file.</source>
        <translation>Le duo devait se terminer le {day}. Y mettre fin libère la place du mentor&#xa0;; la fin, la rencontre de clôture et les retours restent dans le dossier de la personne mentorée.</translation>
    </message>
    <message>
        <source>Ending the duo frees the mentor&apos;s place; the ending, the final meeting and the feedback stay in the mentee&apos;s case file.</source>
        <translation>Mettre fin au duo libère la place du mentor&#xa0;; la fin, la rencontre de clôture et les retours restent dans le dossier de la personne mentorée.</translation>
    </message>
    <message>
        <source>&amp;Planned end</source>
        <translation>Fin &amp;prévue</translation>
    </message>
    <message>
        <source>&amp;Early end</source>
        <translation>Fin &amp;anticipée</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(choisissez un motif)</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s’est passé, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Final meeting on:</source>
        <translation>Rencontre de &amp;clôture le&#xa0;:</translation>
    </message>
    <message>
        <source>Onl&amp;ine</source>
        <translation>En l&amp;igne</translation>
    </message>
    <message>
        <source>What the mentor tells the mentee</source>
        <translation>Ce que le mentor dit à la personne mentorée</translation>
    </message>
    <message>
        <source>What the mentee tells the mentor</source>
        <translation>Ce que la personne mentorée dit au mentor</translation>
    </message>
    <message>
        <source>The mentee &amp;waits for a new mentor</source>
        <translation>La personne mentorée attend un &amp;nouveau mentor</translation>
    </message>
    <message>
        <source>End the &amp;duo</source>
        <translation>Terminer le &amp;duo</translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation>Enregistrer les modi&amp;fications</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Terminé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of end:</source>
        <translation>Type de fin&#xa0;:</translation>
    </message>
    <message>
        <source>Ended &amp;by:</source>
        <translation>Terminé pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>R&amp;emarque&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback to the men&amp;tee:</source>
        <translation>Retour à la personne men&amp;torée&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback to the &amp;mentor:</source>
        <translation>Retour a&amp;u mentor&#xa0;:</translation>
    </message>
    <message>
        <source>Choose why the duo ended early: the reason is kept with the duo.</source>
        <translation>Choisissez pourquoi le duo a pris fin plus tôt&#xa0;: le motif est conservé avec le duo.</translation>
    </message>
</context>
<context>
    <name>EndingSection</name>
    <message>
        <source>Ending</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End &amp;the duo…</source>
        <translation>&amp;Terminer le duo…</translation>
    </message>
    <message>
        <source>Reopen &amp;the duo…</source>
        <translation>Rou&amp;vrir le duo…</translation>
    </message>
    <message>
        <source>Ch&amp;ange the ending…</source>
        <translation>Modifier l&amp;a fin…</translation>
    </message>
    <message>
        <source>Add a forgotten final meeting or feedback given later; the end day stays</source>
        <translation>Ajouter une rencontre de clôture oubliée ou des retours donnés plus tard&#xa0;; la date de fin reste</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Imprimer le certificat</translation>
    </message>
    <message>
        <source>For the &amp;mentee, {name}…</source>
        <translation>Pour la personne &amp;mentorée, {name}…</translation>
    </message>
    <message>
        <source>For the men&amp;tor, {name}…</source>
        <translation>Pour le men&amp;tor, {name}…</translation>
    </message>
    <message>
        <source>For the men&amp;tor (erased)</source>
        <translation>Pour le men&amp;tor (effacé)</translation>
    </message>
</context>
<context>
    <name>EndingWords</name>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Early end</source>
        <translation>Fin anticipée</translation>
    </message>
    <message>
        <source>Both together</source>
        <translation>Les deux ensemble</translation>
    </message>
    <message>
        <source>The mentee</source>
        <translation>La personne mentorée</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>Le mentor</translation>
    </message>
    <message>
        <source>The coach</source>
        <translation>Le coach</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Sans emploi</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>En emploi</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Permanent contract</source>
        <translation>Contrat à durée indéterminée</translation>
    </message>
    <message>
        <source>Fixed term of 6 months or more</source>
        <translation>Durée déterminée de 6 mois ou plus</translation>
    </message>
    <message>
        <source>Fixed term under 6 months</source>
        <translation>Durée déterminée de moins de 6 mois</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{months} months after the end</source>
        <translation>{months} mois après la fin</translation>
    </message>
    <message>
        <source>permanent contract</source>
        <translation>CDI</translation>
    </message>
    <message>
        <source>fixed term of 6 months or more</source>
        <translation>durée déterminée de 6 mois ou plus</translation>
    </message>
    <message>
        <source>fixed term under 6 months</source>
        <translation>durée déterminée de moins de 6 mois</translation>
    </message>
    <message>
        <source>at the right level</source>
        <translation>au bon niveau</translation>
    </message>
    <message>
        <source>not at the right level</source>
        <translation>pas au bon niveau</translation>
    </message>
    <message>
        <source>in the desired sector</source>
        <translation>dans le secteur souhaité</translation>
    </message>
    <message>
        <source>not in the desired sector</source>
        <translation>pas dans le secteur souhaité</translation>
    </message>
    <message>
        <source>{months} months: {facts} — learned {day} ({source})</source>
        <translation>{months} mois&#xa0;: {facts} — appris le {day} ({source})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Early end on {day}, decided together</source>
        <translation>Fin anticipée le {day}, décidée ensemble</translation>
    </message>
    <message>
        <source>Early end on {day}, decided by the mentee</source>
        <translation>Fin anticipée le {day}, décidée par la personne mentorée</translation>
    </message>
    <message>
        <source>Early end on {day}, decided by the mentor</source>
        <translation>Fin anticipée le {day}, décidée par le mentor</translation>
    </message>
    <message>
        <source>Early end on {day}, decided by the coach</source>
        <translation>Fin anticipée le {day}, décidée par le coach</translation>
    </message>
    <message>
        <source>Planned end on {day}</source>
        <translation>Fin prévue le {day}</translation>
    </message>
    <message>
        <source>{line}: {reason}</source>
        <translation>{line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{line} — reopened on {day}</source>
        <translation>{line} — rouvert le {day}</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <source>Erasing removes {name}&apos;s case file for good: the intake, notes, contacts, documents and history. Backups made before today still hold it until they are replaced. The programme&apos;s erasure log keeps only the date and the reason.</source>
        <translation>L’effacement supprime définitivement le dossier de {name}&#xa0;: l’entretien d’accueil, les notes, les contacts, les documents et l’historique. Les sauvegardes faites avant aujourd’hui le contiennent encore jusqu’à leur remplacement. Le registre des effacements du programme ne garde que la date et le motif.</translation>
    </message>
    <message>
        <source>The participant asked to be erased</source>
        <translation>La personne a demandé l’effacement</translation>
    </message>
    <message>
        <source>Registered by mistake or twice</source>
        <translation>Inscrite par erreur ou en double</translation>
    </message>
    <message>
        <source>The retention period is over</source>
        <translation>La durée de conservation est écoulée</translation>
    </message>
    <message>
        <source>Choose or type (without the name)</source>
        <translation>Choisissez ou tapez (sans le nom)</translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Je &amp;comprends que c’est irréversible</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
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
        <translation>{names}. Questions&#xa0;: {set}, version {version}.</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Répondu le&#xa0;:</translation>
    </message>
    <message>
        <source>Tab moves to the next question; the arrow keys or Space choose an answer, Delete takes it back. A question left open stays unanswered. Ctrl+Enter saves.</source>
        <translation>Tab passe à la question suivante&#xa0;; les flèches ou Espace choisissent une réponse, Suppr l’annule. Une question laissée ouverte reste sans réponse. Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>&amp;Save the evaluation</source>
        <translation>&amp;Enregistrer l’évaluation</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>Answer at least one question before saving.</source>
        <translation>Répondez à au moins une question avant d’enregistrer.</translation>
    </message>
</context>
<context>
    <name>EvaluationWords</name>
    <message>
        <source>Interim evaluation — mentee</source>
        <translation>Évaluation intermédiaire — mentoré·e</translation>
    </message>
    <message>
        <source>Interim evaluation — mentor</source>
        <translation>Évaluation intermédiaire — mentor</translation>
    </message>
    <message>
        <source>Interim evaluation — coach&apos;s view</source>
        <translation>Évaluation intermédiaire — regard du coach</translation>
    </message>
    <message>
        <source>Final evaluation — mentee</source>
        <translation>Évaluation finale — mentoré·e</translation>
    </message>
    <message>
        <source>Final evaluation — mentor</source>
        <translation>Évaluation finale — mentor</translation>
    </message>
    <message>
        <source>Final evaluation — coach&apos;s view</source>
        <translation>Évaluation finale — regard du coach</translation>
    </message>
    <message>
        <source>The coach&apos;s view of a duo (interim and final)</source>
        <translation>Le regard du coach sur un duo (intermédiaire et final)</translation>
    </message>
    <message>
        <source>Version {number} is in use.</source>
        <translation>La version {number} est en usage.</translation>
    </message>
    <message>
        <source>Version {number} is in use (saved on {day} by {name}).</source>
        <translation>La version {number} est en usage (enregistrée le {day} par {name}).</translation>
    </message>
    <message>
        <source>Your changes become version {next} when you press OK; evaluations already answered keep the questions they were answered with.</source>
        <translation>Vos modifications deviennent la version {next} quand vous appuyez sur OK&#xa0;; les évaluations déjà remplies gardent les questions auxquelles elles ont répondu.</translation>
    </message>
    <message>
        <source>Version {number}: {count} questions, as shipped with Duo</source>
        <translation>Version {number}&#xa0;: {count} questions, telle que fournie avec Duo</translation>
    </message>
    <message>
        <source>Version {number}: {count} questions</source>
        <translation>Version {number}&#xa0;: {count} questions</translation>
    </message>
    <message>
        <source>Version {number}: {count} questions, saved on {day} by {name}</source>
        <translation>Version {number}&#xa0;: {count} questions, enregistrée le {day} par {name}</translation>
    </message>
    <message>
        <source>Scale from 1 to 5</source>
        <translation>Échelle de 1 à 5</translation>
    </message>
    <message>
        <source>Scale from 1 to 4</source>
        <translation>Échelle de 1 à 4</translation>
    </message>
    <message>
        <source>No / sometimes / yes</source>
        <translation>Non / parfois / oui</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste à cocher</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>None of the above</source>
        <translation>Aucune de ces réponses</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>{value} of {top}</source>
        <translation>{value} sur {top}</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>done on {day}</source>
        <translation>remplie le {day}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Open the ans&amp;wers…</source>
        <translation>Ouvrir les ré&amp;ponses…</translation>
    </message>
    <message>
        <source>Fill in the ans&amp;wers…</source>
        <translation>Remplir les ré&amp;ponses…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up — {names}</source>
        <translation>Suivi — {names}</translation>
    </message>
    <message>
        <source>After one month the coach calls both for the interim evaluation, then keeps in regular contact. Flag a concern when something needs acting on: Today shows it until a later follow-up closes it.</source>
        <translation>Après un mois, le coach appelle les deux pour l’évaluation intermédiaire, puis reste régulièrement en contact. Signalez une préoccupation quand il faut agir&#xa0;: Aujourd’hui l’affiche jusqu’à ce qu’un suivi ultérieur la clôture.</translation>
    </message>
    <message>
        <source>&amp;Interim call</source>
        <translation>Entretien &amp;intermédiaire</translation>
    </message>
    <message>
        <source>Chec&amp;k-in</source>
        <translation>&amp;Point de suivi</translation>
    </message>
    <message>
        <source>Me&amp;diation</source>
        <translation>&amp;Médiation</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>How it goes, in their words</source>
        <translation>Comment ça se passe, dans leurs mots</translation>
    </message>
    <message>
        <source>Anything that does not work</source>
        <translation>Ce qui ne fonctionne pas</translation>
    </message>
    <message>
        <source>Extra support agreed, if any</source>
        <translation>Soutien supplémentaire convenu, le cas échéant</translation>
    </message>
    <message>
        <source>There is a &amp;concern</source>
        <translation>Il y a une pré&amp;occupation</translation>
    </message>
    <message>
        <source>What happens next, and who does it</source>
        <translation>La suite, et qui s’en charge</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Pour &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the follow-up</source>
        <translation>Enregistrer le &amp;suivi</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Avec&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>Ho&amp;w it goes:</source>
        <translation>&amp;Comment ça se passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>Difficul&amp;tés&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;upport agreed:</source>
        <translation>Soutien con&amp;venu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation>Prochaine &amp;action&#xa0;:</translation>
    </message>
    <message>
        <source>A concern needs a next action: say what happens next, and when.</source>
        <translation>Une préoccupation demande une prochaine action&#xa0;: dites ce qui se passe ensuite, et quand.</translation>
    </message>
    <message>
        <source>The next action cannot be dated before the follow-up.</source>
        <translation>La prochaine action ne peut pas être datée avant le suivi.</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Coach follow-up</source>
        <translation>Suivi par le coach</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>&amp;Follow-up call…</source>
        <translation>Appel de sui&amp;vi…</translation>
    </message>
    <message>
        <source>Enter or a double click opens a follow-up to correct it.</source>
        <translation>Entrée ou un double-clic ouvre un suivi pour le corriger.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Dec&amp;line…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Review side &amp;by side…</source>
        <translation>Comparer côte à &amp;côte…</translation>
    </message>
    <message>
        <source>Change the mee&amp;ting…</source>
        <translation>Changer la rencon&amp;tre…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>&amp;Find a mentor…</source>
        <translation>Trou&amp;ver un mentor…</translation>
    </message>
    <message>
        <source>Waiting for a match: find a mentor to propose.</source>
        <translation>En attente d’une mise en relation&#xa0;: trouvez un mentor à proposer.</translation>
    </message>
    <message>
        <source>No match is running.</source>
        <translation>Aucune mise en relation en cours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; with {mentor}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; avec {mentor}</translation>
    </message>
    <message>
        <source>The first meeting is on {day}: validate the duo once both confirmed after it.</source>
        <translation>La première rencontre a lieu le {day}&#xa0;: validez le duo une fois que les deux l’ont confirmé après celle-ci.</translation>
    </message>
    <message>
        <source>No match was proposed yet.</source>
        <translation>Aucune mise en relation n’a encore été proposée.</translation>
    </message>
    <message>
        <source>&amp;Find a mentee…</source>
        <translation>Trou&amp;ver une personne mentorée…</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>Places occupées&#xa0;: {taken} sur {capacity}</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>depuis le {day}</translation>
    </message>
    <message>
        <source>No mentee yet.</source>
        <translation>Pas encore de personne mentorée.</translation>
    </message>
    <message>
        <source>Record the mentor&apos;s &amp;answer…</source>
        <translation>Noter la ré&amp;ponse du mentor…</translation>
    </message>
    <message>
        <source>Record the mentee&apos;s &amp;answer…</source>
        <translation>Noter la ré&amp;ponse de la personne mentorée…</translation>
    </message>
    <message>
        <source>Plan the first meetin&amp;g…</source>
        <translation>P&amp;lanifier la première rencontre…</translation>
    </message>
    <message>
        <source>Validate the d&amp;uo…</source>
        <translation>V&amp;alider le duo…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: {reason}</source>
        <translation>non&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Proposed on {day}</source>
        <translation>Proposée le {day}</translation>
    </message>
    <message>
        <source>Mentor answered on {day}: {answer}</source>
        <translation>Le mentor a répondu le {day}&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Mentee answered on {day}: {answer}</source>
        <translation>La personne mentorée a répondu le {day}&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>First meeting on {day} at {place}, with the coach</source>
        <translation>Première rencontre le {day} à {place}, avec le coach</translation>
    </message>
    <message>
        <source>First meeting on {day} at {place}, without the coach</source>
        <translation>Première rencontre le {day} à {place}, sans le coach</translation>
    </message>
    <message>
        <source>Validated by both; duo since {day}</source>
        <translation>Validée par les deux&#xa0;; duo depuis le {day}</translation>
    </message>
    <message>
        <source>Declined on {day} by the {who}: {reason}</source>
        <translation>Refusée le {day} par {who}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{mentor} — {state}</source>
        <translation>{mentor} — {state}</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>le mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>la personne mentorée</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>le coach</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Session summary — {names}</source>
        <translation>Compte rendu — {names}</translation>
    </message>
    <message>
        <source>What {names} reported. Tab moves on, Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ce que {names} ont rapporté. Tab passe au suivant, Ctrl+Entrée enregistre, Échap annule.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves from any field</source>
        <translation>Ctrl+Entrée enregistre depuis n’importe quel champ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>e.g. the library café</source>
        <translation>p. ex. le café de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Compte rendu par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;1  Check-in</source>
        <translation>&amp;1  Prise de nouvelles</translation>
    </message>
    <message>
        <source>&amp;2  Topic, SMART goal and plan</source>
        <translation>&amp;2  Thème, objectif SMART et plan</translation>
    </message>
    <message>
        <source>&amp;3  The work</source>
        <translation>&amp;3  Le travail</translation>
    </message>
    <message>
        <source>&amp;4  Next steps and the next appointment</source>
        <translation>&amp;4  Prochaines étapes et prochain rendez-vous</translation>
    </message>
    <message>
        <source>&amp;5  The collaboration</source>
        <translation>&amp;5  La collaboration</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>How are they? Anything to say first?</source>
        <translation>Comment vont-ils&#xa0;? Quelque chose à dire d’abord&#xa0;?</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>The most important topic today</source>
        <translation>Le thème le plus important aujourd’hui</translation>
    </message>
    <message>
        <source>SMART &amp;goal:</source>
        <translation>Ob&amp;jectif SMART&#xa0;:</translation>
    </message>
    <message>
        <source>Specific, measurable, dated</source>
        <translation>Spécifique, mesurable, daté</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Plan&#xa0;:</translation>
    </message>
    <message>
        <source>The plan, step by step</source>
        <translation>Le plan, étape par étape</translation>
    </message>
    <message>
        <source>What they worked on, and how it went</source>
        <translation>Ce sur quoi ils ont travaillé, et comment ça s’est passé</translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation>Qui fait quoi, pour quand</translation>
    </message>
    <message>
        <source>Its &amp;topic:</source>
        <translation>Son &amp;thème&#xa0;:</translation>
    </message>
    <message>
        <source>What they will work on</source>
        <translation>Ce sur quoi ils vont travailler</translation>
    </message>
    <message>
        <source>To prepar&amp;e:</source>
        <translation>À prép&amp;arer&#xa0;:</translation>
    </message>
    <message>
        <source>What each prepares</source>
        <translation>Ce que chacun·e prépare</translation>
    </message>
    <message>
        <source>What &amp;works:</source>
        <translation>Ce qui &amp;fonctionne&#xa0;:</translation>
    </message>
    <message>
        <source>In the collaboration</source>
        <translation>Dans la collaboration</translation>
    </message>
    <message>
        <source>What is missi&amp;ng:</source>
        <translation>Ce qui ma&amp;nque&#xa0;:</translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation>Ce qui pourrait être mieux</translation>
    </message>
    <message>
        <source>Next &amp;appointment:</source>
        <translation>Prochain rendez-&amp;vous&#xa0;:</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>pas encore fixé</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>De quoi il s’agissait</translation>
    </message>
    <message>
        <source>Topics from the six domains</source>
        <translation>Thèmes des six domaines</translation>
    </message>
    <message>
        <source>The five steps are not kept for a short contact: choose Meeting, or clear them.</source>
        <translation>Les cinq étapes ne sont pas conservées pour un contact bref&#xa0;: choisissez Rencontre, ou videz-les.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated in the future. Check the date.</source>
        <translation>Une rencontre ne peut pas être datée dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The date is before this duo began ({day}). Check the date.</source>
        <translation>La date est antérieure au début de ce duo ({day}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>The next appointment must come after this meeting. Check its date.</source>
        <translation>Le prochain rendez-vous doit venir après cette rencontre. Vérifiez sa date.</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>A&amp;jouter une rencontre…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Print summar&amp;y…</source>
        <translation>Imprimer &amp;le compte rendu…</translation>
    </message>
    <message>
        <source>The summary of the meeting chosen in the list</source>
        <translation>Le compte rendu de la rencontre choisie dans la liste</translation>
    </message>
    <message numerus="yes">
        <source>Meetings and contacts (%n)</source>
        <translation>
            <numerusform>Rencontres et contacts (%n)</numerusform>
            <numerusform>Rencontres et contacts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting logged yet. Ctrl+M logs one from anywhere in the case.</source>
        <translation>Pas encore de rencontre notée. Ctrl+M en ajoute une depuis n’importe où dans le dossier.</translation>
    </message>
    <message>
        <source>No meeting was logged for this duo.</source>
        <translation>Aucune rencontre n’a été notée pour ce duo.</translation>
    </message>
    <message>
        <source>The duo has ended: its meetings are kept as they are. The final meeting is part of the ending (Change the ending…); reopen the duo if it ended by mistake.</source>
        <translation>Le duo est terminé&#xa0;: ses rencontres restent telles quelles. La rencontre de clôture fait partie de la fin (Modifier la fin…)&#xa0;; rouvrez le duo s’il a été terminé par erreur.</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Enter or a double click in the list does the same</source>
        <translation>Entrée ou un double-clic dans la liste fait de même</translation>
    </message>
    <message>
        <source>The Delete key in the list does the same</source>
        <translation>La touche Suppr dans la liste fait de même</translation>
    </message>
</context>
<context>
    <name>MentorDuos</name>
    <message>
        <source>Mentee</source>
        <translation>Mentoré·e</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Duos of this mentor</source>
        <translation>Duos de ce mentor</translation>
    </message>
    <message>
        <source>Open the mentee&apos;s &amp;case</source>
        <translation>Ou&amp;vrir le dossier de la personne mentorée</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>Ce qui s’est passé, ce qui a été convenu, la suite</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ajouter la note</translation>
    </message>
    <message>
        <source>Ctrl+Enter in the note adds it too</source>
        <translation>Ctrl+Entrée dans la note l’ajoute aussi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note; it is dated today and signed by you.</source>
        <translation>Ctrl+Entrée ajoute la note&#xa0;; elle est datée d’aujourd’hui et signée de votre nom.</translation>
    </message>
    <message>
        <source>&amp;Write a note:</source>
        <translation>É&amp;crire une note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome follow-up — {names}</source>
        <translation>Suivi des résultats — {names}</translation>
    </message>
    <message>
        <source>The duo ended on {day}. Ask the mentee where they stand 3, 6, 9 and 12 months after the end: funders count jobs on a permanent contract or a fixed term of 6 months or more.</source>
        <translation>Le duo a pris fin le {day}. Demandez à la personne mentorée où elle en est 3, 6, 9 et 12 mois après la fin&#xa0;: les financeurs comptent les emplois en CDI ou à durée déterminée de 6 mois ou plus.</translation>
    </message>
    <message>
        <source>&amp;Unemployed</source>
        <translation>&amp;Sans emploi</translation>
    </message>
    <message>
        <source>&amp;Employed</source>
        <translation>&amp;En emploi</translation>
    </message>
    <message>
        <source>In &amp;training</source>
        <translation>En &amp;formation</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Autre</translation>
    </message>
    <message>
        <source>Their job, their training, what they said</source>
        <translation>L’emploi, la formation, ce qu’elle a dit</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>Enregistrer le &amp;résultat</translation>
    </message>
    <message>
        <source>A follow-up keeps its month: record another month as a new follow-up.</source>
        <translation>Un suivi garde son mois&#xa0;: notez un autre mois comme un nouveau suivi.</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Su&amp;ivi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date learned:</source>
        <translation>Appris &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>At the right &amp;level:</source>
        <translation>Au bon &amp;niveau&#xa0;:</translation>
    </message>
    <message>
        <source>In the desired &amp;sector:</source>
        <translation>Dans le secteur s&amp;ouhaité&#xa0;:</translation>
    </message>
    <message>
        <source>Learned &amp;via:</source>
        <translation>Appris &amp;via&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque&#xa0;:</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>prévu le {day}</translation>
    </message>
    <message>
        <source>Choose the mentee&apos;s situation: unemployed, employed, in training or other.</source>
        <translation>Choisissez la situation de la personne mentorée&#xa0;: sans emploi, en emploi, en formation ou autre.</translation>
    </message>
</context>
<context>
    <name>OutcomesSection</name>
    <message>
        <source>Outcomes after the end</source>
        <translation>Résultats après la fin</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome follow-ups</source>
        <translation>Suivis des résultats</translation>
    </message>
    <message>
        <source>Record out&amp;come…</source>
        <translation>Enre&amp;gistrer le résultat…</translation>
    </message>
    <message>
        <source>due on {day}</source>
        <translation>prévu le {day}</translation>
    </message>
</context>
<context>
    <name>QualitySection</name>
    <message>
        <source>Quality criteria</source>
        <translation>Critères de qualité</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>For this duo</source>
        <translation>Pour ce duo</translation>
    </message>
    <message>
        <source>Quality criteria of this duo</source>
        <translation>Critères de qualité de ce duo</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the duo — {names}</source>
        <translation>Rouvrir le duo — {names}</translation>
    </message>
    <message>
        <source>The duo ended on {day}. Reopen it only if it ended by mistake: the duo runs again and the mentor&apos;s place is taken again. The ending is kept in the history, marked as reopened.</source>
        <translation>Le duo a pris fin le {day}. Ne le rouvrez que s’il a été terminé par erreur&#xa0;: le duo reprend et la place du mentor est de nouveau occupée. La fin reste dans l’historique, marquée comme rouverte.</translation>
    </message>
    <message>
        <source>Why it ended by mistake (kept with the ending)</source>
        <translation>Pourquoi il a été terminé par erreur (conservé avec la fin)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;open the duo</source>
        <translation>R&amp;ouvrir le duo</translation>
    </message>
    <message>
        <source>Note why the duo is reopened: the reason is kept with the ending.</source>
        <translation>Notez pourquoi le duo est rouvert&#xa0;: le motif est conservé avec la fin.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening decision — {name}</source>
        <translation>Décision après l’entretien — {name}</translation>
    </message>
    <message>
        <source>&amp;Accept: the participant waits for a match</source>
        <translation>&amp;Accepter&#xa0;: la personne attend une mise en relation</translation>
    </message>
    <message>
        <source>Re&amp;fuse, with the reason</source>
        <translation>Re&amp;fuser, avec le motif</translation>
    </message>
    <message>
        <source>R&amp;efer to more suitable support</source>
        <translation>&amp;Orienter vers un accompagnement plus adapté</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(choisissez un motif)</translation>
    </message>
    <message>
        <source>In the words the letter to the candidate will use</source>
        <translation>Dans les termes qu’utilisera la lettre au candidat ou à la candidate</translation>
    </message>
    <message>
        <source>Choose, or type the service or organisation</source>
        <translation>Choisissez, ou tapez le service ou l’organisation</translation>
    </message>
    <message>
        <source>Why this support suits the candidate better now</source>
        <translation>Pourquoi cet accompagnement convient mieux maintenant à la personne</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Décidé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>The participant goes on the waiting list from the day of the decision; the wait is counted from then.</source>
        <translation>La personne est inscrite sur la liste d’attente à partir du jour de la décision&#xa0;; l’attente est comptée depuis ce jour.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What the letter says:</source>
        <translation>Ce que dit la le&amp;ttre&#xa0;:</translation>
    </message>
    <message>
        <source>The candidate is told why. This text is shown again when the refusal letter is written, so write it for the candidate.</source>
        <translation>La personne candidate apprend pourquoi. Ce texte est repris quand la lettre de refus est rédigée&#xa0;: écrivez-le donc pour elle.</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>Orienté·e &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>Pour&amp;quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Say where the candidate is referred to.</source>
        <translation>Indiquez vers où la personne est orientée.</translation>
    </message>
    <message>
        <source>Write the reason for the refusal: the candidate is told it.</source>
        <translation>Écrivez le motif du refus&#xa0;: la personne candidate en sera informée.</translation>
    </message>
    <message>
        <source>Say why the candidate is referred.</source>
        <translation>Indiquez pourquoi la personne est orientée.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening decisions</source>
        <translation>Décisions après l’entretien</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Retirer le consentement…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Info session: {info} · Intake interview: {intake}, by {who}</source>
        <translation>Séance d’information&#xa0;: {info} · Entretien d’accueil&#xa0;: {intake}, par {who}</translation>
    </message>
</context>
</TS>
