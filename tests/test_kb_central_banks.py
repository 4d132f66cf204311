"""Failure class (issue 10): central banks were coded as businesses (BUS) while the knowledge base
codes their governors as government (GOV): a state's monetary authority is a state body. A
commercial bank ("Bank of America", "Deutsche Bank") stays a business.
"""

from __future__ import annotations

import pytest

from tidings.resolve import default_resolver


@pytest.mark.parametrize("phrase,country,sector", [
    ("the Bank of Japan", "JPN", "GOV"),
    ("the Bank of Canada", "CAN", "GOV"),
    ("the Swiss National Bank", "CHE", "GOV"),
    ("the Federal Reserve", "USA", "GOV"),
    ("the Bank of England", "GBR", "GOV"),
    ("the European Central Bank", "EUR", "GOV"),
    ("the People's Bank of China", "CHN", "GOV"),
    ("the Reserve Bank of Australia", "AUS", "GOV"),
    ("the central bank", None, "GOV"),
    # negative: commercial banks
    ("Bank of America", "USA", "BUS"),
    ("Deutsche Bank", "DEU", "BUS"),
])
def test_central_banks_are_state_bodies(phrase: str, country: str | None, sector: str) -> None:
    res = default_resolver().resolve(phrase)
    assert (res.country, res.sector) == (country, sector)
