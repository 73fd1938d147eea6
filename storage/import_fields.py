"""The columns of the import template, and how any spreadsheet's headers map onto them.

The template's column names (docs/import.md) are the field names here. A spreadsheet made
before Duo has its own headers ("Voornaam", "Prénom", "E-mail adres"): `auto_map` matches
them ignoring case, accents, spaces and punctuation, with Dutch and French synonyms.
"""

from __future__ import annotations

from collections.abc import Sequence

from storage.import_values import key

# In the template's order: who, contact, origin, job target, mentor details, follow-up.
FIELDS: tuple[str, ...] = (
    "role",
    "given_name",
    "family_name",
    "email",
    "phone",
    "year_of_birth",
    "gender",
    "municipality",
    "postcode",
    "country_of_origin",
    "arrival_year",
    "languages",
    "sector",
    "occupation",
    "job_target",
    "availability",
    "employer",
    "job_title",
    "capacity",
    "short_profile",
    "intake_date",
    "status",
    "status_since",
    "coach",
    "notes",
)

# Other headers seen in associations' spreadsheets (English, Dutch, French). A header is
# compared by `key`, so "Code postal", "code-postal" and "CODE POSTAL" are one entry.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "role": (
        "rol", "rôle", "type", "mentee/mentor", "mentor/mentee", "mentor of mentee",
        "mentor ou mentoré", "participant type", "soort deelnemer", "type de participant",
    ),
    "given_name": (
        "first name", "firstname", "forename", "given name", "voornaam", "prénom", "prenom",
    ),
    "family_name": (
        "last name", "lastname", "surname", "family name", "achternaam", "familienaam",
        "naam", "nom de famille", "nom",
    ),
    "email": (
        "e-mail", "email address", "e-mail address", "mail", "e-mailadres", "emailadres",
        "courriel", "adresse e-mail", "adresse email", "adresse mail",
    ),
    "phone": (
        "telephone", "phone number", "tel", "telefoon", "telefoonnummer", "gsm",
        "gsm-nummer", "mobile", "mobiel", "téléphone", "numéro de téléphone", "portable",
    ),
    "year_of_birth": (
        "birth year", "year born", "born", "date of birth", "birth date", "geboortejaar",
        "geboortedatum", "geboren", "année de naissance", "date de naissance", "né en",
    ),
    "gender": ("sex", "geslacht", "gender", "genre", "sexe"),
    "municipality": (
        "city", "town", "place", "gemeente", "woonplaats", "stad", "commune", "ville",
        "localité",
    ),
    "postcode": ("postal code", "zip", "zip code", "code postal", "cp"),
    "country_of_origin": (
        "country", "origin", "herkomstland", "land van herkomst", "land", "pays d'origine",
        "pays",
    ),
    "arrival_year": (
        "year of arrival", "arrived", "in belgium since", "aankomstjaar",
        "jaar van aankomst", "in belgië sinds", "année d'arrivée", "en belgique depuis",
    ),
    "languages": (
        "language", "talen", "taal", "taalkennis", "langues", "langue",
        "connaissances linguistiques",
    ),
    "sector": ("sectors", "sector code", "nace", "sectoren", "secteur"),
    "occupation": (
        "isco", "isco code", "occupation code", "beroep", "beroepscode", "profession",
        "métier",
    ),
    "job_target": (
        "job target", "desired job", "jobdoelwit", "doelberoep", "gewenste job",
        "gezochte job", "objectif professionnel", "emploi recherché",
    ),
    "availability": ("available", "beschikbaarheid", "beschikbaar", "disponibilité"),
    "employer": ("company", "organisation", "werkgever", "bedrijf", "employeur", "entreprise"),
    "job_title": ("function", "position", "functie", "fonction", "poste"),
    "capacity": (
        "number of mentees", "aantal mentees", "capaciteit", "capacité",
        "nombre de mentorés",
    ),
    "short_profile": (
        "profile", "mentor profile", "profiel", "kort profiel", "profil", "profil court",
    ),
    "intake_date": (
        "intake", "date of intake", "intakedatum", "datum intake", "intakegesprek",
        "date d'entretien", "entretien", "date de l'entretien",
    ),
    "status": ("stage", "stand van zaken", "statut", "état"),
    "status_since": ("status date", "status sinds", "statut depuis", "date du statut"),
    "coach": (
        "coach name", "trajectbegeleider", "begeleider", "accompagnateur",
        "accompagnatrice", "mentoring manager",
    ),
    "notes": (
        "note", "comments", "comment", "remarks", "notities", "opmerkingen", "opmerking",
        "remarques", "remarque", "commentaires",
    ),
}  # fmt: skip

_BY_KEY: dict[str, str] = {key(name): name for name in FIELDS}
for _field, _words in SYNONYMS.items():
    for _word in _words:
        _BY_KEY.setdefault(key(_word), _field)


def field_for_header(header: str) -> str | None:
    """The field a header names, or None when Duo does not recognise it."""
    return _BY_KEY.get(key(header))


def auto_map(headers: Sequence[str]) -> dict[int, str]:
    """Column index to field, for the headers Duo recognises; the first column wins a field."""
    mapping: dict[int, str] = {}
    for column, header in enumerate(headers):
        field = field_for_header(header)
        if field is not None and field not in mapping.values():
            mapping[column] = field
    return mapping
