<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Refuse them</source>
        <translation>Les refuser</translation>
    </message>
    <message>
        <source>Import them as mentees</source>
        <translation>Les importer comme mentoré·es</translation>
    </message>
    <message>
        <source>Import them as mentors</source>
        <translation>Les importer comme mentors</translation>
    </message>
    <message>
        <source>Read the selected column &amp;as:</source>
        <translation>Lire la colonne choisie &amp;comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rows without a role:</source>
        <translation>&amp;Lignes sans rôle&#xa0;:</translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation>Que contient chaque colonne&#xa0;?</translation>
    </message>
    <message>
        <source>an Excel workbook (its first sheet is read)</source>
        <translation>un classeur Excel (sa première feuille est lue)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>a CSV file in {encoding}, separated by {separator}</source>
        <translation>un fichier CSV en {encoding}, séparé par {separator}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n&#xa0;ligne</numerusform>
            <numerusform>%n&#xa0;lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is {how}, with {rows} under the header row. Choose a column with the arrow keys, then say below what it holds; columns read as “(ignore)” are not imported.</source>
        <translation>{file} est {how}, avec {rows} sous la ligne d’en-tête. Choisissez une colonne avec les flèches, puis indiquez ci-dessous ce qu’elle contient&#xa0;; les colonnes lues comme «&#xa0;(ignorer)&#xa0;» ne sont pas importées.</translation>
    </message>
    <message>
        <source>“{column}” is now ignored: a field is read from one column only.</source>
        <translation>«&#xa0;{column}&#xa0;» est désormais ignorée&#xa0;: un champ n’est lu que dans une seule colonne.</translation>
    </message>
    <message>
        <source>Choose the column that holds the given names.</source>
        <translation>Choisissez la colonne qui contient les prénoms.</translation>
    </message>
    <message>
        <source>No column holds the role: say below whether the people in the file are mentees or mentors.</source>
        <translation>Aucune colonne ne contient le rôle&#xa0;: indiquez ci-dessous si les personnes du fichier sont des mentoré·es ou des mentors.</translation>
    </message>
</context>
<context>
    <name>ConsentBoxes</name>
    <message>
        <source>Each consent ticked is dated today (consent text {version}).</source>
        <translation>Tout consentement coché est daté du jour (texte {version}).</translation>
    </message>
</context>
<context>
    <name>CreateProgrammeWizard</name>
    <message>
        <source>Try Duo with a demo programme</source>
        <translation>Essayer Duo avec un programme de démonstration</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Go back and choose a new or empty folder.</source>
        <translation>Revenez en arrière et choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Clé non mémorisée</translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not accept the key, so Duo will ask for the passphrase next time.</source>
        <translation>Le gestionnaire de mots de passe de cet ordinateur n’a pas accepté la clé&#xa0;: Duo vous demandera donc la phrase de passe la prochaine fois.</translation>
    </message>
    <message>
        <source>Leave without the recovery key?</source>
        <translation>Quitter sans la clé de récupération&#xa0;?</translation>
    </message>
    <message>
        <source>The programme is made, but this recovery key is not shown again. Without it, a forgotten passphrase locks the programme for good. You can open the programme later with its passphrase.</source>
        <translation>Le programme est créé, mais cette clé de récupération ne sera plus affichée. Sans elle, une phrase de passe oubliée verrouille le programme pour de bon. Vous pourrez ouvrir le programme plus tard avec sa phrase de passe.</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>CvPanel</name>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>&amp;Attach CV…</source>
        <translation>&amp;Joindre le CV…</translation>
    </message>
    <message>
        <source>Vie&amp;w CV</source>
        <translation>&amp;Voir le CV</translation>
    </message>
    <message>
        <source>The CV chosen before is no longer there: attach it again.</source>
        <translation>Le CV choisi auparavant n’est plus là&#xa0;: joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>CV not found</source>
        <translation>CV introuvable</translation>
    </message>
    <message>
        <source>The CV chosen during this interview ({name}) is no longer there or cannot be read, so it was not kept. Attach it again before saving.</source>
        <translation>Le CV choisi pendant cet entretien ({name}) n’est plus là ou ne peut pas être lu&#xa0;: il n’a donc pas été conservé. Joignez-le à nouveau avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Attach the CV</source>
        <translation>Joindre le CV</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.docx *.odt *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&amp;Attach another CV…</source>
        <translation>&amp;Joindre un autre CV…</translation>
    </message>
    <message>
        <source>{name} ({size}), stored when you save the intake.</source>
        <translation>{name} ({size}), enregistré avec l’entretien.</translation>
    </message>
    <message>
        <source>{name} ({size}), in the case file.</source>
        <translation>{name} ({size}), dans le dossier.</translation>
    </message>
    <message>
        <source>No CV yet.</source>
        <translation>Pas encore de CV.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>&amp;Choose the spreadsheet…</source>
        <translation>&amp;Choisir la feuille de calcul…</translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation>Enregistrer le &amp;modèle…</translation>
    </message>
    <message>
        <source>Import participants from a spreadsheet</source>
        <translation>Importer des participants depuis une feuille de calcul</translation>
    </message>
    <message>
        <source>Choose the spreadsheet (.xlsx or .csv) that lists your mentees and mentors: one person per row, with the column names in the first row.</source>
        <translation>Choisissez la feuille de calcul (.xlsx ou .csv) qui liste vos mentoré·es et vos mentors&#xa0;: une personne par ligne, avec les noms des colonnes sur la première ligne.</translation>
    </message>
    <message>
        <source>Columns named as in Duo&apos;s import template are recognised, and so are the usual Dutch and French names (Voornaam, Prénom, Gemeente, Code postal…). On the next page you can say what every other column holds. Nothing is saved until you press Import, and first you will see which rows can be imported and why the others cannot.</source>
        <translation>Les colonnes nommées comme dans le modèle d’importation de Duo sont reconnues, de même que les noms néerlandais et français habituels (Voornaam, Prénom, Gemeente, Code postal…). À la page suivante, vous pourrez indiquer ce que contient chaque autre colonne. Rien n’est enregistré avant que vous n’appuyiez sur Importer, et vous verrez d’abord quelles lignes peuvent être importées et pourquoi les autres ne le peuvent pas.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choisir la feuille de calcul</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation>Lecture de la feuille de calcul…</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Enregistrer le modèle d’importation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Duo could not save the template there. Choose another folder.</source>
        <translation>Duo n’a pas pu enregistrer le modèle à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Modèle enregistré</translation>
    </message>
    <message>
        <source>The template is saved as {name}: a header row with every column Duo reads, and two invented participants as examples.</source>
        <translation>Le modèle est enregistré sous {name}&#xa0;: une ligne d’en-tête avec chaque colonne que Duo lit, et deux participants fictifs en exemple.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>&amp;Import 1 participant</source>
        <translation>&amp;Importer 1 participant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n participants</source>
        <translation>
            <numerusform>&amp;Importer %n&#xa0;participant</numerusform>
            <numerusform>&amp;Importer %n&#xa0;participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Importation des participants…</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>; </source>
        <comment>between the reasons a row is refused</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Role (mentee or mentor)</source>
        <translation>Rôle (mentoré·e ou mentor)</translation>
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
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
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
        <source>Country of origin</source>
        <translation>Pays d’origine</translation>
    </message>
    <message>
        <source>Year of arrival in Belgium</source>
        <translation>Année d’arrivée en Belgique</translation>
    </message>
    <message>
        <source>Languages and levels</source>
        <translation>Langues et niveaux</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Occupation (ISCO code)</source>
        <translation>Profession (code ISCO)</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Objectif professionnel</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
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
        <source>Mentees at once</source>
        <translation>Mentoré·es à la fois</translation>
    </message>
    <message>
        <source>Short profile (for the mentee)</source>
        <translation>Profil court (pour le ou la mentoré·e)</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date de l’entretien d’accueil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
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
        <source>Ready to import</source>
        <translation>Prête pour l’importation</translation>
    </message>
</context>
<context>
    <name>IntakeChoices</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other / non-binary</source>
        <translation>Autre / non binaire</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>Une femme</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>Un homme</translation>
    </message>
    <message>
        <source>Under 35</source>
        <translation>Moins de 35 ans</translation>
    </message>
    <message>
        <source>35 to 50</source>
        <translation>De 35 à 50 ans</translation>
    </message>
    <message>
        <source>Over 50</source>
        <translation>Plus de 50 ans</translation>
    </message>
    <message>
        <source>1 – closed to feedback</source>
        <translation>1 – fermé·e aux remarques</translation>
    </message>
    <message>
        <source>5 – very open to feedback</source>
        <translation>5 – très ouvert·e aux remarques</translation>
    </message>
    <message>
        <source>1 – no help needed</source>
        <translation>1 – aucune aide nécessaire</translation>
    </message>
    <message>
        <source>5 – much help needed</source>
        <translation>5 – beaucoup d’aide nécessaire</translation>
    </message>
    <message>
        <source>Skills, talents and aspirations</source>
        <translation>Compétences, talents et aspirations</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Motivation and cover letter</source>
        <translation>Lettre de motivation</translation>
    </message>
    <message>
        <source>Personal branding and networking</source>
        <translation>Image professionnelle et réseau</translation>
    </message>
    <message>
        <source>Finding vacancies</source>
        <translation>Trouver des offres d’emploi</translation>
    </message>
    <message>
        <source>Preparing for a job interview</source>
        <translation>Préparer un entretien d’embauche</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Identity and contact</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Prénom *</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Only needed when someone states a preference for matching.</source>
        <translation>Utile seulement si quelqu’un exprime une préférence pour la mise en relation.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>0470 12 34 56</source>
        <translation>0470 12 34 56</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>Lin&amp;kedIn</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Lieu de résidence</translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Code p&amp;ostal</translation>
    </message>
    <message>
        <source>e.g. public transport, bike, driving licence</source>
        <translation>p. ex. transports en commun, vélo, permis de conduire</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Origin and right to work</source>
        <translation>Origine et droit au travail</translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation>Pa&amp;ys d’origine</translation>
    </message>
    <message>
        <source>Arrival &amp;year</source>
        <translation>&amp;Année d’arrivée</translation>
    </message>
    <message>
        <source>&amp;Right to work in Belgium</source>
        <translation>&amp;Droit au travail en Belgique</translation>
    </message>
    <message>
        <source>Diploma and experience</source>
        <translation>Diplôme et expérience</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>&amp;Highest diploma</source>
        <translation>Diplôme le plus é&amp;levé</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Domaine d’études</translation>
    </message>
    <message>
        <source>Country of the diploma</source>
        <translation>Pays du diplôme</translation>
    </message>
    <message>
        <source>Recognised in Belgium</source>
        <translation>Reconnu en Belgique</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Years of e&amp;xperience</source>
        <translation>Années d’e&amp;xpérience</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>Job target</source>
        <translation>Objectif professionnel</translation>
    </message>
    <message>
        <source>Sector and occupation</source>
        <translation>Secteur et profession</translation>
    </message>
    <message>
        <source>&amp;1st</source>
        <translation>&amp;1er</translation>
    </message>
    <message>
        <source>&amp;2nd</source>
        <translation>&amp;2e</translation>
    </message>
    <message>
        <source>An HR or recruiter profile who can coach any job target</source>
        <translation>Profil RH ou recruteur, pour tout objectif professionnel</translation>
    </message>
    <message>
        <source>Proposed to a mentee with any job target once the mentee has waited as long as set in Settings, Matching.</source>
        <translation>Proposé à un·e mentoré·e avec n’importe quel objectif professionnel dès qu’il ou elle a attendu aussi longtemps que fixé dans Paramètres, Mise en relation.</translation>
    </message>
    <message>
        <source>Ge&amp;neralist</source>
        <translation>&amp;Généraliste</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Needs in the six domains (as the candidate sees them)</source>
        <translation>Besoins dans les six domaines (selon la personne candidate)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Motivation (the coach&apos;s assessment)</source>
        <translation>Motivation (appréciation du coach)</translation>
    </message>
    <message>
        <source>&amp;Motivation</source>
        <translation>&amp;Motivation</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Open&amp;ness to feedback</source>
        <translation>Ouverture aux &amp;remarques</translation>
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
        <source>Actively searching</source>
        <translation>Cherche activement</translation>
    </message>
    <message>
        <source>Availability and preferences</source>
        <translation>Disponibilités et préférences</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Daytime</source>
        <translation>En journée</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Le soir</translation>
    </message>
    <message>
        <source>A&amp;vailable</source>
        <translation>Di&amp;sponible</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Pas de préférence</translation>
    </message>
    <message>
        <source>Mentor&apos;s gender</source>
        <translation>Genre du mentor</translation>
    </message>
    <message>
        <source>Mentor&apos;s age</source>
        <translation>Âge du mentor</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Besoins spécifiques</translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation>Centres d’&amp;intérêt</translation>
    </message>
    <message>
        <source>Mentees at &amp;once</source>
        <translation>Mentoré·es à la f&amp;ois</translation>
    </message>
    <message>
        <source>Motivation and qualities</source>
        <translation>Motivation et qualités</translation>
    </message>
    <message>
        <source>&amp;Qualities</source>
        <translation>&amp;Qualités</translation>
    </message>
    <message>
        <source>Short profile for the mentee</source>
        <translation>Profil court pour le ou la mentoré·e</translation>
    </message>
    <message>
        <source>A few sentences in the mentor&apos;s own voice: work, experience, what they offer.</source>
        <translation>Quelques phrases dans les mots du mentor&#xa0;: travail, expérience, ce qu’il ou elle propose.</translation>
    </message>
    <message>
        <source>Short p&amp;rofile</source>
        <translation>P&amp;rofil court</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Interview and consent</source>
        <translation>Entretien et consentement</translation>
    </message>
    <message>
        <source>In&amp;take date</source>
        <translation>Date de l’en&amp;tretien</translation>
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
        <source>attended on</source>
        <translation>suivie le</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Séance d’information</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté·e par</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Mentor training</source>
        <translation>Formation des mentors</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Required: an intake is saved with a given name.</source>
        <translation>Obligatoire&#xa0;: un entretien d’accueil s’enregistre avec un prénom.</translation>
    </message>
    <message>
        <source>Choose whether this is a mentee or a mentor.</source>
        <translation>Indiquez s’il s’agit d’un·e mentoré·e ou d’un mentor.</translation>
    </message>
    <message>
        <source>Unusual year of birth: expected {low}–{high}.</source>
        <translation>Année de naissance inhabituelle&#xa0;: attendue entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Not a Belgian postcode (1000–9999).</source>
        <translation>Pas un code postal belge (1000–9999).</translation>
    </message>
    <message>
        <source>Arrival before the year of birth ({born}).</source>
        <translation>Arrivée avant l’année de naissance ({born}).</translation>
    </message>
    <message>
        <source>Arrival after this year ({year}).</source>
        <translation>Arrivée après cette année ({year}).</translation>
    </message>
    <message>
        <source>Not a valid phone number (from abroad: +country code).</source>
        <translation>Numéro de téléphone non valable (depuis l’étranger&#xa0;: +indicatif du pays).</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.org).</source>
        <translation>Pas une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <source>Mentors usually have {minimum} years of experience or more.</source>
        <translation>Les mentors ont généralement au moins {minimum}&#xa0;ans d’expérience.</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Only fields marked * are required; orange hints ask you to check a value but never stop a save. What you type is kept as a draft on this computer until you save (Ctrl+S).</source>
        <translation>Seuls les champs marqués * sont obligatoires&#xa0;; les indications orange vous invitent à vérifier une valeur mais n’empêchent jamais l’enregistrement. Ce que vous saisissez est conservé comme brouillon sur cet ordinateur jusqu’à ce que vous enregistriez (Ctrl+S).</translation>
    </message>
    <message>
        <source>&amp;Discard changes…</source>
        <translation>A&amp;bandonner les modifications…</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>&amp;Enregistrer l’entretien</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Entretien d’accueil</translation>
    </message>
    <message>
        <source>Restored from the draft kept on this computer.</source>
        <translation>Restauré à partir du brouillon conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Intake: {name}</source>
        <translation>Entretien&#xa0;: {name}</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Nouvel·le mentoré·e</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Nouveau mentor</translation>
    </message>
    <message>
        <source>The draft could not be kept: save the intake.</source>
        <translation>Le brouillon n’a pas pu être conservé&#xa0;: enregistrez l’entretien.</translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation>Brouillon conservé à {time}.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Forget everything typed in this interview since it was last saved?</source>
        <translation>Oublier tout ce qui a été saisi dans cet entretien depuis le dernier enregistrement&#xa0;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Modifications abandonnées.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>JobTargetFields</name>
    <message>
        <source>In their words, e.g. “accountant”</source>
        <translation>Dans ses propres mots, p. ex. «&#xa0;comptable&#xa0;»</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation>Affic&amp;her ce que je saisis</translation>
    </message>
    <message>
        <source>✓ Both are the same.</source>
        <translation>✓ Les deux sont identiques.</translation>
    </message>
    <message>
        <source>Keep typing: the second one is not complete yet.</source>
        <translation>Continuez&#xa0;: la seconde n’est pas encore complète.</translation>
    </message>
    <message>
        <source>The second one is different from the first.</source>
        <translation>La seconde est différente de la première.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Choose a few unrelated words, for example four things you can see from a window.</source>
        <translation>Choisissez quelques mots sans rapport entre eux, par exemple quatre choses que vous voyez par une fenêtre.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters.</source>
        <translation>Utilisez au moins {minimum}&#xa0;caractères.</translation>
    </message>
    <message>
        <source>This is one of the passphrases anyone would try first. Choose words of your own.</source>
        <translation>C’est l’une des phrases de passe que tout le monde essaierait en premier. Choisissez vos propres mots.</translation>
    </message>
    <message>
        <source>Repeated letters, sequences such as 1234 or abcd and keyboard rows are guessed quickly.</source>
        <translation>Les lettres répétées, les suites comme 1234 ou abcd et les rangées du clavier sont vite devinées.</translation>
    </message>
    <message>
        <source>Leave out the programme&apos;s name and your own name: they are the first guesses.</source>
        <translation>Évitez le nom du programme et votre propre nom&#xa0;: ce sont les premiers essayés.</translation>
    </message>
    <message>
        <source>Use a few unrelated words instead of one: easy to remember, hard to guess.</source>
        <translation>Utilisez quelques mots sans rapport plutôt qu’un seul&#xa0;: faciles à retenir, difficiles à deviner.</translation>
    </message>
    <message>
        <source>Add another unrelated word to make it strong.</source>
        <translation>Ajoutez un autre mot sans rapport pour la rendre forte.</translation>
    </message>
    <message>
        <source>Easy for you to remember, hard for anyone else to guess.</source>
        <translation>Facile à retenir pour vous, difficile à deviner pour les autres.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Everyone who works on the programme uses the same passphrase: after the change, tell your colleagues the new one in person. The recovery key stays valid. The new passphrase needs at least {minimum} characters.</source>
        <translation>Toutes les personnes qui travaillent sur le programme utilisent la même phrase de passe&#xa0;: après le changement, communiquez la nouvelle à vos collègues en personne. La clé de récupération reste valable. La nouvelle phrase de passe doit compter au moins {minimum}&#xa0;caractères.</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser plutôt la &amp;clé de récupération</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Saisissez-la à nou&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation>Chan&amp;ger la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The passphrase</source>
        <translation>La phrase de passe</translation>
    </message>
    <message>
        <source>The passphrase opens the programme. Everyone who works on it uses the same one, so choose something you can tell a colleague in person: a few unrelated words, at least {minimum} characters.</source>
        <translation>La phrase de passe ouvre le programme. Toutes les personnes qui y travaillent utilisent la même&#xa0;: choisissez donc quelque chose que vous pouvez dire en personne à un·e collègue, quelques mots sans rapport, d’au moins {minimum}&#xa0;caractères en tout.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Saisissez-la à nou&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create the programme</source>
        <translation>&amp;Créer le programme</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>{ready} ready, {refused} will be refused</source>
        <translation>Lignes prêtes&#xa0;: {ready}&#xa0;; refusées&#xa0;: {refused}</translation>
    </message>
    <message>
        <source>No row can be imported. Go back to check what the columns are read as, or correct the spreadsheet and choose it again.</source>
        <translation>Aucune ligne ne peut être importée. Revenez en arrière pour vérifier comment les colonnes sont lues, ou corrigez la feuille de calcul et choisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>Refused rows are not imported; the reason is beside each. Correct them in the spreadsheet and import it again later: the people imported now will be recognised and skipped.</source>
        <translation>Les lignes refusées ne sont pas importées&#xa0;; le motif figure à côté de chacune. Corrigez-les dans la feuille de calcul et importez-la à nouveau plus tard&#xa0;: les personnes importées maintenant seront reconnues et ignorées.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Toutes les lignes peuvent être importées.</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>What the mentee will see</source>
        <translation>Ce que verra le ou la mentoré·e</translation>
    </message>
    <message>
        <source>(given name)</source>
        <translation>(prénom)</translation>
    </message>
    <message>
        <source>(no short profile yet)</source>
        <translation>(pas encore de profil court)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>La clé de récupération</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this recovery key opens the programme instead.</source>
        <translation>Si la phrase de passe est un jour oubliée, cette clé de récupération ouvre le programme à sa place.</translation>
    </message>
    <message>
        <source>This is a demo with invented people, so nothing is lost without this key. A real programme shows its own key here, and then it matters: without the passphrase or the recovery key nobody can open the programme, not even us.</source>
        <translation>Ceci est une démonstration avec des personnes fictives&#xa0;: sans cette clé, rien n’est perdu. Un vrai programme affiche ici sa propre clé, et elle compte alors&#xa0;: sans la phrase de passe ou la clé de récupération, personne ne peut ouvrir le programme, pas même nous.</translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. Without the passphrase or this key nobody can open the programme, not even us.</source>
        <translation>Notez-la ou imprimez-la, et conservez-la en lieu sûr, loin de cet ordinateur. Sans la phrase de passe ou cette clé, personne ne peut ouvrir le programme, pas même nous.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>J’ai &amp;noté ou imprimé la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Duo then opens this programme without asking for the passphrase, for anyone using your account on this computer. Lock the computer when you leave it.</source>
        <translation>Duo ouvre alors ce programme sans demander la phrase de passe, pour toute personne qui utilise votre compte sur cet ordinateur. Verrouillez l’ordinateur quand vous vous en éloignez.</translation>
    </message>
    <message>
        <source>This computer has no password store that Duo can use, so Duo asks for the passphrase each time.</source>
        <translation>Cet ordinateur n’a pas de gestionnaire de mots de passe que Duo puisse utiliser&#xa0;: Duo demande donc la phrase de passe à chaque fois.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then print or write it down.</source>
        <translation>Copiée. Collez-la en lieu sûr, puis imprimez-la ou notez-la.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>C&amp;opy the list</source>
        <translation>C&amp;opier la liste</translation>
    </message>
    <message>
        <source>Imported 1 participant.</source>
        <translation>1 participant importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participants.</source>
        <translation>
            <numerusform>%n&#xa0;participant importé.</numerusform>
            <numerusform>%n&#xa0;participants importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row was not imported. Correct it in the spreadsheet and import the file again: the people imported now will be recognised and skipped.</source>
        <translation>1 ligne n’a pas été importée. Corrigez-la dans la feuille de calcul et importez à nouveau le fichier&#xa0;: les personnes importées maintenant seront reconnues et ignorées.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported. Correct them in the spreadsheet and import the file again: the people imported now will be recognised and skipped.</source>
        <translation>
            <numerusform>%n&#xa0;ligne n’a pas été importée. Corrigez-la dans la feuille de calcul et importez à nouveau le fichier&#xa0;: les personnes importées maintenant seront reconnues et ignorées.</numerusform>
            <numerusform>%n&#xa0;lignes n’ont pas été importées. Corrigez-les dans la feuille de calcul et importez à nouveau le fichier&#xa0;: les personnes importées maintenant seront reconnues et ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation>Toutes les lignes du fichier ont été importées.</translation>
    </message>
    <message>
        <source>Row {number} ({name}): {reasons}</source>
        <translation>Ligne {number} ({name})&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>Row {number}: {reasons}</source>
        <translation>Ligne {number}&#xa0;: {reasons}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock a programme</source>
        <translation>Déverrouiller un programme</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Utiliser plutôt la &amp;clé de récupération</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>This computer has no password store that Duo can use.</source>
        <translation>Cet ordinateur n’a pas de gestionnaire de mots de passe que Duo puisse utiliser.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Open &amp;another programme…</source>
        <translation>Ouvrir un &amp;autre programme…</translation>
    </message>
    <message>
        <source>Not a programme</source>
        <translation>Pas un programme</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>Déverrouiller {name}</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Saisissez la clé de récupération.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase de passe.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Clé non mémorisée</translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not accept the key, so Duo will ask for the passphrase next time.</source>
        <translation>Le gestionnaire de mots de passe de cet ordinateur n’a pas accepté la clé&#xa0;: Duo vous demandera donc la phrase de passe la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Duo</source>
        <translation>Bienvenue dans Duo</translation>
    </message>
    <message>
        <source>Duo keeps the case files of a mentoring-to-work programme on this computer, encrypted: mentees, mentors, intakes, matches and follow-ups.</source>
        <translation>Duo conserve sur cet ordinateur, chiffrés, les dossiers d’un programme de mentorat vers l’emploi&#xa0;: mentoré·es, mentors, entretiens d’accueil, mises en relation et suivis.</translation>
    </message>
    <message>
        <source>&amp;Recent programmes (Enter opens one):</source>
        <translation>Programmes &amp;récents (Entrée en ouvre un)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create a new programme</source>
        <translation>&amp;Créer un nouveau programme</translation>
    </message>
    <message>
        <source>Start empty: you choose a name, a folder and a passphrase.</source>
        <translation>Commencer à vide&#xa0;: vous choisissez un nom, un dossier et une phrase de passe.</translation>
    </message>
    <message>
        <source>&amp;Open an existing programme folder…</source>
        <translation>&amp;Ouvrir le dossier d’un programme existant…</translation>
    </message>
    <message>
        <source>A programme made on another computer, shared through a synchronised folder, or restored from a backup.</source>
        <translation>Un programme créé sur un autre ordinateur, partagé par un dossier synchronisé ou restauré à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Try Duo with a demo programme</source>
        <translation>&amp;Essayer Duo avec un programme de démonstration</translation>
    </message>
    <message>
        <source>{count} invented mentees and mentors, to try everything out before the real work starts.</source>
        <translation>{count} mentoré·es et mentors fictifs, pour tout essayer avant de commencer le vrai travail.</translation>
    </message>
    <message>
        <source>Open a programme folder</source>
        <translation>Ouvrir le dossier d’un programme</translation>
    </message>
    <message>
        <source>Making {count} invented mentees and mentors…</source>
        <translation>Création de {count} mentoré·es et mentors fictifs…</translation>
    </message>
</context>
</TS>
