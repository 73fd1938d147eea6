<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>CreateProgramme</name>
    <message>
        <source>This is a file, not a folder. Choose another name.</source>
        <translation>Ceci est un fichier, pas un dossier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This folder already holds a Duo programme. To work on it, cancel this and choose “Open an existing programme folder…”.</source>
        <translation>Ce dossier contient déjà un programme Duo. Pour y travailler, annulez ceci et choisissez «&#xa0;Ouvrir un dossier de programme existant…&#xa0;».</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new folder, or an empty one.</source>
        <translation>Ce dossier n&apos;est pas vide. Choisissez un nouveau dossier, ou un dossier vide.</translation>
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
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Duo ran into a problem it did not expect. This is a bug in Duo, not something you did; what you saved before is safe. Please send this file to whoever supports Duo for you (it contains no personal data):
{log}</source>
        <translation>Duo a rencontré un problème inattendu. C&apos;est une erreur de Duo, pas quelque chose que vous avez fait&#xa0;; ce que vous avez enregistré auparavant est en sécurité. Envoyez ce fichier à la personne qui s&apos;occupe de Duo pour vous (il ne contient aucune donnée personnelle)&#xa0;:
{log}</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Duo cannot show this kind of file ({type}). Documents can be shown when they are PDF, Word (DOCX), OpenDocument (ODT) or a picture.</source>
        <translation>Duo ne peut pas afficher ce type de fichier ({type}). Les documents peuvent être affichés s&apos;ils sont au format PDF, Word (DOCX), OpenDocument (ODT) ou s&apos;il s&apos;agit d&apos;une image.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or protected by a password. Ask for a new copy of the document.</source>
        <translation>Ce PDF ne peut pas être affiché&#xa0;: il est endommagé ou protégé par un mot de passe. Demandez une nouvelle copie du document.</translation>
    </message>
    <message>
        <source>This picture cannot be shown: it is damaged or of an unknown kind.</source>
        <translation>Cette image ne peut pas être affichée&#xa0;: elle est endommagée ou d&apos;un type inconnu.</translation>
    </message>
    <message>
        <source>This document cannot be shown: it is damaged or not really a Word or OpenDocument file. Open it with a word processor and save it again, or ask for a PDF.</source>
        <translation>Ce document ne peut pas être affiché&#xa0;: il est endommagé ou n&apos;est pas vraiment un fichier Word ou OpenDocument. Ouvrez-le avec un traitement de texte et enregistrez-le à nouveau, ou demandez un PDF.</translation>
    </message>
</context>
<context>
    <name>EvaluationSettingsPage</name>
    <message>
        <source>&amp;Which form:</source>
        <translation>Quel &amp;formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add a question…</source>
        <translation>A&amp;jouter une question…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Ver&amp;sions…</source>
        <translation>V&amp;ersions…</translation>
    </message>
    <message>
        <source>Versions of “{name}”</source>
        <translation>Versions de «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for funders</source>
        <translation>Exporter pour les financeurs</translation>
    </message>
    <message>
        <source>One row per participant, duo, meeting, evaluation answer or outcome, with a data dictionary that explains every column. Participants appear by a code that stays the same in every export of this programme: the file is pseudonymised, not anonymous. Only people who consented to reports to funders are in it. Notes, summaries, written answers, contact details and CVs are never exported.</source>
        <translation>Une ligne par participant, duo, rencontre, réponse d&apos;évaluation ou résultat, avec un dictionnaire de données qui explique chaque colonne. Les participants y figurent sous un code qui reste le même dans chaque export de ce programme&#xa0;: le fichier est pseudonymisé, pas anonyme. Seules les personnes qui ont consenti aux rapports aux financeurs y figurent. Les notes, comptes rendus, réponses écrites, coordonnées et CV ne sont jamais exportés.</translation>
    </message>
    <message>
        <source>Include given and family &amp;names</source>
        <translation>Inclure les pré&amp;noms et noms de famille</translation>
    </message>
    <message>
        <source>The file will hold names: it is personal data. Include names only when the funder needs them, send the file over a secure channel, and delete it when it is no longer needed.</source>
        <translation>Le fichier contiendra des noms&#xa0;: ce sont des données personnelles. N&apos;incluez les noms que si le financeur en a besoin, envoyez le fichier par un canal sécurisé et supprimez-le lorsqu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation>CSV (s&apos;ouvre dans Excel)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>Semicolon ; (Excel in Belgium)</source>
        <translation>Point-virgule&#xa0;; (Excel en Belgique)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Every mentee and mentor registered by the end of the period and still on the path at its start.</source>
        <translation>Chaque mentoré·e et chaque mentor inscrit à la fin de la période et encore dans le parcours à son début.</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duos</translation>
    </message>
    <message>
        <source>Every duo that ran during some of the period.</source>
        <translation>Chaque duo actif pendant tout ou partie de la période.</translation>
    </message>
    <message>
        <source>Meetings and short contacts</source>
        <translation>Rencontres et contacts brefs</translation>
    </message>
    <message>
        <source>Every meeting and short contact held in the period: date, length, form and domains, never what was said.</source>
        <translation>Chaque rencontre et chaque contact bref de la période&#xa0;: date, durée, forme et domaines, jamais ce qui a été dit.</translation>
    </message>
    <message>
        <source>Evaluations (one row per answer)</source>
        <translation>Évaluations (une ligne par réponse)</translation>
    </message>
    <message>
        <source>Every answer of the evaluations answered in the period, ready for a pivot table; written answers stay out.</source>
        <translation>Chaque réponse des évaluations remplies pendant la période, prête pour un tableau croisé dynamique&#xa0;; les réponses écrites restent en dehors.</translation>
    </message>
    <message>
        <source>Outcomes after the end</source>
        <translation>Résultats après la fin</translation>
    </message>
    <message>
        <source>Every outcome follow-up (3, 6, 9, 12 months after a duo) recorded in the period.</source>
        <translation>Chaque suivi des résultats (3, 6, 9, 12 mois après un duo) enregistré pendant la période.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting for funders…</source>
        <translation>Export pour les financeurs…</translation>
    </message>
    <message>
        <source>Exported 1 row to {file}.</source>
        <translation>1 ligne exportée vers {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {file}.</source>
        <translation>
            <numerusform>%n ligne exportée vers {file}.</numerusform>
            <numerusform>%n lignes exportées vers {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data dictionary, which explains every column, is in {file}.</source>
        <translation>Le dictionnaire de données, qui explique chaque colonne, se trouve dans {file}.</translation>
    </message>
    <message>
        <source>The data dictionary, which explains every column, is the workbook&apos;s second sheet, “Dictionary”.</source>
        <translation>Le dictionnaire de données, qui explique chaque colonne, est la deuxième feuille du classeur, «&#xa0;Dictionnaire&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n case files could not be read (damaged, or from a newer Duo): their rows are missing. Check the programme&apos;s files, then export again.</source>
        <translation>
            <numerusform>%n dossier n&apos;a pas pu être lu (endommagé, ou d&apos;une version plus récente de Duo)&#xa0;: ses lignes manquent. Vérifiez les fichiers du programme, puis exportez à nouveau.</numerusform>
            <numerusform>%n dossiers n&apos;ont pas pu être lus (endommagés, ou d&apos;une version plus récente de Duo)&#xa0;: leurs lignes manquent. Vérifiez les fichiers du programme, puis exportez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 case file could not be read (damaged, or from a newer Duo): its rows are missing. Check the programme&apos;s files, then export again.</source>
        <translation>1 dossier n&apos;a pas pu être lu (endommagé, ou d&apos;une version plus récente de Duo)&#xa0;: ses lignes manquent. Vérifiez les fichiers du programme, puis exportez à nouveau.</translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPage</name>
    <message>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> jours sans contact</translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation>p. ex. 2026-1</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> jours avant</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Aucun avertissement</translation>
    </message>
    <message>
        <source>Contact within a duo</source>
        <translation>Contact au sein d&apos;un duo</translation>
    </message>
    <message>
        <source>Mentor and mentee meet or talk &amp;at least:</source>
        <translation>Mentor et mentoré·e se voient ou se parlent &amp;au moins&#xa0;:</translation>
    </message>
    <message>
        <source>A new agreement proposes this; each duo&apos;s agreement can set its own. A duo without an agreement is expected to keep to it too. The quality criteria ask for contact at least every two weeks.</source>
        <translation>Une nouvelle convention propose ce rythme&#xa0;; la convention de chaque duo peut fixer le sien. Un duo sans convention est censé le respecter aussi. Les critères de qualité demandent un contact au moins toutes les deux semaines.</translation>
    </message>
    <message>
        <source>A &amp;silent duo is urgent after:</source>
        <translation>Un duo silencieu&amp;x est urgent après&#xa0;:</translation>
    </message>
    <message>
        <source>Today lists a duo as soon as it is silent for longer than agreed, and marks it urgent after this long without a meeting or a contact: time to call both of them.</source>
        <translation>L&apos;onglet Aujourd&apos;hui affiche un duo dès qu&apos;il reste silencieux plus longtemps que convenu, et le marque urgent après cette durée sans rencontre ni contact&#xa0;: il est temps d&apos;appeler les deux.</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>La convention</translation>
    </message>
    <message>
        <source>Ethics c&amp;harter version:</source>
        <translation>Version de la c&amp;harte éthique&#xa0;:</translation>
    </message>
    <message>
        <source>New agreements name this version of the ethics charter; each agreement can name the one its duo signed. The quality criteria ask for a signed agreement that names the charter.</source>
        <translation>Les nouvelles conventions mentionnent cette version de la charte éthique&#xa0;; chaque convention peut mentionner celle que son duo a signée. Les critères de qualité demandent une convention signée qui mentionne la charte.</translation>
    </message>
    <message>
        <source>The end of a duo</source>
        <translation>La fin d&apos;un duo</translation>
    </message>
    <message>
        <source>&amp;Warn of a planned end:</source>
        <translation>Préve&amp;nir avant une fin prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Today reminds the coach this many days before a duo&apos;s planned end, so the final meeting and the evaluations can be planned in time. “No warning” switches the reminder off.</source>
        <translation>L&apos;onglet Aujourd&apos;hui prévient le coach ce nombre de jours avant la fin prévue d&apos;un duo, pour planifier à temps la rencontre de clôture et les évaluations. «&#xa0;Aucun avertissement&#xa0;» désactive ce rappel.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mentee</source>
        <translation>Mentoré·e</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit·e</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Entretien réalisé</translation>
    </message>
    <message>
        <source>Waiting for a match</source>
        <translation>En attente d&apos;un jumelage</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé·e</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Réorienté·e</translation>
    </message>
    <message>
        <source>Match proposed</source>
        <translation>Jumelage proposé</translation>
    </message>
    <message>
        <source>In a duo</source>
        <translation>En duo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation>Retiré·e</translation>
    </message>
    <message>
        <source>Proposed: ask the mentor</source>
        <translation>Proposé&#xa0;: demandez au mentor</translation>
    </message>
    <message>
        <source>Mentor said yes: ask the mentee</source>
        <translation>Le mentor a dit oui&#xa0;: demandez au ou à la mentoré·e</translation>
    </message>
    <message>
        <source>Both said yes: plan the first meeting</source>
        <translation>Les deux ont dit oui&#xa0;: planifiez la première rencontre</translation>
    </message>
    <message>
        <source>First meeting planned</source>
        <translation>Première rencontre prévue</translation>
    </message>
    <message>
        <source>Duo</source>
        <translation>Duo</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Duo ended</source>
        <translation>Duo terminé</translation>
    </message>
    <message>
        <source>Mentor said yes</source>
        <translation>Le mentor a dit oui</translation>
    </message>
    <message>
        <source>Both said yes</source>
        <translation>Les deux ont dit oui</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté·e</translation>
    </message>
    <message>
        <source>Referred to other support</source>
        <translation>Réorienté·e vers un autre accompagnement</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>{day} daytime</source>
        <translation>{day} en journée</translation>
    </message>
    <message>
        <source>{day} evening</source>
        <translation>{day} soir</translation>
    </message>
    <message>
        <source>Native speaker</source>
        <translation>Langue maternelle</translation>
    </message>
</context>
<context>
    <name>LanguageLevelsEditor</name>
    <message>
        <source>Type a language…</source>
        <translation>Tapez une langue…</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Langue à ajouter</translation>
    </message>
    <message>
        <source>Level?</source>
        <translation>Niveau&#xa0;?</translation>
    </message>
    <message>
        <source>Level of the language to add</source>
        <translation>Niveau de la langue à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>Ajouter la langue</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected language</source>
        <translation>Retirer la langue sélectionnée</translation>
    </message>
</context>
<context>
    <name>LanguageLevelsModel</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Case files store this code, so it stays; change the label.</source>
        <translation>Les dossiers conservent ce code, il reste donc&#xa0;; modifiez le libellé.</translation>
    </message>
</context>
<context>
    <name>ListSettings</name>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Professions</translation>
    </message>
    <message>
        <source>Referring partners</source>
        <translation>Partenaires prescripteurs</translation>
    </message>
    <message>
        <source>Diploma levels</source>
        <translation>Niveaux de diplôme</translation>
    </message>
    <message>
        <source>Consent purposes</source>
        <translation>Finalités du consentement</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canaux de contact</translation>
    </message>
    <message>
        <source>Reasons for refusal</source>
        <translation>Motifs de refus</translation>
    </message>
    <message>
        <source>Referred to (other support)</source>
        <translation>Réorienté vers (autre accompagnement)</translation>
    </message>
    <message>
        <source>Reasons a duo ended</source>
        <translation>Motifs de fin d&apos;un duo</translation>
    </message>
    <message>
        <source>The sector a mentee aims for and a mentor works in (NACE sections); matching compares them.</source>
        <translation>Le secteur visé par un·e mentoré·e et celui où travaille un mentor (sections NACE)&#xa0;; la mise en relation les compare.</translation>
    </message>
    <message>
        <source>The occupation a mentee aims for and a mentor has (ISCO-08 groups); matching compares them.</source>
        <translation>La profession visée par un·e mentoré·e et celle d&apos;un mentor (groupes CITP-08)&#xa0;; la mise en relation les compare.</translation>
    </message>
    <message>
        <source>Who sent a participant to the programme.</source>
        <translation>Qui a orienté un participant vers le programme.</translation>
    </message>
    <message>
        <source>The level of a participant&apos;s highest diploma.</source>
        <translation>Le niveau du diplôme le plus élevé d&apos;un participant.</translation>
    </message>
    <message>
        <source>What a participant gives consent for.</source>
        <translation>Ce à quoi un participant consent.</translation>
    </message>
    <message>
        <source>How a contact in the contact log took place.</source>
        <translation>Comment s&apos;est déroulé un contact du journal des contacts.</translation>
    </message>
    <message>
        <source>Why a candidate was not accepted, as told to them.</source>
        <translation>Pourquoi un candidat n&apos;a pas été accepté, tel qu&apos;on le lui a dit.</translation>
    </message>
    <message>
        <source>Where a candidate was referred to instead.</source>
        <translation>Vers où un candidat a été réorienté à la place.</translation>
    </message>
    <message>
        <source>Why a duo ended, planned or early; kept with the duo&apos;s ending.</source>
        <translation>Pourquoi un duo a pris fin, comme prévu ou de façon anticipée&#xa0;; conservé avec la fin du duo.</translation>
    </message>
    <message>
        <source>Row {row} has no code.</source>
        <translation>La ligne {row} n&apos;a pas de code.</translation>
    </message>
    <message>
        <source>Row {row} has the code “{code}” of an earlier row: each needs its own.</source>
        <translation>La ligne {row} a le code «&#xa0;{code}&#xa0;» d&apos;une ligne précédente&#xa0;: chacune a besoin du sien.</translation>
    </message>
    <message>
        <source>Row {row} has no label.</source>
        <translation>La ligne {row} n&apos;a pas de libellé.</translation>
    </message>
</context>
<context>
    <name>ListsSettingsPage</name>
    <message>
        <source>&amp;Which list:</source>
        <translation>Quelle lis&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>A&amp;jouter une entrée</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Reset to the d&amp;efaults…</source>
        <translation>Rétablir les valeurs par déf&amp;aut…</translation>
    </message>
    <message>
        <source>Type to change a label (F2 edits the selected cell). The code is what case files store: only a new entry&apos;s code can be changed.</source>
        <translation>Tapez pour modifier un libellé (F2 modifie la cellule sélectionnée). Le code est ce que les dossiers conservent&#xa0;: seul le code d&apos;une nouvelle entrée peut être modifié.</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…et {count} de plus.</translation>
    </message>
    <message>
        <source>Reset the list?</source>
        <translation>Rétablir la liste&#xa0;?</translation>
    </message>
    <message>
        <source>Put back the entries Duo comes with in “{title}”? Entries added to this list and changed labels are replaced when you press OK.</source>
        <translation>Remettre les entrées fournies avec Duo dans «&#xa0;{title}&#xa0;»&#xa0;? Les entrées ajoutées à cette liste et les libellés modifiés seront remplacés quand vous appuierez sur OK.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>New &amp;mentee intake</source>
        <translation>Nouvel entretien d&apos;accueil (&amp;mentoré·e)</translation>
    </message>
    <message>
        <source>New m&amp;entor intake</source>
        <translation>Nouvel entretien d&apos;accueil (m&amp;entor)</translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation>&amp;Importer des participants…</translation>
    </message>
    <message>
        <source>Programme &amp;report…</source>
        <translation>&amp;Rapport du programme…</translation>
    </message>
    <message>
        <source>&amp;Certificates for ended duos…</source>
        <translation>&amp;Certificats des duos terminés…</translation>
    </message>
    <message>
        <source>E&amp;xport for funders…</source>
        <translation>E&amp;xporter pour les financeurs…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramètre&amp;s…</translation>
    </message>
    <message>
        <source>Re&amp;build the index</source>
        <translation>Reconstruire l&apos;in&amp;dex</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>&amp;Liste d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>&amp;Mise en relation</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>Duo — {name}</source>
        <translation>Duo — {name}</translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation>Vous travaillez en tant que {name}</translation>
    </message>
    <message>
        <source>No staff member chosen</source>
        <translation>Aucun membre de l&apos;équipe choisi</translation>
    </message>
    <message>
        <source>{name} is not listed for matching: only waiting mentees and accepted mentors with a free place are.</source>
        <translation>{name} ne figure pas dans la mise en relation&#xa0;: seuls les mentoré·es en attente et les mentors acceptés qui ont une place libre y figurent.</translation>
    </message>
    <message>
        <source>The interview is kept as a draft; it opens again next time.</source>
        <translation>L&apos;entretien d&apos;accueil est conservé comme brouillon&#xa0;; il se rouvrira la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) restored from a draft.</source>
        <translation>
            <numerusform>%n entretien d&apos;accueil restauré depuis un brouillon.</numerusform>
            <numerusform>%n entretiens d&apos;accueil restaurés depuis un brouillon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index was rebuilt.</source>
        <translation>L&apos;index a été reconstruit.</translation>
    </message>
    <message>
        <source>Rebuilding the index…</source>
        <translation>Reconstruction de l&apos;index…</translation>
    </message>
</context>
<context>
    <name>MatchingSettings</name>
    <message>
        <source>The mentor&apos;s occupation or sector against the mentee&apos;s job target</source>
        <translation>Profession ou secteur du mentor face à l&apos;emploi visé par le ou la mentoré·e</translation>
    </message>
    <message>
        <source>How close they live; a mentee who drives counts as closer</source>
        <translation>Leur distance&#xa0;; un·e mentoré·e motorisé·e compte comme plus proche</translation>
    </message>
    <message>
        <source>Moments of the week when both are free</source>
        <translation>Les moments de la semaine où les deux sont libres</translation>
    </message>
    <message>
        <source>A language both speak, at the mentee&apos;s level</source>
        <translation>Une langue parlée par les deux, au niveau du ou de la mentoré·e</translation>
    </message>
    <message>
        <source>The mentee&apos;s wishes about the mentor&apos;s gender and age</source>
        <translation>Les souhaits du ou de la mentoré·e sur le genre et l&apos;âge du mentor</translation>
    </message>
    <message>
        <source>Interests both named at the intake</source>
        <translation>Les centres d&apos;intérêt cités par les deux lors de l&apos;entretien d&apos;accueil</translation>
    </message>
    <message>
        <source>How long the mentee has waited: decides who gets a mentor first</source>
        <translation>Le temps d&apos;attente du ou de la mentoré·e&#xa0;: décide qui a un mentor en premier</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
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
        <translation> semaines</translation>
    </message>
    <message>
        <source> / 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Propose a ge&amp;neralist mentor after:</source>
        <translation>Proposer un mentor &amp;généraliste après&#xa0;:</translation>
    </message>
    <message>
        <source>of waiting, when no mentor works in the mentee&apos;s field.</source>
        <translation>d&apos;attente, quand aucun mentor ne travaille dans le domaine du ou de la mentoré·e.</translation>
    </message>
    <message>
        <source>Lowest &amp;score the whole-pool proposal accepts:</source>
        <translation>Score mi&amp;nimum accepté par la proposition pour tous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Cancel undoes it, as every change on this page.</source>
        <translation>Le bouton Annuler le défait, comme tout changement sur cette page.</translation>
    </message>
    <message>
        <source>How much each part of a match counts</source>
        <translation>Le poids de chaque élément d&apos;un jumelage</translation>
    </message>
    <message>
        <source>&amp;Weights, from 0 (ignored) to 10 (counts most):</source>
        <translation>P&amp;oids, de 0 (ignoré) à 10 (compte le plus)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Sample &amp;mentee:</source>
        <translation>Mentoré·e d&apos;e&amp;xemple&#xa0;:</translation>
    </message>
    <message>
        <source>The best {count} mentors for this mentee with the settings as they are now. ▲ and ▼ show how far each moved against the saved settings; “new”, that they were not among the best {count} before. Point at a score for its parts.</source>
        <translation>Les {count} meilleurs mentors pour ce ou cette mentoré·e avec les paramètres actuels. ▲ et ▼ montrent de combien chacun a bougé par rapport aux paramètres enregistrés&#xa0;; «&#xa0;nouveau&#xa0;», qu&apos;il ne figurait pas parmi les {count} meilleurs avant. Pointez un score pour en voir le détail.</translation>
    </message>
    <message>
        <source>The preview needs a mentee on the waiting list. Once a mentee is accepted, their suggested mentors show here as you change the weights.</source>
        <translation>L&apos;aperçu a besoin d&apos;un·e mentoré·e sur la liste d&apos;attente. Dès qu&apos;un·e mentoré·e est accepté·e, les mentors suggérés s&apos;affichent ici pendant que vous modifiez les poids.</translation>
    </message>
    <message>
        <source>{name} (waiting {wait})</source>
        <translation>{name} (en attente depuis {wait})</translation>
    </message>
    <message>
        <source>No mentor can take this mentee now: every mentor is full, was declined before or has no language in common.</source>
        <translation>Aucun mentor ne peut accueillir ce ou cette mentoré·e pour l&apos;instant&#xa0;: chaque mentor est complet, a été refusé auparavant ou n&apos;a aucune langue en commun.</translation>
    </message>
    <message>
        <source>No longer among the best {count}: {names}.</source>
        <translation>Ne figurent plus parmi les {count} meilleurs&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>PdfControls</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
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
        <translation>&amp;Aperçu…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Cette année jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Ce trimestre jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;du</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;u</translation>
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
        <translation>Évolution</translation>
    </message>
    <message>
        <source>{part}: {points} points — {why}</source>
        <translation>{part}&#xa0;: {points} points — {why}</translation>
    </message>
    <message>
        <source>Below the lowest score the whole-pool proposal accepts.</source>
        <translation>Sous le score minimum accepté par la proposition pour tous.</translation>
    </message>
    <message>
        <source>Not ranked with the saved settings.</source>
        <translation>Pas classé avec les paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Rank {rank} with the saved settings.</source>
        <translation>Rang {rank} avec les paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>{title} — print preview</source>
        <translation>{title} — aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Enregistrer le P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>The document could not be prepared. Close this window and try again.</source>
        <translation>Le document n&apos;a pas pu être préparé. Fermez cette fenêtre et réessayez.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <source>The pages chosen are not in this document. Choose pages from 1 to {last}.</source>
        <translation>Les pages choisies ne sont pas dans ce document. Choisissez des pages de 1 à {last}.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>1 page envoyée à l&apos;imprimante.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Duo could not save the PDF as {name}. Choose another folder, or check that the disk is connected and has room.</source>
        <translation>Duo n&apos;a pas pu enregistrer le PDF sous {name}. Choisissez un autre dossier, ou vérifiez que le disque est connecté et qu&apos;il reste de la place.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Enregistré sous {name}.</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>This document cannot be printed: Duo could not read it back.</source>
        <translation>Ce document ne peut pas être imprimé&#xa0;: Duo n&apos;a pas pu le relire.</translation>
    </message>
    <message>
        <source>Duo could not start printing. Check that the printer is switched on and connected, then try again.</source>
        <translation>Duo n&apos;a pas pu lancer l&apos;impression. Vérifiez que l&apos;imprimante est allumée et connectée, puis réessayez.</translation>
    </message>
    <message>
        <source>The printer did not take the document. Check the printer, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté le document. Vérifiez l&apos;imprimante, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>A demo programme</source>
        <translation>Un programme de démonstration</translation>
    </message>
    <message>
        <source>A new programme</source>
        <translation>Un nouveau programme</translation>
    </message>
    <message>
        <source>Duo keeps a programme in one folder: a file per participant, every file encrypted. A folder shared by OneDrive, Nextcloud or Syncthing lets colleagues work on the same programme later.</source>
        <translation>Duo garde un programme dans un dossier, avec un fichier chiffré par participant. Un dossier partagé par OneDrive, Nextcloud ou Syncthing permettra à vos collègues d&apos;y travailler.</translation>
    </message>
    <message>
        <source>for example: Mentoring to Work Gent</source>
        <translation>par exemple&#xa0;: Mentorat vers l&apos;emploi Namur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>as your colleagues know you</source>
        <translation>tel que vos collègues vous connaissent</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>&amp;Nom du programme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Duo records who wrote what. You are the programme&apos;s first staff member; add your colleagues later in Settings.</source>
        <translation>Duo note qui a écrit quoi. Vous êtes le premier membre de l&apos;équipe du programme&#xa0;; ajoutez vos collègues plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Demo programme</source>
        <translation>Programme de démonstration</translation>
    </message>
    <message>
        <source>Choose where to keep the programme</source>
        <translation>Choisissez où conserver le programme</translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path, or choose Browse…</source>
        <translation>Tapez le chemin complet du dossier, ou choisissez Parcourir…</translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path (for example {example}), or choose Browse…</source>
        <translation>Tapez le chemin complet du dossier (par exemple {example}), ou choisissez Parcourir…</translation>
    </message>
    <message>
        <source>The programme goes in this empty folder.</source>
        <translation>Le programme sera placé dans ce dossier vide.</translation>
    </message>
    <message>
        <source>Duo makes this folder.</source>
        <translation>Duo crée ce dossier.</translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsPage</name>
    <message>
        <source>Street and number
Postcode and municipality
Phone or e-mail</source>
        <translation>Rue et numéro
Code postal et commune
Téléphone ou e-mail</translation>
    </message>
    <message>
        <source>C&amp;hoose an image…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <source>Re&amp;move the logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation>&amp;Nom du programme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Printed on letters, agreements and certificates.</source>
        <translation>Imprimée sur les lettres, les conventions et les certificats.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, printed at the top of documents.</source>
        <translation>Une image PNG ou JPEG, imprimée en haut des documents.</translation>
    </message>
    <message>
        <source>Give the programme a name, for example the association and the city.</source>
        <translation>Donnez un nom au programme, par exemple l&apos;association et la ville.</translation>
    </message>
    <message>
        <source>Choose the programme&apos;s logo</source>
        <translation>Choisissez le logo du programme</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Duo could not read {file}. Is it still there?</source>
        <translation>Duo n&apos;a pas pu lire {file}. Le fichier est-il toujours là&#xa0;?</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image that Duo can read.</source>
        <translation>{file} n&apos;est pas une image PNG ou JPEG que Duo peut lire.</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>Le logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit a question</source>
        <translation>Modifier une question</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>The code links the answers to this question across versions: a new question gets one from its text, and it stays when the text changes.</source>
        <translation>Le code relie les réponses à cette question d&apos;une version à l&apos;autre&#xa0;: une nouvelle question en reçoit un, tiré de son texte, et il reste quand le texte change.</translation>
    </message>
    <message>
        <source>The kind of answer of an existing question stays, so earlier answers keep their meaning. To ask it differently, add a new question.</source>
        <translation>Le type de réponse d&apos;une question existante ne change pas, pour que les réponses précédentes gardent leur sens. Pour la poser autrement, ajoutez une nouvelle question.</translation>
    </message>
    <message>
        <source>none; e.g. “Not used”</source>
        <translation>aucun&#xa0;; p. ex. «&#xa0;Non utilisé&#xa0;»</translation>
    </message>
    <message>
        <source>Add an &amp;option</source>
        <translation>Ajouter une &amp;option</translation>
    </message>
    <message>
        <source>Remo&amp;ve the option</source>
        <translation>Retirer l&apos;op&amp;tion</translation>
    </message>
    <message>
        <source>“None of the above” is always offered after these.</source>
        <translation>«&#xa0;Aucune de ces réponses&#xa0;» est toujours proposé après celles-ci.</translation>
    </message>
    <message>
        <source>made from the question when you press OK</source>
        <translation>tiré de la question quand vous appuyez sur OK</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answered with:</source>
        <translation>Forme de la ré&amp;ponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lowest point means:</source>
        <translation>Le point le plus &amp;bas signifie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Highest point means:</source>
        <translation>Le point le plus &amp;haut signifie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Not applicable choice:</source>
        <translation>Choix «&#xa0;&amp;non applicable&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Options to tick:</source>
        <translation>Options à cocher&#xa0;:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Écrivez la question.</translation>
    </message>
    <message>
        <source>Say what the lowest and the highest point of the scale mean.</source>
        <translation>Indiquez ce que signifient le point le plus bas et le point le plus haut de l&apos;échelle.</translation>
    </message>
    <message>
        <source>Add the options to tick.</source>
        <translation>Ajoutez les options à cocher.</translation>
    </message>
    <message>
        <source>Each option needs a text: write it, or remove the option.</source>
        <translation>Chaque option a besoin d&apos;un texte&#xa0;: écrivez-le, ou retirez l&apos;option.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code&#xa0;: {code}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>The report covers {days} days.</source>
        <translation>Le rapport couvre {days} jours.</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>Key figures and charts for a period: registrations, intakes, matches, duos followed, meetings, endings, outcomes after 12 months and waiting times.</source>
        <translation>Chiffres clés et graphiques pour une période&#xa0;: inscriptions, entretiens d&apos;accueil, jumelages, duos suivis, rencontres, fins de mentorat, résultats après 12 mois et temps d&apos;attente.</translation>
    </message>
    <message>
        <source>No duo ended in this period.</source>
        <translation>Aucun duo n&apos;a pris fin pendant cette période.</translation>
    </message>
    <message>
        <source>One duo ended in this period: a certificate for its mentee and its mentor.</source>
        <translation>Un duo a pris fin pendant cette période&#xa0;: un certificat pour son ou sa mentoré·e et pour son mentor.</translation>
    </message>
    <message>
        <source>{count} duos ended in this period: a certificate for each mentee and each mentor.</source>
        <translation>{count} duos ont pris fin pendant cette période&#xa0;: un certificat pour chaque mentoré·e et chaque mentor.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Certificates of participation for the mentee and the mentor of every duo that ended in a period, one page each, to print in one go.</source>
        <translation>Certificats de participation pour le ou la mentoré·e et le mentor de chaque duo terminé pendant une période, une page par personne, à imprimer en une fois.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Type to search; Escape clears; Down moves into the list.</source>
        <translation>Tapez pour rechercher&#xa0;; Échap efface&#xa0;; la flèche vers le bas entre dans la liste.</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsPage</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation>&amp;Changer la phrase de passe…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Loc&amp;k after this long without use:</source>
        <translation>Verrouiller &amp;après cette durée d&apos;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>The window closes and the passphrase is asked again, so nothing stays on screen on a laptop left open. Interviews being typed are kept as drafts. “Never” switches this off.</source>
        <translation>La fenêtre se ferme et la phrase de passe est redemandée, pour que rien ne reste à l&apos;écran d&apos;un ordinateur portable laissé ouvert. Les entretiens en cours de saisie sont conservés comme brouillons. «&#xa0;Jamais&#xa0;» désactive ce verrouillage.</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Waiting too long after:</source>
        <translation>Attente &amp;trop longue après&#xa0;:</translation>
    </message>
    <message>
        <source>An accepted mentee without a mentor for longer than this stands out on the waiting list: time to keep them warm, or to propose a generalist mentor instead of a sector match.</source>
        <translation>Un·e mentoré·e accepté·e qui reste sans mentor plus longtemps que cela ressort sur la liste d&apos;attente&#xa0;: il est temps de garder le contact, ou de proposer un mentor généraliste plutôt qu&apos;un mentor du secteur.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>The change takes effect at once, also if you cancel these settings. Everyone who works on the programme needs the new passphrase.</source>
        <translation>Le changement prend effet immédiatement, même si vous annulez ces paramètres. Toutes les personnes qui travaillent sur le programme ont besoin de la nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <source>The passphrase is changed. Tell your colleagues the new one in person; the recovery key stays valid.</source>
        <translation>La phrase de passe a été changée. Communiquez la nouvelle à vos collègues en personne&#xa0;; la clé de récupération reste valable.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading the participants&apos; files…</source>
        <translation>Lecture des fichiers des participants…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — {name}</source>
        <translation>Paramètres — {name}</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <source>Securit&amp;y and waiting</source>
        <translation>&amp;Sécurité et attente</translation>
    </message>
    <message>
        <source>Matchin&amp;g</source>
        <translation>&amp;Mise en relation</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>S&amp;uivi</translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation>É&amp;valuations</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>C&apos;est vous</translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>&amp;Staff (coaches and coordinators):</source>
        <translation>M&amp;embres de l&apos;équipe (coachs et coordinateurs)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation>Marquer comme &amp;inactif</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>C&apos;est m&amp;oi</translation>
    </message>
    <message>
        <source>Someone who leaves is marked inactive rather than removed: their name stays on what they wrote. “This is me” tells Duo who works on this computer.</source>
        <translation>Une personne qui part est marquée comme inactive plutôt que supprimée&#xa0;: son nom reste sur ce qu&apos;elle a écrit. «&#xa0;C&apos;est moi&#xa0;» indique à Duo qui travaille sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Suivre le système ({language})</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Interface la&amp;nguage:</source>
        <translation>Lan&amp;gue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Duo shows the interface in this language from its next start.</source>
        <translation>Duo affiche l&apos;interface dans cette langue à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Name of the new staff member:</source>
        <translation>Nom du nouveau membre de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Rename a staff member</source>
        <translation>Renommer un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Mark a&amp;ctive again</source>
        <translation>Marquer à nouveau comme a&amp;ctif</translation>
    </message>
</context>
</TS>
