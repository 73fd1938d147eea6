"""The periods offered for reports and exports."""

from __future__ import annotations

from datetime import date

from desktop.rules.periods import Period, Preset, default_preset, period_of


def test_presets_cover_the_days_a_funder_means() -> None:
    today = date(2026, 11, 23)
    assert period_of(Preset.THIS_YEAR, today) == Period(date(2026, 1, 1), today)
    assert period_of(Preset.LAST_YEAR, today) == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert period_of(Preset.LAST_12_MONTHS, today) == Period(date(2025, 11, 24), today)
    assert period_of(Preset.THIS_QUARTER, today) == Period(date(2026, 10, 1), today)
    assert period_of(Preset.LAST_QUARTER, today) == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert period_of(Preset.LAST_QUARTER, date(2026, 2, 10)) == Period(
        date(2025, 10, 1), date(2025, 12, 31)
    )
    assert period_of(Preset.LAST_12_MONTHS, date(2028, 2, 29)).start == date(2027, 3, 1)
    assert period_of(Preset.ALL_DATES, today).is_open


def test_annual_reports_default_to_last_year_in_the_first_quarter() -> None:
    assert default_preset(date(2026, 2, 15)) is Preset.LAST_YEAR
    assert default_preset(date(2026, 11, 23)) is Preset.THIS_YEAR


def test_a_period_holds_both_of_its_days() -> None:
    period = Period(date(2026, 1, 1), date(2026, 1, 31))
    assert period.holds(date(2026, 1, 1)) and period.holds(date(2026, 1, 31))
    assert not period.holds(date(2026, 2, 1)) and not period.holds(None)
