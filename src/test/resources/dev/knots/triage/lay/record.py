#!/usr/bin/env python3
"""Turn readers' answers (by screen position, as READER.md asks) into answers by question id, the
form the build replays: record.py KNOTS_BIN PEOPLE_YAML OUT_YAML READER_ANSWERS_YAML...
Ids are a contract, so recorded answers stay valid while the wording stays the same."""
import json, os, subprocess, sys, tempfile, yaml
knots, people_file, out_file, *answer_files = sys.argv[1:]
people = {p["id"]: p for p in yaml.safe_load(open(people_file))}
GROUPS = ["emergency", "urgent", "soon", "precautions"]
def yn(v):
    if v is True: return "yes"
    if v is False: return "no"
    return "yes" if str(v).strip().lower() in ("y", "yes", "true") else "no"
cache = {}
def groups_of(area):
    if area not in cache:
        env = dict(os.environ, KNOTS_HOME=tempfile.mkdtemp(), NO_COLOR="1")
        d = json.loads(subprocess.run([knots, "triage", "--list", "--area", area, "--format", "json"],
                                      capture_output=True, text=True, env=env, check=True).stdout)
        cache[area] = {g: [q for q in d["questions"] if q.get("group") == g] for g in GROUPS}
    return cache[area]
recorded = {}
for f in answer_files:
    for pid, a in yaml.safe_load(open(f)).items():
        groups = groups_of(people[pid]["area"])
        out = {}
        for g in GROUPS:
            if not groups[g]:
                continue
            out[g] = yn(a.get(g, "n"))
            if out[g] == "yes":
                its = a.get(g + "-items") or []
                for i, q in enumerate(groups[g]):
                    after = q.get("followUpOf") or q.get("after")
                    if after and out.get(after) != "yes":
                        continue
                    out[q["id"]] = yn(its[i]) if i < len(its) else "no"
        out["pain"] = int(a.get("pain", 0))
        recorded[pid] = out
lines = ["# Readers' answers by question id, recorded with record.py (see README.md); the build replays them.", ""]
for pid in sorted(recorded):
    lines.append(f"{pid}:")
    for k, v in recorded[pid].items():
        lines.append(f"  {k}: {v}")
open(out_file, "w").write("\n".join(lines) + "\n")
print(f"{len(recorded)} people recorded in {out_file}")
