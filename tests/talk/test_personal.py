"""talk/personal.py: phone numbers, e-mail and street addresses typed in a message are
masked before it goes anywhere; everything else stays as it was."""

from __future__ import annotations

import pytest

from talk.personal import ADDRESS, EMAIL, PHONE, mask


@pytest.mark.parametrize(
    ("typed", "masked"),
    [
        ("call me at 415-555-0134", f"call me at {PHONE}"),
        ("415.555.0134", PHONE),
        ("415 555 0134", PHONE),
        ("(415) 555-0134", PHONE),
        ("(415)555-0134", PHONE),
        ("+1 415 555 0134", PHONE),
        ("+1 (415) 555-0134", PHONE),
        ("1-415-555-0134", PHONE),
        ("+14155550134", PHONE),
        ("4155550134", PHONE),
        ("14155550134", PHONE),
        ("555-0134", PHONE),
        ("555 0134", PHONE),
        ("5550134", PHONE),
        ("my number is 555.0134!", f"my number is {PHONE}!"),
        ("text 415-555-0134 or 510 555 0199", f"text {PHONE} or {PHONE}"),
        ("is 1-888-373-7888 real?", f"is {PHONE} real?"),
    ],
)
def test_phone_numbers_are_masked(typed, masked):
    assert mask(typed) == masked


@pytest.mark.parametrize(
    ("typed", "masked"),
    [
        ("sam.q+help@gmail.com", EMAIL),
        ("email me: Jo_Doe@school.k12.ca.us thanks", f"email me: {EMAIL} thanks"),
        ("my email is x1@y.io, text me 415 555 0134", f"my email is {EMAIL}, text me {PHONE}"),
    ],
)
def test_email_addresses_are_masked(typed, masked):
    assert mask(typed) == masked


@pytest.mark.parametrize(
    ("typed", "masked"),
    [
        ("123 Main St", ADDRESS),
        ("i live at 123 main st", f"i live at {ADDRESS}"),
        ("4500 W 5th Ave apt 2", ADDRESS),
        ("4500 W 5th Ave, Apt. 2B", ADDRESS),
        ("1200 block of Market Street", ADDRESS),
        ("the 1200 block of market", f"the {ADDRESS}"),
        ("2400 Mission St #3", ADDRESS),
        ("742 Evergreen Terrace", ADDRESS),
        ("77 Sunset Blvd. in LA", f"{ADDRESS} in LA"),
        ("12 Park Ave", ADDRESS),
        ("100 Court St", ADDRESS),
        ("555 North Martin Luther King Jr Way", ADDRESS),
        ("my address is 10 downing street", f"my address is {ADDRESS}"),
        ("staying at 5 Main Street", f"staying at {ADDRESS}"),
        ("im at 5 main street", f"im at {ADDRESS}"),
        ("3100 e 14th st suite 200", ADDRESS),
    ],
)
def test_street_addresses_are_masked(typed, masked):
    assert mask(typed) == masked


@pytest.mark.parametrize(
    ("typed", "masked"),
    [
        ("123 Main St, Oakland CA 94612", f"{ADDRESS}, Oakland CA 94612"),
        ("123 Main St Oakland", f"{ADDRESS} Oakland"),
        ("i'm near 1200 block of Market Street in San Francisco",
         f"i'm near {ADDRESS} in San Francisco"),
        ("4500 W 5th Ave apt 2 los angeles 90019", f"{ADDRESS} los angeles 90019"),
    ],
)  # fmt: skip
def test_the_city_or_zip_after_an_address_stays(typed, masked):
    assert mask(typed) == masked


@pytest.mark.parametrize(
    "typed",
    [
        "my zip is 94110",
        "94110-1234",
        "94110 1234",
        "im 16",
        "I was 16 in 2019",
        "i was born in 2009",
        "2019 2020",
        "from 1999-2004",
        "ages 12-17",
        "call 911",
        "text 233733 or call 988",
        "text HOME to 741741",
        "2-1-1",
        "12/25/2024",
        "2024-01-15",
        "10:30 tonight",
        "$1,500",
        "he wants 500 dollars",
        "i need 1 safe place to stay",
        "I have 3 court dates",
        "12 different court hearings",
        "5 days on the road",
        "i walked 3 blocks down the road",
        "I have 2 little brothers on the way",
        "my 2 brothers drive",
        "He has 2 cars parked in the drive",
        "took 2 buses down Mission St",
        "Im 17 and live off 3rd st",
        "its a 30 minute drive",
        "we were 5 hours on the highway",
        "123 Main",
        "i'm in 10th grade",
        "San Francisco",
        "Portland, OR 97201",
        "i need a place to stay",
        "",
    ],
)
def test_what_is_not_a_personal_detail_stays(typed):
    assert mask(typed) == typed


def test_everything_else_in_the_message_is_kept_exactly():
    typed = "Hi!! im 15, text me at 415-555-0134 — i'm at 123 Main St, Oakland. need food 🙏"
    assert mask(typed) == (
        f"Hi!! im 15, text me at {PHONE} — i'm at {ADDRESS}, Oakland. need food 🙏"
    )
