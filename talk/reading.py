"""Reading a message the way Harbor's safety checks need it.

``normalise`` is what every message becomes before NLU, the tracker or any check sees it:
Unicode NFKC (full-width and mathematical letters become plain ones), look-alike letters
from other scripts folded to Latin ("ı want to dıe" becomes "i want to die"), invisible
and control characters dropped, whitespace collapsed. Accents stay: Spanish needs them.

``fold`` is only for matching: lower case, no accents, no apostrophes, digits inside words
read as the letters they stand for ("k1ll"), letters typed three times or more cut to two,
punctuation as spaces. Patterns are written against folded text.
"""

from __future__ import annotations

import re
import unicodedata

# Letters of other scripts that look like Latin ones, as people (or filters' dodgers) use
# them. Harbor reads English and Spanish only, so every one of them can be folded.
CONFUSABLES = str.maketrans(
    {
        "ı": "i", "ȷ": "j", "ſ": "s", "ɑ": "a", "ɡ": "g", "ɩ": "i", "ʏ": "y", "ᴀ": "a",
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
        "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "һ": "h", "ɢ": "g",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y", "Һ": "H",
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
        "τ": "t", "υ": "u", "χ": "x", "ω": "w", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z",
        "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
        "Υ": "Y", "Χ": "X",
        "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
    }
)  # fmt: skip
# Digits and signs inside a word, read as the letters they stand for ("k1ll", "d!e").
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                      "$": "s", "!": "i", "|": "l"})  # fmt: skip
LONGEST_WORD = 45
_INVISIBLE = {"Cf", "Cc", "Co", "Cs", "Cn"}
# A sign between letters, or ending a word of letters ("k1ll", "d!e", "di3"), but not a number
# with letters after it ("16yo", "5th").
_LEET_WORD = re.compile(r"\S*[a-z][0-9@$!|]+[a-z]\S*|\S*[a-z]{2}[0-9@$|]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_NOT_WORD = re.compile(r"[^a-z0-9\s]+")


def normalise(text: str | None) -> str:
    """The message as Harbor reads it: NFKC, look-alikes folded, nothing invisible."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(CONFUSABLES)
    kept = [
        " " if ch in "\t\r\n" else ch
        for ch in text
        if ch in "\t\r\n" or unicodedata.category(ch) not in _INVISIBLE
    ]
    return " ".join("".join(kept).split())


def _accentless(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Texting spellings read as the words they stand for, so one pattern covers both.
SHORTHAND = {
    "u": "you", "ur": "your", "r": "are", "bc": "because", "tlk": "talk", "tlkn": "talking",
    "cuz": "because", "cause": "because", "coz": "because", "ppl": "people", "pple": "people",
    "w/o": "without", "wo": "without", "w/": "with", "w": "with", "tha": "the",
    "dat": "that", "dis": "this", "ths": "this", "thnk": "think", "thx": "thanks",
    "wnna": "wanna", "wana": "wanna", "wanan": "wanna", "wnt": "want", "wan": "want",
    "gota": "gotta", "gtta": "gotta", "mak": "make", "b4": "before", "cum": "come",
    "cmon": "come on", "sez": "says",
    "slep": "sleep", "sleap": "sleep", "foreva": "forever", "4ever": "forever",
    "forevr": "forever", "4eva": "forever", "nymore": "anymore", "anymor": "anymore",
    "anymre": "anymore", "nomore": "no more", "cnt": "cant", "cannot": "cant", "caint": "cant",
    "hlp": "help", "halp": "help", "pls": "please", "plz": "please", "plez": "please",
    "rn": "right now", "tn": "tonight", "2nite": "tonight", "tonite": "tonight",
    "kil": "kill", "killd": "killed", "myslf": "myself", "mysef": "myself", "myelf": "myself",
    "lyf": "life", "liv": "live", "alive": "alive", "wit": "with", "tho": "though",
    "im": "im", "ima": "im gonna", "imma": "im gonna", "finna": "going to", "gonna": "gonna",
    "bout": "about", "abt": "about", "sum": "some", "sumthin": "something", "smth": "something",
    "nd": "and", "n": "n", "ok": "ok", "k": "ok", "yea": "yes", "ya": "ya", "nah": "no",
    "dont": "dont", "don": "dont", "wont": "wont", "aint": "aint", "prolly": "probably",
    "gf": "girlfriend", "bf": "boyfriend", "bff": "best friend", "lemme": "let me",
    "gimme": "give me", "tryna": "trying to", "kinda": "kind of", "outta": "out of",
    "agin": "again", "agen": "again", "agn": "again", "bleding": "bleeding", "bledin": "bleeding",
    "outsid": "outside", "outsde": "outside", "dor": "door", "gon": "gonna",
    "hom": "home", "sum1": "someone", "some1": "someone", "sumone": "someone", "postd": "posted",
    "nudez": "nudes", "noodz": "nudes", "2": "to", "skool": "school", "dnt": "dont", "chokd": "choked",
    "nite": "night", "stil": "still", "swalo": "swallow", "rite": "right", "leeve": "leave",
    "beet": "beat", "beatin": "beating", "hurtin": "hurting", "kilin": "killing", "dyin": "dying",
    "bangin": "banging", "sayin": "saying", "comin": "coming", "tryin": "trying", "sellin": "selling",
    "followin": "following", "lookin": "looking", "chokin": "choking", "hittin": "hitting",
    "cuttin": "cutting", "workin": "working", "goin": "going", "doin": "doing", "gettin": "getting",
    "takin": "taking", "threatnd": "threatened", "threatend": "threatened", "scard": "scared",
    "skared": "scared", "hurtd": "hurt", "kidnaped": "kidnapped", "raep": "rape", "rapd": "raped",
    "sucide": "suicide", "suicde": "suicide", "sucidal": "suicidal", "suicdal": "suicidal",
    "pils": "pills", "pillz": "pills", "bled": "bled", "blud": "blood", "anymore": "anymore",
    "wanted": "wanted", "knive": "knife", "nife": "knife", "dyeing": "dying", "dieing": "dying",
    "bruh": "bro", "fr": "fr", "fam": "family",
    "ma": "mom", "moms": "moms", "hse": "house", "haus": "house", "tmrw": "tomorrow",
    "tmr": "tomorrow", "2moro": "tomorrow", "2day": "today", "l8r": "later",
    "hitn": "hitting", "hitin": "hitting", "payin": "paying", "nun": "none", "nuthin": "nothing",
    "agan": "again", "killn": "killing", "thinkin": "thinking", "thnkn": "thinking", "jus": "just",
    "endin": "ending", "kno": "know", "woud": "would", "jumpn": "jumping", "frm": "from",
    # Spanish texting.
    "q": "que", "xq": "porque", "pq": "porque", "porq": "porque", "x": "por", "porfa": "por favor",
    "kiero": "quiero", "kero": "quiero", "aki": "aqui", "ke": "que", "tmb": "tambien", "vdd": "verdad",
    "pa": "pa", "toy": "estoy", "ntp": "no te preocupes", "d": "de",
}  # fmt: skip


def fold(text: str | None) -> str:
    """The matching form of a message (see the module docstring)."""
    folded = _accentless(normalise(text)).lower().replace("'", "")
    folded = folded.replace("w/o", "without").replace("b4", "before")
    # No word is longer than this; a longer run (a link, a flood of one letter) is nobody's word.
    words = [_unleet(word) for word in folded.split() if len(word) <= LONGEST_WORD]
    folded = _REPEATS.sub(r"\1\1", " ".join(words))
    words = _NOT_WORD.sub(" ", folded).split()
    return " ".join(SHORTHAND.get(word, word) for word in words)


def _unleet(word: str) -> str:
    # Only words a person could have typed: a long run of characters is nobody's word.
    if word.isalpha() or not _LEET_WORD.fullmatch(word):
        return word
    return word.translate(LEET)
