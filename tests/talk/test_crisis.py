"""The crisis net: each kind of crisis ../shared/LANGUAGE.md names, said straight and
sideways; and ordinary needs that share its words stay ordinary.

These sentences are the team's own; the field sets (tests/field/) measure the rest.
"""

import pytest

from talk.crisis import crisis_in, crisis_kinds

CRISIS = {
    "suicidal, straight": ["i want to die", "gonna kill myself tonight", "im suicidal"],
    "suicidal, sideways": [
        "everyone would be better off without me",
        "i just want to sleep and never wake up",
        "i wrote notes for my family",
        "my sister can have my stuff when im gone",
        "no point in living anymore",
        "kms",
        "thinking about sewerslide",
        "i want to unalive myself",
    ],
    "a method": [
        "how many pills would it take",
        "im on the roof and want to jump",
        "took a bunch of my moms pills",
        "i have a razor in my hand",
    ],
    "self-harm": ["been cutting again", "i burn my arms when it gets bad"],
    "danger now": [
        "hes outside my door",
        "he locked me in the room",
        "he choked me",
        "my bf has a gun and is yelling",
        "someone is following me im scared",
        "hes gonna kill me",
        "someone put something in my drink",
        "a guy with a bat is waiting for me outside",
        "200 days clean from self harm and the urge is so bad tonight",
        "if i dont text back tmrw tell my sister i love her",
        "i want it all to go dark for good",
        "ive got it all planned for sunday",
        "they drove me to some town and i dont know the address",
        "my manager keeps our passports in his desk",
        "he says i have to work it off to get my phone back",
        "trying to get off the track before he wakes up",
        "my daughter is 13 and grown men keep messaging her on roblox",
        "been saving up my sleeping pills",
        "my last attempt was 2 years ago and im feeling it again",
        "dont think ill be around much longer",
        "took like 30 advil",
        "some car has been circling the block all night",
        "he only lets me out to work",
        "they set up dates for me every night",
        "he said hed hurt me if i told",
        "the man we rent from says hell call ICE if we leave",
        "pretty sure i got roofied",
    ],
    "forced or sold": [
        "my daddy makes me go on dates",
        "he took my ID and says i owe him",
        "i have to make 500 before i can come home",
        "hes selling me online",
        "he says hell post my nudes unless i pay",
        "an older guy offered me a modeling job in another city",
    ],
    "survival sex": [
        "i hook up with guys so i have a place to stay",
        "traded sex for a place to sleep",
    ],
    "typed fast": ["i wnna dye", "he beet me agin n im bleding", "sum1 postd my nudez"],
    "look-alikes": ["ı want to dıe", "𝐡𝐞 𝐢𝐬 𝐬𝐞𝐥𝐥𝐢𝐧𝐠 𝐦𝐞"],
    "in Spanish": [
        "me quiero morir",
        "ya no quiero vivir",
        "no me deja salir",
        "me quito los papeles",
        "me obligan a trabajar",
    ],
}

ORDINARY = [
    "i need a GED",
    "i cant move my legs after practice",
    "i got it all planned for my birthday",
    "lights go dark for good at 10 in the shelter",
    "if i dont answer my mom gets mad",
    "i run track and need new shoes",
    "my mom has my birth certificate",
    "took some advil for my headache",
    "i dont think ill be around much longer at this job",
    "who gets my stuff when i move out",
    "whats the point of this app",
    "my mom keeps moving us around for her job",
    "i want to get drug tested for my job",
    "i want to quit drinking",
    "emergency shelter tonight",
    "my mom took my phone",
    "need a dentist my tooth is killing me",
    "im dying to see my baby",
    "i want to dye my hair",
    "i have a pimple",
    "we want a workshop about human trafficking",
    "where can i get food",
    "i need a job",
    "i want to leave my group home",
    "my mom is kicking me out",
    "no puedo parar de llorar",
    "quiero dejar las drogas",
    # Look-alikes a second reader found for the words added in the fourth session.
    "we watched a movie with lots of gunshots",
    "shots fired in the game last night",
    "i know where you are coming from",
    "i got spiked in volleyball today",
    "my counselor helped me set up dates to visit colleges",
    "im quitting the track team",
    "the wrestler pinned me at practice",
    "my car has been parked at the shop all week",
    "my dog comes in my room at night",
    "my dad beats him at chess every time",
    "my brother beats me at 2k",
    "i wont be here next week, going on vacation",
    "if im gone tomorrow its cuz of the dentist",
    "tell my mom im sorry i broke the vase",
    "they keep moving me from foster home to foster home",
    # Kinds en5 showed (fifth session), in other words: out of the life for a while, a
    # cutting streak, a motel paid for, sold-out tickets, a team's track or quota, toys,
    # a movie plot, an apology owed, a small mishap said as a threat.
    "been out of the life almost a year and i want to get my GED",
    "i was in the game when i was 15, now i need help with my record",
    "stopped cutting a year ago and its still hard sometimes",
    "stuck in a hotel room till friday on the school trip",
    "the concert sold out and i got sold out by my cousin too lol",
    "im on the track team and need new spikes",
    "my dad set a quota of 20 pages a day for summer reading",
    "we had a water gun fight at the park",
    "that show where the kid gets abducted by aliens is so good",
    "i owe her an apology for yelling",
    "my dad is gonna kill me i dented his car",
    "im a guy, 16, need somewhere to sleep tonight in oakland",
]
# The same words where they do mean danger still do.
STILL_CRISIS = [
    # A second reader's look-alikes of the look-alikes (fifth session): the exclusions must
    # not excuse the danger said beside them.
    "omg gunshots outside my apt, we were just playing cards",
    "he pinned me down after the match and wouldnt stop",
    "i got drugged at the gym by some guy",
    "he sets up dates to see men at the motel",
    "my coach hits me at basketball practice",
    "tell my mom im sorry i took the pills",
    "if im gone nobody will even visit my grave",
    "they keep moving us from home to home, different men every night",
    "he texted me i know where you are coming from, ill be waiting",
    "i hear gunshots outside my house",
    "he pinned me down and i couldnt move",
    "i got spiked at the party and cant stand up",
    "a car has been parked outside all night watching the house",
    "my stepdad comes in my room at night",
    "my dad beats her every night",
    "i wont be here next week",
    "if im gone tomorrow dont be sad",
    "tell my mom im sorry",
    "they keep moving me from city to city",
    "he sets up dates for me",
    "im on the track every night",
    "id rather die than go back there",
    "i left a letter on my bed just in case",
    "my ex is waiting outside my school again",
    "this older guy keeps offering me money to come chill at his place",
    "they want us at parties for cash",
    "she ran away and is living with a 35 year old man",
    "im done with the life but he wont let me go",
    "my guy took my ebt card",
    "my dad is gonna kill me when he finds out im gay",
    # More kinds en5 showed, in other words.
    "i wont need my headphones where im going",
    "keep thinking about the bridge near school",
    "if i dont wake up tomorrow thats fine",
    "googled how many advil it would take",
    "i bite my arms till it bleeds",
    "my stepmom grabs my hair and throws plates at me",
    "he books her with guys at the motel",
    "i trade sex for a place to sleep sometimes",
    "i have to work it off at his cousins parties",
    "a 30 year old says he wants me to live with him, im 14",
]


@pytest.mark.parametrize(
    "message", [m for group in CRISIS.values() for m in group], ids=lambda m: m[:30]
)
def test_every_kind_of_crisis_is_caught(message):
    assert crisis_in(message)


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary_needs_that_share_its_words_are_not_a_crisis(message):
    assert not crisis_in(message)


@pytest.mark.parametrize("message", STILL_CRISIS)
def test_the_look_alikes_fixed_still_leave_the_danger_caught(message):
    assert crisis_in(message)


def test_a_huge_message_is_checked_quickly_and_without_error():
    assert crisis_in("blah " * 20000 + "i want to die")
    assert not crisis_in("")


@pytest.mark.parametrize(
    "message, kind",
    [
        ("thinking about killing myself", "self_harm"),
        ("he has a gun and hes banging on the door", "danger"),
        ("he sells me to his friends", "exploited"),
        ("me quiero morir", "self_harm"),
        ("me obligan a trabajar en la calle", "exploited"),
    ],
)
def test_each_crisis_is_read_for_its_kind(message, kind):
    assert kind in crisis_kinds(message)


def test_an_ordinary_need_has_no_crisis_kind():
    assert crisis_kinds("i need a shelter in fresno") == ()
