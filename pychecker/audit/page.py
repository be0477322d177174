"""The HTML report: one self-contained file (its style and its small filter script inside it) that
opens offline and asks for nothing. Every piece of the export's text is escaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from html import escape
from typing import Any, TextIO

from ..pack import Pack
from .report import EXPORT_NAMES, PLATFORM_NAMES, one_line, what_was_checked

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:62rem;padding:1.5rem;color:#1d2329;background:#fff}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid #d8dde3}
.lead{font-size:1.05rem;margin:.2rem 0 1rem}.muted{color:#5b6570}
table{border-collapse:collapse;margin:.5rem 0}th,td{text-align:left;padding:.2rem .8rem .2rem 0;vertical-align:top}
td.n,th.n{text-align:right}.problems li{color:#8a3b00}
.filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #d8dde3;
 display:flex;gap:1rem;flex-wrap:wrap}
article{border:1px solid #d8dde3;border-radius:6px;padding:.7rem 1rem;margin:.8rem 0}
article header{display:flex;gap:.8rem;flex-wrap:wrap;color:#5b6570;font-size:.9rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.4rem 0}
mark{background:#ffe08a;border-bottom:2px solid #c98a00;padding:0 1px}
.findings{margin:.3rem 0 0;padding-left:1.2rem}.findings li{margin:.3rem 0}
.sev{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.8rem;font-weight:600;text-transform:uppercase}
.sev.error{background:#fde2e1;color:#9b1c1c}.sev.warning{background:#fff1cc;color:#7a4b00}
.sev.info{background:#e3eefc;color:#1f4d8f}code{font-size:.9em}.clear{color:#2d5d2d}
.clauses dt{font-weight:600;margin-top:.6rem}.clauses dd{margin:0;white-space:pre-wrap}
[hidden]{display:none}
"""

# Shows only the posts that have the chosen rule, severity and year (nothing leaves the page).
SCRIPT = """
const pick = (id) => document.getElementById(id).value;
function filter() {
  const rule = pick("f-rule"), severity = pick("f-severity"), year = pick("f-year");
  let shown = 0;
  for (const post of document.querySelectorAll("article")) {
    const ok = (!rule || post.dataset.rules.split(" ").includes(rule))
      && (!severity || post.dataset.severities.split(" ").includes(severity))
      && (!year || post.dataset.year === year);
    post.hidden = !ok;
    shown += ok;
  }
  document.getElementById("f-count").textContent = shown + " shown";
}
for (const id of ["f-rule", "f-severity", "f-year"]) document.getElementById(id).addEventListener("change", filter);
"""


def write_html(summary: dict[str, Any], posts: Iterable[dict[str, Any]], pack: Pack, out: TextIO) -> None:
    out.writelines(html_pieces(summary, posts, pack))


def html_pieces(summary: dict[str, Any], posts: Iterable[dict[str, Any]], pack: Pack) -> Iterator[str]:
    """The HTML report in order, a piece at a time (one per post): never held whole."""
    title = _title(summary)
    yield f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n<title>{escape(title)}</title>\n'
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    yield f"<style>{STYLE}</style></head>\n<body>\n<h1>{escape(title)}</h1>\n"
    yield f'<p class="lead">{escape(one_line(summary))}</p>\n'
    yield _settings(summary, pack)
    yield _problems(summary)
    yield _tables(summary)
    yield _filters(summary)
    yield '<h2>Posts with findings</h2>\n<div id="posts">\n'
    for post in posts:
        yield post_html(post)
    yield "</div>\n"
    yield _clauses(summary, pack)
    yield f"<script>{SCRIPT}</script>\n</body></html>\n"


def _title(summary: dict[str, Any]) -> str:
    names = [
        f"@{a['handle']} on {PLATFORM_NAMES.get(a['platform'], a['platform'])}"
        if a["handle"]
        else EXPORT_NAMES[a["platform"]]
        for a in summary["accounts"]
    ]
    return f"Policy audit: {', '.join(names) or 'an export'}"


def _settings(summary: dict[str, Any], pack: Pack) -> str:
    items = [f"Checked against {escape(pack.organisation)}'s social media policy on {dt.date.today().isoformat()}."]
    for a in summary["accounts"]:
        platform = PLATFORM_NAMES.get(a["platform"], a["platform"])
        items.append(f"{platform}: checked as <b>{escape(a['account'])}</b> ({escape(a['why'])}).")
    if summary["since"] or summary["until"]:
        items.append(
            f"Dates: {escape(summary['since'] or 'the first post')} to {escape(summary['until'] or 'the last')}."
        )
    periods = ", ".join(f"{p['start']} to {p['end']}" for p in summary["regulated_periods"])
    items.append(f"Regulated periods: {escape(periods)}." if periods else "No regulated periods were given.")
    items.append(
        "Consent for photos and videos cannot be known from an export: child-consent findings ask you to "
        "check that it was recorded."
    )
    return '<ul class="muted">' + "".join(f"<li>{item}</li>" for item in items) + "</ul>\n"


def _problems(summary: dict[str, Any]) -> str:
    if not summary["problems"]:
        return ""
    items = "".join(
        f"<li><code>{escape(p['source'])}</code>: {escape(p['message'])}</li>"
        if p["source"]
        else f"<li>{escape(p['message'])}</li>"
        for p in summary["problems"]
    )
    return f'<h2>Problems reading the export</h2>\n<ul class="problems">{items}</ul>\n'


def _tables(summary: dict[str, Any]) -> str:
    rows = [f"<tr><td>{escape(what_was_checked(summary))}</td><td class=n>{summary['checked']:,}</td></tr>"]
    rows.append(f"<tr><td>with findings</td><td class=n>{summary['flagged']:,}</td></tr>")
    rows += [f"<tr><td>{escape(s)} findings</td><td class=n>{n:,}</td></tr>" for s, n in summary["by_severity"].items()]
    parts = ["<h2>Summary</h2>\n<table>" + "".join(rows) + "</table>\n"]
    if summary["by_rule"]:
        body = "".join(
            f"<tr><td><code>{escape(r['rule'])}</code></td><td>{escape(', '.join(r['clauses']))}</td>"
            f"<td>{escape(', '.join(r['severities']))}</td><td class=n>{r['posts']:,}</td>"
            f"<td class=n>{r['findings']:,}</td></tr>"
            for r in summary["by_rule"]
        )
        parts.append(
            "<h2>By rule</h2>\n<table><tr><th>rule</th><th>clauses</th><th>severity</th><th class=n>posts</th>"
            f"<th class=n>findings</th></tr>{body}</table>\n"
        )
        body = "".join(
            f'<tr><td><a href="#clause-{escape(c["clause"])}">{escape(c["clause"])}</a></td>'
            f"<td class=n>{c['posts']:,}</td><td class=n>{c['findings']:,}</td></tr>"
            for c in summary["by_clause"]
        )
        parts.append(
            "<h2>By clause</h2>\n<table><tr><th>clause</th><th class=n>posts</th><th class=n>findings</th></tr>"
            f"{body}</table>\n"
        )
    if summary["by_year"]:
        body = "".join(
            f"<tr><td>{y['year']}</td><td class=n>{y['checked']:,}</td><td class=n>{y['flagged']:,}</td>"
            f"<td class=n>{y['findings']:,}</td></tr>"
            for y in summary["by_year"]
        )
        parts.append(
            "<h2>By year</h2>\n<table><tr><th>year</th><th class=n>checked</th><th class=n>with findings</th>"
            f"<th class=n>findings</th></tr>{body}</table>\n"
        )
    return "".join(parts)


def _filters(summary: dict[str, Any]) -> str:
    def select(name: str, label: str, values: list[str]) -> str:
        options = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
        return f'<label>{label} <select id="f-{name}"><option value="">all</option>{options}</select></label>'

    rules = [r["rule"] for r in summary["by_rule"]]
    severities = list(summary["by_severity"])
    years = [str(y["year"]) for y in summary["by_year"] if y["flagged"]]
    return (
        '<div class="filters">'
        + select("rule", "Rule", rules)
        + select("severity", "Severity", severities)
        + select("year", "Year", years)
        + f'<span id="f-count" class="muted">{summary["flagged"]:,} shown</span></div>\n'
    )


def post_html(post: dict[str, Any]) -> str:
    findings = post["findings"]
    rules = " ".join(dict.fromkeys(f["rule"] for f in findings))
    severities = " ".join(dict.fromkeys(f["severity"] for f in findings))
    platform = PLATFORM_NAMES.get(post["platform"], post["platform"])
    head = [f'<time datetime="{post["time"]}">{post["time"][:10]} {post["time"][11:16]} UTC</time>', escape(platform)]
    head.append(
        escape(post["kind"] + (f" to {post['reply_to']}" if post["reply_to"] and post["kind"] != "repost" else ""))
    )
    if post["link"]:
        head.append(f'<a href="{escape(post["link"])}" rel="noreferrer noopener" target="_blank">open the post</a>')
    else:
        head.append(f"<code>{escape(post['source'])}</code>")
    media = ""
    if post["media"]:
        media = (
            '<p class="muted">With '
            + ", ".join(escape(f"{m['kind']} {m['name']}".strip()) for m in post["media"])
            + "</p>"
        )
    items = "".join(_finding_html(f) for f in findings)
    return (
        f'<article data-rules="{escape(rules)}" data-severities="{escape(severities)}" data-year="{post["time"][:4]}">'
        f"<header>{' · '.join(head)}</header>"
        f'<p class="text">{marked_text(post["text"], findings)}</p>{media}'
        f'<ul class="findings">{items}</ul></article>\n'
    )


def _finding_html(finding: dict[str, Any]) -> str:
    clauses = ", ".join(f'<a href="#clause-{escape(c)}">{escape(c)}</a>' for c in finding["clauses"])
    clear = (
        f'<br><span class="clear">To clear it: {escape(finding["clear_by"])}</span>' if finding.get("clear_by") else ""
    )
    return (
        f'<li><span class="sev {escape(finding["severity"])}">{escape(finding["severity"])}</span> '
        f"<code>{escape(finding['rule'])}</code> ({clauses}): {escape(finding['message'])}{clear}</li>"
    )


def marked_text(text: str, findings: list[dict[str, Any]]) -> str:
    """The text, escaped, with each finding's words in <mark> (findings about the whole post mark nothing)."""
    spans = sorted(
        (f["start"], f["end"], f["rule"])
        for f in findings
        if 0 <= f["start"] < f["end"] <= len(text) and not (f["start"] == 0 and f["end"] == len(text))
    )
    merged: list[list[Any]] = []
    for start, end, rule in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].add(rule)
        else:
            merged.append([start, end, {rule}])
    out, at = [], 0
    for start, end, rules in merged:
        out.append(escape(text[at:start]))
        out.append(f'<mark title="{escape(" ".join(sorted(rules)))}">{escape(text[start:end])}</mark>')
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


def _clauses(summary: dict[str, Any], pack: Pack) -> str:
    cited = [c["clause"] for c in summary["by_clause"] if c["clause"] in pack.clauses]
    if not cited:
        return ""
    items = "".join(
        f'<dt id="clause-{escape(c)}">{escape(c)}: {escape(pack.clauses[c].heading)}</dt>'
        f"<dd>{escape(pack.clauses[c].text)}</dd>"
        for c in sorted(cited, key=list(pack.clauses).index)
    )
    return f'<h2>The clauses cited</h2>\n<dl class="clauses">{items}</dl>\n'
