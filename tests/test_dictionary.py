"""The spelling dictionary, chosen by measurement on everyday professional words, and the
cache of its answers that spares most runs building it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.checks.spelling import Dictionary

WORDS = [line.strip() for line in (Path(__file__).parent / "words" / "professional.txt")
         .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture
def dictionary(tmp_path, monkeypatch) -> Dictionary:
    monkeypatch.setenv("FOLLOWUP_CACHE", str(tmp_path))
    loaded = Dictionary.load()
    assert loaded is not None, "harper-py is a dependency"
    return loaded


def test_the_word_list_is_long_enough_to_measure():
    assert len(WORDS) >= 56 and len(set(WORDS)) == len(WORDS)


def test_the_dictionary_knows_working_vocabulary(dictionary):
    # Measured when it was chosen: Harper flags 3 of these 101 words, hunspell's en_US 40,
    # pyspellchecker 56. A false alarm on a real word is one a user learns to ignore.
    flagged = dictionary.unknown(WORDS)
    assert len(flagged) <= 0.05 * len(WORDS), sorted(flagged)


def test_american_and_british_spellings_and_accents_are_words(dictionary):
    assert dictionary.unknown(["color", "colour", "programme", "résumé", "café"]) == {}


def test_a_misspelling_comes_with_the_word_it_misses(dictionary):
    assert dictionary.unknown(["interview", "intervew"]) == {"intervew": "interview"}


def test_a_real_word_harper_lacks_is_one_to_check_not_a_misspelling(dictionary):
    # Harper lacks "heeler" (a dog breed) and "loupe" and offers "healer" and "lope"; the
    # second opinion knows them, so they come with no correction, as a term of a trade does.
    # A misspelling nobody knows keeps its correction.
    assert dictionary.unknown(["heeler", "loupe", "purlins", "intervew"]) == {
        "heeler": "", "loupe": "", "purlins": "", "intervew": "interview"}


def test_answers_are_kept_so_a_later_run_need_not_build_harper(dictionary, monkeypatch):
    asked = dictionary.unknown(["roadmap", "recieve"])
    dictionary.save()
    import harper

    def refuse(*args: object) -> None:
        raise AssertionError("Harper was built for words it had answered")

    monkeypatch.setattr(harper, "Linter", refuse)
    again = Dictionary.load()
    assert again is not None and again.unknown(["recieve", "roadmap"]) == asked


def test_a_damaged_cache_is_answered_again(dictionary, tmp_path):
    dictionary.unknown(["roadmap"])
    dictionary.save()
    kept = list((tmp_path / "followup").glob("words-harper-*.json"))
    assert kept  # else this test would damage nothing and prove nothing
    for path in kept:
        path.write_text("{not json")
    again = Dictionary.load()
    assert again is not None and again.unknown(["roadmap", "intervew"]) == {
        "intervew": "interview"}
