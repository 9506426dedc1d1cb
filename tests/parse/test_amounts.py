from __future__ import annotations

from typing import NamedTuple

import pytest

from extractor.parse.amounts import find_amounts, parse_amount


class Example(NamedTuple):
    text: str
    value: float | None
    currency: str | None
    precision: float | None


AMOUNT_EXAMPLES = [
    Example("1.406 trillion yen", 1.406e12, "JPY", 1e9),
    Example("351.5 billion", 351.5e9, None, 1e8),
    Example("$13.8 billion", 13.8e9, "USD", 1e8),
    Example("US$13.8 bln", 13.8e9, "USD", 1e8),
    Example("¥450.4 billion", 450.4e9, "JPY", 1e8),
    Example("JPY 351.5bn", 351.5e9, "JPY", 1e8),
    Example("JPY1.12 trillion", 1.12e12, "JPY", 1e10),
    Example("1.41 trln yen", 1.41e12, "JPY", 1e10),
    Example("5.9 trillion won", 5.9e12, "KRW", 1e11),
    Example("A$2 billion", 2e9, "AUD", 1e9),
    Example("300 million euros", 300e6, "EUR", 1e6),
    Example("Rs 1,234 crore", 1234e7, "INR", 1e7),
    Example("1,340.6 billion yen", 1340.6e9, "JPY", 1e8),
    Example("a 52.3-billion-dollar increase", 52.3e9, "USD", 1e8),  # an adjective made of the amount
    Example("a 1.2-trillion-yen package", 1.2e12, "JPY", 1e11),
]
BUGS_CAUGHT = [
    Example("1 trillion 23.5 billion yen", 1.0235e12, "JPY", 1e8),  # two scales, as translations from Japanese print it
    Example("2 billion 400 million dollars", 2.4e9, "USD", 1e6),
    Example("l.3 trillion yen", 1.3e12, "JPY", 1e11),  # letter l for digit 1 in wire copy
]
NOT_AMOUNTS = ["seventh straight week", "rose 1.1% to 36,984.51", "in 2012", "about 40 percent"]


@pytest.mark.parametrize("ex", AMOUNT_EXAMPLES + BUGS_CAUGHT, ids=lambda e: e.text)
def test_amounts_parse(ex: Example) -> None:
    a = parse_amount(ex.text)
    assert a is not None
    assert a.value == pytest.approx(ex.value)
    assert a.precision == pytest.approx(ex.precision)
    assert a.currency == ex.currency


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_amounts_ignore_non_money(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize("text", ["nearly $14 billion", "more than 1 trillion yen"])
def test_amounts_keep_hedge(text: str) -> None:
    a = parse_amount(text)
    assert a is not None
    assert a.qualifier in ("nearly", "more than")


@pytest.mark.parametrize(("text", "expected"), [
    # amounts are located on lowercased text: capitals, offsets and hedges must come out as printed
    ("NEARLY 1.5 TRILLION YEN", ("1.5 TRILLION YEN", 7, 23, 1.5e12, "JPY", "NEARLY")),
    ("Funds sold JPY 2.1 Bln of bills", ("JPY 2.1 Bln", 11, 22, 2.1e9, "JPY", None)),
    # "İ" lowercases to two characters: the original text is searched instead
    ("İnvestors bought About $3 billion", ("$3 billion", 23, 33, 3e9, "USD", "About")),
])
def test_amounts_case_and_offsets(text: str, expected: tuple[object, ...]) -> None:
    (a,) = find_amounts(text)
    assert (a.text, a.start, a.end, a.value, a.currency, a.qualifier) == expected


@pytest.mark.parametrize(("text", "printed"), [
    ("Investment trusts bought ¥64.2 billion.", "¥64.2 billion"),  # a full stop ends the sentence, not the figure
    ("They sold JPY179.3bln. Foreigners bought more.", "JPY179.3bln"),
    ("It came to 4.1 trn.\nThe rest", "4.1 trn"),
    ("They bought 5 bln. yen of bonds", "5 bln. yen"),  # an abbreviation's own dot
])
def test_amounts_leave_the_full_stop_out(text: str, printed: str) -> None:
    assert [a.text for a in find_amounts(text)] == [printed]
