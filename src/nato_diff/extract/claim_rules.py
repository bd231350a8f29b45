"""The claim rules: act cue words, negators, default acts and target words, from a YAML file.

The package's file is ``data/claims.yaml``; its header documents every key. Pass your own file
to :func:`load_claim_rules` to change how acts are read.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from .._data import builtin_path, read_yaml
from .._regexcache import compile_cached, pattern_store
from ..dimensions import plan_search
from ..errors import DimensionError, located

__all__ = [
    "ACTS",
    "STATUSES",
    "TARGETS",
    "Act",
    "ClaimHow",
    "ClaimRules",
    "Status",
    "Target",
    "load_claim_rules",
]

Act = Literal["decides", "offers", "seeks", "rejects", "reports"]
Target = Literal["ukraine", "other", "allies"]
Status = Literal["requested", "pledged", "committed", "delivered", "withheld"]
#: How a claim's holder was found.
ClaimHow = Literal["quote", "reported", "agent", "voice", "none"]
#: The states of aid, in the order aid moves through them.
STATUSES: tuple[Status, ...] = get_args(Status)
#: The acts, most authoritative first (the order evidence is chosen in).
ACTS: tuple[Act, ...] = get_args(Act)
#: Whose membership, guarantee or aid a claim is about.
TARGETS: tuple[Target, ...] = get_args(Target)
_BEFORE = r"(?<![\w'’-])"
_AFTER = r"(?![\w'’-])"
#: A pattern for optional keys a rules file leaves out: it matches nothing.
_NEVER = re.compile(r"(?!)")
# After a name, a possessive still ends it ("Finland's accession", "Ukraine's path").
_AFTER_NAME = r"(?![\w-])(?!['’](?!s\b)\w)"


@dataclass(frozen=True)
class ClaimRules:
    """Compiled claim rules (see ``data/claims.yaml`` for the meaning of each).

    Attributes
    ----------
    acts : mapping of str to re.Pattern
        One pattern per act, matching any of its cues on word boundaries.
    negator : re.Pattern
        Any negator.
    negation_window : int
        Words allowed between a negator and the act it denies.
    default_acts : mapping of str to str
        The act of a holder who states a rung without an act word, by side.
    third_party : str
        The act of a holder telling of another side's act.
    grantor_sides : frozenset of str
        Sides that can offer or grant a rung.
    mutual_rungs : frozenset of str
        Rungs both parties offer.
    floor_rungs : frozenset of str
        Rungs a side whose default act is ``rejects`` seeks when it states them.
    own_rungs : frozenset of str
        Rungs Ukraine stands by (``offers``) when it states them with no act word.
    sources : re.Pattern
        An unnamed source of no side ("officials", "two diplomats", "people familiar with
        the talks"): what it says another named side does is that side's act.
    open_rungs : frozenset of str
        Rungs other states may offer or grant (guarantees, a multilateral force), not only
        the sides in ``grantor_sides``; not a side whose default act is ``seeks`` or
        ``rejects``.
    history_rungs : frozenset of str
        Rungs that name an earlier settlement ("the Budapest Memorandum"): stated with no act
        word by a side whose default act is ``seeks`` or ``offers``, they are told
        (``reports``).
    forecast_rungs : mapping of str to str
        A rung that a side unable to grant it forecasts ("Ukraine will join NATO", in Kyiv's
        mouth), and the rung it asks for by that (membership as such).
    forecast : re.Pattern
        The start of a rung's cue that forecasts it ("will", "would", "future is").
    lead_ins : mapping of str to re.Pattern
        The operative verb of a lead-in that ends with a colon ("URGES member governments:",
        "Allies agreed:"), by act: the lettered or numbered items after it ("a. to reaffirm
        the Bucharest commitment;") take that act.
    kept : re.Pattern
        A renunciation denied ("will never give up its aspiration"): the holder's own act on
        the rung, not a refusal.
    renunciation : re.Pattern
        A demand that Ukraine give up joining or stay neutral ("Kyiv must drop its plans to
        join NATO"): in an opponent's mouth it asks for the dimension's floor rung.
    collective_sides : frozenset of str
        Sides that are bodies of states: on their own pages a bare group ("Ministers",
        "Leaders") is theirs.
    retelling_sides : frozenset of str
        Sides whose pages retell other sides' acts as their own account (``retelling_sides``).
    subject_break : re.Pattern
        What ends the stretch before an act verb in which its agent is looked for.
    anaphora : re.Pattern
        Words that stand for the latest holder as an agent ("he", "the law").
    future : re.Pattern
        What, right before a decision's verb, makes it an offer ("will provide").
    announced_future : re.Pattern
        An announcement of what will be done ("announced it would send"): an offer.
    deeds : re.Pattern
        A verb right after a narrated agent that makes its sentence the agent's decision.
    background : re.Pattern
        What makes a decision or an offer a report of what was done ("since 2014").
    targets : mapping of str to re.Pattern
        Words naming Ukraine, another state, or the Allies themselves.
    question : re.Pattern
        What makes a sentence a question, besides a final "?".
    status_by_act : mapping of str to str
        The state of aid an act puts it in.
    status_words : mapping of str to re.Pattern
        Words that say aid was delivered, committed or pledged.
    measures : mapping of str to re.Pattern
        Words that make an amount ``cumulative`` or ``annual`` (else a ``package``).
    states : mapping of str to (str, str, datetime.date or None)
        Each name a state is written by → (the state, its side, the day it joined NATO).
    person_words, group_words : re.Pattern
        Pronouns and bare titles that stand for one person ("he", "the Minister"), and
        words that stand for a group ("they", "leaders"); matched whole.
    stance : re.Pattern
        Words that make what follows the speaker's own demand ("must", "should").
    nobody : re.Pattern
        Words that deny a rejection a few words later ("no country can veto").
    clause_break : re.Pattern
        Where a sentence of narration may split into clauses of their own holders.
    earlier : re.Pattern
        A relative past ("last week") that makes a narrated act earlier background.
    pledge : re.Pattern
        The future of what a donor says will come ("will total", "expect them to agree"):
        with no act word and off the ladders, a grantor's offer.
    hearsay : re.Pattern
        Words before what a sentence is about that make it what the holder was told ("we
        were told", "we heard that"): the holder reports it.
    commentary : re.Pattern
        Words in a page's source, title or opening that make it commentary ("blog",
        "Opinion"): its byline's author is the voice of its narration.
    possessed : re.Pattern
        A request named as someone's noun, matched up to the end of its cue ("their
        requests", "Kyiv's bid"): what the sentence is about, not the holder's act.
    filing : re.Pattern
        Verbs that hand a possessed request in (``filing``): the holder asks.
    condition : re.Pattern
        Words before an act's cue, in its clause, that make it a condition ("once the
        sanctions are removed"): not the holder's act.
    gerund : re.Pattern
        Words right before an act's "-ing" cue that make it the means of another verb or an
        event named ("by establishing", "the signing"): not the holder's act.
    removal, obstacle : re.Pattern
        A decision's cue that removes something (matched whole), and the words between it
        and what the sentence is about that make the removed thing an obstacle ("the
        requirement for"): removing the rung itself rejects it.
    refusal_after : re.Pattern
        A refusal whose subject is what the sentence is about, matched right after it ("…
        of Article 5 does not apply").
    coordinated : re.Pattern
        Words right before a request's verb that join it to the verb before, with no subject
        of its own ("… and called on partners to"): in reported speech, the speaker's act.
    thanks : re.Pattern
        Words before an act's cue that thank others for it ("thanked partners for the
        equipment delivered"): the thanked party's act, which the holder reports.
    demand : re.Pattern
        Words right before a rejection's cue that make it a demand on someone else ("Kyiv
        must drop its plans"): the holder seeks it.
    capacity : re.Pattern
        Words right before an act's cue that name a right or an ability, not the act ("the
        right to decide", "no veto"): not the holder's act.
    topic_title : re.Pattern
        The title of an official text that names its topic ("Statement by the Ministry on
        the application for accession"): with no act word, it reports the topic.
    event_after : re.Pattern
        A noun right after a place that makes it the name of an event or a text ("the
        Bucharest summit"): no agent.
    text_noun : re.Pattern
        A text that speaks for its issuer as a reporter ("the text states").
    office : re.Pattern
        A government office in a source that names a state after "of": the state's voice.
    request : re.Pattern
        Request verbs, matched at a request's cue: the request governs what it asks for.
    package_subject : re.Pattern
        A package as the subject before an act's cue: what it "will provide" is decided.
    verdict : re.Pattern
        Rejection cues that judge their subject ("a direct threat", "only encourage"),
        matched whole: on a page with a voice, the verdict is the voice's, not an act of
        whoever the judged words name.
    package_content : re.Pattern
        A sentence opening on the page's own package ("This package includes …"): in a
        grantor's own words, its decision.
    standing : re.Pattern
        A decision said to stand ("and that decision stands"): restated, an offer.
    counterfactual : re.Pattern
        What did not happen ("if it had had guarantees, Russia would not have …"): reported.
    recommendation : re.Pattern
        In commentary, the words that make a sentence the author's call (``should``, ``in
        my view``).
    hedge : re.Pattern
        The hedge words that hedge a claim (a possibility or a wish about the act), of the
        sentence's hedge words; without one of them a hedged sentence's claim is firm.
    restated : re.Pattern
        Words before a decision's cue that restate an earlier decision ("reaffirmed the
        decision that …"): an offer that it stands.
    background_clause : re.Pattern
        Words before a narrated act's cue that tell it as earlier background ("which applied
        in 2022", "had already scrapped", "was invited").
    country_words : re.Pattern
        Words for "the country" a sentence is about: Ukraine unless another state is named.
    refusal : re.Pattern
        Words, ending at an offer's or a decision's cue, that make it the holder's refusal
        ("will not send", "is not ready to grant").
    path : str
        The file the rules came from.
    """

    acts: Mapping[Act, re.Pattern[str]]
    negator: re.Pattern[str]
    negation_window: int
    default_acts: Mapping[str, Act]
    third_party: Act
    grantor_sides: frozenset[str]
    mutual_rungs: frozenset[str]
    subject_break: re.Pattern[str]
    anaphora: re.Pattern[str]
    future: re.Pattern[str]
    deeds: re.Pattern[str]
    announced_future: re.Pattern[str]
    background: re.Pattern[str]
    targets: Mapping[Target, re.Pattern[str]]
    question: re.Pattern[str]
    status_by_act: Mapping[Act, Status]
    status_words: Mapping[Status, re.Pattern[str]]
    states: Mapping[str, tuple[str, str, dt.date | None]]
    measures: Mapping[str, re.Pattern[str]]
    path: str
    person_words: re.Pattern[str] = _NEVER
    group_words: re.Pattern[str] = _NEVER
    stance: re.Pattern[str] = _NEVER
    nobody: re.Pattern[str] = _NEVER
    clause_break: re.Pattern[str] = _NEVER
    floor_rungs: frozenset[str] = frozenset()
    own_rungs: frozenset[str] = frozenset()
    sources: re.Pattern[str] = _NEVER
    open_rungs: frozenset[str] = frozenset()
    history_rungs: frozenset[str] = frozenset()
    forecast_rungs: Mapping[str, str] = field(default_factory=dict)
    forecast: re.Pattern[str] = _NEVER
    lead_ins: Mapping[Act, re.Pattern[str]] = field(default_factory=dict)
    kept: re.Pattern[str] = _NEVER
    renunciation: re.Pattern[str] = _NEVER
    collective_sides: frozenset[str] = frozenset()
    retelling_sides: frozenset[str] = frozenset()
    refusal: re.Pattern[str] = _NEVER
    country_words: re.Pattern[str] = _NEVER
    background_clause: re.Pattern[str] = _NEVER
    restated: re.Pattern[str] = _NEVER
    earlier: re.Pattern[str] = _NEVER
    pledge: re.Pattern[str] = _NEVER
    hearsay: re.Pattern[str] = _NEVER
    commentary: re.Pattern[str] = _NEVER
    possessed: re.Pattern[str] = _NEVER
    filing: re.Pattern[str] = _NEVER
    condition: re.Pattern[str] = _NEVER
    gerund: re.Pattern[str] = _NEVER
    removal: re.Pattern[str] = _NEVER
    obstacle: re.Pattern[str] = _NEVER
    refusal_after: re.Pattern[str] = _NEVER
    coordinated: re.Pattern[str] = _NEVER
    thanks: re.Pattern[str] = _NEVER
    demand: re.Pattern[str] = _NEVER
    capacity: re.Pattern[str] = _NEVER
    topic_title: re.Pattern[str] = _NEVER
    event_after: re.Pattern[str] = _NEVER
    text_noun: re.Pattern[str] = _NEVER
    office: re.Pattern[str] = _NEVER
    request: re.Pattern[str] = _NEVER
    hedge: re.Pattern[str] = _NEVER
    recommendation: re.Pattern[str] = _NEVER
    package_subject: re.Pattern[str] = _NEVER
    verdict: re.Pattern[str] = _NEVER
    package_content: re.Pattern[str] = _NEVER
    standing: re.Pattern[str] = _NEVER
    counterfactual: re.Pattern[str] = _NEVER

    def state_side(self, name: str, date: dt.date) -> tuple[str, str] | None:
        """Return (state, side on ``date``) for a state's name or capital, else None.

        Parameters
        ----------
        name : str
            The name as written ("Berlin", "Finland").
        date : datetime.date
            The document's date. A state is an ``ally`` from the day after it joined NATO:
            on the day itself, what it does is join, as a candidate ("Finland joined NATO
            on Tuesday").

        Returns
        -------
        tuple of str or None
            The state and its side.
        """
        found = self.states.get(name)
        if found is None:
            return None
        state, side, since = found
        return state, ("other" if since is not None and date <= since else side)


def _fail(path: str, entry: str, problem: str, hint: str) -> DimensionError:
    return DimensionError(located(problem, path=path, entry=entry, hint=hint))


def _patterns(
    path: str, entry: str, value: Any, *, bounded: bool = True, names: bool = False
) -> re.Pattern[str]:
    """Compile a list of regular expressions into one case-insensitive alternation."""
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _fail(path, entry, "expected a non-empty list of patterns", "Write [a, b, ...].")
    for item in value:
        try:
            compile_cached(item)
        except re.error as exc:
            raise _fail(
                path, entry, f"invalid regular expression {item!r}: {exc}", "Fix the pattern."
            ) from None
    joined = "|".join(f"(?:{v})" for v in value)
    if bounded:
        joined = f"{_BEFORE}(?:{joined}){_AFTER_NAME if names else _AFTER}"
    return compile_cached(joined, re.IGNORECASE)


def _unbounded(path: str, entry: str, value: Any) -> re.Pattern[str]:
    """Compile patterns that carry their own anchors (no word boundaries added)."""
    return _patterns(path, entry, value, bounded=False)


def _act(path: str, entry: str, value: Any) -> Act:
    if value not in ACTS:
        raise _fail(path, entry, f"unknown act {value!r}", f"Use one of: {', '.join(ACTS)}.")
    act: Act = value
    return act


def _status(path: str, entry: str, value: Any) -> Status:
    if value not in STATUSES:
        raise _fail(
            path, entry, f"unknown aid status {value!r}", f"Use one of: {', '.join(STATUSES)}."
        )
    status: Status = value
    return status


def _states(path: str, raw: Mapping[str, Any]) -> dict[str, tuple[str, str, dt.date | None]]:
    """Read ``states``: every name and capital → (state, side, day it joined NATO)."""
    out: dict[str, tuple[str, str, dt.date | None]] = {}
    for state, entry in raw.items():
        where = f"states.{state}"
        data = _mapping(path, where, entry)
        side = data.get("side")
        if not isinstance(side, str):
            raise _fail(
                path, where, "missing side", "Write side: ally (or other, ukraine, russia)."
            )
        since = data.get("since")
        if since is not None and not isinstance(since, dt.date):
            raise _fail(path, f"{where}.since", "expected a date", "Write YYYY-MM-DD.")
        for name in [str(state), *_names(path, f"{where}.names", data.get("names", []))]:
            out[name] = (str(state), side, since)
    return out


def _names(path: str, entry: str, value: Any) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, entry, "expected a list of names", "Write [a, b, ...].")
    return frozenset(value)


def _rung_map(path: str, entry: str, value: Any) -> Mapping[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise _fail(path, entry, "expected a mapping of rung to rung", "Write rung: rung lines.")
    return dict(value)


def _act_patterns(path: str, entry: str, value: Mapping[str, Any]) -> dict[Act, re.Pattern[str]]:
    """Read a mapping of act to patterns (``lead_ins``)."""
    return {
        _act(path, f"{entry}.{k}", k): _patterns(path, f"{entry}.{k}", v) for k, v in value.items()
    }


def _int(path: str, entry: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _fail(path, entry, "expected a whole number ≥ 0", "Write e.g. 3.")
    return value


def _mapping(path: str, entry: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, entry, "expected a mapping", "Write key: value lines.")
    return value


#: The file's keys and how each is read: (required, reader).
_SCHEMA: dict[str, tuple[bool, Callable[[str, str, Any], Any]]] = {
    "version": (False, lambda p, e, v: v),
    "acts": (True, _mapping),
    "negators": (True, _patterns),
    "negation_window": (True, _int),
    "default_acts": (True, _mapping),
    "third_party": (True, _act),
    "grantor_sides": (True, _names),
    "mutual_rungs": (True, _names),
    "subject_breaks": (True, _unbounded),
    "anaphora": (True, _patterns),
    "future": (True, _unbounded),
    "deeds": (True, _unbounded),
    "announced_future": (True, _unbounded),
    "background": (True, _unbounded),
    "targets": (True, _mapping),
    "questions": (True, _unbounded),
    "status_by_act": (True, _mapping),
    "states": (True, _mapping),
    "measures": (True, _mapping),
    "status_words": (True, _mapping),
    "person_words": (False, _patterns),
    "group_words": (False, _patterns),
    "stance": (False, _patterns),
    "nobody": (False, _patterns),
    "clause_breaks": (False, _unbounded),
    "floor_rungs": (False, _names),
    "own_rungs": (False, _names),
    "sources": (False, _unbounded),
    "open_rungs": (False, _names),
    "history_rungs": (False, _names),
    "forecast_rungs": (False, _rung_map),
    "forecasts": (False, _unbounded),
    "kept": (False, _unbounded),
    "lead_ins": (False, lambda p, e, v: _act_patterns(p, e, _mapping(p, e, v))),
    "renunciations": (False, _unbounded),
    "collective_sides": (False, _names),
    "retelling_sides": (False, _names),
    "country_words": (False, _patterns),
    "refusals": (False, _unbounded),
    "background_clauses": (False, _unbounded),
    "restated": (False, _unbounded),
    "earlier": (False, _unbounded),
    "pledges": (False, _unbounded),
    "hearsay": (False, _unbounded),
    "commentary": (False, _patterns),
    "possessed_requests": (False, _unbounded),
    "filing": (False, _unbounded),
    "conditions": (False, _unbounded),
    "gerunds": (False, _unbounded),
    "removals": (False, _unbounded),
    "obstacles": (False, _patterns),
    "refusals_after": (False, _unbounded),
    "coordinated": (False, _unbounded),
    "thanks": (False, _unbounded),
    "demands": (False, _unbounded),
    "capacities": (False, _unbounded),
    "topic_titles": (False, _unbounded),
    "event_nouns": (False, _unbounded),
    "text_nouns": (False, _unbounded),
    "offices": (False, _unbounded),
    "request_verbs": (False, _unbounded),
    "hedges": (False, _unbounded),
    "recommendations": (False, _unbounded),
    "package_subjects": (False, _unbounded),
    "verdicts": (False, _unbounded),
    "package_contents": (False, _unbounded),
    "standing": (False, _unbounded),
    "counterfactuals": (False, _unbounded),
}


def _read(path: str, raw: Any) -> dict[str, Any]:
    """Check the top level against :data:`_SCHEMA` and read every key."""
    if not isinstance(raw, dict):
        raise _fail(path, "file", "expected a mapping of keys", "See data/claims.yaml.")
    unknown = sorted(set(raw) - set(_SCHEMA))
    if unknown:
        raise _fail(path, unknown[0], "unknown key", f"Known keys: {', '.join(sorted(_SCHEMA))}.")
    out: dict[str, Any] = {}
    for key, (required, reader) in _SCHEMA.items():
        if key not in raw:
            if required:
                raise _fail(path, key, "missing key", "See data/claims.yaml for its form.")
            continue
        out[key] = reader(path, key, raw[key])
    return out


def _build(path: str, raw: Any) -> ClaimRules:
    data = _read(path, raw)
    acts = {
        _act(path, f"acts.{k}", k): _patterns(path, f"acts.{k}", v)
        for k, v in data["acts"].items()
    }
    missing = [a for a in ACTS if a != "reports" and a not in acts]
    if missing:
        raise _fail(path, "acts", f"no cues for {', '.join(missing)}", "List cues for each act.")
    targets: dict[Target, re.Pattern[str]] = {}
    for key, value in data["targets"].items():
        if key not in TARGETS:
            raise _fail(path, f"targets.{key}", "unknown target", f"Use {', '.join(TARGETS)}.")
        targets[key] = _patterns(path, f"targets.{key}", value, names=True)
    defaults = {
        str(side): _act(path, f"default_acts.{side}", act)
        for side, act in data["default_acts"].items()
    }
    by_act = {
        _act(path, f"status_by_act.{a}", a): _status(path, f"status_by_act.{a}", v)
        for a, v in data["status_by_act"].items()
    }
    words = {
        _status(path, f"status_words.{k}", k): _patterns(path, f"status_words.{k}", v)
        for k, v in data["status_words"].items()
    }
    return ClaimRules(
        states=_states(path, data["states"]),
        measures={
            str(k): _patterns(path, f"measures.{k}", v) for k, v in data["measures"].items()
        },
        status_by_act=by_act,
        status_words=words,
        acts=acts,
        negator=data["negators"],
        negation_window=data["negation_window"],
        default_acts=defaults,
        third_party=data["third_party"],
        grantor_sides=data["grantor_sides"],
        mutual_rungs=data["mutual_rungs"],
        subject_break=data["subject_breaks"],
        anaphora=data["anaphora"],
        future=data["future"],
        deeds=data["deeds"],
        announced_future=data["announced_future"],
        background=data["background"],
        targets=targets,
        question=data["questions"],
        path=path,
        person_words=data.get("person_words", _NEVER),
        group_words=data.get("group_words", _NEVER),
        stance=data.get("stance", _NEVER),
        nobody=data.get("nobody", _NEVER),
        clause_break=data.get("clause_breaks", _NEVER),
        refusal=data.get("refusals", _NEVER),
        country_words=data.get("country_words", _NEVER),
        floor_rungs=data.get("floor_rungs", frozenset()),
        own_rungs=data.get("own_rungs", frozenset()),
        sources=data.get("sources", _NEVER),
        open_rungs=data.get("open_rungs", frozenset()),
        history_rungs=data.get("history_rungs", frozenset()),
        forecast_rungs=data.get("forecast_rungs", {}),
        forecast=data.get("forecasts", _NEVER),
        kept=data.get("kept", _NEVER),
        lead_ins=data.get("lead_ins", {}),
        renunciation=data.get("renunciations", _NEVER),
        collective_sides=data.get("collective_sides", frozenset()),
        retelling_sides=data.get("retelling_sides", frozenset()),
        background_clause=data.get("background_clauses", _NEVER),
        restated=data.get("restated", _NEVER),
        earlier=data.get("earlier", _NEVER),
        pledge=data.get("pledges", _NEVER),
        hearsay=data.get("hearsay", _NEVER),
        commentary=data.get("commentary", _NEVER),
        possessed=data.get("possessed_requests", _NEVER),
        filing=data.get("filing", _NEVER),
        condition=data.get("conditions", _NEVER),
        gerund=data.get("gerunds", _NEVER),
        removal=data.get("removals", _NEVER),
        obstacle=data.get("obstacles", _NEVER),
        refusal_after=data.get("refusals_after", _NEVER),
        coordinated=data.get("coordinated", _NEVER),
        thanks=data.get("thanks", _NEVER),
        demand=data.get("demands", _NEVER),
        capacity=data.get("capacities", _NEVER),
        topic_title=data.get("topic_titles", _NEVER),
        event_after=data.get("event_nouns", _NEVER),
        text_noun=data.get("text_nouns", _NEVER),
        office=data.get("offices", _NEVER),
        request=data.get("request_verbs", _NEVER),
        hedge=data.get("hedges", _NEVER),
        recommendation=data.get("recommendations", _NEVER),
        package_subject=data.get("package_subjects", _NEVER),
        verdict=data.get("verdicts", _NEVER),
        package_content=data.get("package_contents", _NEVER),
        standing=data.get("standing", _NEVER),
        counterfactual=data.get("counterfactuals", _NEVER),
    )


@lru_cache(maxsize=8)
def _cached(path: str, mtime: float) -> ClaimRules:
    with pattern_store("claims"):  # compiled patterns kept between runs
        rules = _build(path, read_yaml(path))
        for pattern in rules.acts.values():  # where the act cues may start, kept too
            plan_search(pattern)
        return rules


def load_claim_rules(path: str | os.PathLike[str] | None = None) -> ClaimRules:
    """Load claim rules from a YAML file (the package's ``data/claims.yaml`` by default).

    Parameters
    ----------
    path : str or path-like, optional
        Your own rules file, in the package file's format.

    Returns
    -------
    ClaimRules
        The compiled rules (cached per file and modification time).

    Raises
    ------
    DimensionError
        When the file is missing, not YAML, or breaks the format; the message names the file
        and the key.

    Examples
    --------
    >>> from nato_diff.extract.claim_rules import load_claim_rules
    >>> sorted(load_claim_rules().acts)
    ['decides', 'offers', 'rejects', 'reports', 'seeks']
    """
    p = os.fspath(path) if path is not None else str(builtin_path("claims.yaml"))
    try:
        mtime = Path(p).stat().st_mtime
    except OSError:
        mtime = 0.0
    return _cached(p, mtime)
