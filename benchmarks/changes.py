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
schedule keeps the hard rules). On a school of DAILY sections, or of DAILY and SINGLE ones without homeroom classes,
the search is exact (daily_fewest_moves): lessons may also change rooms (a SINGLE one its day) and meetings move
with them, and a budget searched to the end proves that many too few.
Elsewhere the fewest are given as at least what had to move, and for a locked meeting at least the meeting, what
its attendees hold in the new block, and a lesson for each homeroom class left with its teacher there
(meeting_lock_fewest). Meetings the changed school cannot hold (solve's meeting bound) add to the fewest.

Usage: benchmarks/changes.py [--time-limit 20s] [--seed 1] [--reproducible] SCHOOL...   (run from the project folder after
mvn -B -q package -DskipTests; work goes to target/changes/)
"""
import argparse, csv, io, json, os, re, shutil, subprocess, sys

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
    printed = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        report = json.load(f)
    # "team meetings placeable at most (bound from the problem): 6 of 7 requested; ..."
    bound = re.search(r"placeable at most \(bound from the problem\): (\d+) of", printed)
    report["meetingBound"] = int(bound.group(1)) if bound else None
    return report


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


def teachers_away(bundle, days, periods):
    """Each teacher's unavailable timeslots (DAY-PERIOD), a whole day standing for all its periods."""
    away = {}
    for r in rows(os.path.join(bundle, "teachers.csv")):
        taken = set()
        for item in (r.get("unavailable") or "").split(";"):
            if item:
                taken |= {item + "-" + p for p in periods} if item in days else {item}
        away[r["id"]] = taken
    return away


def fewest_moves(bundle, base, out, had_to, limit=12, nodes=2_000_000):
    """(at least, at most or None): lessons a schedule keeping the hard rules must move (module comment)."""
    forced = [r for r in rows(os.path.join(out, "changes.csv"))
              if r["kind"] == "lesson" and r["reason"].startswith("unavailable")]
    if not forced or had_to != len(forced):
        return had_to, None
    if all((r.get("family") or "SINGLE") == "DAILY" for r in rows(os.path.join(bundle, "sections.csv"))) \
            or exact_search_applies(bundle, base):
        return daily_fewest_moves(bundle, base, {f["id"] + "#" + f["lesson"] for f in forced})
    days, periods = days_of(bundle)
    away = teachers_away(bundle, days, periods)
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


def exact_search_applies(bundle, base):
    """A school of DAILY and SINGLE sections, blocks one period or timeslot each, no homeroom classes: the exact
    search below follows every hard rule that a SINGLE lesson changing day can break (course spread, teaching load)."""
    families = {(r.get("family") or "SINGLE") for r in rows(os.path.join(bundle, "sections.csv"))}
    return families <= {"DAILY", "SINGLE"} \
        and not any(r.get("homeroom") for r in rows(os.path.join(bundle, "teachers.csv"))) \
        and not any("+" in r["block"] for r in rows(os.path.join(base, "master_schedule.csv"))) \
        and not any("+" in r["block"] for r in rows(os.path.join(base, "team_meetings.csv")))


def daily_limits(bundle, periods):
    """Each teacher's timeslots of lessons a day at most (max_teaching_per_day less release_per_day, the
    school's default being its CLASS periods less one, as SettingsReader has it)."""
    settings = {r["key"]: r["value"] for r in rows(os.path.join(bundle, "settings.csv"))} \
        if os.path.exists(os.path.join(bundle, "settings.csv")) else {}
    default = int(settings.get("max_teaching_per_day") or max(1, len(periods) - 1))
    return {r["id"]: int(r.get("max_teaching_per_day") or default) - int(r.get("release_per_day") or 0)
            for r in rows(os.path.join(bundle, "teachers.csv"))}


def daily_fewest_moves(bundle, base, forced, limit=12, nodes=100_000):
    """(at least, at most or None): lessons and meetings to move on a school of DAILY sections, SINGLE ones of one
    timeslot and SINGLE meetings.

    Ejection chains as in fewest_moves, exhaustive: a lesson may take any period and any room of its kind (which
    pushes out the lesson there), a meeting any timeslot; each pushes out what it clashes with by teacher, group
    or room, and what it lands on must not have moved already. Every schedule's moves, followed from the lesson that
    had to move, form such a chain (what no chain reaches could stay where it was), so a budget searched to the end
    without a schedule proves that many too few. On these schools the other hard rules hold whatever moves (each
    lesson meets once a day, every teacher keeps their count of free periods), so a schedule found, with rooms
    large enough, keeps them all: the fewest. A SINGLE lesson may take any timeslot; as it changes day it may crowd
    its group's course or its teacher's day, so a chain is a schedule only where those hold too (and rooms are large
    enough): the first budget with a chain at all is the fewest at least, the first with one that holds at most.
    A budget not searched to the end within `nodes` places ends the search.
    """
    days, periods = days_of(bundle)
    away = teachers_away(bundle, days, periods)
    sections = {r["id"]: r for r in rows(os.path.join(bundle, "sections.csv"))}
    rooms = {r["id"]: r for r in rows(os.path.join(bundle, "rooms.csv"))}
    sizes = {r["id"]: int(r.get("size") or 0) for r in rows(os.path.join(bundle, "groups.csv"))}
    items = []
    for r in rows(os.path.join(base, "master_schedule.csv")):
        if r["block"] and r["section"] in sections:
            section = sections[r["section"]]
            groups = [g for g in r["groups"].split(";") if g]
            items.append(dict(key=r["section"] + "#" + r["lesson"], block=r["block"], room=r["room"],
                              people=[t for t in (r["teacher"], r["co_teacher"]) if t] + groups,
                              teachers=[t for t in (r["teacher"], r["co_teacher"]) if t], groups=groups,
                              course=section["course"], daily=(section.get("family") or "SINGLE") == "DAILY",
                              kind=section.get("room_kind") or "GENERAL",
                              size=int(section.get("enrollment") or 0) or sum(sizes.get(g, 0) for g in groups)))
    teams = {r["id"]: r for r in rows(os.path.join(bundle, "teams.csv"))} \
        if os.path.exists(os.path.join(bundle, "teams.csv")) else {}
    for r in rows(os.path.join(base, "team_meetings.csv")):
        if r["block"] and r["team"] in teams:
            team = teams[r["team"]]
            items.append(dict(key=r["team"] + "@" + r["meeting"], block=r["block"], room=None,
                              people=[t for t in team["members"].split(";") + [team.get("leader") or ""] if t]))
    timeslots = {}

    def slots_of(block):
        if block not in timeslots:
            timeslots[block] = sorted(slots(block, days))
        return timeslots[block]

    def keys(item, block, room):
        return [(who, slot) for slot in slots_of(block) for who in item["people"]] \
            + ([(room, slot) for slot in slots_of(block)] if room else [])

    holder, moved, count = {}, set(), [0]
    place = {id(item): (item["block"], item["room"]) for item in items}

    def put(item, block, room, on):
        place[id(item)] = (block, room) if on else (item["block"], item["room"])
        for key in keys(item, block, room):
            if on:
                holder[key] = item
            elif holder.get(key) is item:
                del holder[key]

    for item in items:
        put(item, item["block"], item["room"], True)
    start = [item for item in items if item["key"] in forced]
    for item in start:
        put(item, item["block"], item["room"], False)
        moved.add(id(item))
    suitable = {id(item): sorted((r for r in rooms if rooms[r]["kind"] == item["kind"]),
                                 key=lambda r: r != item["room"]) for item in items if item["room"] is not None}

    def pushed(item, block, room, budget, found=()):
        """What the item pushes out there (beyond `found`), or None where it may not go."""
        out = []
        for key in keys(item, block, room) if room is None else [(room, s) for s in slots_of(block)]:
            if key[1] in away.get(key[0], ()):
                return None
            other = holder.get(key)
            if other is not None and other is not item and other not in found and other not in out:
                if id(other) in moved:
                    return None
                out.append(other)
        return out if len(moved) + len(found) + len(out) <= budget else None

    limits = daily_limits(bundle, periods)
    weekly = {}  # (group, course): its timeslots of the week, spread at most their share a day
    for item in items:
        if item["room"] is not None:
            for g in item["groups"]:
                weekly[(g, item["course"])] = weekly.get((g, item["course"]), 0) + len(slots_of(item["block"]))
    chained = [False]

    def holds():
        """The placement keeps the rules a SINGLE lesson's new day can break, and every room is large enough."""
        taught, course = {}, {}
        for item in items:
            if item["room"] is None:
                continue
            block, room = place[id(item)]
            if room and (block, room) != (item["block"], item["room"]) \
                    and int(rooms[room].get("capacity") or 0) < item["size"]:
                return False
            for slot in slots_of(block):
                day = slot.split("-")[0]
                for t in item["teachers"]:
                    taught[(t, day)] = taught.get((t, day), 0) + 1
                for g in item["groups"]:
                    course[(g, item["course"], day)] = course.get((g, item["course"], day), 0) + 1
        return all(n <= limits.get(t, n) for (t, day), n in taught.items()) \
            and all(n <= -(-weekly[(g, c)] // len(days)) for (g, c, day), n in course.items())

    def dfs(pending, budget):
        count[0] += 1
        if count[0] > nodes:
            raise TimeoutError
        if not pending:
            chained[0] = True
            return [] if holds() else None
        item, rest = pending[0], pending[1:]
        lesson = item["room"] is not None
        for block in periods if lesson and item["daily"] else [d + "-" + p for d in days for p in periods]:
            people = pushed(item, block, None, budget)
            if people is None:
                continue
            choices = [(None, [])] if not lesson and block != item["block"] else []
            free = set()
            for room in suitable.get(id(item), []):
                if block == item["block"] and room == item["room"]:
                    continue
                out = pushed(item, block, room, budget, people)
                # Free rooms of one kind are alike to the rest of the chain: one of them is enough.
                if out is None or not out and (room == item["room"]) in free:
                    continue
                if not out:
                    free.add(room == item["room"])
                choices.append((room, out))
            for room, out in choices:
                for other in people + out:
                    put(other, other["block"], other["room"], False)
                    moved.add(id(other))
                put(item, block, room, True)
                found = dfs(rest + people + out, budget)
                if found is not None:
                    return [(item, block, room)] + found
                put(item, block, room, False)
                for other in people + out:
                    moved.discard(id(other))
                    put(other, other["block"], other["room"], True)
        return None

    low = None
    for budget in range(len(start), limit + 1):
        count[0] = 0
        try:
            chain = dfs(list(start), budget)
        except TimeoutError:
            return low or budget, None
        low = low or (budget if chained[0] else None)
        if chain is not None:
            return low, budget
    return low or limit + 1, None


def cheapest(classes, teachers, busy):
    """Classes given distinct teachers of theirs, a busy one costing 2 and a free one 1; each class at least 1."""
    if not classes:
        return 0
    first, rest = classes[0], classes[1:]
    options = [(2 if t in busy else 1) + cheapest(rest, {c: ts - {t} for c, ts in teachers.items()}, busy)
               for t in teachers[first]]
    return min(options) if options else len(classes)


def meeting_lock_fewest(bundle, base):
    """At least: the locked meeting, each lesson or other meeting of its attendees in its new block, and for each
    homeroom teacher among them whose class has no lesson with another teacher there, one lesson brought in."""
    days, periods = days_of(bundle)
    teams = {r["id"]: r for r in rows(os.path.join(bundle, "teams.csv"))}
    homeroom = {r["id"]: r.get("homeroom") or "" for r in rows(os.path.join(bundle, "teachers.csv"))}
    away = {r["id"]: {slot for item in (r.get("unavailable") or "").split(";") if item
                      for slot in ({item + "-" + p for p in periods} if item in days else {item})}
            for r in rows(os.path.join(bundle, "teachers.csv"))}
    meetings = rows(os.path.join(base, "team_meetings.csv"))
    lessons = [r for r in rows(os.path.join(base, "master_schedule.csv")) if r["block"]]
    fewest = 0
    for team in teams.values():
        for number, fixed in enumerate((team.get("fixed_blocks") or "").split(";"), start=1):
            was = next((m["block"] for m in meetings if m["team"] == team["id"] and m["meeting"] == str(number)), "")
            if not fixed or fixed == was:
                continue
            new = slots(fixed, days)
            attendees = [t for t in team["members"].split(";") + [team.get("leader") or ""] if t]
            fewest += 1
            for m in meetings:
                other = teams.get(m["team"])
                if m["block"] and other and m["team"] != team["id"] and slots(m["block"], days) & new \
                        and set(attendees) & set(other["members"].split(";") + [other.get("leader") or ""]):
                    fewest += 1
            fewest += sum(1 for l in lessons if slots(l["block"], days) & new
                          and {l["teacher"], l["co_teacher"]} & set(attendees))
            classes = [homeroom[t] for t in attendees if homeroom.get(t) and not any(
                slots(l["block"], days) & new and homeroom[t] in l["groups"].split(";")
                and t not in (l["teacher"], l["co_teacher"]) for l in lessons)]
            # One lesson brought in can take several of those classes at once: as many as a section has groups.
            most = max([len(set(l["groups"].split(";")) & set(classes)) for l in lessons] + [1])
            if most > 1:
                fewest += -(-len(classes) // most)
                continue
            # Else each class needs its own teacher there (not an attendee), one who holds a lesson or meeting
            # there already costing that one's move too: the cheapest such assignment.
            # (what is counted above as leaving already, an attendee's lesson or meeting, frees its teachers)
            busy = {t for l in lessons if slots(l["block"], days) & new
                    and not {l["teacher"], l["co_teacher"]} & set(attendees)
                    for t in (l["teacher"], l["co_teacher"]) if t}
            for m in meetings:
                other = teams.get(m["team"])
                people = set(other["members"].split(";") + [other.get("leader") or ""]) - {""} if other else set()
                if m["block"] and m["team"] != team["id"] and slots(m["block"], days) & new \
                        and not people & set(attendees):
                    busy |= people
            teachers = {c: {t for l in lessons if c in l["groups"].split(";")
                            for t in (l["teacher"], l["co_teacher"]) if t and t not in attendees
                            and not slots(fixed, days) & away.get(t, set())} for c in classes}
            fewest += cheapest(classes, teachers, busy)
    return fewest


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
            if change is meeting_locked:
                low = max(low, meeting_lock_fewest(bundle, base))
            # Meetings the changed school cannot hold (the meeting bound) leave the schedule, whatever else moves.
            # (those whose old block is no longer allowed are counted among what had to move already)
            held = sum(1 for r in rows(os.path.join(base, "team_meetings.csv")) if r["block"])
            dropped = max(0, held - after["meetingBound"]) if after.get("meetingBound") is not None else 0
            dropped -= c.get("meetingsHadToMove", 0) if low == had else 0
            if dropped > 0:
                low, high = low + dropped, None
            against = "-" if not low else f"{moved / low:.1f}" if high in (None, low) \
                else f"{moved / high:.1f}-{moved / low:.1f}"
            print(f"| {name} | {what} | {c.get('lessonsMoved')} of {c.get('lessons')} ({c.get('lessonsHadToMove')})"
                  f" | {c.get('meetingsMoved')} of {c.get('meetings')} ({c.get('meetingsHadToMove')}) | {ratio}"
                  f" | {bound_text(low, high)} | {against} | {before['score']} | {after['score']} |", flush=True)


if __name__ == "__main__":
    main()
