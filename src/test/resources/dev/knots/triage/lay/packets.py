#!/usr/bin/env python3
"""Build reader packets: each person's own words + the quiz exactly as knots words it for their area.
Usage: packets.py KNOTS_BIN PEOPLE_YAML OUTDIR. Needs PyYAML-free parsing: people.yaml is read with a
tiny loader (json via ruby/yq not available) -> we use python's yaml if present, else a fallback."""
import json, os, subprocess, sys, tempfile
try:
    import yaml
except ImportError:
    yaml = None
knots, people_file, outdir = sys.argv[1:4]
os.makedirs(outdir, exist_ok=True)
people = yaml.safe_load(open(people_file))
GROUPS = ["emergency", "urgent", "soon", "precautions"]
cache = {}
def quiz(area):
    if area not in cache:
        env = dict(os.environ, KNOTS_HOME=tempfile.mkdtemp(), NO_COLOR="1")
        out = subprocess.run([knots, "triage", "--list", "--area", area, "--format", "json"],
                             capture_output=True, text=True, env=env, check=True).stdout
        cache[area] = json.loads(out)
    return cache[area]
def text(q):
    v = q.get("question")
    return "\n         ".join(v) if isinstance(v, list) else (v or "")
for p in people:
    d = quiz(p["area"])
    qs = d["questions"]
    lines = [f"# Person {p['id']}", "", "## What this person says, in their own words", "",
             p["words"].strip(), "", f"## The safety check knots shows this person (body area: {p['area']})", ""]
    n = 0
    for g in GROUPS:
        items = [q for q in qs if q.get("group") == g]
        if not items:
            continue
        n += 1
        lines += [f"### Screen {g}", "", "knots shows:", "", f"    {d['groupQuestion']}"]
        for q in items:
            if not (q.get("followUpOf") or q.get("after")):
                lines.append(f"      - {q['summary']}")
        lines += ["    [y/n]", "", f"If the person answers y, knots then asks each of these, one at a time, each [y/n]:", ""]
        for i, q in enumerate(items, 1):
            parent = q.get("followUpOf") or q.get("after")
            k = next((j for j, x in enumerate(items, 1) if x["id"] == parent), None)
            extra = f"   (asked only if item {k} was y)" if parent else ""
            lines.append(f"      {i}. {text(q)}{extra}")
        lines.append("")
    pain = [q for q in qs if q.get("group") not in GROUPS]
    for q in pain:
        lines += ["### Last screen", "", "knots shows:", "", "    " + text(q)]
        for a in q.get("anchors") or []:
            lines.append(f"      {a['from']}-{a['to']} {a['label']}: {a['text']}")
        lines += ["    (a number 0-10)", ""]
    open(os.path.join(outdir, p["id"] + ".md"), "w").write("\n".join(lines) + "\n")
print(f"{len(people)} packets in {outdir}")
