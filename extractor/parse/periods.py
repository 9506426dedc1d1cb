"""Period expressions and their resolution against a publication date.

`find_periods(text, published)` returns every period expression with its character span and a
`PeriodMention` that is either absolute (dates known) or relative to the story's headline period
("the previous week", "over the seven weeks", "so far this year"), which the flow linker resolves once
it knows the headline. Weeks are resolved later too, because their convention depends on the source:
Ministry of Finance weeks run Sunday to Saturday, stock-exchange weeks Monday to Friday.

>>> from datetime import date
>>> [m.kind for m in find_periods("in the week through Nov. 23", date(2013, 11, 28))]
['week']
>>> find_periods("in the week through Nov. 23", date(2013, 11, 28))[0].anchor
datetime.date(2013, 11, 23)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from extractor.lang.en.periods import (
    DAY_OF_RELEASE_BEFORE,
    EVENT_AFTER,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    RUN_ENDED_BEFORE,
    WEEKDAYS,
)
from extractor.parse.alternatives import OpeningScan
from extractor.parse.fold import folded_finditer, lowercase_twin

_MONTH_NUM = {form: n for n, forms in MONTHS.items() for form in forms}
_DAY_OF_RELEASE = re.compile(DAY_OF_RELEASE_BEFORE, re.IGNORECASE)
_EVENT_AFTER = re.compile(EVENT_AFTER, re.IGNORECASE)
RUN_ENDED = re.compile(RUN_ENDED_BEFORE, re.IGNORECASE)
_MON = r"(?P<mon>" + "|".join(sorted((f for f in _MONTH_NUM), key=len, reverse=True)) + r")\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_NUM = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_NUM2 = _NUM.replace("?P<n>", "?P<n2>")
_NUM3 = _NUM.replace("?P<n>", "?P<n3>")
_MON3 = _MON.replace("?P<mon>", "?P<mon3>")
_MON4 = _MON.replace("?P<mon>", "?P<mon4>")
_WDS = "|".join(WEEKDAYS)
_WD = r"(?P<wd>" + _WDS + r")"


@dataclass(frozen=True)
class PeriodMention:
    """A period expression. `relation` says how to resolve it:

    - "absolute": `start`/`end` are known (months, years, fiscal years, explicit ranges);
    - "week_end": a week ending on `anchor` (convention applied by the linker);
    - "last_week": the week before the publication week;
    - "this_week": the publication week;
    - "prev": the period before the headline period of the same kind;
    - "run": `count` units ending with the headline period (kind "weeks"/"months");
    - "ytd": from 1 January to the end of the headline period (or `anchor` when no headline is known);
    - "mtd": from the first day of a month (`start`) to the end of the headline period (kind "other");
    - "same_month": the month of the figure it is told with, in the year of `start` or else a year before;
    - "same_prev": the same stretch of the year one year earlier ("in the same period last year"): a year
      to date (from 1 April when `count` is 4, a fiscal year), shifted from the figure it is compared with;
    - "calendar_week": the week containing `anchor` (convention applied by the linker);
    - "anaphor": the period of the figure before ("at the same time", "over the same period");
    - "that": the last dated period of kind `kind` named before ("over that month");
    - "that_run": the streak named before ("the eighth straight week ... over that stretch").
    """

    kind: str
    start_char: int
    end_char: int
    text: str
    relation: str = "absolute"
    start: date | None = None
    end: date | None = None
    anchor: date | None = None
    count: int | None = None


def replace(p: PeriodMention, **changes: Any) -> PeriodMention:
    """`dataclasses.replace` for a period mention, without its look-up of the fields on every call."""
    return PeriodMention(**{**p.__dict__, **changes})


def _num(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or None


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def resolve_month_day(month: int, day: int, published: date | None, year: int | None = None) -> date | None:
    """The date with this month and day: in `year`, or the latest one not after publication (+7 days)."""
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if published is None:
        return None
    for y in (published.year, published.year - 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= published + timedelta(days=7):
            return d
    return None


def month_half(month: tuple[date, date], half: int) -> tuple[date, date]:
    """The first (1st to 15th) or second (16th to the end) half of a month."""
    first, last = month
    return (first, first.replace(day=15)) if half == 1 else (first.replace(day=16), last)


def trading_days_to(end: date, n: int) -> date:
    """The first of the `n` weekdays that end on `end` (holidays are not known)."""
    weekdays = [d for d in (end - timedelta(days=k) for k in range(2 * n + 7)) if d.weekday() < 5]
    return weekdays[n - 1]


def resolve_month(month: int, published: date | None, year: int | None = None) -> tuple[date, date] | None:
    """First and last day of the named month: in `year`, or the latest one that has begun by publication."""
    if year is None:
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
    return date(year, month, 1), month_end(year, month)


_PATTERNS: list[tuple[str, str]] = [
    # in the same period last year / during the same period of 2013 / at the same point in the last fiscal year
    # (in the same month last year / the same month of 2006: the month of the figure it is told with, a year before or in 2006)
    ("same_period", r"\b(?:(?:in|during|over|at|for)\s+)?the\s+same\s+(?:period|point|time|stretch|half|quarter|(?P<month>month)|(?:\w+\s+)?months)\s+(?:(?:of|in)\s+)?(?:(?P<fy>(?:the\s+)?(?:last|previous|prior)\s+(?:fiscal|financial)\s+year)|last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago|before)|(?P<year>(?:19|20)\d{2}))"),
    # the first week of the year / the last week of 2015 / the second week of March / the final week of fiscal 2013
    ("nth_week_of", rf"(?<!since\s)\b(?:(?:in|during|over|for)\s+)?the\s+(?P<which>first|second|third|fourth|fifth|last|final|closing|opening)\s+(?:full\s+)?week\s+of\s+(?:{_MON}(?:\s+(?P<year>\d{{4}}))?|(?P<year2>(?:19|20)\d{{2}})|(?P<rel>the\s+year|this\s+year|last\s+year)|(?P<themonth>the\s+month)|(?:fiscal|financial)\s+(?:year\s+)?(?P<fy>(?:19|20)\d{{2}})|FY\s?(?P<fy2>(?:19|20)\d{{2}})|(?P<fyrel>(?:the\s+)?(?:new|current|this|previous|last|past|prior)\s+(?:fiscal|financial)\s+year))\b"),
    # over that month / in that week: the last period of that kind named before
    # over that stretch / during that run: the streak named just before
    # (not "extending that run to seven weeks": a streak told of the figure, not its period)
    ("that_unit", r"(?<!extending\s)(?<!extended\s)(?<!extends\s)(?<!stretching\s)(?<!lengthening\s)\b(?:(?:over|in|during|for|of)\s+)?that\s+(?P<unit>month|week|quarter|year|stretch|run|streak|spell|period)\b"
                  # "This is the eighth straight week of purchases, and the run now adds up to X"
                  r"|\b(?:(?:over|in|during|for)\s+)?the\s+(?P<unit2>run|streak)(?=\s+(?:now\s+)?(?:adds|added|totals|totalled|totaled|amounts|amounted|comes|came|stands|stood)\b)"
                  r"|\b(?:over|during|across)\s+the\s+(?P<unit4>run|streak)\b(?=\s*[.,;]|\s*$)"  # "... 12 weeks in a row, and about X over the run."
                  # "March was different. Non-residents sold X of bills in the month": the story's month
                  r"|\b(?:in|during|over|for)\s+the\s+(?P<unit3>month|quarter)\b(?!-|\s+(?:ended|ending|through|to(?!\s+(?:[¥$]|\d|a\s+net\b))|till|until|before|earlier|prior|of|from|starting|after|ahead|the|when|that|in|which)\b)"),
    # as of June 30 / as on June 30: everything up to that day
    ("as_of", rf"\bas\s+(?:of|on|at)\s+(?:the\s+end\s+of\s+)?{_MON}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"),
    # at the same time / over the same period: the period of the figure before
    ("same_as_before", r"\b(?:at|during|over|in|for)\s+the\s+same\s+(?:time\s+period|time|period|stretch|(?:\w+\s+)?(?:weeks|months)|week|month|(?:\w+\s+)?(?:sessions|trading\s+days|days))\b(?!\s+(?:of|in|a|last)\b)"),
    # the week ended/through Nov. 23 (, 2013)
    # the three weeks to March 10 / in the two weeks through 28 March: a run of weeks ending on a date
    ("weeks_to", rf"\b(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:past\s+|last\s+|latest\s+)?{_NUM}\s+weeks\s+(?:to|through|ended|ending|up\s+to)\s+(?:(?:{_WDS}),?\s+)?"
                 rf"(?:{_MON}\s*(?P<day>\d{{1,2}})|(?P<dayf>\d{{1,2}})\s+{_MON2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"),
    # the week to Saturday 11 April: the day before the month
    ("week_end_dm", rf"\b(?:the\s+)?(?:trading\s+|latest\s+|reporting\s+)?(?:week|period|seven\s+days)\s+(?:that\s+)?(?:ended|ending|through|to|till|until|up\s+to)\s+"
                    rf"(?:on\s+)?(?:(?:{_WDS}),?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}(?:,?\s+(?P<year>\d{{4}}))?"),
    ("week_end", rf"\b(?:the\s+)?(?:trading\s+|latest\s+|same\s+|reporting\s+)?(?:week|period|seven\s+days|five\s+trading\s+days|(?:four|five|[45])\s+(?:trading\s+)?sessions)\s+(?:that\s+)?(?:ended|ending|through|thru|to|till|until|up\s+to|to\s+Friday|to\s+Saturday)\s+(?:on\s+)?(?:(?:{_WDS}),?\s+)?{_MON}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"),
    # the week to Wednesday / in the seven days through Friday: fund-flow and exchange weeks named by their last day
    ("weekday_end", rf"\b(?:the\s+)?(?:trading\s+|latest\s+|reporting\s+)?(?:week|seven\s+days|five\s+trading\s+days|(?:two|three|four|five|[2-5])\s+(?:trading\s+)?sessions)\s+(?:that\s+)?(?:ended|ending|through|to|till|until|up\s+to)\s+(?:last\s+)?{_WD}\b"),
    # Nov 17-23 / Nov. 24-Dec. 1 / Oct 2- 8 (a range, usually a week)
    ("range", rf"(?P<weekof>\bweek\s+of\s+)?\b(?:between\s+)?{_MON}\s*(?P<d1>\d{{1,2}})\s*(?:[-–]|\s+and\s+)\s*(?:{_MON2}\s*)?(?P<d2>\d{{1,2}})\b(?:,?\s+(?P<year>\d{{4}}))?"
              # "from the 14th to the 20th of May" (a translation's dates)
              rf"|\bfrom\s+the\s+(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)\s+(?:to|through|until)\s+the\s+(?P<d2b>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+{_MON3}(?:,?\s+(?P<year2>\d{{4}}))?"),
    # over the 21 weeks of the calendar year: a year to date (before the plain run of weeks it contains)
    ("weeks_of_year", rf"\b(?:over|in|during)\s+the\s+{_NUM}\s+weeks\s+of\s+(?:the\s+(?:calendar\s+)?year|this\s+(?:calendar\s+)?year|(?:19|20)\d{{2}}\s+so\s+far)"),
    # over the (past) seven weeks / in the past three weeks / the seven-week (buying) run / add up the past four weeks
    ("run_weeks", rf"\b(?:over|in|during|for|across|(?:add|sum)(?:ing|ed|s)?\s+up)\s+(?:the\s+|those\s+|these\s+)?(?:past|last|previous|latest|prior|preceding)?\s*{_NUM}\s+(?:straight\s+|consecutive\s+|successive\s+)?weeks\b(?:\s+(?:before|prior\s+to|preceding)\s+(?:that|then)\b)?|\bthe\s+{_NUM2}-week\s+(?:(?:buying|selling|purchasing)\s+)?(?:period|run|streak|stretch|span|spree|binge)"
                  rf"|\b(?:total|tally|sum|amount)\s+(?:of|for)\s+(?:the\s+|those\s+|these\s+)(?:past\s+|last\s+)?{_NUM3}\s+weeks\b"),  # "The cumulative amount of the seven weeks reached X"
    # "Together the two weeks account for X": the run named as the subject
    # ("Add it up and the three weeks come to X")
    # ("I added the six weeks up and get X")
    ("together_weeks", rf"\b(?:together,?|add(?:ing|ed|s)?\s+up)\s+(?:the|those|these)\s+{_NUM}\s+weeks\b|\b(?:add(?:ing|ed|s)?|sum(?:ming|med|s)?)\s+(?:the|those|these)\s+{_NUM3}\s+weeks\s+up\b|\b(?:(?:the|those|these)\s+)?{_NUM2}\s+weeks\s+(?:together\b|(?=(?:come|came|add|added|amount|amounted)\s+(?:up\s+)?to\b))"),
    # after two weeks in which they had sold X: the run before the latest week, cited for contrast
    ("after_weeks", rf"\bafter\s+{_NUM}\s+(?:straight\s+|consecutive\s+|successive\s+)?weeks\s+(?:in\s+which|during\s+which|when)\b"
                    # "The outflow followed seven straight weeks of buying worth a combined X": the run before the latest week
                    # ("after two weeks of selling that had totalled X")
                    rf"|\b(?:followed|following|after)\s+{_NUM2}\s+(?:straight\s+|consecutive\s+|successive\s+)?weeks\s+of\s+(?:net\s+)?(?:buying|selling|purchases|sales|inflows|outflows)\b"
                    r"(?=\s+(?:worth|totall?ing|amounting|(?:that|which)\s+(?:had\s+)?(?:totall?ed|amounted|came|reached)))"),
    # in a fortnight / over the past fortnight: a run of two weeks ending with the headline week
    ("fortnight", r"\b(?:over|in|during|for|within|across)\s+(?:a|the(?:\s+(?:past|last|latest))?)\s+fortnight\b(?!\s+(?:ago|earlier|before|to|through|ended|ending)\b)"),
    ("first_weeks", rf"\b(?:in\s+)?the\s+first\s+{_NUM}\s+weeks\s+of\s+{_MON}(?:\s+(?P<year>\d{{4}}))?"),
    # in the first two weeks of the year: the year to date
    ("first_weeks_of_year", rf"\b(?:in\s+|over\s+|during\s+)?the\s+(?:first|opening)\s+{_NUM}\s+weeks\s+of\s+(?:the\s+year|this\s+year|(?P<year>\d{{4}}))"),
    ("months_to", rf"\b(?:the\s+|in\s+the\s+|during\s+the\s+|over\s+the\s+)?{_NUM}\s+months\s+(?:to|through|ended|ending|until)\s+{_MON}(?:\s+(?P<year>\d{{4}}))?"),
    ("fy_to_date", r"\b(?:during|in|over|so\s+far\s+in|so\s+far\s+this)\s+(?:the\s+)?(?:current|this)\s+(?:fiscal|financial)\s+year|\bso\s+far\s+this\s+(?:fiscal|financial)\s+year|\bfiscal\s+year\s+to\s+date"
                  r"|\bsince\s+the\s+(?:fiscal|financial|business)\s+year\s+(?:began|started|opened)\b"),  # "Since the fiscal year began in April"
    ("run_months", rf"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous|latest|prior|preceding)\s+{_NUM}\s+months\b"),
    ("first_quarters", r"\b(?:in\s+)?the\s+first\s+(?P<nq>two|three|2|3)\s+quarters\s+of\s+(?:the\s+year|this\s+year|(?P<year>\d{4}))"),
    ("first_months", rf"\b(?:in\s+)?the\s+first\s+{_NUM}\s+months\s+of\s+(?:the\s+year|(?P<year>\d{{4}})|this\s+year|last\s+year"
                     r"|(?P<fyr>(?:the|this)\s+(?:current\s+)?(?:fiscal|financial|business)\s+year))"  # (from April: a span of months)
                     rf"|\b(?:in|through|over|during|for|add(?:ing|ed|s)?\s+up)\s+the\s+first\s+{_NUM2}\s+months\b(?!\s+of\b)"),  # "Through the first nine months"
    # the first nine trading days of August: a month's opening sessions (Seoul's and Taipei's exchanges report daily)
    # "Over the six sessions they have offloaded X": another market's daily data, the latest n trading days
    # ("Over the six sessions through Tuesday"; not "the five sessions to March 6": a week of its own)
    ("n_sessions", rf"\b(?:over|in|during|across|for)\s+(?:the\s+|those\s+|these\s+)?(?:past\s+|last\s+|latest\s+)?{_NUM}\s+(?:trading\s+)?sessions\b"
                   rf"(?:\s+(?:through|to|until|ended|ending)\s+{_WD}\b|(?!\s+(?:to|through|ended|ending|until)\s+[A-Z]|\s+of\b))"),
    ("first_days", rf"\b(?:(?:in|over|during|for)\s+)?the\s+first\s+{_NUM}\s+(?:trading\s+)?(?:days|sessions)\s+of\s+{_MON}(?:\s+(?P<year>\d{{4}}))?"),
    # the first half of August / in the latter half of the month: half a month (before "the first half" of a year)
    ("half_month", rf"\b(?:(?:in|during|over|for)\s+)?the\s+(?P<h>first|second|latter|later|last|former|early|earlier)\s+half\s+of\s+(?:the\s+month|{_MON}(?:\s+(?P<year>\d{{4}}))?)"),
    # over the two months / during those three months: the span of months named before (see that_unit)
    ("those_months", rf"\b(?:over|in|during|for|across)\s+(?:the|those|these)\s+{_NUM}\s+months\b(?!\s+(?:to|through|ended|ending|before|earlier|ago|of|from)\b)"),
    # over the half-year: the six months named before (see that_unit)
    ("that_half", r"\b(?:(?:over|in|during|for|across)\s+)?the\s+(?:half[- ]year|six[- ]month\s+period)\b(?!\s+(?:to|through|ended|ending|before|earlier|ago)\b)"
                  r"|\b(?:over|in|during|for|across)\s+the\s+half\b(?!-|\s+(?:of|a|an|way|point|percent|hour|time|dozen|to|through|ended|ending|before|earlier|ago)\b)"),
    ("half", r"\b(?:in\s+|over\s+)?(?:the|a)\s+(?P<h>first|second)\s+half(?:\s+of\s+(?:(?P<fyh>(?:the\s+|this\s+|their\s+|its\s+)?(?:fiscal|financial|business)\s+year)|(?:fiscal|financial)\s+(?P<fyy>(?:19|20)\d{2})|the\s+year|this\s+year|(?P<lasty>last\s+year|the\s+(?:previous|prior)\s+year)|(?P<year>\d{4})))?|\b(?P<h2>H1|H2)\b(?:\s+(?P<year2>\d{4}))?"
             r"|\bthe\s+(?P<fyh3>fiscal|financial)\s+(?P<h4>first|second)\s+half\b"  # "in the fiscal first half"
             r"|\b(?P<fyh2>(?:fiscal|financial)\s+)?(?P<h3>first|second)-half\b"),  # "first-half purchases": the adjective
    ("quarter", r"\b(?:in\s+)?the\s+(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?P<year>\d{4}))?|\bthe\s+(?P<qm>January-March|April-June|July-September|October-December)\s+quarter"
              r"|\bthe\s+(?P<qe>March|June|September|December)\s+quarter\b"  # quarters named by their last month (Australia, NZ)
              r"|\b(?P<q3>first|second|third|fourth)-quarter\b"),  # "their third-quarter net sales": the adjective
    # "in the third quarter, against X in the second": the quarter (or half) of that ordinal (see find_periods)
    ("ordinal_ellipsis", r"\bin\s+the\s+(?P<ord>first|second|third|fourth)\b(?=\s*[,.;:)]|\s+(?:as|when|while|and|but)\b)"),
    # ("taking their buying for the week to 1.37 trillion won": "to" a figure, not to a date)
    # (an event's week is the story's: "net sellers of X during the election week")
    ("head_week", r"\b(?:during|in|for|over)\s+the\s+(?:latest\s+|most\s+recent\s+|reporting\s+|same\s+|(?:election|holiday|intervention|budget|crisis)\s+)?week\b(?!\s+(?:ended|ending|through|to(?!\s+(?:[¥$]|\d|a\s+net\b))|before|earlier|prior|of|from|starting)\b)"),
    ("last_week", r"\b(?:last\s+week\b(?!\s+of\s)|past\s+week\b)"),  # not "the last week of May"
    ("this_week", r"\bthis\s+week\b"),
    # "bought X in the week to Feb. 20, sold Y a week later": the week after the one told before
    ("next_week", r"\b(?:a|one)\s+week\s+later\b|\bthe\s+following\s+week\b"),
    ("prev_week", r"\bthe\s+week\s+before\s+that\b|\b(?:the\s+)?(?:previous|prior|preceding|prev\.?)\s+(?:week\b|(?:seven|7)\s+days\b)|\bthe\s+(?:seven|7)\s+days\s+(?:before|prior|earlier)\b|\bthe\s+(?:holiday-shortened\s+|shortened\s+|four-day\s+|three-day\s+)?week\s+(?:before|prior|earlier)\b|\ba\s+week\s+(?:earlier|before|ago)\b|\bweek\s+earlier\b"
                  r"|\b(?:came|comes|followed|follows|arrived)\s+(?:just\s+|only\s+)?a\s+week\s+after\b"),  # "That came a week after they sold X": X's week
    ("prev_month", r"\b(?:the\s+)?(?:previous|prior|preceding)\s+month\b|\bthe\s+month\s+(?:before|prior|earlier)\b|\ba\s+month\s+(?:earlier|before|ago)\b"),
    ("last_month", r"\blast\s+month\b(?!\s+of\s)"),  # not "the last month of the fiscal year"
    # (not "the year to March", "the year through June"; "for the year to 9.9 trillion yen" is this year's running total)
    ("the_year", r"\b(?:over|for|during|throughout)\s+a\s+(?:whole\s+|full\s+|entire\s+)?calendar\s+year\b|\b(?:over|for|during|in|throughout)\s+the\s+(?:whole\s+|full\s+|entire\s+)?(?:calendar\s+)?year\b(?!\s+(?:to|through|ended|ending)\s+(?![¥$]|\d|a\s+net\b|about\b|around\b|some\b|nearly\b|almost\b|roughly\b|more\s+than\b)|\s+(?:so\s+far|before|earlier|ago))|\b(?:full|calendar)-year\b(?!-)"
                 r"|\bthe\s+year(?:'|\u2019)s\s+(?:net\s+)?(?:total|tally|sum)\b"),  # "bringing the year's total to Y"
    # since Aug. 2 / since the May 16 election: from that day to the latest data (other markets' daily data)
    ("since_day", rf"\bsince\s+(?:the\s+)?{_MON}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)(?!\s*[-–]|\s+(?:to|through|and)\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![.,]\d))"),
    ("since_month", r"\bsince\s+(?:the\s+(?:streak|run)\s+(?:began|started)\s+in\s+)?(?P<part>early|mid|late|the\s+end\s+of|the\s+start\s+of)?[\s-]*(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"),
    # the three-week total / a two-week tally / three-week net sales / the six weeks of selling: a run's sum
    ("n_week_total", rf"\b(?:(?:the|a|their|its)\s+)?{_NUM}-week\s+(?:(?:net|combined|cumulative|japanese|foreign|bond|stock|equity|bill)\s+){{0,3}}(?:total|tally|sum|run|streak|stretch|sales|purchases|outflows?|inflows?|selling|buying|spree|binge|exodus|haul|damage)\b(?!\s+(?:trend|pattern|high|low))"
                     # (not a streak told of the figure: "sold X, making it three weeks of selling")
                     rf"|(?<!making\sit\s)(?<!makes\sit\s)(?<!made\sit\s)\b(?:the\s+|those\s+|these\s+)?{_NUM2}\s+weeks\s+of\s+(?:net\s+)?(?:selling|buying|sales|purchases|outflows?|inflows?)\b"
                     rf"|\b(?:the|a|their|its)\s+{_NUM3}-month\s+(?P<mo>total|tally|sum)\b"),  # "bringing the six-month total to X"
    ("days_from", rf"\b(?:the\s+)?(?:{_NUM}|four-day|three-day|shortened|holiday-shortened)?\s*(?:trading\s+days|-?day\s+week|week)\s+(?:from|starting|of(?=\s+[a-z]{{3,9}}\.?\s*\d{{1,2}}\s+(?:to|through|until)\s))\s+{_MON}\s*(?P<day>\d{{1,2}})(?:\s+(?:to|through|until)\s+(?:{_MON2}\s*)?(?P<day2>\d{{1,2}})\b)?"),
    ("month_span", rf"\b(?:(?:from|between)\s+(?:the\s+period\s+of\s+)?|(?:in|during|over|for)\s+(?:the\s+months\s+of\s+)?(?!\w+\.?\s+and\s+\w+\.?,?\s+respectively\b))"
                   rf"{_MON}(?:\s+(?P<y1>\d{{4}}))?\s+(?:to|through|and|until)\s+{_MON2}(?:\s+(?P<year>\d{{4}}))?|\b(?:in\s+)?{_MON3}\s*[-–]\s*{_MON4}(?:\s+(?P<year2>\d{{4}}))?(?!\s+quarter)"
                   r"(?P<ly>\s+last\s+year\b)?"),  # "in January-June last year"
    # so far this month / so far in August / month to date: from the month's first day to the latest data
    ("mtd", rf"\bso\s+far\s+(?:this\s+month|in\s+{_MON}\b(?!\s*\d))|\bin\s+{_MON2}(?<!\.)\s+so\s+far\b|(?<!earlier\s)(?<!later\s)(?<!early\s)(?<!late\s)\bthis\s+month\b(?!(?:'|\u2019)s)|\bmonth[- ]to[- ]date\b|\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month\b"),
    # "this year through November", "for the year to October" (not "the year to March": a fiscal year)
    ("ytd", rf"\b(?:this\s+(?:calendar\s+)?|(?:for|in|over|during)\s+the\s+(?:calendar\s+)?(?!year\s+\w+\s+(?:the\s+end\s+of\s+)?March\b))year\s+(?:through|to|until|up\s+to)\s+(?:the\s+end\s+of\s+)?{_MON}(?![.\s]*\d)"
            r"|\bso\s+far\s+(?:this\s+year|in\s+(?P<year>\d{4})|this\s+calendar\s+year)|\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:calendar\s+)?year|\b(?:year[- ]to[- ]date|year\s+to\s+date)\b|\bthis\s+year\b|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?January\b|\b(?:in|for|over)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\s+so\s+far\b|\bthe\s+year\s+so\s+far\b"
            r"|\bsince\s+the\s+(?:first|opening)\s+(?:full\s+)?(?:week|days?|trading\s+days?)\s+of\s+(?:January|the\s+year)\b"),
    ("fiscal", r"\b(?:in\s+|for\s+|over\s+)?(?:the\s+|this\s+|the\s+current\s+|(?:the\s+)?(?P<prev>previous|prior|preceding|last)\s+)?(?:(?P<fy>\d{4})(?:/\d{2,4})?\s+)?(?<!new\s)(?<!coming\s)(?<!next\s)(?:fiscal|financial|business)[\s-]year(?![-\s]ends?\b)(?:\s+(?P<fy5>(?:19|20)\d{2})\b(?!\s*[-/]\d))?(?:\s+(?:that\s+)?(?:ended|ending|closed|closing|through|to)\s+(?:in\s+)?March(?:\s+(?P<fyend>\d{4}))?)?|\bfiscal\s+(?P<fy2>\d{4})|\bFY\s?(?P<fy3>\d{4})|\bthe\s+year\s+(?:ended|ending|through|to)\s+March(?:\s+(?P<fyend2>\d{4}))?|\b(?:in\s+|for\s+|over\s+)?(?:the\s+)?(?P<fy4>(?:19|20)\d{2})/\d{2}\s+year\b"),
    ("month", rf"\b(?:in|for|during|of|over|through|throughout)\s+(?:the\s+(?:single\s+)?month\s+of\s+)?{_MON}(?:\s+(?:of\s+)?(?P<year>\d{{4}})|(?<!\.)\s+(?:of\s+)?(?P<ly>last\s+year|a\s+year\s+(?:ago|earlier|before))\b)?(?![\w.]*\s*\d{{1,2}}\b)|\b{_MON2}(?:\s+(?P<year2>\d{{4}}))?(?:'s\b|(?=\s+(?:alone|itself)\b)|(?=\s+(?:accounted|accounting|saw|showed|brought|made\s+up|added|contributed|continued|followed|extended|told|painted|looked|was\s+(?:another|a|the|different|quieter|busier|calmer)\b))|(?=,?\s+when\b)"
              r"|(?=\s+(?:net\s+)?(?:purchases|sales|buying|selling|inflows|outflows|figure|number)\b))"),  # "Their December purchases, at X", "The December figure"
    # from Monday to Thursday: the days so far of this week (daily exchange data of other markets)
    ("weekday_span", rf"\b(?:from|between)\s+{_WD}\s+(?:to|through|and|until|till)\s+(?P<wd2>{_WDS})\b"),
    # on Thursday: a day's figure (daily exchange data of other markets)
    ("weekday", rf"\bon\s+{_WD}\b(?!\s*(?:'s|\u2019s))"),
    ("year", r"\b(?:in|for|during|of|over|throughout|across)\s+(?:the\s+(?:whole\s+|entire\s+|calendar\s+)?(?:year\s+)?(?:of\s+)?|calendar\s+(?:year\s+)?)?(?P<year>(?:19|20)\d{2})\b(?!\s*[-/]\d)"
             r"|\b(?P<year2>(?:19|20)\d{2})(?=,?\s+when\b)"  # "an acceleration from 2021, when insurers sold X"
             r"|\b(?P<year3>(?:19|20)\d{2})(?=(?:'|\u2019)s\s|\s+(?:full-year\s+|annual\s+)?(?:figure|number|total|tally)\b)"  # "behind only 2015's X", "Their 2022 figure was X"
             r"|\b(?:(?:in|for|over|during|throughout)\s+)?the\s+(?:whole|full|entire)\s+(?:of\s+)?last\s+year\b|\blast\s+year\b|\bthe\s+(?:previous|prior)\s+year\b|\bthe\s+year\s+(?:before|earlier)\b|\ba\s+year\s+(?:earlier|ago|before)\b"),
]
_COMPILED = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _PATTERNS]
_TWINS = {name: lowercase_twin(rx) for name, rx in _COMPILED}  # run on text.lower(): see parse.fold
_SCANS = {name: twin and OpeningScan.of(twin) or twin for name, twin in _TWINS.items()}
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words a pattern cannot match without (lowercase), as clauses that each need one of their words in
# the text: patterns absent here always run.
_WEEK, _MONTH = ("week",), ("month",)
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "same_period": (("same",),), "same_as_before": (("same",),), "that_unit": (("that", "the run", "the streak", "the month", "the quarter"),), "as_of": (("as ",), _MONTH_STEMS),
    "nth_week_of": (_WEEK,), "week_end": (("week", "period", "days", "sessions"), _MONTH_STEMS), "weekday_end": (("week", "days", "sessions"), ("day",)),
    "weeks_to": (_WEEK, _MONTH_STEMS), "week_end_dm": (("week", "period", "days"), _MONTH_STEMS), "range": (_MONTH_STEMS,), "run_weeks": (_WEEK,), "after_weeks": (_WEEK, ("after", "follow")), "fortnight": (("fortnight",),), "together_weeks": (_WEEK,), "first_weeks": (_WEEK, _MONTH_STEMS), "months_to": (_MONTH, _MONTH_STEMS),
    "weeks_of_year": (_WEEK, ("year", "so far")), "first_weeks_of_year": (_WEEK, ("first", "opening")), "fy_to_date": (("fiscal", "financial"),), "run_months": (_MONTH,),
    "first_quarters": (("quarter",),), "first_months": (_MONTH,), "those_months": (_MONTH,), "first_days": (("days", "sessions"),), "n_sessions": (("sessions",),), "half_month": (("half",),), "that_half": (("half", "six"),), "half": (("half", "h1", "h2"),), "quarter": (("quarter",),), "ordinal_ellipsis": (("first", "second", "third", "fourth"),),
    "weekday": (("day",),), "weekday_span": (("day",), ("from", "between")), "head_week": (_WEEK,), "last_week": (_WEEK,), "this_week": (_WEEK,), "prev_week": (("week", "days"),), "next_week": (_WEEK,),
    "prev_month": (_MONTH,), "last_month": (_MONTH,), "the_year": (("year",),), "since_month": (("since",), _MONTH_STEMS), "since_day": (("since",), _MONTH_STEMS),
    "n_week_total": (("week", "month"),), "days_from": (("from", "starting", "week of"), ("day", "week"), _MONTH_STEMS),
    "month_span": (_MONTH_STEMS,), "fiscal": (("fiscal", "financial", "business", "fy", "march", "/"),), "month": (_MONTH_STEMS,),
    "mtd": (("month", *_MONTH_STEMS),), "ytd": (("year", "since", "january", "far"),), "year": (("19", "20", "year"),),
}
_NEED_BITS = {word: 1 << i for i, word in enumerate(sorted({w for clauses in _NEEDS.values() for c in clauses for w in c}))}
# the patterns in order, each with its clauses as masks of _NEED_BITS and as their words with their bits
_PLAN = [(name, rx, tuple((sum(_NEED_BITS[w] for w in c), tuple((w, _NEED_BITS[w]) for w in c)) for c in _NEEDS.get(name, ())))
         for name, rx in _COMPILED]


# "the last month of", "the first quarter of the new": a year named only to place another period
_PART_OF = re.compile(r"\b(?:first|last|final|opening|closing|second|third|fourth)\s+(?:month|week|quarter|half|day)s?\s+of\s+"
                      r"(?:the\s+)?(?:new\s+|current\s+|coming\s+|old\s+|previous\s+|past\s+)?$")
_WHOLE_YEARS = ("year", "fiscal_year")


def find_periods(text: str, published: date | None, start: int = 0, end: int | None = None, *,
                 low: str | None = None) -> list[PeriodMention]:
    """Every period expression in `text` (or in text[start:end]), left to right, without overlaps
    (earlier patterns win)."""
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    end = len(text) if end is None else end
    whole = text.lower() if low is None else low  # callers searching several regions pass it once
    low = whole[start:end] if len(whole) == len(text) else text[start:end].lower()
    # the needed words found in the text, and those looked for, as bits: substring tests are cheaper
    # than regex passes, and a word is only looked for when a pattern's clause still needs it
    present = tested = 0
    for name, rx, clauses in _PLAN:
        met = True
        for mask, words in clauses:
            if present & mask:
                continue
            for word, bit in words:
                if not tested & bit:
                    tested |= bit
                    if word in low:
                        present |= bit
                        break
            if not present & mask:
                met = False
                break
        if not met:
            continue
        for m in folded_finditer(rx, _SCANS[name], text, whole, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if name == "year" and any(0 <= s - te <= 1 and text[te - 1] not in ".;:" for _, te in taken):
                continue  # "since the week ended Oct. 6 last year": the year of the date before it
            mention = _resolve(name, m, published)
            if mention is not None and mention.kind in _WHOLE_YEARS and _PART_OF.search(whole, max(0, s - 60), s):
                continue  # "In March, the last month of the previous fiscal year, ...": it describes March
            if name == "n_week_total" and RUN_ENDED.search(text, max(0, s - 40), s):
                continue  # "breaking a two-week buying run": the run ended; the figure is the week's
            if mention is not None and name != "since_day" and _EVENT_AFTER.match(text, e):
                continue  # "ahead of the Bank of Japan's July 27-28 policy meeting": an event's date (but "since the May 16
                # election" starts a span)
            if mention is not None:
                found.append(mention)
                taken.append((s, e))
    found.sort(key=lambda p: p.start_char)
    if any(p.relation == "ellipsis" for p in found):
        found = [q for k, p in enumerate(found) if (q := _elided(p, found[k - 1] if k else None, text)) is not None]
    return found


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_SENTENCE_GAP = re.compile(r"(?<!\bU\.S)[.;](?=\s)")


def _elided(p: PeriodMention, before: PeriodMention | None, text: str) -> PeriodMention | None:
    """`p` itself, or for "in the second" after "in the third quarter" (in the same sentence) the second quarter: the
    latest such quarter or half up to the one named (of its year, else of the year before); None when nothing names
    the unit."""
    if p.relation != "ellipsis":
        return p
    if before is None or before.start is None or before.end is None or p.count is None \
            or _SENTENCE_GAP.search(text, before.end_char, p.start_char):
        return None
    if before.kind == "quarter":
        y = before.start.year - (1 if p.count > (before.start.month + 2) // 3 else 0)
        return replace(p, kind="quarter", relation="absolute", start=date(y, 3 * p.count - 2, 1), end=month_end(y, 3 * p.count), count=None)
    if before.kind in ("months", "year_to_date") and before.count == 6 and before.start.month in (1, 7) and p.count <= 2:
        y = before.start.year - (1 if p.count > (1 if before.start.month == 1 else 2) else 0)
        return replace(p, kind="months", relation="absolute", start=date(y, 6 * p.count - 5, 1), end=month_end(y, 6 * p.count), count=6)
    return None


# monthly data comes out about a week after the month; a story told later than this is about older data
_LATEST_MONTHLY_LAG = timedelta(days=45)


def _year_start_span(p: PeriodMention, published: date | None) -> PeriodMention:
    """A span of months from January up to the latest monthly data ("in the first half", "between January and
    November", "the six months through June", told the month after) is the year to date; an older one, or one
    of a story with no date, stays a span of months."""
    if p.start is None or p.end is None or p.start.month != 1 or p.end.month == 12 or published is None \
            or not timedelta(0) <= published - p.end <= _LATEST_MONTHLY_LAG:
        return p
    return replace(p, kind="year_to_date")


def _resolve(name: str, m: re.Match[str], published: date | None) -> PeriodMention | None:
    g = m.groupdict()
    text = m.group(0)
    base = PeriodMention(kind="other", start_char=m.start(), end_char=m.end(), text=text)
    year = int(g["year"]) if g.get("year") else int(g.get("year2") or g["year3"]) if name == "year" and (g.get("year2") or g.get("year3")) else None
    if name == "weeks_to":
        n = _num(g.get("n") or "")
        if not n:
            return None
        end = resolve_month_day(_MONTH_NUM[(g.get("mon") or g["mon2"]).lower()], int(g.get("day") or g["dayf"]), published, year)
        return replace(base, kind="weeks", count=n, start=end - timedelta(days=7 * n - 1) if end else None, end=end)
    if name in ("week_end", "week_end_dm"):
        end = resolve_month_day(_MONTH_NUM[g["mon"].lower()], int(g["day"]), published, year)
        return replace(base, kind="week", relation="week_end", anchor=end) if end else replace(base, kind="week", relation="week_end")
    if name == "nth_week_of":
        return _nth_week_of(base, g, published)
    if name == "weekday_span":
        if published is None:
            return replace(base, kind="week")
        # the latest such span up to publication day: "from Monday to Thursday" told on Friday
        last = published - timedelta(days=(published.weekday() - WEEKDAYS[g["wd2"].lower()]) % 7)
        first = last - timedelta(days=(WEEKDAYS[g["wd2"].lower()] - WEEKDAYS[g["wd"].lower()]) % 7)
        return replace(base, kind="week", start=first, end=last)
    if name == "weekday":
        if _DAY_OF_RELEASE.search(m.string, max(0, m.start() - 40), m.start()):
            return None  # "data showed on Thursday": when the data came out
        if published is None:
            return replace(base, kind="day")
        # the latest such day on or before publication
        day: date | None = published - timedelta(days=(published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7)
        return replace(base, kind="day", start=day, end=day)
    if name == "as_of":
        day = resolve_month_day(_MONTH_NUM[g["mon"].lower()], int(g["day"]), published, year)
        return replace(base, kind="other", end=day)
    if name == "that_unit":
        if g["unit3"]:
            return replace(base, kind=g["unit3"].lower(), relation="head")  # "in the month": the story's month (or quarter)
        unit = (g["unit"] or g["unit2"] or g["unit4"]).lower()
        if unit in ("stretch", "run", "streak", "spell", "period"):
            return replace(base, kind="weeks", relation="that_run")  # the linker reads the count off the streak
        return replace(base, kind=unit, relation="that")
    if name == "same_as_before":
        return replace(base, kind="", relation="anaphor")
    if name == "same_period" and g.get("month"):
        return replace(base, kind="month", relation="same_month", start=date(year, 1, 1) if year is not None else None)
    if name == "same_period":
        fiscal = bool(g.get("fy"))
        if year is None and published is not None:
            year = (published.year if published.month > 3 else published.year - 1) - 1 if fiscal else published.year - 1
        start = date(year, 4 if fiscal else 1, 1) if year is not None else None
        return replace(base, kind="year_to_date", relation="same_prev", start=start, count=4 if fiscal else 1)
    if name == "weekday_end":
        if published is None:
            return replace(base, kind="week", relation="week_end")
        # the latest such weekday up to publication day
        anchor = published - timedelta(days=(published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7)
        return replace(base, kind="week", relation="week_end", anchor=anchor)
    if name == "range":
        m1 = _MONTH_NUM[(g.get("mon") or g["mon3"]).lower()]
        m2 = _MONTH_NUM[g["mon2"].lower()] if g.get("mon2") else m1
        d1, d2 = int(g.get("d1") or g["d1b"]), int(g.get("d2") or g["d2b"])
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1 == m2 and d2 <= d1):
            return None
        end = resolve_month_day(m2, d2, published, year or (int(g["year2"]) if g.get("year2") else None))
        if end is None:
            return None
        try:
            start = date(end.year - (1 if m1 > m2 else 0), m1, d1)
        except ValueError:
            return None
        span_days = (end - start).days
        kind = "week" if span_days in (4, 5, 6) or (g.get("weekof") and span_days < 7) else ("day" if span_days == 0 else "other")
        return replace(base, kind=kind, start=start, end=end)
    if name == "together_weeks":
        n = _num(g.get("n") or g.get("n2") or g.get("n3") or "")
        return replace(base, kind="weeks", relation="run", count=n) if n else None
    if name == "after_weeks":
        n = _num(g.get("n") or g.get("n2") or "")
        return replace(base, kind="weeks", relation="run", count=n) if n else None
    if name in ("run_weeks", "first_weeks"):
        n = _num(g.get("n") or g.get("n2") or g.get("n3") or "")
        if not n:
            return None
        if name == "first_weeks":
            span = resolve_month(_MONTH_NUM[g["mon"].lower()], published, year)
            if span is None:
                return replace(base, kind="weeks", count=n)
            # weeks of a month: the weeks that have most of their days in it
            week1 = _first_week_in(span[0])
            return replace(base, kind="weeks", start=week1[0], end=week1[1] + timedelta(weeks=n - 1), count=n)
        return replace(base, kind="weeks", relation="run", count=n)
    if name == "fortnight":
        return replace(base, kind="weeks", relation="run", count=2)
    if name == "months_to":
        n = _num(g.get("n") or "")
        span = resolve_month(_MONTH_NUM[g["mon"].lower()], published, year)
        if not n or span is None:
            return replace(base, kind="months", count=n)
        start_year, mth = span[1].year, span[1].month - n + 1
        while mth <= 0:
            start_year, mth = start_year - 1, mth + 12
        return _year_start_span(replace(base, kind="months", start=date(start_year, mth, 1), end=span[1], count=n), published)
    if name in ("weeks_of_year", "first_weeks_of_year"):
        return replace(base, kind="year_to_date", relation="ytd", start=date(published.year, 1, 1) if published else None, anchor=published)
    if name == "fy_to_date":
        if published is None:
            return replace(base, kind="year_to_date", relation="ytd")
        fy_year = published.year if published.month > 3 else published.year - 1
        return replace(base, kind="year_to_date", relation="ytd", start=date(fy_year, 4, 1), anchor=published)
    if name == "run_months":
        n = _num(g.get("n") or "")
        return replace(base, kind="months", relation="run", count=n) if n else None
    if name == "first_quarters":
        nq = {"two": 2, "three": 3, "2": 2, "3": 3}[g["nq"].lower()]
        y = year or (published.year if published else None)
        if y is None:
            return replace(base, kind="year_to_date")
        return replace(base, kind="year_to_date", start=date(y, 1, 1), end=month_end(y, 3 * nq))
    if name == "first_months":
        n = _num(g.get("n") or g.get("n2") or "")
        if not n or n > 12:
            return None
        if g.get("n2") and published is not None:  # no year named: the latest such months
            year = published.year if published.month > n else published.year - 1
        if g.get("fyr"):
            # "over the first six months of the fiscal year": from April of the fiscal year under way
            if published is None:
                return replace(base, kind="months", count=n)
            fy_start = published.year if published.month >= 4 else published.year - 1
            end_year, end_month = fy_start + (3 + n - 1) // 12, (3 + n - 1) % 12 + 1
            return replace(base, kind="months", start=date(fy_start, 4, 1), end=month_end(end_year, end_month), count=n)
        y = year or (published.year - (1 if "last year" in text.lower() else 0) if published else None)
        # the first months of a year are that year to date, as its first quarters and weeks are
        if y is None:
            return replace(base, kind="year_to_date", count=n)
        return replace(base, kind="year_to_date", start=date(y, 1, 1), end=month_end(y, n), count=n)
    if name == "n_sessions":
        n = _num(g["n"])
        if n is not None and n <= 5:
            # "during the five sessions", "in the three sessions" (of a week of holidays): the story's week
            return replace(base, kind="week", relation="head")
        if published is None or not n:
            return replace(base, kind="other")
        # the n weekdays up to the day named, or the story's day (the linker moves an unnamed end to the latest day the
        # story tells of: see `trading_days_to`)
        if g.get("wd"):
            end = published - timedelta(days=(published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7)
            return replace(base, kind="other", start=trading_days_to(end, n), end=end, count=n)
        end = published - timedelta(days=max(0, published.weekday() - 4))
        return replace(base, kind="other", relation="sessions", start=trading_days_to(end, n), end=end, count=n)
    if name == "first_days":
        span, n = resolve_month(_MONTH_NUM[g["mon"].lower()], published, year), _num(g["n"])
        if span is None or not n:
            return replace(base, kind="other")
        # the n-th weekday of the month (holidays are not known)
        weekdays = [d for d in (span[0] + timedelta(days=k) for k in range(span[1].day)) if d.weekday() < 5]
        return replace(base, kind="other", start=span[0], end=weekdays[min(n, len(weekdays)) - 1])
    if name == "half_month":
        half = 1 if g["h"].lower() in ("first", "former", "early", "earlier") else 2
        if not g.get("mon"):  # "of the month": the month named before (see the linker)
            return replace(base, kind="other", relation="half_of_that", count=half)
        span = resolve_month(_MONTH_NUM[g["mon"].lower()], published, year)
        days = month_half(span, half) if span else (None, None)
        return replace(base, kind="other", start=days[0], end=days[1])
    if name == "that_half":
        return replace(base, kind="months", relation="that")
    if name == "those_months":
        return replace(base, kind="months", relation="that", count=_num(g["n"]))
    if name == "half":
        first_half = (g.get("h") or g.get("h2") or g.get("h3") or g.get("h4") or "").lower() in ("first", "h1")
        if g.get("fyy") or g.get("fyh") or g.get("fyh2") or g.get("fyh3"):
            if g.get("fyy"):  # "the first half of fiscal 2025": April-September 2025
                y = int(g["fyy"])
            elif published is None:
                return replace(base, kind="months")
            else:  # a fiscal half (April-September, October-March) is reported once it is over
                y = (published.year if published.month >= 10 else published.year - 1) if first_half else \
                    (published.year - 1 if published.month >= 4 else published.year - 2)
            return replace(base, kind="months", start=date(y, 4 if first_half else 10, 1), end=month_end(y if first_half else y + 1, 9 if first_half else 3), count=6)
        y = year or (int(g["year2"]) if g.get("year2") else None)
        if y is None and g.get("lasty") and published is not None:
            y = published.year - 1  # "the first half of last year"
        if y is None and published is not None:
            # a half is reported once it is over
            y = published.year if (published.month >= 7 if first_half else published.month == 12) else published.year - 1
        if y is None:
            return replace(base, kind="months")
        return _year_start_span(replace(base, kind="months", start=date(y, 1 if first_half else 7, 1), end=month_end(y, 6 if first_half else 12), count=6), published)
    if name == "quarter":
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get((g.get("q") or g.get("q3") or "").lower())
        if q is None and g.get("qe"):
            q = {"march": 1, "june": 2, "september": 3, "december": 4}[g["qe"].lower()]
        if q is None and g.get("qm"):
            q = {"january": 1, "april": 2, "july": 3, "october": 4}[g["qm"].split("-")[0].lower()]
        if q is None:
            return None
        y = year
        if y is None and published is not None:
            y = published.year if 3 * q <= published.month + 1 else published.year - 1
        if y is None:
            return replace(base, kind="quarter")
        return replace(base, kind="quarter", start=date(y, 3 * q - 2, 1), end=month_end(y, 3 * q))
    if name == "ordinal_ellipsis":
        return replace(base, kind="", relation="ellipsis", count=_ORDINALS[g["ord"].lower()])
    if name == "head_week":
        return replace(base, kind="week", relation="head")
    if name == "last_week":
        return replace(base, kind="week", relation="last_week")
    if name == "this_week":
        # the publication week for another market's daily data; the linker reads it as the headline week otherwise
        return replace(base, kind="week", relation="this_week")
    if name == "month_span":
        m1 = _MONTH_NUM[(g.get("mon") or g["mon3"]).lower()]
        m2 = _MONTH_NUM[(g.get("mon2") or g["mon4"]).lower()]
        y = year or (int(g["year2"]) if g.get("year2") else None)
        if g.get("ly") and y is None and published is not None:
            y = published.year - 1
        if g.get("y1") and y is None:
            y = int(g["y1"]) + (1 if m1 > m2 else 0)  # "from April 2014 to March": the March after
        span = resolve_month(m2, published, y)
        if span is None or m1 == m2:
            return None if m1 == m2 else replace(base, kind="months")
        start_year = span[1].year - (1 if m1 > m2 else 0)
        if m1 in (4, 7, 10) and m2 == m1 + 2:
            # "in April-June": a calendar quarter, as "the April-June quarter" is (January-March is the year to date)
            return replace(base, kind="quarter", start=date(start_year, m1, 1), end=span[1])
        return _year_start_span(replace(base, kind="months", start=date(start_year, m1, 1), end=span[1], count=(m2 - m1) % 12 + 1), published)
    if name == "the_year":
        if published is not None and published.month <= 2:
            return replace(base, kind="year", start=date(published.year - 1, 1, 1), end=date(published.year - 1, 12, 31))
        return replace(base, kind="year_to_date", relation="the_year", start=date(published.year, 1, 1) if published else None, anchor=published)
    if name in ("since_month", "n_week_total"):
        # a run of weeks ending with the headline week ("since late October", "the three-week total")
        n = _num(g.get("n") or g.get("n2") or g.get("n3") or "") if name == "n_week_total" else None
        if g.get("mo"):  # "the six-month total": the months up to the latest one
            return replace(base, kind="months", relation="run", count=n) if n else None
        part = (g.get("part") or "").lower()
        if name == "since_month" and g["mon"].lower() == "january" and part in ("", "the start of", "early") and year is None:
            # "since January", "since the start of January": the year to date
            return replace(base, kind="year_to_date", relation="ytd", start=date(published.year, 1, 1) if published else None, anchor=published)
        run = replace(base, kind="weeks", relation="run_since" if name == "since_month" else "run", count=n)
        if year is not None:  # "since May 2010": the run starts in that very month
            return replace(run, start=date(year, _MONTH_NUM[g["mon"].lower()], 1), end=month_end(year, _MONTH_NUM[g["mon"].lower()]))
        return run
    if name == "days_from":
        first_day = resolve_month_day(_MONTH_NUM[g["mon"].lower()], int(g["day"]), published, year)
        if first_day is None:
            return replace(base, kind="week")
        last_day = resolve_month_day(_MONTH_NUM[(g.get("mon2") or g["mon"]).lower()], int(g["day2"]), published, year) if g.get("day2") else None
        last_day = last_day or first_day + timedelta(days=4 - first_day.weekday() if first_day.weekday() <= 4 else 0)
        return replace(base, kind="week", start=first_day, end=last_day)
    if name == "prev_week":
        return replace(base, kind="week", relation="prev")
    if name == "next_week":
        return replace(base, kind="week", relation="next")
    if name == "prev_month":
        return replace(base, kind="month", relation="prev")
    if name == "last_month":
        if published is None:
            return replace(base, kind="month")
        last = published.replace(day=1) - timedelta(days=1)
        return replace(base, kind="month", start=last.replace(day=1), end=last)
    if name == "since_day":
        day = resolve_month_day(_MONTH_NUM[g["mon"].lower()], int(g["day"]), published, year)
        return replace(base, kind="other", relation="mtd", start=day, anchor=published) if day else None
    if name == "mtd":
        mon = g.get("mon") or g.get("mon2")
        span = resolve_month(_MONTH_NUM[mon.lower()], published) if mon else (
            resolve_month(published.month, published) if published else None)
        return replace(base, kind="other", relation="mtd", start=span[0] if span else None, anchor=published)
    if name == "ytd":
        if g.get("mon") and (span := resolve_month(_MONTH_NUM[g["mon"].lower()], published, year)) is not None:
            return replace(base, kind="year_to_date", start=date(span[1].year, 1, 1), end=span[1])
        y = year or (published.year if published else None)
        start = date(y, 1, 1) if y else None
        return replace(base, kind="year_to_date", relation="ytd", start=start, anchor=published)
    if name == "fiscal":
        fy = g.get("fy") or g.get("fy2") or g.get("fy3") or g.get("fy4") or g.get("fy5")  # ("the 2007/08 year": fiscal 2007)
        fyend = g.get("fyend") or g.get("fyend2")
        if fy:
            y = int(fy)
        elif fyend:
            y = int(fyend) - 1
        elif published is not None:
            # "the fiscal year that ended in March": the latest March end before publication
            y = published.year - 1 if published.month > 3 else published.year - 2
            if re.search(r"\b(?:this|current|coming|next)\s+(?:fiscal|financial)", text, re.IGNORECASE):
                y = published.year if published.month > 3 else published.year - 1
        else:
            return replace(base, kind="fiscal_year")
        if g.get("prev") and not (fy or fyend):
            # "the previous fiscal year": the one before the story's headline fiscal year (the linker
            # knows it); without one, the latest that has ended stands in, as for "the fiscal year"
            return replace(base, kind="fiscal_year", start=date(y, 4, 1), end=date(y + 1, 3, 31), relation="prev")
        return replace(base, kind="fiscal_year", start=date(y, 4, 1), end=date(y + 1, 3, 31))
    if name == "month":
        word = g.get("mon") or g["mon2"]
        mon = _MONTH_NUM[word.lower()]
        if word[0].islower():  # "may" the verb, "mar" the verb: month names are capitalised
            return None
        y = year or (int(g["year2"]) if g.get("year2") else None)
        span = resolve_month(mon, published, y)
        if span is None:
            return replace(base, kind="month")
        if g.get("ly"):  # "in May last year": the May of the year before the latest one
            span = (span[0].replace(year=span[0].year - 1), month_end(span[0].year - 1, mon))
        return replace(base, kind="month", start=span[0], end=span[1])
    if name == "year":
        low = text.lower()
        if year is None:
            if published is None:
                return replace(base, kind="year")
            year = published.year - 1
        # "the previous year", "a year earlier": the year before the story's headline year (the linker
        # knows it; the year before publication stands in)
        relative = re.search(r"previous|prior|the\s+year\s+(?:before|earlier)|a\s+year\s+(?:earlier|before)", low) is not None
        return replace(base, kind="year", start=date(year, 1, 1), end=date(year, 12, 31), relation="prev" if relative else "absolute")
    return None


def _first_week_in(first_day: date) -> tuple[date, date]:
    """The first Sunday..Saturday week with most of its days on or after `first_day`: the week of the
    first Wednesday from then on (the first week of 2024 runs from Sunday 31 December 2023)."""
    wednesday = first_day + timedelta(days=(2 - first_day.weekday()) % 7)
    return wednesday - timedelta(days=3), wednesday + timedelta(days=3)


def _last_week_in(last_day: date) -> tuple[date, date]:
    """The last Sunday..Saturday week with most of its days on or before `last_day`."""
    wednesday = last_day - timedelta(days=(last_day.weekday() - 2) % 7)
    return wednesday - timedelta(days=3), wednesday + timedelta(days=3)


def _nth_week_of(base: PeriodMention, g: dict[str, str | None], published: date | None) -> PeriodMention | None:
    """ "the first week of the year", "the last week of 2015", "the second week of March": a week of a
    month or year, counted by where most of its days fall; the convention is applied by the linker
    (relation "calendar_week", `anchor` its Wednesday)."""
    which = (g.get("which") or "").lower()
    nth = {"opening": 1, "last": -1, "final": -1, "closing": -1}.get(which) or ORDINAL_WORDS.get(which, 1)
    week = replace(base, kind="week", relation="calendar_week")
    spans: list[tuple[date, date]] = []
    mon, year, year2 = g.get("mon"), g.get("year"), g.get("year2")
    fy, fyrel = g.get("fy") or g.get("fy2"), (g.get("fyrel") or "").lower()
    if fy or fyrel:
        # a fiscal year runs April-March: fiscal 2013 from 1 April 2013
        if fy:
            y = int(fy)
        elif published is None:
            return week
        else:
            y = published.year if published.month > 3 else published.year - 1
            if re.search(r"previous|last|past|prior", fyrel):
                y -= 1
        spans = [(date(y, 4, 1), date(y + 1, 3, 31))]
    elif g.get("themonth"):
        # "in the first week of the month": of the month of the latest weekly data (which is out about five days after
        # its week ends), else of the month before
        if published is None:
            return week
        latest = published - timedelta(days=5)
        before = latest.replace(day=1) - timedelta(days=1)
        spans = [(latest.replace(day=1), month_end(latest.year, latest.month)), (before.replace(day=1), before)]
    elif mon:
        month = _MONTH_NUM[mon.lower()]
        if year:
            spans = [(date(int(year), month, 1), month_end(int(year), month))]
        elif published is not None:
            spans = [(date(y, month, 1), month_end(y, month)) for y in (published.year, published.year - 1)]
    else:
        rel = (g.get("rel") or "").lower()
        if year2:
            years = [int(year2)]
        elif published is None:
            return week
        elif rel.startswith("last"):
            years = [published.year - 1]
        else:
            years = [published.year, published.year - 1]
        spans = [(date(y, 1, 1), date(y, 12, 31)) for y in years]
    for first, last in spans:
        if nth > 0:
            s, e = _first_week_in(first)
            s, e = s + timedelta(weeks=nth - 1), e + timedelta(weeks=nth - 1)
        else:
            s, e = _last_week_in(last)
        if published is None or s <= published or len(spans) == 1:
            return replace(week, start=s, end=e, anchor=s + timedelta(days=3))
    return week


# "May 2023", "Oct. 22, 2016", "June 10 2023": a month or a day that carries its year
_DATED = re.compile(rf"\b{_MON}\s*(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d{{2}})\b(?!\s*[-/]\d)", re.IGNORECASE)


# the year of a page's copyright line: "©2024 Bloomberg L.P.", "(c) 2019 Reuters", "Copyright 2012-2016 Nikkei Inc."
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)

# a year named as the same stretch a year before: "compared to the sell-off during the same period of 2013"
_SAME_PERIOD_OF = re.compile(r"\bsame\s+(?:period|stretch|time|months|quarters?|half)\s+(?:of|in)\s+(?:(?:the\s+)?year\s+)?(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)

_REFERENCE_WORDS = re.compile(r"\b(?:since|than|record|highest|lowest|biggest|largest|most|least|peak|high|low|back\s+to|as\s+early\s+as)\b", re.IGNORECASE)


def implied_reference(text: str) -> date | None:
    """A stand-in publication date for an undated story: the day after the latest month or day it names
    with a year ("in May 2023", "Oct. 22, 2016"), so that the months and days it names without one
    ("after selling 1.1555 trillion yen in April") fall in the same stretch. Failing that, the last day of
    the year of its copyright line, or of the year after one it compares with ("the same period of 2013").
    None when it names none of these.

    >>> implied_reference("bought 2.7 trillion yen in May 2023, after 4.9 trillion in April")
    datetime.date(2023, 6, 1)
    """
    latest: date | None = None
    for m in _DATED.finditer(text):
        word = m.group("mon")
        if word[0].islower():  # "may" the verb
            continue
        clause = re.split(r"[.;,]\s", text[max(0, m.start() - 80):m.start()])[-1]
        if _REFERENCE_WORDS.search(clause):
            continue  # "a record low of 150.14 in October 2022", "the most since May 2010": not the story's time
        mon, year = _MONTH_NUM[word.lower().rstrip(".")], int(m.group("year"))
        try:
            day = date(year, mon, int(m.group("day"))) if m.group("day") else month_end(year, mon)
        except ValueError:
            continue
        latest = day if latest is None or day > latest else latest
    if latest is None and (c := _COPYRIGHT.search(text)):  # "©2024 Bloomberg L.P.": a story of that year
        return date(int(c.group("year")), 12, 31)
    if latest is None and (c := _SAME_PERIOD_OF.search(text)):  # "this year ..., against the same period of 2013": 2014
        return date(int(c.group("year")) + 1, 12, 31)
    return latest + timedelta(days=1) if latest is not None else None


def mof_week(end: date) -> tuple[date, date]:
    """The Ministry of Finance week (Sunday..Saturday) containing `end`, snapped to its Saturday."""
    saturday = end + timedelta(days=(5 - end.weekday()) % 7) if end.weekday() != 6 else end + timedelta(days=6)
    return saturday - timedelta(days=6), saturday


def exchange_week(end: date) -> tuple[date, date]:
    """The stock-exchange trading week (Monday..Friday) containing `end`."""
    monday = end - timedelta(days=end.weekday())
    return monday, monday + timedelta(days=4)


def week_before_publication(published: date, convention: str = "mof") -> tuple[date, date]:
    """'Last week' for a story published on `published`."""
    if convention == "jpx":
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, monday + timedelta(days=4)
    sunday = published - timedelta(days=(published.weekday() + 1) % 7)
    return sunday - timedelta(days=7), sunday - timedelta(days=1)
