#!/usr/bin/env python3
"""Re-solves schools after one change of each kind, starting from their first schedule (solve --previous).

For each school: solve it, then make four changed copies and solve each with --previous: a teacher unavailable
(a whole day in a school of SINGLE blocks, one timeslot of a lesson's period in a DAILY one, where a whole day
would leave the teacher nowhere to teach), a section added (a copy of a section of the teacher who teaches
fewest), a section removed (the last), a team's first meeting locked to another day (fixed_blocks). Prints one
Markdown row per change: lessons and meetings moved against those that had to move, the fewest moves that keep
the hard rules as far as they are known (below), and the scores.

"Had to" counts only what the changed school no longer allows where it was. On a DAILY school whose student group
has a lesson every period, the lesson that had to leave its period takes the period of another lesson of its group,
which must move in turn: a cycle of exchanges. For that case the fewest moves are bounded by an exhaustive search
over the group's lessons (fewest_moves): at least the shortest cycle in which each lesson goes to a period its
teachers are not away in (any schedule needs one), and at most the shortest in which each also finds its teachers
free of other lessons and meetings and a room of its kind there, everything outside the group staying put (such a
schedule keeps the hard rules). Elsewhere the fewest are given as at least what had to move.

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


def days_of(bundle):
    days, periods = [], []
    for r in rows(os.path.join(bundle, "bell_schedule.csv")):
        if r["day"] not in days:
            days.append(r["day"])
        if r["kind"] == "CLASS" and r["period"] not in periods:
            periods.append(r["period"])
    return days, periods


def slots(block, days):
    """The timeslots (DAY-PERIOD) of a block id: MON-P3 itself, a DAILY P3 on every day, P1+P2 both."""
    if "-" in block:
        day, rest = block.split("-", 1)
        return {day + "-" + p for p in rest.split("+")}
    return {d + "-" + p for d in days for p in block.split("+")}


def fewest_moves(bundle, base, out, had_to, limit=12, nodes=2_000_000):
    """(at least, at most or None): lessons a schedule keeping the hard rules must move (module comment)."""
    forced = [r for r in rows(os.path.join(out, "changes.csv"))
              if r["kind"] == "lesson" and r["reason"].startswith("unavailable")]
    if not forced or had_to != len(forced):
        return had_to, None
    days, periods = days_of(bundle)
    away = {}
    for r in rows(os.path.join(bundle, "teachers.csv")):
        taken = set()
        for item in (r.get("unavailable") or "").split(";"):
            if item:
                taken |= {item + "-" + p for p in periods} if item in days else {item}
        away[r["id"]] = taken
    sections = {r["id"]: r for r in rows(os.path.join(bundle, "sections.csv"))}
    rooms = {r["id"]: r for r in rows(os.path.join(bundle, "rooms.csv"))}
    lessons = []
    for r in rows(os.path.join(base, "master_schedule.csv")):
        if r["block"] and r["section"] in sections:
            section = sections[r["section"]]
            lessons.append(dict(r, people=[t for t in (r["teacher"], r["co_teacher"]) if t]
                                + [g for g in r["groups"].split(";") if g], course=section["course"],
                                family=section.get("family") or "SINGLE", size=int(section.get("enrollment") or 0),
                                kind=section.get("room_kind") or "GENERAL"))
    blocks = {}  # per family: the blocks its lessons have, and every period (DAILY) or timeslot (SINGLE) like them
    for l in lessons:
        blocks.setdefault(l["family"], set()).add(l["block"])
    for family, used in blocks.items():
        used |= {d + "-" + p for d in days for p in periods} if all("-" in b for b in used) else \
            set(periods) if not any("-" in b for b in used) else set()
    attendees = {r["id"]: [t for t in r["members"].split(";") + [r.get("leader") or ""] if t]
                 for r in rows(os.path.join(bundle, "teams.csv"))} if os.path.exists(
        os.path.join(bundle, "teams.csv")) else {}
    meeting = set()
    for r in rows(os.path.join(base, "team_meetings.csv")):
        for t in attendees.get(r["team"], []) if r["block"] else []:
            meeting |= {(t, slot) for slot in slots(r["block"], days)}
    start = [next(l for l in lessons if l["section"] == f["id"] and l["lesson"] == f["lesson"]) for f in forced]

    def search(strict):
        """Ejection chains, shortest first: each lesson placed anew pushes out those it clashes with, which are
        placed in turn; never one placed anew (a minimal schedule needs no such push)."""
        place = {id(l): (l["block"], l["room"]) for l in lessons}
        moved = set(id(l) for l in start)
        holder = {}
        for l in lessons:
            if id(l) not in moved:
                for slot in slots(l["block"], days):
                    for who in l["people"]:
                        holder[(who, slot)] = l
                    if strict:
                        holder[(l["room"], slot)] = l
        count = [0]

        def clashes(lesson, block, room):
            found = []
            for slot in slots(block, days):
                if any(slot in away.get(who, ()) or strict and (who, slot) in meeting for who in lesson["people"]):
                    return None
                for key in [(who, slot) for who in lesson["people"]] + ([(room, slot)] if strict else []):
                    other = holder.get(key)
                    if other is not None and other is not lesson and other not in found:
                        if id(other) in moved:
                            return None
                        found.append(other)
            if strict:  # a group meets a course at most its share of a day
                day = block.split("-")[0] if "-" in block else None
                same = [o for o in lessons if day and o is not lesson and o["course"] == lesson["course"]
                        and o not in found and set(o["people"]) & set(lesson["people"]) and o["block"] != ""
                        and place[id(o)][0] and place[id(o)][0].startswith(day + "-")]
                weekly = sum(1 for o in lessons if o["course"] == lesson["course"]
                             and set(o["people"]) & set(lesson["people"]))
                if day and len(same) + 1 > -(-weekly // len(days)):
                    return None
            return found

        def put(lesson, block, room, on):
            for slot in slots(block, days):
                for key in [(who, slot) for who in lesson["people"]] + ([(room, slot)] if strict else []):
                    if on:
                        holder[key] = lesson
                    elif holder.get(key) is lesson:
                        del holder[key]
            place[id(lesson)] = (block, room) if on else (None, None)

        def rooms_for(lesson, block):
            if not strict:
                return [None]
            free = [lesson["room"]] + sorted(r for r in rooms if rooms[r]["kind"] == lesson["kind"]
                                              and int(rooms[r]["capacity"] or 0) >= lesson["size"])
            return [r for r in free if not any((r, slot) in holder for slot in slots(block, days))][:1]

        def dfs(pending, budget):
            count[0] += 1
            if count[0] > nodes:
                raise TimeoutError
            if not pending:
                return True
            lesson, rest = pending[0], pending[1:]
            for block in sorted(blocks[lesson["family"]]):
                if block == lesson["block"]:
                    continue
                for room in rooms_for(lesson, block):
                    out = clashes(lesson, block, room)
                    if out is None or len(moved) + len(out) > budget:
                        continue
                    for o in out:
                        put(o, o["block"], o["room"], False)
                        moved.add(id(o))
                    put(lesson, block, room, True)
                    if dfs(rest + out, budget):
                        return True
                    put(lesson, block, room, False)
                    for o in out:
                        moved.discard(id(o))
                        put(o, o["block"], o["room"], True)
            return False

        for budget in range(len(start), limit + 1):
            try:
                if dfs(list(start), budget):
                    return budget, True
            except TimeoutError:
                return budget, False
            count[0] = 0
        return limit + 1, False

    low, exact = search(False)
    high, found = search(True)
    return low, high if found else None


def bound_text(low, high):
    return f"{low}" if high == low else f"{low}-{high}" if high is not None else f"≥ {low}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--time-limit", default="20s")
    parser.add_argument("--seed", default=1, type=int)
    parser.add_argument("--reproducible", action="store_true",
                        help="end on move counts (solve --reproducible): the same figures on a loaded machine")
    parser.add_argument("schools", nargs="+")
    args = parser.parse_args()
    work = os.path.join("target", "changes")
    print("| school | change | lessons moved (had to) | meetings moved (had to) | moved ÷ had to | fewest moves"
          " (bound) | moved ÷ fewest | score before | score after |")
    print("|---|---|---|---|---|---|---|---|---|")
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
            low, high = fewest_moves(bundle, base, bundle + "-out", had)
            against = "-" if not low else f"{moved / low:.1f}" if high in (None, low) \
                else f"{moved / high:.1f}-{moved / low:.1f}"
            print(f"| {name} | {what} | {c.get('lessonsMoved')} of {c.get('lessons')} ({c.get('lessonsHadToMove')})"
                  f" | {c.get('meetingsMoved')} of {c.get('meetings')} ({c.get('meetingsHadToMove')}) | {ratio}"
                  f" | {bound_text(low, high)} | {against} | {before['score']} | {after['score']} |", flush=True)


if __name__ == "__main__":
    main()
