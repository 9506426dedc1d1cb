"""Attributed quotes in forms the fourth probe set showed: the house's own analyst after the quote
("said our chief Asia strategist ..."), and present-tense attribution verbs ("notes", "writes").
Text written for these tests."""

from __future__ import annotations

from pipeline_cases import statement_rows

STORY = (
    '"A weaker currency alone will not bring the pension money home," said our chief Europe strategist Lena Hartmann. '
    '"It takes a rate differential that shrinks."\n\n'
    '"Retail buyers have been the only steady bid in this market," notes our head of research Tomas Okafor.\n\n'
    '"Nobody wants duration while the central bank is still hiking," writes Carla Mendes, a rates strategist at '
    "Harbourline Capital.\n\nFlows were mixed. "
    '"A quote from a team, not a person, stays unattributed," said our team.'
)


def test_statements_possessive_role_and_present_tense() -> None:
    got = statement_rows(STORY)
    assert got == [
        ("Lena Hartmann", "chief Europe strategist", None, "A weaker currency alone will not bring the pension money home"),
        ("Lena Hartmann", "chief Europe strategist", None, "It takes a rate differential that shrinks"),
        ("Tomas Okafor", "head of research", None, "Retail buyers have been the only steady bid in this market"),
        ("Carla Mendes", "rates strategist", "Harbourline Capital", "Nobody wants duration while the central bank is still hiking"),
    ]
