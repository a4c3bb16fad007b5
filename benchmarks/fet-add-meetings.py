#!/usr/bin/env python3
"""Adds a team's meetings to a FET file as activities of its attendees, so that FET schedules them with the lessons.

A check of the meeting bound and of the solver from outside: when fet-cl completes the file, `recount-fet --out
FOLDER` on it and its timetable recounts CommonPlan's hard rules (the meetings there are lessons without students);
with the meetings' rows taken out of FOLDER's master_schedule.csv and their periods put in its team_meetings.csv,
`solve BUNDLE --previous FOLDER --lock all --reproducible --moves 1` scores FET's week as a schedule of the team
bundle, meetings as meetings: 0 hard there shows that many meetings can be placed. The teams come from
the teams.csv of the bundle `import-fet --teams subjects` made of the same file.

Usage: benchmarks/fet-add-meetings.py FILE.fet BUNDLE OUT.fet [TEAM,TEAM,...]   (default: every team's meetings)
Each meeting is one activity of one period, subject TEAMMEETING, its comment the team's id; ids follow the file's.
"""
import csv
import re
import sys


def main(fet_path, bundle, out_path, only=None):
    names = {row['id']: row['name'] for row in csv.DictReader(open(bundle + '/teachers.csv', encoding='utf-8'))}
    teams = [row for row in csv.DictReader(open(bundle + '/teams.csv', encoding='utf-8'))
             if only is None or row['id'] in only]
    text = open(fet_path, encoding='utf-8').read()
    next_id = max(int(found) for found in re.findall(r'<Id>(\d+)</Id>', text)) + 1000
    activities = []
    for team in teams:
        for _ in range(int(team['meetings_per_week'] or 1)):
            teachers = ''.join('\t<Teacher>%s</Teacher>\n' % names[member] for member in team['members'].split(';'))
            activities.append('<Activity>\n%s\t<Subject>TEAMMEETING</Subject>\n\t<Duration>1</Duration>\n'
                              '\t<Total_Duration>1</Total_Duration>\n\t<Id>%d</Id>\n'
                              '\t<Activity_Group_Id>0</Activity_Group_Id>\n\t<Active>true</Active>\n'
                              '\t<Comments>%s</Comments>\n</Activity>\n' % (teachers, next_id, team['id']))
            print('activity %d: meeting of %s' % (next_id, team['id']))
            next_id += 1
    text = text.replace('</Activities_List>', ''.join(activities) + '</Activities_List>', 1)
    text = text.replace('<Subjects_List>\n', '<Subjects_List>\n<Subject>\n\t<Name>TEAMMEETING</Name>\n'
                        '\t<Comments></Comments>\n</Subject>\n', 1)
    open(out_path, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], set(sys.argv[4].split(',')) if len(sys.argv) == 5 else None)
