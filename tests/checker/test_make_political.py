"""tools/make_political.py's readings of its sources (the tool itself reads git snapshots CI has not got)."""

from __future__ import annotations

from tools import make_political


def test_names_are_read_as_the_lists_read_them():
    assert make_political.name_phrase("Rt Hon Sir Keir Starmer MP") == "keir starmer"
    assert make_political.name_phrase("Mrs Kemi Badenoch") == "kemi badenoch"
    assert make_political._wiki_name("https://en.wikipedia.org/wiki/Ben_Macpherson_(politician)") == "ben macpherson"
    assert make_political._wiki_name("http://en.wikipedia.org/wiki/M%C3%A0iri_McAllan") == "mairi mcallan"
    assert make_political._wiki_name("http://en.wikipedia.org/wiki/George_Foulkes,_Baron_Foulkes_of_Cumnock") == (
        "george foulkes"
    )


def test_a_handle_ordinary_text_could_hold_is_left_out():
    assert make_political.handle_word("@HollyLynch5") == "hollylynch5"
    assert make_political.handle_word("agcolehamilton.bsky.social") == "agcolehamilton"
    assert make_political.handle_word("@labour") is None  # an ordinary word
    assert make_political.handle_word("@abc") is None  # too short


def test_a_party_with_seats_the_pack_does_not_know_is_named():
    mps = [{"party_text": party} for party in ("Reform UK", "Alliance", "Your Party", "Speaker", "Independent")]
    assert make_political.unread_parties(mps) == []
    assert make_political.unread_parties([*mps, {"party_text": "Hyndburn Independents"}]) == ["Hyndburn Independents"]
