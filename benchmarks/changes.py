#!/usr/bin/env python3
"""Re-solves schools after one change of each kind, starting from their first schedule (solve --previous).

For each school: solve it, then make four changed copies and solve each with --previous: a teacher unavailable
(a whole day in a school of SINGLE blocks, one timeslot of a lesson's period in a DAILY one, where a whole day
would leave the teacher nowhere to teach), a section added (a copy of a section of the teacher who teaches
fewest), a section removed (the last), a team's first meeting locked to another day (fixed_blocks). Prints one
Markdown row per change: lessons and meetings moved against those that had to move, and the scores.

Usage: benchmarks/changes.py [--time-limit 20s] [--seed 1] [--reproducible] SCHOOL...   (run from the project folder after
mvn -B -q package -DskipTests; work goes to target/changes/)
"""
import argparse, csv, io, json, os, shutil, subprocess, sys

JAR = "target/commonplan.jar"


def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def write(path, table, columns):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns)
        w.writeheader()
        w.writerows(table)


def header(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return next(csv.reader(f))


def solve(bundle, out, args, previous=None):
    cmd = ["java", "-XX:+UseParallelGC", "-jar", JAR, "solve", bundle, "--out", out,
           "--time-limit", args.time_limit, "--seed", str(args.seed)]
    if args.reproducible:
        cmd += ["--reproducible"]
    if previous:
        cmd += ["--previous", previous]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        return json.load(f)


def teacher_unavailable(bundle, base):
    lesson = next(r for r in rows(os.path.join(base, "master_schedule.csv")) if r["block"])
    block = lesson["block"]
    days = []
    for r in rows(os.path.join(bundle, "bell_schedule.csv")):
        if r["day"] not in days:
            days.append(r["day"])
    if "-" in block:
        away = block.split("-")[0]
    else:
        away = days[-1] + "-" + block.split("+")[0]
    path = os.path.join(bundle, "teachers.csv")
    cols = header(path)
    if "unavailable" not in cols:
        cols.append("unavailable")
    table = rows(path)
    for r in table:
        if r["id"] == lesson["teacher"]:
            r["unavailable"] = ";".join(x for x in [r.get("unavailable") or "", away] if x)
    write(path, table, cols)
    return f"teacher {lesson['teacher']} unavailable {away}"


def section_added(bundle, base):
    path = os.path.join(bundle, "sections.csv")
    cols, table = header(path), rows(path)
    load = {}
    for r in table:
        load[r["teacher"]] = load.get(r["teacher"], 0) + int(r.get("meetings") or 1)
    source = min(table, key=lambda r: (load[r["teacher"]], r["id"]))
    copy = dict(source, id=source["id"] + "-NEW")
    table.append(copy)
    write(path, table, cols)
    return f"section {copy['id']} added ({source['teacher']})"


def section_removed(bundle, base):
    path = os.path.join(bundle, "sections.csv")
    cols, table = header(path), rows(path)
    gone = table.pop()
    write(path, table, cols)
    links = os.path.join(bundle, "section_links.csv")
    if os.path.exists(links):
        kept = [r for r in rows(links) if gone["id"] not in r["sections"].split(";")]
        write(links, kept, header(links))
    return f"section {gone['id']} removed"


def meeting_locked(bundle, base):
    meetings = [r for r in rows(os.path.join(base, "team_meetings.csv")) if r["block"]]
    first = meetings[0]
    days = []
    for r in rows(os.path.join(bundle, "bell_schedule.csv")):
        if r["day"] not in days:
            days.append(r["day"])
    day, rest = first["block"].split("-", 1)
    other = days[(days.index(day) + 1) % len(days)] + "-" + rest
    path = os.path.join(bundle, "teams.csv")
    cols, table = header(path), rows(path)
    if "fixed_blocks" not in cols:
        cols.append("fixed_blocks")
    for r in table:
        if r["id"] == first["team"]:
            count = int(r.get("meetings_per_week") or 1)
            entries = [""] * count
            entries[int(first["meeting"]) - 1] = other
            r["fixed_blocks"] = ";".join(entries)
    write(path, table, cols)
    return f"team {first['team']} meeting {first['meeting']} locked {first['block']} -> {other}"


CHANGES = [teacher_unavailable, section_added, section_removed, meeting_locked]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--time-limit", default="20s")
    parser.add_argument("--seed", default=1, type=int)
    parser.add_argument("--reproducible", action="store_true",
                        help="end on move counts (solve --reproducible): the same figures on a loaded machine")
    parser.add_argument("schools", nargs="+")
    args = parser.parse_args()
    work = os.path.join("target", "changes")
    print("| school | change | lessons moved (had to) | meetings moved (had to) | moved ÷ had to | score before | score after |")
    print("|---|---|---|---|---|---|---|")
    for school in args.schools:
        name = os.path.basename(school.rstrip("/"))
        base = os.path.join(work, name, "base")
        shutil.rmtree(os.path.join(work, name), ignore_errors=True)
        before = solve(school, base, args)
        for change in CHANGES:
            bundle = os.path.join(work, name, change.__name__)
            shutil.copytree(school, bundle, ignore=shutil.ignore_patterns("planted", "scenarios"))
            what = change(bundle, base)
            after = solve(bundle, bundle + "-out", args, previous=base)
            c = after.get("changes", {})
            had = c.get("lessonsHadToMove", 0) + c.get("meetingsHadToMove", 0)
            moved = c.get("lessonsMoved", 0) + c.get("meetingsMoved", 0)
            ratio = f"{moved / had:.1f}" if had else "-"
            print(f"| {name} | {what} | {c.get('lessonsMoved')} of {c.get('lessons')} ({c.get('lessonsHadToMove')})"
                  f" | {c.get('meetingsMoved')} of {c.get('meetings')} ({c.get('meetingsHadToMove')}) | {ratio}"
                  f" | {before['score']} | {after['score']} |", flush=True)


if __name__ == "__main__":
    main()
