"""Typed answers to the bot's questions, read without the NLU model.

Buttons send exact values; these tables let "im 16", "for girls" or "juvie" work as well.
Each reader returns the slot value, or None when the words do not say it. A message that
answers the question ("16" when asked about age) is read broadly; any other message only
where its words are unmistakable ("im 16", "im a girl", "im on probation"): a "he" in a
story is not a choice of programs for boys.
"""

from __future__ import annotations

import re

from resources import facets, places
from talk.reading import fold

AGE_RANGES = tuple(facets.AGE_RANGES)
POPULATIONS = tuple(facets.POPULATIONS)
SYSTEMS = (*facets.SYSTEMS, "none")

_NUMBER_WORDS = (
    r"(?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte)"
)
_MINOR_WORDS = r"(?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen|doce|trece|catorce|quince|dieciseis|diecisiete)"  # noqa: E501
_BROAD_AGE = (
    ("under_18", rf"under\s*18|minor|not 18|\b1[0-7]\b|{_MINOR_WORDS}|teen|high school|"
     r"middle school|kid|menor|secundaria|prepa"),
    ("18_to_24", r"\b18\b|\b19\b|\b2[0-4]\b|over\s*18|adult|college|young adult|mayor de edad|"
     r"eighteen|nineteen|twenty|dieciocho|diecinueve|veinte"),
)  # fmt: skip
_I_AM = r"(?:im|i am|i m|iam|tengo|soy|age|aged|edad|me and im|turning|just turned)"
_STRICT_AGE = (
    ("under_18", rf"\b{_I_AM} (?:only |just |like )?(?:1[0-7]|{_MINOR_WORDS})\b(?! (?:kids|"
     r"people|dollars|bucks|min|hours|days|weeks|months|miles))|\b1[0-7] ?(?:yo|y o|yrs?|years?"
     r"(?: old)?|anos)\b|\bunder ?18\b|\bmenor de edad\b|\bsoy menor\b"),
    ("18_to_24", rf"\b{_I_AM} (?:only |just |like )?(?:1[89]|2[0-4]|eighteen|nineteen|twenty)\b"
     r"(?! (?:kids|people|dollars|bucks|min|hours|days|weeks|months|miles))|\b(?:1[89]|2[0-4]) "
     r"?(?:yo|y o|yrs?|years?(?: old)?|anos)\b|\bover ?18\b|\bmayor de edad\b"),
)  # fmt: skip
_BROAD_POPULATION = (
    ("girls", r"\bgirls?\b|young wom[ae]n|\bfemale|\bwom[ae]n\b|\bshe\b|\bher\b|\bchicas?\b|"
     r"\bmujer(?:es)?\b|\bninas?\b|\bchavas?\b|\bmuchachas?\b|\bmorras?\b|\bjovencitas?\b"),
    ("boys", r"\bboys?\b|young m[ae]n|\bmale\b|\bguys?\b|\bdude\b|\bm[ae]n\b|\bhe\b|\bhim\b|"
     r"\bchicos?\b|\bhombres?\b|\bninos?\b|\bchavos?\b|\bmuchachos?\b|\bmorros?\b|\bvatos?\b|"
     r"\bvarones\b"),
    ("all", r"every|any(one|body)|\ball\b|\bboth\b|non.?binary|\bnb\b|\btrans\b|doesn.?t matter|"
     r"\btodos\b|\btodo\b|\bambos\b"),
)  # fmt: skip
_STRICT_POPULATION = (
    ("girls", r"\b(?:im|i am|as) an? (?:girl|young woman|woman|female)\b|\b(?:only |just )?for "
     r"(?:girls|young women)\b|\bgirls? only\b|\bonly (?:for )?girls\b|\bsoy (?:una )?(?:chica|"
     r"mujer|nina|chava|muchacha)\b|\bpara (?:chicas|mujeres|chavas|muchachas|ninas)\b|"
     r"\b(?:ella )?es (?:una )?(?:mujer|nina|chava|muchacha|chica)\b|"
     r"\bgrupo de (?:chicas|chavas|muchachas|ninas)\b"),
    ("boys", r"\b(?:im|i am|as) an? (?:boy|young man|man|guy|male|dude)\b|\b(?:only |just )?for "
     r"(?:boys|young men|guys)\b|\bboys? only\b|\bonly (?:for )?boys\b|\bsoy (?:un )?(?:chico|"
     r"hombre|nino|vato|chavo|muchacho)\b|\bpara (?:chicos|hombres|chavos|muchachos|ninos)\b|"
     r"\b(?:el )?es (?:un )?(?:hombre|nino|chavo|muchacho|chico)\b|"
     r"\bgrupo de (?:chicos|chavos|muchachos|ninos|hombres)\b"),
    ("all", r"\b(?:im|i am) (?:non ?binary|nb|enby|trans|genderqueer|gender fluid)\b|\bshow "
     r"(?:me )?(?:all|everything|everyone)\b|\bfor everyone\b|\bpara todos\b"),
    # The whole message is just the word: an answer, whatever was asked.
    ("girls", r"^(?:a )?(?:girl|girls|female|woman|chica|chicas|mujer|mujeres|chava|chavas|"
     r"muchacha|muchachas|ninas)$"),
    ("boys", r"^(?:a )?(?:boy|boys|male|man|guy|chico|chicos|hombre|hombres|chavo|chavos|"
     r"muchacho|muchachos|ninos|vatos)$"),
)  # fmt: skip
_BROAD_SYSTEM = (
    ("probation", r"probation|\bp\.?o\.?\b|parole|probatoria|libertad condicional"),
    ("custody", r"juvie|juvenile hall|detention|locked up|custody|\bjail\b|lock ?up|"
     r"correccional|carcel|detencion"),
    ("court", r"court|judge|\bcase\b|lawyer|public defender|corte|juez|caso"),
    ("child_welfare", r"foster|\bcps\b|\bdcfs\b|child welfare|group home|social worker|"
     r"caseworker|casa hogar|trabajadora social|hogar temporal|hogar de crianza|"
     r"familia de crianza|familia temporal|servicios sociales|\bdcfs\b"),
    ("none", r"^\s*(no|nope|nah|none|neither|not really|no one|nobody|ninguno|nada|nel)\b|"
     r"not involved|none of|ninguna de"),
)  # fmt: skip
_STRICT_SYSTEM = (
    ("probation", r"\b(?:on|in|got|have|off) (?:probation|parole)\b|\bmy (?:po|p o|probation "
     r"officer|parole officer)\b|\b(?:en|tengo|estoy en) (?:probatoria|libertad condicional|"
     r"probation|parole)\b|\b(?:tengo|mi|con mi) (?:po|p o|oficial de probatoria|"
     r"oficial de probation)\b|"
     r"\bcaso de (?:probation|probatoria|parole)\b|^(?:probation|parole|probatoria|on probation)$"),
    ("custody", r"\b(?:in|from|out of|got out of|was in|been in) (?:juvie|juvenile hall|detention|"
     r"custody|jail)\b|\blocked up\b|\b(?:en|sali de) (?:la correccional|la carcel)\b|\b(?:en|"
     r"de) (?:juvie|juvenile hall|juvenil|detencion)\b|\bdetenid[ao]\b|^(?:juvie|juvenile hall|"
     r"detention|custody|custodia)$"),
    ("court", r"\b(?:have|got|had|my) (?:a )?(?:court (?:date|case)|case|hearing|trial)\b|\bstar "
     r"court\b|\bi (?:go|went|have to go) to court\b|\btengo corte\b|"
     r"\bmi caso\b(?! de (?:probation|probatoria|parole))|^(?:court|corte|la corte)$"),
    ("child_welfare", r"\b(?:in|from|out of) (?:foster care|a group home|my group home|the system)"
     r"\b|\bmy (?:social worker|caseworker|case worker|foster \w+)\b|\bfoster (?:kid|youth|care)\b|"
     r"\b(?:en|de) (?:una |un )?(?:casa hogar|hogar de crianza|hogar temporal|familia de "
     r"crianza)\b|\bmi (?:trabajadora|trabajador) social\b|^(?:foster care|foster|cps|dcfs)$"),
)  # fmt: skip


def _first(table, text: str | None) -> str | None:
    """The value whose words come first in the message ("teen boys … how they see girls")."""
    if not text:
        return None
    folded = fold(str(text)[:500])
    found = [(match.start(), value) for value, pattern in table
             if (match := re.search(pattern, folded))]  # fmt: skip
    return min(found)[1] if found else None


def age_range(text: str | None, asked: bool = True) -> str | None:
    return _first(_BROAD_AGE if asked else _STRICT_AGE, text)


def population(text: str | None, asked: bool = True) -> str | None:
    return _first(_BROAD_POPULATION if asked else _STRICT_POPULATION, text)


def system(text: str | None, asked: bool = True) -> str | None:
    return _first(_BROAD_SYSTEM if asked else _STRICT_SYSTEM, text)


def place_choice(text: str | None, options: list[str]) -> str | None:
    """Which of the offered place keys the words pick ("oregon", "OR", "the one in maine")."""
    if not text or not options:
        return None
    if text in options:
        return text
    lowered = " " + " ".join(str(text).lower().replace(",", " ").split()) + " "
    for key in options:
        place = places.from_key(key)
        if place is None:
            continue
        if f" {place.state.lower()} " in lowered or place.state_name.lower() in lowered:
            return key
        if place.county and place.county.lower() in lowered:
            return key
        if place.city and f" {place.city.lower()} " in lowered:
            return key
    return None
