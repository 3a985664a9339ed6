"""Dated acts the lexicon does not know: a clause with its own date, an agent and a finite verb.

Why: the lexicon reads a clause's PLOVER type from its words, and relations articles tell many acts
in words no lexicon lists ("Turkish F-16s forced a Syrian airliner to land", "the Supreme Council
dissolved the district councils", "the Crimean Oblast was transferred to the Ukrainian SSR"). On
the held-out long articles, 560 of the 662 gold events that no extracted event touched had no
lexicon word at all, and each round's new entries carried little to the next round's texts
(BENCHMARKS.md, "Held-out rounds 30 to 46"). Such a clause is still a dated fact of the pair's
timeline, so it is kept, typed honestly as OTHER (PLOVER's "fits none"), rather than guessed.

What makes it an act rather than a statistic or a description (each rule measured on the gold
sets, see BENCHMARKS.md):
- the clause itself carries a date (a date elsewhere in the sentence or in the section does not do);
- it has a finite verb in the past (a past tense, or "was/were" and a participle), not a noun or
  adjective in -ed ("the so-called", "newly formed") and not a stative verb of figures ("accounted
  for", "reached", "lived", "remained");
- it states no figure (a percentage, an amount of money, a number of people): those are the
  figures extractor's, and "Trade reached $85 billion in 2022" is no happening;
- someone acts: a state, organisation, body or person (known, or a proper name that is no treaty's or
  war's) names the verb's subject (not after "of", "with", "between" ...: "the border of Russia with
  Belarus was destroyed" has no agent), or the subject is an agent noun ("the government", "Turkish
  F-16s", "both congresses") or a pronoun ("it", "they", "the two men"), or a passive verb names a
  state after it ("was transferred from the Russian SFSR to the Ukrainian SSR").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bilateral.extract.dates import DateMention
from bilateral.extract.gazetteer import Mention
from bilateral.extract.lexicon import Trigger
from bilateral.extract.verbforms import IRREGULAR_PAST, alternation

FINITE = re.compile(r"(?<![\w-])(?:re-)?(?:(?:was|were)\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en|wn|ught|ade|eld|ent|ost|old)"
                     rf"|[a-z]{{2,}}ed|{alternation(IRREGULAR_PAST)})\b")
"""A finite verb in the past: a past tense, or a passive ("was transferred", "were driven")."""
_NOT_A_VERB = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|of|and|or|newly|so-called|well)|-)\s*$", re.IGNORECASE)
"""Before an -ed word that is an adjective or a noun's participle: "the so-called", "a newly formed"."""
_STATIVE = re.compile(r"(?:accounted|counted|numbered|reached|amounted|peaked|totall?ed|exceeded|lived|studied|"
                      r"visited|remained|stood|stayed|were\s+(?:enrolled|employed|living|born)|was\s+(?:worth|valued))\b")
_FIGURE = re.compile(r"\d\s*%|[$€£]\s*\d|\d[\d,.]*\s+(?:million|billion|thousand)?\s*(?:[A-Z]?[a-z]+\s+){0,2}"
                     r"(?:citizens|nationals|students|tourists|visitors|migrants|workers|pilgrims|people|residents)\b")
_NOT_SUBJECT = re.compile(r"\b(?:of|with|to|in|from|by|for|against|on|at|into|between|and|than|over|across)\s+"
                          r"(?:the\s+)?$")  # fmt: skip
"""Before a name that is no subject: "the border of Russia with Belarus"."""
_AGENT = re.compile(r"\b(?:(?:government|court|parliament|senate|ministry|minister|president|prime\s+minister|king|"
                    r"queen|emperor|sultan|shah|emir|tsar|army|force|navy|guard|official|authorit(?:y|ie)|side|"
                    r"countr(?:y|ie)|state|nation|leader|delegation|commission|council|assembly|envoy|ambassador|"
                    r"embassy|cabinet|regime|junta|legislature|lawmaker|deput(?:y|ie)|voter|electorate|tribunal|judge|"
                    r"diplomat|administration|chancellor|premier|dictator|general|marshal|fleet|warship|ship|vessel|"
                    r"jet|soldier|battalion|division|troop|law|decree|edict|ordinance|ruling|verdict)s?|armies|"
                    r"aircraft|congress(?:es)?|police|Seimas|Sejm|Rada|Duma|Knesset|Majlis|Bundestag|ICJ)\b",
                    re.IGNORECASE)  # fmt: skip
"""Nouns that act for a state or an organisation, as a clause's subject."""
_ADVERB = r"(?:(?:also|then|later|again|first|soon|finally|eventually|formally)\s+)?"
_PROPER = re.compile(rf"(?<![\w'’-])(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+\s+(?:the\s+[A-Z][a-z]+\s+)?{_ADVERB}$")
"""A proper name just before the verb: a person the document's people list does not know ("Batista fled",
"Peter the Great defeated")."""
_PROPER_END = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+$")
"""The same name just before an aside that stands between it and its verb."""
_THING = re.compile(r"\b(?:Declaration|Treaty|Agreement|Protocol|Act|Accord|Convention|Pact|War|Crisis|Uprising|"
                    r"Revolution|Award|Plan|Memorandum|Statement|Communiqué|Resolution|Charter|Line|Corridor|Pipeline|"
                    r"Railway|Bridge)\s+(?:(?:of|on)\s+[^,;]*)?$")  # fmt: skip
"""A name that is a thing's, not an agent's: "the Montevideo Declaration followed"."""
_PRONOUN_SUBJECT = re.compile(rf"(?<![\w-])(?:it|they|he|she|both|the\s+two\s+(?:men|leaders|governments))\s+"
                              rf"{_ADVERB}$", re.IGNORECASE)  # fmt: skip
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\b[^,;()]{0,80},")
"""A relative clause between commas: its verb is not the clause's, and it may stand between subject and verb."""
_TO_VERB = re.compile(r"[^,;()]*|,\s*(?:then|now|by\s+then|at\s+the\s+time|still|already|in\s+turn|"
                      r"for\s+(?:its|their)\s+part|itself|themselves|too|however|meanwhile|in\s+response|"
                      r"[a-z]+ing)\b[^,;()]{0,50},\s*|" + _RELATIVE_ASIDE.pattern + r"\s*")  # fmt: skip
"""What may stand between a subject and its verb: words, or an aside such as ", then led by Eduard Heger,",
", acting with Hrawi's consent," or ", who had campaigned for closer ties with Moscow,"."""
_NAMED_AGENT = re.compile(r"(?:shortly\s+|soon\s+|just\s+)?after\s+(?:the\s+)?[A-Z]")
"""'after the Bundestag adopted', 'after Russia arranged': a named party acts in the background clause."""
_CONJUNCTION = re.compile(r"(?:(?:and|but|while|whereas|yet)\s+)?")
_ASIDE_BEFORE = re.compile(_RELATIVE_ASIDE.pattern + r"\s*$")
_ADVERBS_ONLY = re.compile(r"(?:(?:then|later|also|soon|subsequently|finally)\s+)?")
_OWN_DATE = ("dmy", "my", "dm", "m", "year", "relative", "span")  # "that October", "between 2006 and 2009"


def untyped_act(text: str, cs: int, ce: int, dates: Sequence[DateMention],
                names: Callable[[], Sequence[Mention]], undated: bool = False,
                subject: bool = False, led: bool = False) -> Trigger | None:  # fmt: skip
    """The verb of the dated act told in text[cs:ce] that no lexicon word typed, as an OTHER trigger, or None.

    `dates` are the sentence's date mentions; `names()` gives the states, organisations, bodies and people
    named in the clause (asked only for a clause that passes the cheaper tests). `undated`: the clause may
    have no date of its own, when it tells what a named party did before the sentence's act ("... withdrew
    its ambassador after the Bundestag adopted a similar resolution"), which the sentence's date then dates.
    `subject`: an earlier clause of the sentence had one, which a clause of "and" and a verb shares ("Russia
    was expelled from the Council of Europe in March 2022| and left the CBSS in May 2022"). `led`: the clause
    follows a dated lead ("After the earthquake of February 2010, Argentina flew a field hospital to Curicó"),
    whose date then dates it.
    """
    if undated:
        if not _NAMED_AGENT.match(text, cs):
            return None
    elif not led and not any(cs <= d.start < ce and not d.modifier and d.kind in _OWN_DATE for d in dates):
        return None
    if _FIGURE.search(text, cs, ce):
        return None
    joined = _CONJUNCTION.match(text, cs)
    shared = subject and joined.end() > cs  # "and left the CBSS in May 2022": the subject before
    cs = joined.end()  # "and Yerevan appointed ...": the clause's subject follows
    asides = [a.span() for a in _RELATIVE_ASIDE.finditer(text, cs, ce)]
    for m in FINITE.finditer(text, cs, ce):
        if _NOT_A_VERB.search(text, max(cs, m.start() - 12), m.start()):
            continue
        if any(a <= m.start() < b for a, b in asides):
            continue  # "Leonid Kuchma, who had campaigned for closer ties with Moscow, defeated ...": the aside's verb
        if _STATIVE.match(text, m.start()):
            return None
        if not (shared and _ADVERBS_ONLY.fullmatch(text, cs, m.start())) and not _has_agent(text, cs, m, names()):
            return None
        return Trigger(m.start(), m.end(), "OTHER", "")
    return None


def _has_agent(text: str, cs: int, verb: re.Match[str], names: Sequence[Mention]) -> bool:
    at = verb.start()
    if any(at - 90 <= n.end <= at and _TO_VERB.fullmatch(text, n.end, at)
           and not _NOT_SUBJECT.search(text, max(cs, n.start - 12), n.start) for n in names):  # fmt: skip
        return True  # "Lithuanian troops entered it", "the Supreme Council in Vilnius dissolved ..."
    if verb.group(0).startswith(("was ", "were ")) and any(n.start >= verb.end() for n in names):
        return True  # "the Crimean Oblast was transferred from the Russian SFSR to the Ukrainian SSR"
    aside = _ASIDE_BEFORE.search(text, max(cs, at - 120), at) if text.endswith(", ", 0, at) else None
    at = aside.start() if aside else at  # "Leonid Kuchma, who had campaigned for closer ties with Moscow,| defeated"
    proper = (_PROPER_END if aside else _PROPER).search(text, max(cs, at - 60), at)
    if proper and not _THING.search(text, max(cs, at - 60), at) and not _NOT_SUBJECT.search(
            text, max(cs, proper.start() - 12), proper.start()):
        return True  # "Batista fled the island on 1 January 1959"
    if _PRONOUN_SUBJECT.search(text, max(cs, at - 20), at):
        return True  # "and in January 1946 it became ...", "the two men were awarded ..."
    phrase = max(text.rfind(",", cs, at), text.rfind(";", cs, at), cs - 1) + 1  # the noun phrase before the verb
    return _AGENT.search(text, phrase, at) is not None  # "both congresses approved it in June 1999"
