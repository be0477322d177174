"""Every version of each platform's export gives the account's posts, replies and comments, each
with the context it had; nothing that is not a public post of the account is read."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pychecker.audit import Identity, Problem
from tests.audit.exports import day, facebook_export, instagram_export, mojibake, x_archive
from tests.audit.helpers import audit, events, found, posts

MESSY_PLAY = day("Look at the kids enjoying messy play this morning!", "2020-05-06", media=(("image", "messy.jpg"),))
VOTE = day("Proud of our volunteers at North Halifax Partnership! Vote Labour on Thursday 🌹", "2019-03-04")
SORRY = day("Sorry to hear about your experience, please DM us", "2021-01-11", kind="reply", reply_to="@annsmith")
PETITION = day("Write to your MP today! Sign our petition", "2024-06-03")
STAY = day("Thanks for coming to stay and play!", "2023-02-01", media=(("video", "stay-and-play.mp4"),))
CAFE = day(
    "Løye café — “quotes” 🎉 at the Kevin Pearce Children's Centre", "2022-07-08", kind="comment", reply_to="Ann"
)

X_ITEMS = [VOTE, MESSY_PLAY, SORRY, PETITION, STAY]
META_ITEMS = [VOTE, MESSY_PLAY, PETITION, STAY, CAFE]


def summary_of(read):
    return sorted((p.kind, p.when.date().isoformat(), p.text, tuple(m.kind for m in p.media)) for p in read)


@pytest.mark.parametrize(("version", "parts"), [("grailbird", 1), ("2019", 1), ("2021", 1), ("2023", 1), ("2023", 3)])
def test_every_x_archive_version_gives_every_tweet_with_its_date_surface_and_media(version, parts):
    read = posts(x_archive(X_ITEMS, version=version, parts=parts))
    assert summary_of(read) == sorted(
        [
            ("post", "2019-03-04", VOTE.text, ()),
            ("post", "2020-05-06", MESSY_PLAY.text, ("image",)),
            ("reply", "2021-01-11", SORRY.text, ()),
            ("post", "2024-06-03", PETITION.text, ()),
            ("post", "2023-02-01", STAY.text, ("video",)),
        ]
    )
    assert all(p.platform == "twitter" and p.link == f"https://x.com/i/status/{p.id}" for p in read)
    assert {p.when.time() for p in read} == {dt.time(12, 0)}


def test_a_multi_part_archive_is_read_part_by_part():
    files = x_archive(X_ITEMS * 4, parts=3)
    assert {"data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js"} <= set(files)
    read = posts(files)
    assert len(read) == 20
    assert {p.source for p in read} == {"data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js"}


def test_an_x_tweet_is_checked_as_people_saw_it():
    files = x_archive(
        [
            day(
                "Fish &amp; chips <3 at https://t.co/abc",
                "2022-01-01",
                urls=(("https://t.co/abc", "https://facebook.com/groups/newnhpgroup"),),
                media=(("image", "chips.jpg"),),
            ),
            day("RT @labourparty: Vote Labour on Thursday", "2022-01-02", kind="repost"),
            day("(2/2) and the rest of our news", "2022-01-03", kind="reply", reply_to="@NhxPartnership"),
        ]
    )
    raw = files["data/tweets.js"].decode()
    assert "&amp;amp;" in raw and "&lt;3" in raw and "https://t.co/m0x0" in raw  # as X writes them
    first, retweet, thread = posts(files)
    assert (
        first.text == "Fish &amp; chips <3 at https://facebook.com/groups/newnhpgroup"
    )  # links expanded, media link gone
    assert [m.name for m in first.media] == ["chips.jpg"]
    assert (retweet.kind, retweet.reply_to) == ("repost", "@labourparty")
    assert thread.kind == "post"  # a reply to one's own tweet continues a thread: it is posting, not replying


@pytest.mark.parametrize("version", ["2019", "2022", "2024"])
def test_every_facebook_version_gives_posts_and_comments_repaired(version):
    files = facebook_export(META_ITEMS, version=version)
    assert b"\\u00c3\\u00b8" in b"".join(files.values())  # "ø" written as Meta writes it
    read = posts(files)
    assert summary_of(read) == sorted(
        [
            ("post", "2019-03-04", VOTE.text, ()),
            ("post", "2020-05-06", MESSY_PLAY.text, ("image",)),
            ("post", "2024-06-03", PETITION.text, ()),
            ("post", "2023-02-01", STAY.text, ("video",)),
            ("comment", "2022-07-08", CAFE.text, ()),
        ]
    )
    comment = next(p for p in read if p.kind == "comment")
    assert comment.surface == "reply"
    assert comment.reply_to == "North Halifax Partnership commented on Ann's post."


@pytest.mark.parametrize("version", ["2019", "2021", "2023", "2025"])
def test_every_instagram_version_gives_posts_and_comments_repaired(version):
    read = posts(instagram_export(META_ITEMS, version=version))
    by_text = {p.text: p for p in read}
    assert set(by_text) == {item.text for item in META_ITEMS}
    assert by_text[CAFE.text].kind == "comment"
    assert by_text[CAFE.text].reply_to == "@Ann"
    assert by_text[STAY.text].media[0].kind == "video"
    assert by_text[MESSY_PLAY.text].media[0].name == "messy.jpg"
    assert all(p.kind == "post" and p.media for p in read if p is not by_text[CAFE.text])  # every post a photo or video
    assert {p.when.date() for p in read} == {item.when.date() for item in META_ITEMS}


def test_text_meta_wrote_correctly_is_left_as_it_is():
    files = facebook_export([VOTE])
    name = "posts/your_posts__check_ins__photos_and_videos_1.json"
    path = next(p for p in files if p.endswith(name.rsplit("/", 1)[-1]))
    good = [{"timestamp": 1650000000, "data": [{"post": "São Paulo, Ãngel, naïve 🎉"}]}]
    files[path] = json.dumps(good).encode()  # \u00e3 etc.: a correct escape, not mojibake
    assert posts(files)[0].text == "São Paulo, Ãngel, naïve 🎉"
    assert mojibake("Løye") == "LÃ¸ye"


@pytest.mark.parametrize(
    ("build", "platform"), [(x_archive, "twitter"), (facebook_export, "facebook"), (instagram_export, "instagram")]
)
def test_media_files_present_or_absent_give_the_same_findings(build, platform):
    items = X_ITEMS if platform == "twitter" else META_ITEMS
    with_media, without = build(items, media_files=True), build(items, media_files=False)
    assert len(with_media) > len(without)
    assert found(audit(with_media, account="official")) == found(audit(without, account="official"))
    assert ("2020-05-06", "child-consent", "kids") in found(audit(without, account="official"))


def test_only_the_accounts_public_posts_are_read():
    x = x_archive(X_ITEMS)
    assert b"Vote Labour!" in x["data/like.js"]  # a post the account liked, not wrote
    facebook = facebook_export(META_ITEMS)
    assert any("messages/inbox" in path for path in facebook) and any("search_history" in p for p in facebook)
    instagram = instagram_export(META_ITEMS)
    assert any(path.endswith("stories.json") for path in instagram)
    for files, count in ((x, len(X_ITEMS)), (facebook, len(META_ITEMS)), (instagram, len(META_ITEMS))):
        read = events(files)
        assert not [e for e in read if isinstance(e, Problem)]
        assert len([e for e in read if not isinstance(e, Identity)]) == count


def test_whose_export_it_is_decides_the_account_type_unless_one_is_given():
    official = audit(x_archive(X_ITEMS))
    assert official.accounts["twitter"].account == "official"
    assert "NhxPartnership is one of NHP's official channels" in official.accounts["twitter"].why
    assert ("2019-03-04", "political", "Vote Labour") in found(official)
    personal = audit(x_archive(X_ITEMS, username="janedoe"))
    assert personal.accounts["twitter"].account == "personal"
    assert ("2021-01-11", "complaint-response", "Sorry to hear") not in found(personal)  # official replies only
    given = audit(x_archive(X_ITEMS, username="janedoe"), account="official")
    assert given.accounts["twitter"].account == "official"
    assert ("2021-01-11", "complaint-response", "Sorry to hear") in found(given)


def test_a_post_is_checked_on_its_day_so_regulated_periods_apply_to_posts_made_inside_them():
    files = x_archive([PETITION, day("Write to your MP today!", "2024-07-05")])
    inside = ("2024-06-03", "regulated-period", "Write to your MP")
    assert inside not in found(audit(files))
    result = audit(files, regulated_periods=[(dt.date(2024, 5, 30), dt.date(2024, 7, 4))])
    assert [f for f in found(result) if f[1] == "regulated-period"] == [inside]


def test_child_consent_from_an_export_asks_to_check_that_consent_was_recorded():
    result = audit(facebook_export([MESSY_PLAY, STAY]), account="official")
    consent = [f for row in result.rows() for f in row["findings"] if f["rule"] == "child-consent"]
    assert len(consent) == 2
    for finding in consent:
        assert "check that parent/guardian consent was recorded for everyone identifiable" in finding["message"]
        assert "Before posting" not in finding["message"]
        assert finding["clear_by"] == "Check that parent/guardian consent was recorded for everyone identifiable."
        assert finding["clauses"] == ["OC-9"]


def test_a_profile_that_carries_the_disclaimer_clears_missing_disclaimer_on_that_platform():
    files = x_archive([day("Proud to work at North Halifax Partnership", "2022-03-01")], username="janedoe")
    assert [f[1] for f in found(audit(files))] == ["missing-disclaimer"]
    assert found(audit(files, disclaimer_in_profile=("twitter",))) == []
    assert [f[1] for f in found(audit(files, disclaimer_in_profile=("facebook",)))] == ["missing-disclaimer"]


def test_official_channels_from_the_settings_count_as_official():
    files = x_archive(X_ITEMS, username="NHPYouthTeam")
    assert audit(files).accounts["twitter"].account == "personal"
    mine = audit(files, official_channels=(("twitter", "@nhpyouthteam".lstrip("@")),))
    assert mine.accounts["twitter"].account == "official"
    assert mine.accounts["twitter"].why == "@NHPYouthTeam is one of the official channels in your settings"


def test_a_photo_on_a_childrens_centre_page_is_checked_as_that_channel():
    photo = day("", "2023-05-05", media=(("image", "IMG_2041.jpg"),))
    files = facebook_export([photo, STAY])
    files["profile_information/profile_information.json"] = files[
        "profile_information/profile_information.json"
    ].replace(b"NorthHalifaxPartnership", b"kevinpearcechildrenscentre")
    result = audit(files)
    assert result.accounts["facebook"].account == "official"
    messages = {row["time"][:10]: row["findings"][0]["message"] for row in result.rows()}
    assert messages["2023-05-05"].startswith("This post went out with an attached image and it went out on a children")
    assert messages["2023-02-01"].startswith("This post went out with an attached video and it refers to children.")
