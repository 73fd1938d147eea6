"""The words a spreadsheet may use for Duo's values, in English, Dutch and French.

Compared after folding and dropping punctuation (`import_values.key`), so "Bénévole",
"benevole" and "BÉNÉVOLE" are one word here.
"""

from __future__ import annotations

# Role values.
ROLES: dict[str, tuple[str, ...]] = {
    "mentee": (
        "mentee", "mentees", "mentoree", "mentoré", "mentorée", "filleul", "filleule",
        "werkzoekende", "job seeker", "jobseeker", "nieuwkomer", "newcomer", "tutoré",
    ),
    "mentor": (
        "mentor", "mentors", "mentrix", "parrain", "marraine", "vrijwilliger",
        "volunteer", "bénévole", "tuteur", "tutrice",
    ),
}  # fmt: skip

# Status values (storage.records.Status).
STATUSES: dict[str, tuple[str, ...]] = {
    "registered": (
        "registered", "new", "ingeschreven", "aangemeld", "nieuw", "inscrit", "inscrite",
        "nouveau", "nouvelle",
    ),
    "interviewed": (
        "interviewed", "intake done", "intake gedaan", "geïnterviewd", "intake",
        "entretien fait", "entretien réalisé", "interviewé", "interviewée",
    ),
    "accepted": (
        "accepted", "waiting", "waiting for a match", "aanvaard", "geaccepteerd",
        "wachtend", "wachtlijst", "op de wachtlijst", "accepté", "acceptée", "en attente",
    ),
    "refused": ("refused", "geweigerd", "refusé", "refusée", "niet aanvaard"),
    "referred": (
        "referred", "doorverwezen", "réorienté", "réorientée", "orienté", "orientée",
    ),
    "ended": ("ended", "afgelopen", "beëindigd", "afgerond", "terminé", "terminée"),
    "withdrawn": (
        "withdrawn", "withdrew", "afgehaakt", "gestopt", "stopped", "abandon",
        "abandonné", "abandonnée", "désisté", "désistée",
    ),
    "matching": ("matching", "match proposed", "gematcht", "proposé"),
    "in_duo": ("in_duo", "in a duo", "in duo", "gekoppeld", "en duo", "koppel"),
}  # fmt: skip

# Stored gender values.
GENDERS: dict[str, tuple[str, ...]] = {
    "female": ("female", "f", "woman", "w", "v", "vrouw", "vrouwelijk", "femme", "féminin"),
    "male": ("male", "m", "man", "h", "homme", "mannelijk", "masculin"),
    "other": ("other", "x", "non-binary", "nonbinary", "anders", "autre", "non-binaire"),
}  # fmt: skip

# Day codes of availability slots.
DAYS: dict[str, tuple[str, ...]] = {
    "mon": ("mon", "monday", "ma", "maandag", "lun", "lundi"),
    "tue": ("tue", "tuesday", "di", "dinsdag", "mar", "mardi"),
    "wed": ("wed", "wednesday", "wo", "woensdag", "mer", "mercredi"),
    "thu": ("thu", "thursday", "do", "donderdag", "jeu", "jeudi"),
    "fri": ("fri", "friday", "vr", "vrijdag", "ven", "vendredi"),
    "sat": ("sat", "saturday", "za", "zaterdag", "sam", "samedi"),
    "sun": ("sun", "sunday", "zo", "zondag", "dim", "dimanche"),
}  # fmt: skip

# Parts of a weekday in availability slots.
DAY_PARTS: dict[str, tuple[str, ...]] = {
    "day": (
        "day", "daytime", "morning", "afternoon", "dag", "overdag", "voormiddag",
        "namiddag", "jour", "journée", "matin", "après-midi",
    ),
    "evening": ("evening", "avond", "soir", "soirée"),
}  # fmt: skip

# Everyday country names that ISO's official ones (and their translations) miss.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "CD": (
        "DR Congo", "DRC", "RDC", "Congo-Kinshasa", "Democratic Republic of Congo",
        "Democratische Republiek Congo", "République démocratique du Congo", "Congo RDC",
    ),
    "CG": ("Congo-Brazzaville", "Republic of the Congo", "République du Congo"),
    "TR": ("Turkey", "Turkije", "Turquie"),
    "RU": ("Russia", "Rusland", "Russie"),
    "PS": ("Palestine", "Palestina", "Palestinian Territories"),
    "CI": ("Ivory Coast", "Ivoorkust", "Côte d'Ivoire"),
    "GB": ("UK", "Great Britain", "England", "Groot-Brittannië", "Engeland", "Angleterre"),
    "US": ("United States of America", "Amerika", "Etats-Unis"),
    "CV": ("Cape Verde", "Kaapverdië", "Cap-Vert"),
    "MM": ("Burma", "Birma", "Birmanie"),
    "SZ": ("Swaziland",),
    "SY": ("Syrie", "Syria"),
    "CZ": ("Czech Republic", "Tsjechië", "Tchéquie"),
    "MK": ("Macedonia", "Macedonië", "Macédoine"),
}  # fmt: skip

# In Belgium "Congo" alone mostly means DR Congo, but not always: better to ask than guess.
AMBIGUOUS_COUNTRIES: dict[str, tuple[str, str]] = {"Congo": ("CD", "CG")}

# Everyday language names that ISO 639 (and its translations) miss.
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "nl": ("Flemish", "Vlaams", "Flamand"),
    "fa": ("Farsi", "Perzisch", "Persan"),
    "ps": ("Pashto", "Pasjtoe", "Pachto"),
    "zh": ("Mandarin", "Chinees", "Chinois"),
    "sw": ("Swahili", "Kiswahili"),
    "ff": ("Fula", "Fulani", "Peul", "Pulaar", "Fulfulde"),
}

# A native speaker's level.
NATIVE: tuple[str, ...] = (
    "native",
    "native speaker",
    "mother tongue",
    "moedertaal",
    "langue maternelle",
)
