#!/usr/bin/python3
"""Writes bench/RESULTS.md from bench/run's measurements.

Usage: report.py RESULTS_TSV AFTER_LOAD_TSV CENTRAL_COMPARISON OUT_MD
"""
import sys, platform, subprocess, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
after = [l.rstrip("\n").split("\t") for l in open(sys.argv[2]) if l.strip()]
compare = [l.rstrip("\n").split("\t") for l in open(sys.argv[3]) if l.strip()]
by = collections.defaultdict(dict)
for size, name, secs, cpu, mib in rows:
    by[size][name] = (secs, mib)
def ratio(size, a, b):
    try:
        return "%.2f" % (float(by[size][a][0]) / float(by[size][b][0]))
    except (KeyError, ValueError, ZeroDivisionError):
        return "-"
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
mem = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/{print $2}'"], capture_output=True, text=True).stdout.strip()
out = ["# Benchmark results", "", f"Machine: {cpu}, {subprocess.run(['nproc'],capture_output=True,text=True).stdout.strip()} cores, {mem} GiB, {platform.platform()}.",
       "Produced by `bench/run`; every figure is one run (wall seconds, CPU seconds (user + system), peak resident MiB).", "",
       "| size | what | wall s | CPU s | peak MiB |", "|---:|---|---:|---:|---:|"]
for size, name, secs, cpu, mib in rows:
    out.append(f"| {size} | {name} | {secs} | {cpu} | {mib} |")
out += ["", "## After loading", "", "The model loaded once, then each operation timed on it (median of 3 to 5 runs, `bench/after_load.cpp`).", "",
        "| size | what | wall ms | CPU ms |", "|---:|---|---:|---:|"]
for size, name, ms, cpu_ms in after:
    unit = " (bytes)" if "bytes" in name else ""
    out.append(f"| {size} | {name}{unit} | {ms} | {cpu_ms} |")
if compare:
    out += ["", "## Approximate central against exact", ""]
    for size, text in compare:
        out.append(f"- {size} entities: {text}")
out += ["", "## Ratios", "", "| size | export N-Triples / serdi | export Turtle / serdi | export Turtle / rapper | Python pipeline / vidensgraf |", "|---:|---:|---:|---:|---:|"]
for size in by:
    out.append(f"| {size} | {ratio(size,'vidensgraf export ntriples','serdi nt->nt')} | {ratio(size,'vidensgraf export turtle','serdi nt->turtle')} | "
               f"{ratio(size,'vidensgraf export turtle','rapper nt->turtle')} | {ratio(size,'python pipeline (rdflib+networkx+dot)','vidensgraf pipeline (same job)')} |")
open(sys.argv[4], "w").write("\n".join(out) + "\n")
print("\n".join(out))