<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name></name>
    <message>
        <source>CreateProgramme</source>
        <comment>This is a file, not a folder. Choose another name.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CreateProgramme</source>
        <comment>This folder already holds a Duo programme. To work on it, cancel this and choose “Open an existing programme folder…”.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CreateProgramme</source>
        <comment>This folder is not empty. Choose a new folder, or an empty one.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Duo cannot show this kind of file ({type}). Documents can be shown when they are PDF, Word (DOCX), OpenDocument (ODT) or a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or protected by a password. Ask for a new copy of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be shown: it is damaged or of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be shown: it is damaged or not really a Word or OpenDocument file. Open it with a word processor and save it again, or ask for a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationSettingsPage</name>
    <message>
        <source>&amp;Which form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;sions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per participant, duo, meeting, evaluation answer or outcome, with a data dictionary that explains every column. Participants appear by a code that stays the same in every export of this programme: the file is pseudonymised, not anonymous. Only people who consented to reports to funders are in it. Notes, summaries, written answers, contact details and CVs are never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include given and family &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold names: it is personal data. Include names only when the funder needs them, send the file over a secure channel, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (opens in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ; (Excel in Belgium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mentee and mentor registered by the end of the period and still on the path at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every duo that ran during some of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and short contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting and short contact held in the period: date, length, form and domains, never what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations (one row per answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer of the evaluations answered in the period, ready for a pivot table; written answers stay out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome follow-up (3, 6, 9, 12 months after a duo) recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting for funders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 row to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The data dictionary, which explains every column, is in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data dictionary, which explains every column, is the workbook&apos;s second sheet, “Dictionary”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case files could not be read (damaged, or from a newer Duo): their rows are missing. Check the programme&apos;s files, then export again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 case file could not be read (damaged, or from a newer Duo): its rows are missing. Check the programme&apos;s files, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsPage</name>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact within a duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor and mentee meet or talk &amp;at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agreement proposes this; each duo&apos;s agreement can set its own. A duo without an agreement is expected to keep to it too. The quality criteria ask for contact at least every two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;silent duo is urgent after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today lists a duo as soon as it is silent for longer than agreed, and marks it urgent after this long without a meeting or a contact: time to call both of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics c&amp;harter version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreements name this version of the ethics charter; each agreement can name the one its duo signed. The quality criteria ask for a signed agreement that names the charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of a duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn of a planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today reminds the coach this many days before a duo&apos;s planned end, so the final meeting and the evaluations can be planned in time. “No warning” switches the reminder off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageLevelsEditor</name>
    <message>
        <source>Type a language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of the language to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageLevelsModel</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEntriesModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files store this code, so it stays; change the label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsSettingsPage</name>
    <message>
        <source>&amp;Which list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the d&amp;efaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to change a label (F2 edits the selected cell). The code is what case files store: only a new entry&apos;s code can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the entries Duo comes with in “{title}”? Entries added to this list and changed labels are replaced when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;mentee intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New m&amp;entor intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates for ended duos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for funders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;build the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not listed for matching: only waiting mentees and accepted mentors with a free place are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview is kept as a draft; it opens again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) restored from a draft.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The index was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the index…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingSettingsPage</name>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a ge&amp;neralist mentor after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of waiting, when no mentor works in the mentee&apos;s field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest &amp;score the whole-pool proposal accepts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel undoes it, as every change on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each part of a match counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights, from 0 (ignored) to 10 (counts most):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;mentee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best {count} mentors for this mentee with the settings as they are now. ▲ and ▼ show how far each moved against the saved settings; “new”, that they were not among the best {count} before. Point at a score for its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview needs a mentee on the waiting list. Once a mentee is accepted, their suggested mentors show here as you change the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (waiting {wait})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor can take this mentee now: every mentor is full, was declined before or has no language in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer among the best {count}: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfControls</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: {points} points — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the lowest score the whole-pool proposal accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked with the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank {rank} with the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>{title} — print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be prepared. Close this window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages chosen are not in this document. Choose pages from 1 to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo could not save the PDF as {name}. Choose another folder, or check that the disk is connected and has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>A demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo keeps a programme in one folder: a file per participant, every file encrypted. A folder shared by OneDrive, Nextcloud or Syncthing lets colleagues work on the same programme later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Mentoring to Work Gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as your colleagues know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo records who wrote what. You are the programme&apos;s first staff member; add your colleagues later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path, or choose Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the folder&apos;s full path (for example {example}), or choose Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme goes in this empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo makes this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeSettingsPage</name>
    <message>
        <source>Street and number
Postcode and municipality
Phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on letters, agreements and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image, printed at the top of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the programme a name, for example the association and the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the programme&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo could not read {file}. Is it still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image that Duo can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code links the answers to this question across versions: a new question gets one from its text, and it stays when the text changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of answer of an existing question stays, so earlier answers keep their meaning. To ask it differently, add a new question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; e.g. “Not used”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve the option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“None of the above” is always offered after these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the question when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lowest point means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highest point means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not applicable choice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options to tick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the lowest and the highest point of the scale mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the options to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each option needs a text: write it, or remove the option.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>The report covers {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures and charts for a period: registrations, intakes, matches, duos followed, meetings, endings, outcomes after 12 months and waiting times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duo ended in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One duo ended in this period: a certificate for its mentee and its mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} duos ended in this period: a certificate for each mentee and each mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of participation for the mentee and the mentor of every duo that ended in a period, one page each, to print in one go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Type to search; Escape clears; Down moves into the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettingsPage</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window closes and the passphrase is asked again, so nothing stays on screen on a laptop left open. Interviews being typed are kept as drafts. “Never” switches this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting too long after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accepted mentee without a mentor for longer than this stands out on the waiting list: time to keep them warm, or to propose a generalist mentor instead of a sector match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change takes effect at once, also if you cancel these settings. Everyone who works on the programme needs the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. Tell your colleagues the new one in person; the recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading the participants&apos; files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y and waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matchin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSettingsPage</name>
    <message>
        <source>&amp;Staff (coaches and coordinators):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who leaves is marked inactive rather than removed: their name stays on what they wrote. “This is me” tells Duo who works on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a&amp;ctive again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
