"""Messages are read as people mean them: look-alike letters, invisible characters, texting."""

import pytest

from talk.reading import fold, normalise


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ı want to dıe", "i want to die"),  # dotless i
        ("𝐈 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞", "I want to die"),  # mathematical bold
        ("ＳＴＯＰ", "STOP"),  # full width
        ("he\u200bs sel\u200dling me", "hes selling me"),  # zero-width characters
        ("Нe is sеlling me", "He is selling me"),  # Cyrillic Н and е
        ("tengo  16\n años", "tengo 16 años"),  # accents kept, spaces collapsed
    ],
)
def test_normalise_folds_look_alikes_and_drops_what_cannot_be_seen(typed, read):
    assert normalise(typed) == read


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("k1ll mys3lf", "kill myself"),
        ("I’m sooo DONE!!!", "im soo done"),
        ("i wnna dye cant do ths nymore", "i wanna dye cant do this anymore"),
        ("ppl b better w/o me", "people b better without me"),
        ("Ya no aguanto más", "ya no aguanto mas"),
        ("im 16yo in 94110", "im 16yo in 94110"),  # numbers with letters stay numbers
        ("he'd kill me", "hed kill me"),  # "he'd" without its apostrophe is not "head"
    ],
)
def test_fold_reads_texting_leetspeak_and_accents(typed, folded):
    assert fold(typed) == folded


def test_empty_and_odd_input_never_raise():
    assert normalise(None) == "" and fold("") == ""
    assert fold("🙂🙂") == "" and normalise("\x00\x07") == ""
