<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>DuoError</name>
    <message>
        <source>A refusal needs its reason, and a referral needs where to and why: the candidate is told them.</source>
        <translation>Un refus doit être motivé, et une réorientation doit indiquer vers où et pourquoi&#xa0;: la personne candidate en est informée.</translation>
    </message>
    <message>
        <source>This mentor has {count} match(es) running (proposed, or a duo). Decline or end them in the mentees&apos; case files first, then record a new screening decision.</source>
        <translation>Ce mentor a {count} mise(s) en relation en cours (proposée(s), ou un duo). Refusez-les ou terminez-les d’abord dans les dossiers des mentoré·es, puis enregistrez une nouvelle décision après l’entretien.</translation>
    </message>
    <message>
        <source>A match is proposed or a duo is running for this participant. End it before recording a new screening decision.</source>
        <translation>Une mise en relation est proposée ou un duo est en cours pour cette personne. Terminez-le avant d’enregistrer une nouvelle décision après l’entretien.</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the participant&apos;s last step ({since}). Check the date of the decision.</source>
        <translation>La décision ne peut pas être antérieure à la dernière étape de la personne ({since}). Vérifiez la date de la décision.</translation>
    </message>
    <message>
        <source>Type the note first, then add it.</source>
        <translation>Saisissez d’abord la note, puis ajoutez-la.</translation>
    </message>
    <message>
        <source>Say in a few words what the contact was about, then add it.</source>
        <translation>Dites en quelques mots de quoi il a été question lors de ce contact, puis ajoutez-le.</translation>
    </message>
    <message>
        <source>This consent is no longer in the case file. Open the case again.</source>
        <translation>Ce consentement ne figure plus dans le dossier. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Ce consentement a déjà été retiré.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>Un consentement ne peut pas être retiré avant le jour où il a été donné.</translation>
    </message>
    <message>
        <source>Duo keeps documents as PDF, Word (DOCX), OpenDocument (ODT) or pictures (PNG, JPEG). Save the document in one of those formats, then attach it again.</source>
        <translation>Duo conserve les documents en PDF, Word (DOCX), OpenDocument (ODT) ou en image (PNG, JPEG). Enregistrez le document dans l’un de ces formats, puis joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>Give the reason for the erasure: the erasure log keeps it.</source>
        <translation>Indiquez le motif de l’effacement&#xa0;: le journal des effacements le conserve.</translation>
    </message>
    <message>
        <source>This mentor has {count} match(es) running (proposed, or a duo). Decline or end them in the mentees&apos; case files first, then erase the mentor.</source>
        <translation>Ce mentor a {count} mise(s) en relation en cours (proposée(s), ou un duo). Refusez-les ou terminez-les d’abord dans les dossiers des mentoré·es, puis effacez le mentor.</translation>
    </message>
    <message>
        <source>The final meeting cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>La rencontre de clôture ne peut pas être antérieure à la première rencontre du duo ({start}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>This duo is no longer in the case file. Open the case again.</source>
        <translation>Ce duo ne figure plus dans le dossier. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>This match is not a duo yet: a duo starts when both confirmed after the first meeting. Validate the match first.</source>
        <translation>Cette mise en relation n’est pas encore un duo&#xa0;: un duo commence quand les deux ont confirmé après la première rencontre. Confirmez d’abord la mise en relation.</translation>
    </message>
    <message>
        <source>This duo has ended. Reopen it first if it ended by mistake.</source>
        <translation>Ce duo est terminé. Rouvrez-le d’abord s’il a été terminé par erreur.</translation>
    </message>
    <message>
        <source>This match is not a duo yet. Validate it first.</source>
        <translation>Cette mise en relation n’est pas encore un duo. Confirmez-la d’abord.</translation>
    </message>
    <message>
        <source>The planned duration is between 1 and 36 months.</source>
        <translation>La durée prévue est comprise entre 1 et 36 mois.</translation>
    </message>
    <message>
        <source>The planned end must come after the start. Check the dates.</source>
        <translation>La fin prévue doit suivre le début. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>Agree to be in contact at least every {days} days (the quality criteria ask for every two weeks).</source>
        <translation>Convenez d’un contact au moins tous les {days} jours (les critères de qualité demandent toutes les deux semaines).</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future. Check the date.</source>
        <translation>Une signature ne peut pas être datée dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The agreement cannot start before the match was proposed.</source>
        <translation>La convention ne peut pas commencer avant que la mise en relation ait été proposée.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated in the future. Check the date.</source>
        <translation>Une rencontre ne peut pas être datée dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>A meeting lasts between 1 minute and 12 hours. Check the duration.</source>
        <translation>Une rencontre dure entre 1 minute et 12 heures. Vérifiez la durée.</translation>
    </message>
    <message>
        <source>The next appointment must come after this meeting. Check its date.</source>
        <translation>Le prochain rendez-vous doit suivre cette rencontre. Vérifiez sa date.</translation>
    </message>
    <message>
        <source>A topic of this meeting is not one of the six domains.</source>
        <translation>Un thème de cette rencontre ne fait pas partie des six domaines.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Une rencontre ne peut pas être antérieure à la première rencontre du duo ({start}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>A meeting cannot be dated after the duo ended ({end}). Check the date, or reopen the duo if it ended by mistake.</source>
        <translation>Une rencontre ne peut pas être postérieure à la fin du duo ({end}). Vérifiez la date, ou rouvrez le duo s’il a été terminé par erreur.</translation>
    </message>
    <message>
        <source>This meeting is no longer in the case file. Open the case again.</source>
        <translation>Cette rencontre ne figure plus dans le dossier. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated in the future. Check the date.</source>
        <translation>Un suivi ne peut pas être daté dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>A concern needs a next action: say what happens next, and when.</source>
        <translation>Une préoccupation demande une prochaine action&#xa0;: dites ce qui va se passer, et quand.</translation>
    </message>
    <message>
        <source>The next action cannot be dated before the follow-up. Check the date.</source>
        <translation>La prochaine action ne peut pas être antérieure au suivi. Vérifiez la date.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Un suivi ne peut pas être antérieur à la première rencontre du duo ({start}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>The end of a duo cannot be dated in the future. Check the date.</source>
        <translation>La fin d’un duo ne peut pas être datée dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>Choose why the duo ended early: the reason is kept with the duo.</source>
        <translation>Choisissez pourquoi le duo s’est terminé de manière anticipée&#xa0;: le motif est conservé avec le duo.</translation>
    </message>
    <message>
        <source>The final meeting cannot be dated in the future. Check the date.</source>
        <translation>La rencontre de clôture ne peut pas être datée dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The final meeting cannot come after the end. Check the dates.</source>
        <translation>La rencontre de clôture ne peut pas suivre la fin. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>The end of a duo cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>La fin d’un duo ne peut pas être antérieure à la première rencontre du duo ({start}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>The end cannot be dated before the duo was validated ({validated}). Check the date.</source>
        <translation>La fin ne peut pas être antérieure à la confirmation du duo ({validated}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>A meeting of this duo is logged on {day}, after this end. Date the end on that day or later, or correct that meeting first.</source>
        <translation>Une rencontre de ce duo est notée le {day}, après cette fin. Datez la fin de ce jour-là ou d’un jour suivant, ou corrigez d’abord cette rencontre.</translation>
    </message>
    <message>
        <source>This ending is no longer the one that counts. Open the case again.</source>
        <translation>Cette fin n’est plus celle qui compte. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>The end day of a duo is not changed here. If it is wrong, reopen the duo and end it again on the right day.</source>
        <translation>Le jour de fin d’un duo ne se modifie pas ici. S’il est erroné, rouvrez le duo et terminez-le à nouveau au bon jour.</translation>
    </message>
    <message>
        <source>Note why the duo is reopened: the reason is kept with the ending.</source>
        <translation>Notez pourquoi le duo est rouvert&#xa0;: le motif est conservé avec la fin du duo.</translation>
    </message>
    <message>
        <source>This duo is running: only an ended duo can be reopened.</source>
        <translation>Ce duo est en cours&#xa0;: seul un duo terminé peut être rouvert.</translation>
    </message>
    <message>
        <source>This mentee has a new match since the duo ended. Decline or end that match first, then reopen this duo.</source>
        <translation>Cette personne mentorée a une nouvelle mise en relation depuis la fin du duo. Refusez-la ou terminez-la d’abord, puis rouvrez ce duo.</translation>
    </message>
    <message>
        <source>The mentor of this duo was erased or is no longer an accepted mentor: the duo cannot run again.</source>
        <translation>Le mentor de ce duo a été effacé ou n’est plus un mentor accepté&#xa0;: le duo ne peut pas reprendre.</translation>
    </message>
    <message>
        <source>The mentor has taken another mentee since and has no free place. Raise their number of mentees in their case file first.</source>
        <translation>Le mentor a accepté entre-temps un·e autre mentoré·e et n’a plus de place libre. Augmentez d’abord son nombre de mentoré·es dans son dossier.</translation>
    </message>
    <message>
        <source>Outcomes are followed up 3, 6, 9 and 12 months after the end.</source>
        <translation>Les résultats sont suivis 3, 6, 9 et 12 mois après la fin.</translation>
    </message>
    <message>
        <source>An outcome cannot be dated in the future. Check the date.</source>
        <translation>Un résultat ne peut pas être daté dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>Outcomes are followed up after the duo ended. End the duo first.</source>
        <translation>Les résultats sont suivis après la fin du duo. Terminez d’abord le duo.</translation>
    </message>
    <message>
        <source>The follow-up {months} months after the end is due on {due}: it can be recorded from {earliest} on. Record an earlier follow-up instead.</source>
        <translation>Le suivi {months} mois après la fin est prévu le {due}&#xa0;: il peut être noté à partir du {earliest}. Notez plutôt un suivi antérieur.</translation>
    </message>
    <message>
        <source>An evaluation cannot be dated in the future. Check the date.</source>
        <translation>Une évaluation ne peut pas être datée dans le futur. Vérifiez la date.</translation>
    </message>
    <message>
        <source>These answers were given to the questions of another evaluation. Open the evaluation again from the duo.</source>
        <translation>Ces réponses ont été données aux questions d’une autre évaluation. Rouvrez l’évaluation depuis le duo.</translation>
    </message>
    <message>
        <source>Answer at least one question: an empty evaluation says nothing.</source>
        <translation>Répondez à au moins une question&#xa0;: une évaluation vide ne dit rien.</translation>
    </message>
    <message>
        <source>One answer does not fit its question (the questions may have changed). Open the evaluation again and check the answers.</source>
        <translation>Une réponse ne correspond pas à sa question (les questions ont peut-être changé). Rouvrez l’évaluation et vérifiez les réponses.</translation>
    </message>
    <message>
        <source>{count} answers do not fit their questions (the questions may have changed). Open the evaluation again and check the answers.</source>
        <translation>{count} réponses ne correspondent pas à leur question (les questions ont peut-être changé). Rouvrez l’évaluation et vérifiez les réponses.</translation>
    </message>
    <message>
        <source>This match is not a duo yet: a duo is evaluated once both confirmed after the first meeting. Validate the match first.</source>
        <translation>Cette mise en relation n’est pas encore un duo&#xa0;: un duo s’évalue une fois que les deux ont confirmé après la première rencontre. Confirmez d’abord la mise en relation.</translation>
    </message>
    <message>
        <source>An evaluation cannot be dated before the duo&apos;s first meeting ({start}). Check the date.</source>
        <translation>Une évaluation ne peut pas être antérieure à la première rencontre du duo ({start}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>Type at least the participant&apos;s given name before saving the intake.</source>
        <translation>Saisissez au moins le prénom de la personne avant d’enregistrer l’entretien d’accueil.</translation>
    </message>
    <message>
        <source>Duo keeps a CV as PDF, Word (DOCX), OpenDocument (ODT) or a picture (PNG, JPEG). Save the CV in one of those formats, then attach it again.</source>
        <translation>Duo conserve un CV en PDF, Word (DOCX), OpenDocument (ODT) ou en image (PNG, JPEG). Enregistrez le CV dans l’un de ces formats, puis joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>The chosen file is empty. Save the CV again from the program that made it, then attach it again.</source>
        <translation>Le fichier choisi est vide. Enregistrez à nouveau le CV depuis le programme qui l’a créé, puis joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>This mentor is no longer in the programme. Refresh the suggestions.</source>
        <translation>Ce mentor ne fait plus partie du programme. Actualisez les suggestions.</translation>
    </message>
    <message>
        <source>This mentor has not been accepted (or has left the programme): only accepted mentors can be proposed.</source>
        <translation>Ce mentor n’a pas été accepté (ou a quitté le programme)&#xa0;: seuls les mentors acceptés peuvent être proposés.</translation>
    </message>
    <message>
        <source>This mentor already has as many mentees as they agreed to take. Choose another mentor, or raise their number of mentees in their case file first.</source>
        <translation>Ce mentor a déjà autant de mentoré·es qu’il ou elle a accepté d’en suivre. Choisissez un autre mentor, ou augmentez d’abord son nombre de mentoré·es dans son dossier.</translation>
    </message>
    <message>
        <source>Only a mentee can be matched with a mentor.</source>
        <translation>Seul·e un·e mentoré·e peut être mis·e en relation avec un mentor.</translation>
    </message>
    <message>
        <source>This mentee is not waiting for a match: only an accepted mentee who is not matched yet can be proposed a mentor.</source>
        <translation>Cette personne mentorée n’attend pas de mise en relation&#xa0;: un mentor ne peut être proposé qu’à un·e mentoré·e accepté·e qui n’est pas encore mis·e en relation.</translation>
    </message>
    <message>
        <source>The proposal cannot be dated before the mentee&apos;s last step ({since}). Check the date.</source>
        <translation>La proposition ne peut pas être antérieure à la dernière étape de la personne mentorée ({since}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>This pair was proposed before (declined, or a duo that has ended): Duo does not propose it again.</source>
        <translation>Cette paire a déjà été proposée (refusée, ou un duo terminé)&#xa0;: Duo ne la propose plus.</translation>
    </message>
    <message>
        <source>This match is no longer in the case file. Open the case again.</source>
        <translation>Cette mise en relation ne figure plus dans le dossier. Rouvrez le dossier.</translation>
    </message>
    <message>
        <source>The mentor of this match was erased or is no longer an accepted mentor: the match cannot go on. Decline it, then find another mentor.</source>
        <translation>Le mentor de cette mise en relation a été effacé ou n’est plus un mentor accepté&#xa0;: la mise en relation ne peut pas continuer. Refusez-la, puis cherchez un autre mentor.</translation>
    </message>
    <message>
        <source>This step cannot be dated before the previous one ({earliest}). Check the date.</source>
        <translation>Cette étape ne peut pas être antérieure à la précédente ({earliest}). Vérifiez la date.</translation>
    </message>
    <message>
        <source>This step has not happened yet: it cannot be dated in the future.</source>
        <translation>Cette étape n’a pas encore eu lieu&#xa0;: elle ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>Note why they said no: the reason is kept with the match.</source>
        <translation>Notez pourquoi la réponse est non&#xa0;: le motif est conservé avec la mise en relation.</translation>
    </message>
    <message>
        <source>This answer is not the next step of the match: the mentor is asked first, then the mentee. Open the case again to see where the match stands.</source>
        <translation>Cette réponse n’est pas la prochaine étape de la mise en relation&#xa0;: on demande d’abord au mentor, puis à la personne mentorée. Rouvrez le dossier pour voir où en est la mise en relation.</translation>
    </message>
    <message>
        <source>Say where the first meeting takes place: a neutral place suits best.</source>
        <translation>Indiquez où a lieu la première rencontre&#xa0;: un lieu neutre convient le mieux.</translation>
    </message>
    <message>
        <source>The first meeting is planned once both the mentor and the mentee said yes.</source>
        <translation>La première rencontre se planifie une fois que le mentor et la personne mentorée ont tous deux dit oui.</translation>
    </message>
    <message>
        <source>A match is validated after its first meeting: plan the meeting first.</source>
        <translation>Une mise en relation se confirme après sa première rencontre&#xa0;: planifiez d’abord la rencontre.</translation>
    </message>
    <message>
        <source>The first meeting has not taken place yet: validate the duo once both confirmed after it.</source>
        <translation>La première rencontre n’a pas encore eu lieu&#xa0;: confirmez le duo une fois que les deux ont donné leur accord après celle-ci.</translation>
    </message>
    <message>
        <source>Note why the match does not go ahead: the reason is kept with it.</source>
        <translation>Notez pourquoi la mise en relation ne se poursuit pas&#xa0;: le motif est conservé avec elle.</translation>
    </message>
    <message>
        <source>This match cannot be declined any more: a running duo is ended instead.</source>
        <translation>Cette mise en relation ne peut plus être refusée&#xa0;: un duo en cours se termine à la place.</translation>
    </message>
    <message>
        <source>No screening decision is recorded for this participant yet. Record the decision (accept, refuse or refer), then print its letter.</source>
        <translation>Aucune décision après l’entretien n’est encore enregistrée pour cette personne. Enregistrez la décision (accepter, refuser ou réorienter), puis imprimez sa lettre.</translation>
    </message>
    <message>
        <source>This match is not a duo yet: validate it after the first meeting.</source>
        <translation>Cette mise en relation n’est pas encore un duo&#xa0;: confirmez-la après la première rencontre.</translation>
    </message>
    <message>
        <source>This duo is still running: its certificates are printed once it ends.</source>
        <translation>Ce duo est encore en cours&#xa0;: ses certificats s’impriment une fois qu’il est terminé.</translation>
    </message>
    <message>
        <source>The mentor of this duo was erased: there is no one to print it for.</source>
        <translation>Le mentor de ce duo a été effacé&#xa0;: il n’y a personne pour qui l’imprimer.</translation>
    </message>
    <message>
        <source>No duo ended in this period: there is no certificate to print.</source>
        <translation>Aucun duo ne s’est terminé pendant cette période&#xa0;: il n’y a pas de certificat à imprimer.</translation>
    </message>
    <message>
        <source>This programme has no ended duo with an agreement to print samples from. Run the samples on a demo programme (duo demo PATH).</source>
        <translation>Ce programme n’a aucun duo terminé avec une convention à partir duquel imprimer des exemples. Générez les exemples sur un programme de démonstration (duo demo PATH).</translation>
    </message>
    <message>
        <source>The chosen duo has no meeting to print a session summary of.</source>
        <translation>Le duo choisi n’a aucune rencontre dont imprimer le compte rendu.</translation>
    </message>
    <message>
        <source>Duo could not write the samples into {folder} ({reason}). Choose a folder you may write to, with some free space.</source>
        <translation>Duo n’a pas pu écrire les exemples dans {folder} ({reason}). Choisissez un dossier où vous pouvez écrire et qui a un peu d’espace libre.</translation>
    </message>
    <message>
        <source>The file {file} already exists. Choose a new name for the backup, or move the old one away first.</source>
        <translation>Le fichier {file} existe déjà. Choisissez un nouveau nom pour la sauvegarde, ou déplacez d’abord l’ancienne.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it, or choose another place for the backup.</source>
        <translation>Le dossier {folder} n’existe pas. Créez-le, ou choisissez un autre emplacement pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be made ({reason}). Check that {folder} is writable and the programme folder readable, then try again. Nothing was written.</source>
        <translation>La sauvegarde n’a pas pu être faite ({reason}). Vérifiez que {folder} est accessible en écriture et le dossier du programme en lecture, puis réessayez. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The programme folder {folder} has no {file}, so it cannot be backed up whole. Run &apos;duo verify&apos; on it, or restore it from an earlier backup.</source>
        <translation>Le dossier du programme {folder} n’a pas de {file}&#xa0;: il ne peut donc pas être sauvegardé en entier. Lancez «&#xa0;duo verify&#xa0;» sur ce dossier, ou restaurez-le à partir d’une sauvegarde antérieure.</translation>
    </message>
    <message>
        <source>{folder} already exists and is not an empty folder, so nothing was restored there. Choose a new folder: Duo creates it.</source>
        <translation>{folder} existe déjà et n’est pas un dossier vide&#xa0;: rien n’y a donc été restauré. Choisissez un nouveau dossier&#xa0;: Duo le crée.</translation>
    </message>
    <message>
        <source>There is no file {file}. Check the name of the backup.</source>
        <translation>Il n’y a pas de fichier {file}. Vérifiez le nom de la sauvegarde.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup (it is not a readable zip file). Choose the .zip file that &apos;duo backup&apos; wrote. Nothing was restored.</source>
        <translation>Le fichier {file} n’est pas une sauvegarde de Duo (ce n’est pas un fichier zip lisible). Choisissez le fichier .zip écrit par «&#xa0;duo backup&#xa0;». Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The file {file} holds an entry with an unsafe path (outside the programme folder), so it was not restored. It is not a Duo backup, or it was altered: use another backup. Nothing was restored.</source>
        <translation>Le fichier {file} contient un élément au chemin dangereux (hors du dossier du programme)&#xa0;: il n’a donc pas été restauré. Ce n’est pas une sauvegarde de Duo, ou elle a été modifiée&#xa0;: utilisez une autre sauvegarde. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has an entry that a Duo backup never holds. Use another backup. Nothing was restored.</source>
        <translation>Le fichier {file} n’est pas une sauvegarde de Duo, ou il a été modifié&#xa0;: il contient un élément qu’une sauvegarde de Duo ne contient jamais. Utilisez une autre sauvegarde. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has the same entry twice. Use another backup. Nothing was restored.</source>
        <translation>Le fichier {file} n’est pas une sauvegarde de Duo, ou il a été modifié&#xa0;: il contient deux fois le même élément. Utilisez une autre sauvegarde. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has no {member}. Use another backup. Nothing was restored.</source>
        <translation>Le fichier {file} n’est pas une sauvegarde de Duo, ou il a été modifié&#xa0;: il n’y a pas de {member}. Utilisez une autre sauvegarde. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The file {file} is not a Duo backup, or it was altered: it has password-protected entries. Use another backup. Nothing was restored.</source>
        <translation>Le fichier {file} n’est pas une sauvegarde de Duo, ou il a été modifié&#xa0;: il contient des éléments protégés par un mot de passe. Utilisez une autre sauvegarde. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The backup {file} holds damaged programme settings or a damaged key file, so it cannot be restored. Use another backup. Nothing was restored.</source>
        <translation>La sauvegarde {file} contient des paramètres du programme ou un fichier de clés endommagés&#xa0;: elle ne peut donc pas être restaurée. Utilisez une autre sauvegarde. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (a file in it does not match its checksum), so nothing was restored. Use another backup.</source>
        <translation>La sauvegarde {file} est endommagée (un fichier qu’elle contient ne correspond pas à sa somme de contrôle)&#xa0;: rien n’a donc été restauré. Utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Duo could not write the restored programme to {folder} ({reason}). Check that the place is writable, then try again. Nothing was restored.</source>
        <translation>Duo n’a pas pu écrire le programme restauré dans {folder} ({reason}). Vérifiez que cet emplacement est accessible en écriture, puis réessayez. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Duo could not read the chosen file. Check that it still exists and is not open in another program, then attach it again.</source>
        <translation>Duo n’a pas pu lire le fichier choisi. Vérifiez qu’il existe toujours et qu’il n’est pas ouvert dans un autre programme, puis joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file is {size} MB; Duo keeps documents up to {limit} MB in a case file. Save a smaller version (for example a PDF export of the CV, or a scan at a lower resolution) and attach that.</source>
        <translation>Ce fichier fait {size} Mo&#xa0;; Duo conserve des documents jusqu’à {limit} Mo dans un dossier. Enregistrez une version plus légère (par exemple un export PDF du CV, ou une numérisation à plus basse résolution) et joignez-la.</translation>
    </message>
    <message>
        <source>That is not a participant id.</source>
        <translation>Ce n’est pas un identifiant de participant.</translation>
    </message>
    <message>
        <source>This participant&apos;s file is no longer there (erased, or removed from the programme folder). Refresh the list.</source>
        <translation>Le dossier de cette personne n’existe plus (effacé, ou retiré du dossier du programme). Actualisez la liste.</translation>
    </message>
    <message>
        <source>The file {file_name} is damaged or does not belong to this programme, so Duo has set it aside. The other participants are not affected. Restore this file from a backup, or run &apos;duo verify&apos; for a full check.</source>
        <translation>Le fichier {file_name} est endommagé ou n’appartient pas à ce programme&#xa0;: Duo l’a donc mis de côté. Les autres participants ne sont pas concernés. Restaurez ce fichier à partir d’une sauvegarde, ou lancez «&#xa0;duo verify&#xa0;» pour une vérification complète.</translation>
    </message>
    <message>
        <source>The file {file} was saved by a newer version of Duo (format {found}; this version reads up to {supported}). It was left untouched: update Duo to open it.</source>
        <translation>Le fichier {file} a été enregistré par une version plus récente de Duo (format {found}&#xa0;; cette version lit jusqu’au format {supported}). Il n’a pas été modifié&#xa0;: mettez Duo à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This participant&apos;s file was changed elsewhere (another window or another computer) while you were editing. Nothing was overwritten: reopen the participant and make your change again.</source>
        <translation>Le dossier de cette personne a été modifié ailleurs (dans une autre fenêtre ou sur un autre ordinateur) pendant que vous le modifiiez. Rien n’a été écrasé&#xa0;: rouvrez la fiche de la personne et refaites votre modification.</translation>
    </message>
    <message>
        <source>The programme is locked. Unlock it again to go on.</source>
        <translation>Le programme est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. The previous version is intact. Free some space (or ask someone to), then save again.</source>
        <translation>Le disque est plein&#xa0;: la modification n’a donc pas pu être enregistrée. La version précédente est intacte. Libérez de l’espace (ou demandez à quelqu’un de le faire), puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>There is no export format “{format}”: use csv or xlsx.</source>
        <translation>Le format d’export «&#xa0;{format}&#xa0;» n’existe pas&#xa0;: utilisez csv ou xlsx.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate the columns: use ; (Excel in Belgium) or ,.</source>
        <translation>«&#xa0;{delimiter}&#xa0;» ne peut pas séparer les colonnes&#xa0;: utilisez&#xa0;; (Excel en Belgique) ou ,.</translation>
    </message>
    <message>
        <source>The file name ends in {suffix} but the format is {format}: a spreadsheet would refuse to open it. Name the file ….{format} or choose --format {other}.</source>
        <translation>Le nom du fichier se termine par {suffix}, mais le format est {format}&#xa0;: un tableur refuserait de l’ouvrir. Nommez le fichier ….{format} ou choisissez --format {other}.</translation>
    </message>
    <message>
        <source>Separate the columns with a semicolon (;) or a comma (,).</source>
        <translation>Séparez les colonnes par un point-virgule (;) ou une virgule (,).</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the export.</source>
        <translation>{path} est un dossier. Choisissez un nom de fichier pour l’export.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder for the export.</source>
        <translation>Le dossier {folder} n’existe pas. Choisissez un dossier existant pour l’export.</translation>
    </message>
    <message>
        <source>The export cannot be written to {path} ({reason}). Choose another folder or file name; if the file is open in a spreadsheet, close it first.</source>
        <translation>L’export ne peut pas être écrit dans {path} ({reason}). Choisissez un autre dossier ou nom de fichier&#xa0;; si le fichier est ouvert dans un tableur, fermez-le d’abord.</translation>
    </message>
    <message>
        <source>Duo reads .xlsx and .csv files, not {suffix} files. Open {file} in your spreadsheet program and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>Duo lit les fichiers .xlsx et .csv, pas les fichiers {suffix}. Ouvrez {file} dans votre tableur et enregistrez-le comme classeur Excel (.xlsx) ou en CSV.</translation>
    </message>
    <message>
        <source>Duo could not open {file}. Check that the file still exists.</source>
        <translation>Duo n’a pas pu ouvrir {file}. Vérifiez que le fichier existe toujours.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, too large for a list of participants. Keep only the participants&apos; sheet and columns, save it again, and import that file.</source>
        <translation>{file} fait {size} Mo, c’est trop lourd pour une liste de participants. Ne gardez que la feuille et les colonnes des participants, enregistrez à nouveau et importez ce fichier.</translation>
    </message>
    <message>
        <source>{file} is not a readable CSV file (a quote may be left open). Open it in your spreadsheet program, save it as CSV again, and import that file.</source>
        <translation>{file} n’est pas un fichier CSV lisible (un guillemet est peut-être resté ouvert). Ouvrez-le dans votre tableur, enregistrez-le à nouveau en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet Duo can read. Save the participant list as an Excel workbook (.xlsx) or as CSV, and import that file.</source>
        <translation>{file} n’est pas une feuille de calcul que Duo peut lire. Enregistrez la liste des participants comme classeur Excel (.xlsx) ou en CSV, et importez ce fichier.</translation>
    </message>
    <message>
        <source>Duo could not read {file}. Check that it is not open in another program.</source>
        <translation>Duo n’a pas pu lire {file}. Vérifiez qu’il n’est pas ouvert dans un autre programme.</translation>
    </message>
    <message>
        <source>{file} has more than {rows} rows. Split it into smaller files and import them one after the other.</source>
        <translation>{file} compte plus de {rows} lignes. Répartissez-le en fichiers plus petits et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <source>{file} is empty: there is no header row and no participant.</source>
        <translation>{file} est vide&#xa0;: il n’y a ni ligne d’en-tête ni participant.</translation>
    </message>
    <message>
        <source>{file} has a header row but no participants under it.</source>
        <translation>{file} a une ligne d’en-tête, mais aucun participant en dessous.</translation>
    </message>
    <message>
        <source>Duo has no field called {field}.</source>
        <translation>Duo n’a pas de champ nommé {field}.</translation>
    </message>
    <message>
        <source>Two columns are both read as {field}. Choose one of them and ignore the other.</source>
        <translation>Deux colonnes sont toutes deux lues comme {field}. Choisissez-en une et ignorez l’autre.</translation>
    </message>
    <message>
        <source>No column holds the given names. Choose the column with the first names (given_name in the template).</source>
        <translation>Aucune colonne ne contient les prénoms. Choisissez la colonne des prénoms (given_name dans le modèle).</translation>
    </message>
    <message>
        <source>No column says who is a mentee and who is a mentor. Choose that column (role in the template), or say that everyone in the file is a mentee, or a mentor.</source>
        <translation>Aucune colonne n’indique qui est mentoré·e et qui est mentor. Choisissez cette colonne (role dans le modèle), ou indiquez que tout le monde dans le fichier est mentoré·e, ou mentor.</translation>
    </message>
    <message>
        <source>Duo could not write the new case files, so nothing was imported. Check that the programme folder is still reachable and has free space, then import again.</source>
        <translation>Duo n’a pas pu écrire les nouveaux dossiers&#xa0;: rien n’a donc été importé. Vérifiez que le dossier du programme est toujours accessible et qu’il reste de l’espace libre, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>Le fichier n’existe plus.</translation>
    </message>
    <message>
        <source>That is not a complete recovery key: it has 36 letters and digits in 9 groups (for example ABCD-EFGH-…). Check it against the printed sheet and try again.</source>
        <translation>Ce n’est pas une clé de récupération complète&#xa0;: elle compte 36 lettres et chiffres en 9 groupes (par exemple ABCD-EFGH-…). Comparez-la avec la feuille imprimée et réessayez.</translation>
    </message>
    <message>
        <source>That recovery key has a typing mistake (its last group does not match). Check each group against the printed sheet and try again.</source>
        <translation>Cette clé de récupération contient une faute de frappe (son dernier groupe ne correspond pas). Comparez chaque groupe avec la feuille imprimée et réessayez.</translation>
    </message>
    <message>
        <source>The programme&apos;s key file (keyslots.json) is damaged. Restore the programme folder from a backup.</source>
        <translation>Le fichier de clés du programme (keyslots.json) est endommagé. Restaurez le dossier du programme à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The programme&apos;s key file (keyslots.json) is damaged, so no passphrase can open it. Restore the programme folder from a backup; your passphrase itself is probably right.</source>
        <translation>Le fichier de clés du programme (keyslots.json) est endommagé&#xa0;: aucune phrase de passe ne peut donc l’ouvrir. Restaurez le dossier du programme à partir d’une sauvegarde&#xa0;; votre phrase de passe elle-même est probablement correcte.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check it and try again.</source>
        <translation>Cette phrase de passe n’est pas la bonne. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this programme. Check that you chose the right programme folder and the right sheet.</source>
        <translation>Cette clé de récupération n’appartient pas à ce programme. Vérifiez que vous avez choisi le bon dossier de programme et la bonne feuille.</translation>
    </message>
    <message>
        <source>“{text}” is not a date for the start of the period: write it as YYYY-MM-DD, for example 2025-01-31.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date pour le début de la période&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, par exemple 2025-01-31.</translation>
    </message>
    <message>
        <source>“{text}” is not a date for the end of the period: write it as YYYY-MM-DD, for example 2025-01-31.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date pour la fin de la période&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, par exemple 2025-01-31.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Swap the two dates.</source>
        <translation>La période se termine ({end}) avant de commencer ({start}). Inversez les deux dates.</translation>
    </message>
    <message>
        <source>Give the programme a name, for example the association and the city.</source>
        <translation>Donnez un nom au programme, par exemple celui de l’association et la ville.</translation>
    </message>
    <message>
        <source>Enter the programme&apos;s passphrase or its recovery key.</source>
        <translation>Saisissez la phrase de passe du programme ou sa clé de récupération.</translation>
    </message>
    <message>
        <source>The folder {folder} is not a Duo programme (it has no {file}). Choose the folder that holds programme.json and the cases folder.</source>
        <translation>Le dossier {folder} n’est pas un programme Duo (il ne contient pas de {file}). Choisissez le dossier qui contient programme.json et le dossier cases.</translation>
    </message>
    <message>
        <source>The programme settings in {folder} are damaged. Restore the programme folder from a backup.</source>
        <translation>Les paramètres du programme dans {folder} sont endommagés. Restaurez le dossier du programme à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>This programme was created by a newer version of Duo. Update Duo to open it.</source>
        <translation>Ce programme a été créé par une version plus récente de Duo. Mettez Duo à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {length} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Choisissez une phrase de passe d’au moins {length} caractères&#xa0;; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>The programme&apos;s key file ({file}) is missing. Restore the programme folder from a backup.</source>
        <translation>Le fichier de clés du programme ({file}) est manquant. Restaurez le dossier du programme à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file ({file}) belongs to another programme. Restore the programme folder from a backup.</source>
        <translation>Le fichier de clés ({file}) appartient à un autre programme. Restaurez le dossier du programme à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>Each entry of a list needs its own, non-empty code.</source>
        <translation>Chaque élément d’une liste doit avoir son propre code, non vide.</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty. Choose a new folder for the programme.</source>
        <translation>Le dossier {folder} n’est pas vide. Choisissez un nouveau dossier pour le programme.</translation>
    </message>
    <message>
        <source>The key remembered on this computer no longer opens this programme. Enter the passphrase.</source>
        <translation>La clé mémorisée sur cet ordinateur n’ouvre plus ce programme. Saisissez la phrase de passe.</translation>
    </message>
    <message>
        <source>The new passphrase could not be verified, so the old one was kept.</source>
        <translation>La nouvelle phrase de passe n’a pas pu être vérifiée&#xa0;: l’ancienne a donc été conservée.</translation>
    </message>
    <message>
        <source>This copy of Duo was built without encryption (SQLCipher is missing), so it refuses to open any file. Reinstall Duo from the official download.</source>
        <translation>Cette copie de Duo a été construite sans chiffrement (SQLCipher est absent)&#xa0;: elle refuse donc d’ouvrir le moindre fichier. Réinstallez Duo à partir du téléchargement officiel.</translation>
    </message>
    <message>
        <source>Duo has no question set “{code}”.</source>
        <translation>Duo n’a pas de questionnaire «&#xa0;{code}&#xa0;».</translation>
    </message>
    <message>
        <source>Version {version} of the question set “{code}” is not in this programme, so the answers given with it cannot be shown. Restore the programme from a backup made after that version was saved.</source>
        <translation>La version {version} du questionnaire «&#xa0;{code}&#xa0;» n’est pas dans ce programme&#xa0;: les réponses données avec elle ne peuvent donc pas être affichées. Restaurez le programme à partir d’une sauvegarde faite après l’enregistrement de cette version.</translation>
    </message>
    <message>
        <source>Give the question set a title.</source>
        <translation>Donnez un titre au questionnaire.</translation>
    </message>
    <message>
        <source>A question set needs at least one question.</source>
        <translation>Un questionnaire doit compter au moins une question.</translation>
    </message>
    <message>
        <source>Each question needs a code (it links the answers across versions).</source>
        <translation>Chaque question doit avoir un code (il relie les réponses d’une version à l’autre).</translation>
    </message>
    <message>
        <source>Two questions have the code “{code}”. Give each its own code.</source>
        <translation>Deux questions ont le code «&#xa0;{code}&#xa0;». Donnez à chacune son propre code.</translation>
    </message>
    <message>
        <source>The question “{code}” has no text. Write the question.</source>
        <translation>La question «&#xa0;{code}&#xa0;» n’a pas de texte. Écrivez la question.</translation>
    </message>
    <message>
        <source>The question “{code}” is a scale: name both of its ends, for example “not at all satisfied” and “very satisfied”.</source>
        <translation>La question «&#xa0;{code}&#xa0;» est une échelle&#xa0;: nommez ses deux extrémités, par exemple «&#xa0;pas du tout satisfait&#xa0;» et «&#xa0;très satisfait&#xa0;».</translation>
    </message>
    <message>
        <source>The checklist “{code}” has no options. Add the choices to tick.</source>
        <translation>La liste à cocher «&#xa0;{code}&#xa0;» n’a pas d’options. Ajoutez les choix à cocher.</translation>
    </message>
    <message>
        <source>Each option of the checklist “{code}” needs its own code (not “{none}”: “none of the above” is always offered).</source>
        <translation>Chaque option de la liste à cocher «&#xa0;{code}&#xa0;» doit avoir son propre code (pas «&#xa0;{none}&#xa0;»&#xa0;: «&#xa0;aucune de ces réponses&#xa0;» est toujours proposé).</translation>
    </message>
    <message>
        <source>An option of the checklist “{code}” has no text.</source>
        <translation>Une option de la liste à cocher «&#xa0;{code}&#xa0;» n’a pas de texte.</translation>
    </message>
    <message>
        <source>Duo prints documents in English, Dutch or French, not in “{language}”.</source>
        <translation>Duo imprime les documents en anglais, en néerlandais ou en français, pas en «&#xa0;{language}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the role &apos;{value}&apos; is neither mentee nor mentor</source>
        <translation>le rôle «&#xa0;{value}&#xa0;» n’est ni mentoré·e ni mentor</translation>
    </message>
    <message>
        <source>the status &apos;{value}&apos; is not one Duo knows (registered, interviewed, accepted, refused, referred, ended or withdrawn)</source>
        <translation>le statut «&#xa0;{value}&#xa0;» n’est pas un statut que Duo connaît (inscrit, entretien fait, accepté, refusé, réorienté, terminé ou désisté)</translation>
    </message>
    <message>
        <source>the status &apos;{value}&apos; needs a duo, which is made in Duo itself: import the participant as &apos;accepted&apos; and record the duo in Duo</source>
        <translation>le statut «&#xa0;{value}&#xa0;» suppose un duo, qui se forme dans Duo même&#xa0;: importez la personne comme «&#xa0;accepté&#xa0;» et enregistrez le duo dans Duo</translation>
    </message>
    <message>
        <source>the gender &apos;{value}&apos; is not female, male or other</source>
        <translation>le genre «&#xa0;{value}&#xa0;» n’est pas femme, homme ou autre</translation>
    </message>
    <message>
        <source>the intake date &apos;{value}&apos; is not a date in the calendar</source>
        <translation>la date de l’entretien d’accueil «&#xa0;{value}&#xa0;» n’existe pas dans le calendrier</translation>
    </message>
    <message>
        <source>the status date &apos;{value}&apos; is not a date in the calendar</source>
        <translation>la date du statut «&#xa0;{value}&#xa0;» n’existe pas dans le calendrier</translation>
    </message>
    <message>
        <source>the intake date &apos;{value}&apos; is not a date (write it as 31/12/2024)</source>
        <translation>la date de l’entretien d’accueil «&#xa0;{value}&#xa0;» n’est pas une date (écrivez-la comme 31/12/2024)</translation>
    </message>
    <message>
        <source>the status date &apos;{value}&apos; is not a date (write it as 31/12/2024)</source>
        <translation>la date du statut «&#xa0;{value}&#xa0;» n’est pas une date (écrivez-la comme 31/12/2024)</translation>
    </message>
    <message>
        <source>the year of birth &apos;{value}&apos; is not a year</source>
        <translation>l’année de naissance «&#xa0;{value}&#xa0;» n’est pas une année</translation>
    </message>
    <message>
        <source>the arrival year &apos;{value}&apos; is not a year</source>
        <translation>l’année d’arrivée «&#xa0;{value}&#xa0;» n’est pas une année</translation>
    </message>
    <message>
        <source>the capacity &apos;{value}&apos; is not a whole number</source>
        <translation>le nombre de mentoré·es «&#xa0;{value}&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>the year of birth &apos;{value}&apos; is not between {earliest} and {latest}</source>
        <translation>l’année de naissance «&#xa0;{value}&#xa0;» n’est pas comprise entre {earliest} et {latest}</translation>
    </message>
    <message>
        <source>the arrival year &apos;{value}&apos; is not between {earliest} and {latest}</source>
        <translation>l’année d’arrivée «&#xa0;{value}&#xa0;» n’est pas comprise entre {earliest} et {latest}</translation>
    </message>
    <message>
        <source>the capacity &apos;{value}&apos; is not between {smallest} and {largest}</source>
        <translation>le nombre de mentoré·es «&#xa0;{value}&#xa0;» n’est pas compris entre {smallest} et {largest}</translation>
    </message>
    <message>
        <source>the e-mail address &apos;{value}&apos; is not an e-mail address</source>
        <translation>l’adresse e-mail «&#xa0;{value}&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>the phone number &apos;{value}&apos; is not a phone number</source>
        <translation>le numéro de téléphone «&#xa0;{value}&#xa0;» n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>the country of origin &apos;{value}&apos; could be more than one country: write its code ({first} or {second})</source>
        <translation>le pays d’origine «&#xa0;{value}&#xa0;» peut désigner plus d’un pays&#xa0;: écrivez son code ({first} ou {second})</translation>
    </message>
    <message>
        <source>the country of origin &apos;{value}&apos; is not a country Duo knows</source>
        <translation>le pays d’origine «&#xa0;{value}&#xa0;» n’est pas un pays que Duo connaît</translation>
    </message>
    <message>
        <source>the language &apos;{value}&apos; is not a language Duo knows</source>
        <translation>la langue «&#xa0;{value}&#xa0;» n’est pas une langue que Duo connaît</translation>
    </message>
    <message>
        <source>the language level &apos;{value}&apos; is not A1 to C2 or &apos;native&apos;</source>
        <translation>le niveau de langue «&#xa0;{value}&#xa0;» n’est ni un niveau de A1 à C2 ni «&#xa0;langue maternelle&#xa0;»</translation>
    </message>
    <message>
        <source>the availability &apos;{value}&apos; is not a day with an optional part of the day (write for example &apos;mon-evening; sat&apos;)</source>
        <translation>la disponibilité «&#xa0;{value}&#xa0;» n’est pas un jour, éventuellement suivi d’un moment de la journée (écrivez par exemple «&#xa0;lun-soir; sam&#xa0;»)</translation>
    </message>
    <message>
        <source>the sector &apos;{value}&apos; is not in the programme&apos;s list</source>
        <translation>le secteur «&#xa0;{value}&#xa0;» ne figure pas dans la liste du programme</translation>
    </message>
    <message>
        <source>the occupation &apos;{value}&apos; is neither an ISCO code (1 to 4 digits) nor in the programme&apos;s list of occupations</source>
        <translation>la profession «&#xa0;{value}&#xa0;» n’est ni un code ISCO (1 à 4 chiffres) ni dans la liste des professions du programme</translation>
    </message>
    <message>
        <source>the row has more values than the header row has columns (a value may hold the separator without quotes around it)</source>
        <translation>la ligne a plus de valeurs que la ligne d’en-tête n’a de colonnes (une valeur contient peut-être le séparateur sans guillemets autour)</translation>
    </message>
    <message>
        <source>no role (mentee or mentor)</source>
        <translation>pas de rôle (mentoré·e ou mentor)</translation>
    </message>
    <message>
        <source>no given name</source>
        <translation>pas de prénom</translation>
    </message>
    <message>
        <source>the arrival year {arrived} is before the year of birth {born}</source>
        <translation>l’année d’arrivée {arrived} précède l’année de naissance {born}</translation>
    </message>
    <message>
        <source>the intake date &apos;{value}&apos; is in the future</source>
        <translation>la date de l’entretien d’accueil «&#xa0;{value}&#xa0;» est dans le futur</translation>
    </message>
    <message>
        <source>the status date &apos;{value}&apos; is in the future</source>
        <translation>la date du statut «&#xa0;{value}&#xa0;» est dans le futur</translation>
    </message>
    <message>
        <source>no staff member is called &apos;{value}&apos; (add them in the programme&apos;s settings first, or leave the coach empty)</source>
        <translation>aucun membre de l’équipe ne s’appelle «&#xa0;{value}&#xa0;» (ajoutez-le d’abord dans les paramètres du programme, ou laissez le coach vide)</translation>
    </message>
    <message>
        <source>already in the programme (same name and year of birth)</source>
        <translation>déjà dans le programme (même nom et même année de naissance)</translation>
    </message>
    <message>
        <source>the same person as row {row} (same name and year of birth)</source>
        <translation>la même personne que la ligne {row} (même nom et même année de naissance)</translation>
    </message>
    <message>
        <source>already in the programme (same e-mail address)</source>
        <translation>déjà dans le programme (même adresse e-mail)</translation>
    </message>
    <message>
        <source>the same e-mail address as row {row}</source>
        <translation>la même adresse e-mail que la ligne {row}</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <source>Column {column}</source>
        <translation>Colonne {column}</translation>
    </message>
</context>
</TS>
