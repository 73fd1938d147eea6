"""The benchmark figures of printing certificates, on invented data (no programme needed).

    certificate_ms(house)        # median ms: one certificate, a one-page PDF
    certificates_200_s(house)    # seconds: 200 certificates in one PDF

The names come from many scripts (Latin with diacritics, Cyrillic, Greek, Arabic), so the
fonts' subsets and the Arabic shaping cost what they cost in a real programme. A first
certificate is made before timing: registering the fonts happens once per process.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta

from printing.certificates import CertificateData, certificate_pdf, certificates_pdf
from printing.layout import HouseStyle
from storage.records import Role

REPEAT = 20
BATCH = 200
_NAMES = (
    "Ayşe Yılmaz",
    "Łukasz Wróbel",
    "Олена Коваленко",
    "Νίκος Παπαδόπουλος",
    "محمد العلي",
    "Nguyễn Thị Hương",
    "Ingrid Vandersteen",
    "Amani Okonkwo-Dubois",
)


def _certificate(number: int) -> CertificateData:
    started = date(2026, 1, 5) + timedelta(days=7 * (number % 20))
    return CertificateData(
        name=_NAMES[number % len(_NAMES)],
        role=Role.MENTOR if number % 2 else Role.MENTEE,
        programme="Mentoring Gent",
        started_on=started,
        ended_on=started + timedelta(days=183),
        meetings=6 + number % 9,
        signer="Sofie Claes",
        place="Gent",
    )


def certificate_ms(house: HouseStyle, repeat: int = REPEAT) -> float:
    """The median time to print one certificate, in milliseconds."""
    certificate_pdf(_certificate(0), house, "nl")
    times = []
    for number in range(repeat):
        start = time.perf_counter()
        certificate_pdf(_certificate(number), house, "nl")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def certificates_200_s(house: HouseStyle) -> float:
    """The time to print 200 certificates in one PDF, in seconds."""
    certificate_pdf(_certificate(0), house, "fr")
    batch = [_certificate(number) for number in range(BATCH)]
    start = time.perf_counter()
    certificates_pdf(batch, house, "fr")
    return time.perf_counter() - start
