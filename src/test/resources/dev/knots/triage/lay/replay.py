#!/usr/bin/env python3
"""Replay readers' recorded answers through `knots triage` exactly as typed at its prompts (stdin), and
compare with each person's truth. Usage: replay.py KNOTS_BIN PEOPLE_YAML ANSWERS_YAML [--json]"""
import json, os, subprocess, sys, tempfile, yaml
knots, people_file, answers_file = sys.argv[1:4]
people = {p["id"]: p for p in yaml.safe_load(open(people_file))}
answers = yaml.safe_load(open(answers_file))
RANK = {"SELF_CARE": 0, "SOON": 1, "URGENT": 2, "EMERGENCY": 3}
GROUPS = ["emergency", "urgent", "soon", "precautions"]
def yn(v):
    if v is True: return "y"
    if v is False: return "n"
    return "y" if str(v).strip().lower() in ("y", "yes", "true") else "n"
def items_of(area):
    env = dict(os.environ, KNOTS_HOME=tempfile.mkdtemp(), NO_COLOR="1")
    d = json.loads(subprocess.run([knots, "triage", "--list", "--area", area, "--format", "json"],
                                  capture_output=True, text=True, env=env, check=True).stdout)
    return {g: [q for q in d["questions"] if q.get("group") == g] for g in GROUPS}
rows, counts = [], {"exact": 0, "over": 0, "under": 0}
for pid, a in answers.items():
    p = people[pid]
    groups = items_of(p["area"])
    seq = []
    for g in GROUPS:
        if not groups[g]:
            continue
        seq.append(yn(a.get(g, "n")))
        if seq[-1] == "y":
            its = a.get(g + "-items") or []
            for i, q in enumerate(groups[g]):
                after = q.get("followUpOf") or q.get("after")
                if after:
                    parent = next(j for j, x in enumerate(groups[g]) if x["id"] == after)
                    if parent >= len(its) or yn(its[parent]) != "y":
                        continue
                seq.append(yn(its[i]) if i < len(its) else "n")
    seq.append(str(a.get("pain", 0)))
    env = dict(os.environ, KNOTS_HOME=tempfile.mkdtemp(), NO_COLOR="1")
    r = subprocess.run([knots, "triage", "--area", p["area"], "--format", "json"], input="\n".join(seq) + "\n",
                       capture_output=True, text=True, env=env)
    try:
        out = json.loads(r.stdout)
    except Exception:
        print(pid, "FAILED", r.returncode, r.stderr[-300:]); continue
    got, want = out["level"], p["truth"]["level"]
    prec = sorted(x if isinstance(x, str) else x.get("id") for x in out.get("restrictions", {}).get("precautions", []))
    kind = "exact" if got == want else ("over" if RANK[got] > RANK[want] else "under")
    counts[kind] += 1
    fired = [x.get("id", x) if isinstance(x, dict) else x for x in out.get("reasons", [])]
    rows.append((pid, p["truth"].get("benign"), want, got, kind, fired, prec))
for r in rows:
    print(f"{r[0]:40} benign={str(r[1]):5} truth={r[2]:9} got={r[3]:9} {r[4]:5} fired={r[5]} precautions={r[6]}")
benign_over = [r[0] for r in rows if r[1] and RANK[r[3]] > 0]
warn_missed = [r[0] for r in rows if not r[1] and RANK[r[3]] < RANK[r[2]]]
print(f"\n{len(rows)} people: {counts['exact']} exact, {counts['over']} over-triaged, {counts['under']} under-triaged; "
      f"benign beyond SELF_CARE: {len(benign_over)} {benign_over}; warning signs under-triaged: {len(warn_missed)} {warn_missed}")
