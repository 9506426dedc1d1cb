"""Claim checks: converted amounts, comparisons, streaks, superlatives. Sentences written for these tests.

Official outward long-term debt (100 million yen): weeks ending 2013-10-05 -22,266, 10-12 3,869,
10-19 14,125, 10-26 10,311, 11-02 2,768, 11-09 3,578, 11-16 3,515, 11-23 14,101. Inward equity
ended a five-week selling run with +3,770 in the week ending 2017-07-15. The largest outward
long-term figure of 2013 before November was 16,251 (week ending 2013-08-10).
"""

from __future__ import annotations

import pytest
from reconcile_builders import flow, fx_rate

from extractor.reconcile import reconcile_records

B = 1e9
HEADLINE = "1,410.1 billion yen"


def _claims(official, records, check):
    return [v for v in reconcile_records(records, official) if v["check"] == check]


@pytest.mark.parametrize(("usd", "usd_text", "rate", "status"), [
    (13.8e9, "$13.8 billion", 102.1, "match"),
    (13.81e9, "$13.81 billion", 102.1, "match"),
    (15.8e9, "$15.8 billion", 102.1, "mismatch"),
    (13.8e9, "$13.8 billion", None, "unverifiable"),
])
def test_claims_converted(official, usd, usd_text, rate, status):
    records = [flow(1410.1 * B, HEADLINE, converted=[{"value": usd, "currency": "USD", "text": usd_text}])]
    records += [fx_rate(rate)] if rate else []
    (verdict,) = _claims(official, records, "converted")
    assert verdict["status"] == status
    if rate:
        assert verdict["official_value"] == round(1410.1e9 / rate)


def test_claims_converted_not_against_a_record_level(official):
    """ "The dollar bought 102.10 yen, up from a record low of 75.32 yen": the day's rate converts, not the record."""
    sentence = "The dollar bought 102.10 yen, up from a record low of 75.32 yen hit in 2011."
    day, record = fx_rate(102.1, rid="t#q2"), fx_rate(75.32, rid="t#q1")
    day.update(text="102.10", evidence={"sentence": sentence, "start": 900, "end": 900 + len(sentence)})
    record.update(text="75.32", evidence={"sentence": sentence, "start": 900, "end": 900 + len(sentence)})
    records = [flow(1410.1 * B, HEADLINE, converted=[{"value": 13.8e9, "currency": "USD", "text": "$13.8 billion"}]),
               record, day]
    (verdict,) = _claims(official, records, "converted")
    assert (verdict["status"], verdict["official_value"]) == ("match", round(1410.1e9 / 102.1))


def _pair(sentence, words_before="351.5 billion yen"):
    headline = flow(1410.1 * B, HEADLINE, sentence=sentence)
    before = flow(351.5 * B, words_before, start="2013-11-10", end="2013-11-16", role="comparison",
                  sentence=sentence, rid="t#f2")
    return [headline, before]


@pytest.mark.parametrize(("sentence", "status"), [
    (f"Residents put {HEADLINE} into overseas notes, their purchases quadrupling from 351.5 billion yen "
     "seven days earlier.", "match"),
    (f"Residents put {HEADLINE} into overseas notes, more than tripling from 351.5 billion yen "
     "a week earlier.", "match"),
    (f"Residents put {HEADLINE} into overseas notes, double the 351.5 billion yen of the prior week.",
     "mismatch"),
    (f"Residents put {HEADLINE} into overseas notes, four times the 351.5 billion yen of the prior week.",
     "match"),
])
def test_claims_comparison(official, sentence, status):
    (verdict,) = _claims(official, _pair(sentence), "comparison")
    assert verdict["record_id"] == "t#f1"
    assert verdict["status"] == status
    assert verdict["official_value"] == pytest.approx(14101 / 3515, abs=1e-3)


def test_claims_comparison_with_the_previous_week(official):
    sentence = f"Residents put {HEADLINE} into overseas notes, more than double their prior week's tally."
    (verdict,) = _claims(official, [flow(1410.1 * B, HEADLINE, sentence=sentence)], "comparison")
    assert verdict["status"] == "match"
    assert "week 2013-11-10..11-16" in verdict["note"]


@pytest.mark.parametrize(("record", "status", "actual"), [
    (flow(1410.1 * B, HEADLINE, streak={"count": 7, "unit": "week", "direction": "buy"}), "match", 7),
    (flow(1410.1 * B, HEADLINE, streak={"count": 5, "unit": "week", "direction": None}), "mismatch", 7),
    (flow(377 * B, "377.0 billion yen", side="non_resident", instrument="equity", start="2017-07-09",
          end="2017-07-15", streak={"count": 5, "unit": "week", "direction": None},
          sentence="Foreigners bought 377.0 billion yen of Japanese shares, bringing an end to five straight "
                   "weeks of net selling."), "match", 5),
    (flow(1410.1 * B, HEADLINE, streak={"count": 7, "unit": "month", "direction": None}), "unverifiable", None),
])
def test_claims_streak(official, record, status, actual):
    (verdict,) = _claims(official, [record], "streak")
    assert verdict["status"] == status
    assert verdict["official_value"] == actual


@pytest.mark.parametrize(("phrase", "status", "note"), [
    ("the biggest sum in five weeks", "match", "week 2013-10-13..10-19"),
    ("the largest amount since October 2013", "match", "last went as far in week 2013-10-13..10-19"),
    ("the largest amount since September 2013", "revised", "beaten by at most 2.4 bn yen, within first-release revision"),
    ("the largest amount since 2012", "mismatch", "after the window 2012-01-01..2012-12-31"),
    ("the biggest weekly buying since Oct. 19", "match", ""),
    ("the largest amount in four weeks", "match", ""),
    ("the largest amount in six months", "mismatch", "later than"),
    ("the biggest on record", "mismatch", "last went as far"),
])
def test_claims_superlative(official, phrase, status, note):
    sentence = f"Japanese investors bought a net {HEADLINE} of foreign bonds, {phrase}."
    (verdict,) = _claims(official, [flow(1410.1 * B, HEADLINE, sentence=sentence)], "superlative")
    assert verdict["status"] == status
    assert note in verdict["note"]


def test_claims_superlative_goes_to_the_headline_not_the_comparison(official):
    sentence = (f"Residents put {HEADLINE} into overseas notes, four times the 351.5 billion yen of the prior week "
                "and the biggest sum in five weeks.")
    (verdict,) = _claims(official, _pair(sentence), "superlative")
    assert (verdict["record_id"], verdict["status"]) == ("t#f1", "match")


def test_claims_superlative_of_a_yield_after_the_flow_is_not_the_flows(official):
    sentence = (f"Japanese investors bought a net {HEADLINE} of foreign bonds as the 30-year Treasury yield rose to "
                "4.87 percent, its highest in five weeks.")
    assert _claims(official, [flow(1410.1 * B, HEADLINE, sentence=sentence)], "superlative") == []


def test_claims_superlative_of_an_index_level_without_a_number_is_not_the_flows(official):
    sentence = (f"Japanese investors bought a net {HEADLINE} of foreign bonds while a sell-off pushed the Topix "
                "to its lowest level in five weeks.")
    assert _claims(official, [flow(1410.1 * B, HEADLINE, sentence=sentence)], "superlative") == []


def test_claims_superlative_in_a_relative_clause_goes_to_its_figure(official):
    sentence = ("Purchases had slowed to 351.5 billion yen from 1,412.5 billion yen three weeks "
                "earlier, which was the highest since September 2013.")
    records = [flow(351.5 * B, "351.5 billion yen", start="2013-11-10", end="2013-11-16", role="comparison",
                    sentence=sentence),
               flow(1412.5 * B, "1,412.5 billion yen", start="2013-10-13", end="2013-10-19", role="comparison",
                    sentence=sentence, rid="t#f2")]
    (verdict,) = _claims(official, records, "superlative")
    assert (verdict["record_id"], verdict["status"]) == ("t#f2", "match")


def test_claims_a_record_figure(official):
    sentence = "Japanese investors bought a record 4,169 billion yen of foreign bonds."
    record = flow(4169 * B, "4,169 billion yen", start="2020-03-01", end="2020-03-07", sentence=sentence)
    (verdict,) = _claims(official, [record], "superlative")
    assert verdict["status"] == "match"
    assert verdict["note"] == "'a record': nothing larger in the loaded series"


def test_claims_not_about_flows_are_skipped(official):
    sentence = f"They bought {HEADLINE} of foreign bonds as the yen posted its biggest rally since 2008."
    assert _claims(official, [flow(1410.1 * B, HEADLINE, sentence=sentence)], "superlative") == []
