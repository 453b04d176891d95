"""The feature names the weights tables of kg extract's rankers may give
(country_guess_weights.csv, meeting_place_weights.csv): a table naming any other
is a typo that would weigh nothing, so ``kg validate`` refuses it."""

from __future__ import annotations

# The features kg.extract.country_guess describes a candidate country with; its
# weights table may name only these (session 19).
COUNTRY_GUESS_FEATURES = frozenset(
    {
        *("mentions_log", "mention_share", "most_named", "second_named"),
        *("in_person_sentence", "within_3_words", "within_8_words", "of_in_person_sentence"),
        *("in_headline", "dateline", "met_with_country", "other_side"),
        *("hosted_in", "listed_with", "others_of_country", "no_other_of_country"),
        *("as_demonym", "as_city", "ranked_most_named", "name_affinity"),
    }
)

# The features of kg.extract.place_choice (session 21), each also crossed with the
# kind of place it describes ('current|city', 'current|country').
_PLACE_CHOICE_BASE = (
    *("current", "current_sure", "current_guessed", "current_dateline"),
    *("city", "capital", "up", "down", "same_country", "in_sentence", "at_in_sentence"),
    *("at_anywhere", "to_anywhere", "demonym_only", "mentions_log", "near", "headline"),
    *("dateline", "dateline_only", "dateline_here", "participant_country"),
    *("no_participant_country", "host_country", "visited"),
)
PLACE_CHOICE_FEATURES = frozenset(
    {
        *_PLACE_CHOICE_BASE,
        *(f"{name}|{kind}" for name in _PLACE_CHOICE_BASE for kind in ("city", "country")),
    }
)
