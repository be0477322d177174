"""tools/realworld_report.py on a tiny fixture: the figures it prints follow from the checker's answers."""

import json

from tools import realworld_report

POSTS = [
    {
        "id": "p1",
        "split": "dev",
        "text": "Vote Labour on Thursday!",
        "labels": ["political"],
        "context": {"account": "official"},
    },
    {
        "id": "p2",
        "split": "dev",
        "text": "Lovely walk by the canal this morning.",
        "labels": ["political"],
        "context": {"account": "official"},
    },
    {
        "id": "p3",
        "split": "heldout",
        "text": "Polling stations are open 7am to 10pm.",
        "labels": [],
        "tags": ["civic"],
        "context": {"account": "official"},
    },
]
CLEAN = [{"id": "c1", "set": "clean-personal", "text": "Sunny day at the beach", "context": {"account": "personal"}}]
SPELLING = [
    {
        "id": "s1",
        "set": "spelling",
        "text": "We recieve your letters",
        "misspelt": ["recieve"],
        "context": {"account": "official"},
    }
]
QUESTIONS = [
    {"id": "q1", "question": "Can I put the organisation logo on my personal profile?", "clause": "PA-8"},
    {"id": "q2", "question": "Can I talk to a journalist about my work?", "clause": "PA-1"},
]


def write(folder, name, rows):
    (folder / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def run(tmp_path, capsys, *args):
    for name, rows in (("posts", POSTS), ("clean", CLEAN), ("spelling", SPELLING), ("questions", QUESTIONS)):
        write(tmp_path, name, rows)
    code = realworld_report.main(["--data", str(tmp_path), *args])
    return code, capsys.readouterr().out


def test_per_rule_and_political_recall(tmp_path, capsys):
    code, out = run(tmp_path, capsys, "--split", "dev")
    assert code == 0
    political = next(line for line in out.splitlines() if line.startswith("political "))
    assert political.split()[1:3] == ["2", "0"]  # two positives, no negatives in the dev split
    assert "political recall on party-political posts: 1/2 = 0.50" in out
    assert "clean-personal" in out and "spelling precision:" in out


def test_heldout_split_and_civic(tmp_path, capsys):
    _, out = run(tmp_path, capsys, "--split", "heldout")
    assert "civic posts with a political finding: 0/1" in out


def test_rule_listing_names_the_missed_text(tmp_path, capsys):
    _, out = run(tmp_path, capsys, "--rule", "political")
    assert "1 misses" in out and "Lovely walk by the canal" in out


def test_lookup_top_1_and_top_3(tmp_path, capsys):
    ranks = [realworld_report.ranked(q["question"]) for q in QUESTIONS]
    top1 = sum(r[:1] == [q["clause"]] for q, r in zip(QUESTIONS, ranks, strict=True))
    top3 = sum(q["clause"] in r for q, r in zip(QUESTIONS, ranks, strict=True))
    _, out = run(tmp_path, capsys)
    assert f"top-1 {top1}/2" in out and f"top-3 {top3}/2" in out
    _, out = run(tmp_path, capsys, "--lookup")
    assert f"{2 - top1} questions whose clause is not first" in out


def test_missing_data_is_a_clear_error(tmp_path, capsys):
    assert realworld_report.main(["--data", str(tmp_path)]) == 2
    assert "build.py" in capsys.readouterr().err
