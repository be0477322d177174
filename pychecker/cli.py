"""The command line (docs/contract.md, "The command line").

    pychecker check [--platform P] [--account A] [--channel C] [--surface S] [--media KIND[:NAME]]...
                    [--date D] [--consent-confirmed] [--disclaimer-in-profile] [--json] [TEXT|-]
    pychecker check --jsonl FILE|-
    pychecker lookup QUERY [--json]
    pychecker rules [--json]
    pychecker audit EXPORT... [options]   (pychecker/audit/cli.py)

Exit codes: 0 no findings, 1 findings, 2 bad usage (with a message on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .audit import cli as audit_cli
from .checker import check
from .context import PLATFORMS, SURFACES, ContextError
from .findings import Finding
from .lookup import lookup
from .pack import Pack, default_pack, pack_from_path
from .rules import ALL

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pychecker", description="Check social media drafts against the policy.")
    parser.add_argument("--pack", metavar="DIR", help="a policy pack folder (default: the built-in one)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = commands.add_parser("check", help="check a draft (TEXT, or - for standard input)")
    c.add_argument("text", nargs="?", metavar="TEXT|-")
    c.add_argument("--platform", choices=PLATFORMS, default="other")
    c.add_argument("--account", choices=("official", "personal"), default="personal")
    c.add_argument("--channel", default="")
    c.add_argument("--surface", choices=SURFACES, default="post")
    c.add_argument("--media", action="append", default=[], metavar="KIND[:NAME]", help="image or video, repeatable")
    c.add_argument("--date", metavar="YYYY-MM-DD")
    c.add_argument("--consent-confirmed", action="store_true")
    c.add_argument("--disclaimer-in-profile", action="store_true")
    c.add_argument("--json", action="store_true", help='print {"findings": [...]}')
    c.add_argument("--jsonl", metavar="FILE|-", help='read {"text", "context"} per line, write {"findings"} per line')

    q = commands.add_parser("lookup", help="find the clauses that answer a question")
    q.add_argument("query", nargs="+", metavar="QUERY")
    q.add_argument("--json", action="store_true")
    q.add_argument("--limit", type=int, default=5)

    r = commands.add_parser("rules", help="list the rules with their clauses and severities")
    r.add_argument("--json", action="store_true")

    audit_cli.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    args = _parser().parse_args(argv)  # exits 2 with a message on bad usage
    try:
        pack = pack_from_path(args.pack) if args.pack else default_pack()
        if args.command == "check":
            return _jsonl(args, pack, stdin, stdout) if args.jsonl else _check(args, pack, stdin, stdout)
        if args.command == "lookup":
            return _lookup(args, pack, stdout)
        if args.command == "audit":
            return audit_cli.run(args, pack, stdout)
        return _rules(args, pack, stdout)
    except (UsageError, ContextError, OSError, ValueError, *audit_cli.ERRORS) as error:
        print(f"pychecker: {error}", file=sys.stderr)
        return EXIT_USAGE


def _check(args: argparse.Namespace, pack: Pack, stdin: TextIO, stdout: TextIO) -> int:
    if args.text is None:
        if stdin.isatty():
            raise UsageError("give the draft as TEXT, or - to read it from standard input")
        args.text = "-"
    text = stdin.read() if args.text == "-" else args.text
    context: dict[str, Any] = {
        "platform": args.platform,
        "account": args.account,
        "channel": args.channel,
        "surface": args.surface,
        "media": [_media(m) for m in args.media],
        "consent_confirmed": args.consent_confirmed,
        "disclaimer_in_profile": args.disclaimer_in_profile,
    }
    if args.date:
        context["date"] = args.date
    findings = check(text, context, pack=pack)
    if args.json:
        json.dump({"findings": [f.to_dict() for f in findings]}, stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        _print_findings(findings, stdout)
    return EXIT_FINDINGS if findings else EXIT_CLEAN


def _media(value: str) -> dict[str, str]:
    kind, _, name = value.partition(":")
    if kind not in ("image", "video"):
        raise UsageError(f"--media takes image[:NAME] or video[:NAME], not {value!r}")
    return {"kind": kind, "name": name}


def _jsonl(args: argparse.Namespace, pack: Pack, stdin: TextIO, stdout: TextIO) -> int:
    if args.text is not None:
        raise UsageError("--jsonl reads its drafts from FILE, not from TEXT")
    source = stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
    any_findings = False
    with source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise ValueError('each line must be {"text": "...", "context": {...}}')
                findings = check(item["text"], item.get("context"), pack=pack)
            except ValueError as error:  # json.JSONDecodeError and ContextError are ValueErrors
                raise UsageError(f"line {number}: {error}") from None
            any_findings = any_findings or bool(findings)
            stdout.write(json.dumps({"findings": [f.to_dict() for f in findings]}, ensure_ascii=False) + "\n")
    return EXIT_FINDINGS if any_findings else EXIT_CLEAN


def _print_findings(findings: list[Finding], stdout: TextIO) -> None:
    for f in findings:
        stdout.write(f"{f.start}-{f.end} {f.severity} {f.rule} [{', '.join(f.clauses)}] {f.message}\n")
        stdout.write(f"    {f.excerpt!r}\n")
        if f.fix:
            stdout.write(f"    fix: {f.fix.label}: {f.fix.text!r} at {f.fix.replace_start}-{f.fix.replace_end}\n")
    stdout.write(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}\n")


def _lookup(args: argparse.Namespace, pack: Pack, stdout: TextIO) -> int:
    answers = lookup(" ".join(args.query), pack=pack, limit=args.limit)
    if args.json:
        results = [
            {
                "clause": a.clause.id,
                "heading": a.clause.heading,
                "section": a.clause.section,
                "text": a.clause.text,
                "score": round(a.score, 3),
                "matched": list(a.matched),
            }
            for a in answers
        ]
        json.dump({"results": results}, stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        for a in answers:
            stdout.write(f"{a.clause.id}  {a.clause.heading}  (score {a.score:.2f})\n")
            stdout.write("    " + a.clause.text.replace("\n\n", "\n    ") + "\n\n")
        if not answers:
            stdout.write("No clause matches that question; try other words.\n")
    return EXIT_CLEAN


def _rules(args: argparse.Namespace, pack: Pack, stdout: TextIO) -> int:
    rows = [r.to_dict(pack) for r in ALL]
    if args.json:
        json.dump({"rules": rows}, stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        for row in rows:
            stdout.write(f"{row['rule']:<22} {row['severity']:<8} {', '.join(row['clauses']):<14} {row['summary']}\n")
    return EXIT_CLEAN
