"""Attributed quotes in forms the second probe set showed: the second half of a split quote, the name
before "told me", quotes introduced by a colon, a hyphenated given name, and a short quoted word before
a quote. Text written for these tests."""

from __future__ import annotations

from pipeline_cases import statement_rows

STORY = (
    '"Pension funds had to sell what rallied," said Mika Toyoda, a senior analyst at Aoyama Advisory. '
    '"None of it is a call on the market."\n\n'
    '"Offshore money ran the thinnest Japan allocation in years," Kenji Sato, chief equity strategist at '
    "Kudan Securities, told me on Tuesday.\n\n"
    'As our chief economist Rina Hoshino put it on Monday: "Nobody hedges a bond they expect to hold to maturity."\n\n'
    'Our rates strategist, Daiki Mori, expects 1.8% to be the turning point: "Past that level, domestic money '
    'comes home."\n\n'
    'Bond sales rose. "This is a quote nobody claims in this story."\n\n'
    'Much of it went through "toshin", the retail funds. "Households want income above all," said Soo-jin Kwak, '
    "a strategist at Mapo Securities."
)


def test_statements_split_told_colon_and_hyphenated() -> None:
    got = statement_rows(STORY)
    assert got == [
        ("Mika Toyoda", "senior analyst", "Aoyama Advisory", "Pension funds had to sell what rallied"),
        ("Mika Toyoda", "senior analyst", "Aoyama Advisory", "None of it is a call on the market"),
        ("Kenji Sato", "chief equity strategist", "Kudan Securities", "Offshore money ran the thinnest Japan allocation in years"),
        ("Rina Hoshino", "chief economist", None, "Nobody hedges a bond they expect to hold to maturity"),
        ("Daiki Mori", "rates strategist", None, "Past that level, domestic money comes home"),
        ("Soo-jin Kwak", "strategist", "Mapo Securities", "Households want income above all"),
    ]
