"""Replay the decisions of bench/devset/REVIEW-CIVIL-WAR-3.md on a fresh draft with today's `vlasov
review`, at a real terminal (pexpect, 45x120), one key at a time, and count each key sent by what it
was: a decision key at the entry prompt, a pick by number, the characters and Enter of an `a` list's
answer, the keys of a `t` line (typed text, readline editing, Tab, Enter). The decisions are the
teacher's, entry by entry; the keys are what today's tool needs for them (the `a` lists answered with
"!" for the marked entries, the `t` start line that comes nearest the teacher's title).

    vlasov draft bench/devset/civil_war_diplomacy.txt -o /tmp/cwd
    python bench/review_replay.py /tmp/cwd
"""

import collections
import os
import re
import sys

import pexpect

BANK = sys.argv[1]
C_A, C_E, C_U, C_W, C_K, BS, TAB, ENTER = "\x01", "\x05", "\x15", "\x17", "\x0b", "\x7f", "\t", "\r"
M_F, M_D = "\x1bf", "\x1bd"


# each visit of an entry: a list of steps (wait-for, keys, category); keys a list of key presses
def dec(key):
    return [(None, [key], "decision")]


def pick(key, number):
    return [(None, [key], "decision"), ("Which\\?", [str(number)], "pick")]


def title(number, *edits, field="Title: "):
    steps = [(None, ["t"], "decision")]
    if number:
        steps.append(("Which\\?", [str(number)], "pick"))
    keys = []
    for edit in edits:
        keys += list(edit) if edit not in (C_A, C_E, C_U, C_W, C_K, BS, TAB, M_F, M_D) else [edit]
    steps.append((field, keys + [ENTER], "title line"))
    return steps


LIST = {
    "welles": "!",
    "great-britain": "!",
    "britain-responded-to-the-blockade-with-a": "! n {the-end-of-the-confederacy-generally}",
}
MERGE = {
    "confederacy": "confederate-states-of-america",
    "britain": "great-britain",
    "american-civil-war": "u-s-civil-war",
    "united-states-government": "u-s-government",
}
VISITS = collections.defaultdict(list)
for kind in ("great-britain", "france", "atlantic", "austria"):
    VISITS[kind] += [pick("k", 1), dec("y")]
DELETED = """
anglo-american secretary-of-state-william-henry-seward navy state-william-seward liberal state-seward conservative
texas-mexico union-navy british-prime-minister-henry-john-temple brazil-2 the-united-states-still-smarting-from
the-union-did-declare-a-blockade-upon the-most-important-of-these-was-the great-britain-and-france-had-maintained
u-s-captain-wilkes-intercepted-the-trent napoleon-iii-ordered-the-withdrawal-of-2 after-years-of-unsuccessful-u-s
the-renewed-strength-of-the-u-s brazil-where-slavery-remained-legal-did stiff-mexican-resistance-caused-napoleon
"""
for gone in DELETED.split():
    VISITS[gone].append(dec("n"))
for kept in (
    "alabama confederate-states-of-america u-s-civil-war until-the-capture-of-fort-fisher-the "
    "charles-wilkes-a-u-s-navy-officer"
).split():
    VISITS[kept].append(dec("y"))
VISITS["mexico-city"] += [title(2, field="Name: "), dec("y")]  # (the teacher: 5 Backspaces)
VISITS["bay-company"] += [title(2, field="Name: "), dec("y")]  # (the teacher: Ctrl-A "Hud" Tab)
VISITS["grant"] += [[(None, ["x"], "decision"), ("Which\\?", ["1", ENTER], "pick")], dec("y")]
TITLES = {
    "u-s-secretary-of-state-william-henry": title(2),
    "great-britain-granted-belligerent-status": title(
        4, " to the Confederacy"
    ),  # (not the teacher's 1 and 6 Backspaces, waste they owned)
    "french-emperor-napoleon-iii-maneuvered": title(2),
    "mexico-became-embroiled-in-a-civil-war": title(3),
    "the-most-successful-of-these-cruisers": title(4, C_A, M_F, " Confederate cruiser"),
    "it-captured-58-northern-merchant-ships": title(1, C_A, M_D, "The Alabama"),
    "the-british-government-impounded-two": title(1, " La", TAB, "ra", TAB),
    "this-agreement-dated-and-known-as-the": title(2, C_A, M_F, M_F, M_F, M_F, C_K, " was signed"),
    "the-arbitration-commission-which-issued": title(2, " but ordered Britain to pay $15.5 million"),
    "this-resulted-in-the-british-north": title(4),
    "canadian-prime-minister-john-macdonald": title(2),
    "although-slavery-would-not-be-fully": title(3, C_W, "in Brazil"),
}
for entry, steps in TITLES.items():
    VISITS[entry] += [steps, dec("y")]

count = collections.Counter()
keys_at_prompt = collections.Counter()
log = []
child = pexpect.spawn(
    "vlasov",
    ["review", "--bank", BANK],
    encoding="utf-8",
    timeout=60,
    dimensions=(45, 120),
    env={**os.environ, "EDITOR": "false"},
)


def send(keys, category):
    for key in keys:
        child.send(key)
        count[category] += 1
        if category == "decision":
            keys_at_prompt[key] += 1
        log.append(key)


while True:
    index = child.expect([r"Keep this \w+\? \[[^\]]*\] ", pexpect.EOF])
    if index == 1:
        break
    shown = re.findall(r"(?m)^(?:person|event|term|question) (\S+) · draft", child.before)
    entry = shown[-1]
    if entry in LIST:
        answer = LIST.pop(entry)
        send(["a"], "decision")
        child.expect(r"Keep them all\? .*\] ")
        numbers = {found[1]: found[0] for found in re.findall(r"(?m)^\s+(\d+)\) \w+ (\S+) ·", child.before)}
        for named in re.findall(r"\{(\S+)\}", answer):
            answer = answer.replace(f"{{{named}}}", numbers[named])
        send([*answer, ENTER], "a list")
        continue
    if entry in MERGE:
        target = MERGE.pop(entry)
        send(["m"], "decision")
        child.expect(r"Which\? \[[^\]]*\] ")
        number = re.search(rf"(?m)^\s+(\d+)\) .*\({re.escape(target)}\)", child.before).group(1)
        send([number], "pick")
        continue
    if not VISITS.get(entry):
        print("no decision for", entry, file=sys.stderr)
        child.send("q")
        child.expect(pexpect.EOF)
        break
    for wait, keys, category in VISITS[entry].pop(0):
        if wait:
            child.expect(wait)
        send(keys, category)
tail = child.before
print(tail[-300:])
print(dict(count), "total", sum(count.values()))
left = {entry: visits for entry, visits in VISITS.items() if visits}
print("decision keys:", dict(keys_at_prompt))
print("unused:", left, LIST, MERGE)
