// The week as a grid (days across, periods down, with bell times) for one teacher, class, room or team, drawn from
// the service's /timetable answer. The lookups are built once per timetable, so each grid costs only its own cells.

import { el } from './dom.js';

const ACTIVITY = {
  P: 'Planning', R: 'Release', O: 'Observation: the leader watches a coached teacher teach (observations.csv)', H: 'With homeroom class',
  L: 'Lunch', U: 'Unavailable', M: 'Team meeting', T: 'Teaching', '-': ''
};
const ACTIVITY_SHORT = { P: 'Planning', R: 'Release', O: 'Observation', H: 'Homeroom', L: 'Lunch', U: 'Unavailable' };
// Light backgrounds that keep dark text above 7:1 (WCAG AAA), distinct enough side by side.
const PALETTE = ['#dbeafe', '#fde2cf', '#d9f2d9', '#f9d7e8', '#e9e1fb', '#fff1b8', '#d3f1f1', '#f3e0c9',
  '#e2e8f0', '#fbd5d5', '#dff3c4', '#cfe4f7'];

/** Everything a grid needs, indexed once. */
export function indexTimetable(timetable) {
  const byTeacher = new Map();
  const byGroup = new Map();
  const byRoom = new Map();
  const byTeam = new Map();
  const push = (map, key, item) => {
    if (!map.has(key)) {
      map.set(key, []);
    }
    map.get(key).push(item);
  };
  for (const lesson of timetable.lessons) {
    if (!lesson.slots.length) {
      continue;
    }
    lesson.teachers.forEach(id => push(byTeacher, id, lesson));
    lesson.groups.forEach(id => push(byGroup, id, lesson));
    if (lesson.room) {
      push(byRoom, lesson.room, lesson);
    }
  }
  const teams = new Map(timetable.teams.map(team => [team.id, team]));
  const meetingsByTeacher = new Map();
  for (const meeting of timetable.meetings) {
    if (!meeting.slots.length) {
      continue;
    }
    push(byTeam, meeting.team, meeting);
    for (const attendee of teams.get(meeting.team).attendees) {
      push(meetingsByTeacher, attendee, meeting);
    }
  }
  const subjects = [...new Set(timetable.lessons.map(lesson => lesson.subject))].sort();
  const colour = new Map(subjects.map((subject, i) => [subject, i % PALETTE.length]));
  // Rows: every period label, in the order of the day that has the most, then any others.
  const days = timetable.days;
  const bySlot = new Map();
  const periods = [];
  const perDay = days.map(day => timetable.timeslots.filter(slot => slot.day === day));
  const longest = perDay.slice().sort((a, b) => b.length - a.length)[0] || [];
  for (const slot of longest.concat(perDay.flat())) {
    if (!periods.includes(slot.period)) {
      periods.push(slot.period);
    }
  }
  for (const slot of timetable.timeslots) {
    bySlot.set(slot.day + '\u0000' + slot.period, slot);
  }
  const homeroomOf = new Map(timetable.teachers.filter(t => t.homeroom).map(t => [t.homeroom, t]));
  return {
    timetable, byTeacher, homeroomOf, byGroup, byRoom, byTeam, meetingsByTeacher, teams, subjects, colour, days,
    periods, bySlot,
    teachers: new Map(timetable.teachers.map(t => [t.id, t])),
    lessons: new Map(timetable.lessons.map(l => [l.id, l])),
    meetings: new Map(timetable.meetings.map(m => [m.id, m]))
  };
}

/** The people, classes, rooms or teams a grid can be drawn for, as [id, label]. */
export function choices(index, by) {
  const t = index.timetable;
  if (by === 'teacher') {
    return t.teachers.map(p => [p.id, `${p.name} (${p.id})`]);
  }
  if (by === 'group') {
    return t.groups.map(g => [g.id, g.grade ? `${g.id} (grade ${g.grade})` : g.id]);
  }
  if (by === 'room') {
    return t.rooms.map(r => [r.id, `${r.id} (${r.kind}, ${r.capacity})`]);
  }
  return t.teams.map(team => [team.id, `${team.name} (${team.id})`]);
}

export function titleOf(index, by, id) {
  const found = choices(index, by).find(([key]) => key === id);
  const what = { teacher: 'Teacher', group: 'Class', room: 'Room', team: 'Team' }[by];
  return `${what}: ${found ? found[1] : id}`;
}

function slotMap(items) {
  const map = new Map();
  for (const item of items || []) {
    for (const slot of item.slots) {
      if (!map.has(slot)) {
        map.set(slot, []);
      }
      map.get(slot).push(item);
    }
  }
  return map;
}

function teacherName(index, id) {
  const teacher = index.teachers.get(id);
  return teacher ? teacher.name : id;
}

/** What a lock keeps, in the cell's words, by the kind chosen on the page. */
const LOCK_WORDS = { both: 'locked', time: 'time locked', room: 'room locked' };
const LOCK_LABELS = { both: 'time and room', time: 'time only', room: 'room only' };

function lessonCell(index, lesson, by, locks, interactive) {
  const kind = locks.lessons.get(lesson.id);
  const locked = lesson.pinned || kind !== undefined;
  const parts = [
    el('span', { class: 'course' }, lesson.course),
    el('span', { class: 'section' }, lesson.section),
    el('span', { class: 'room' }, lesson.room || 'no room')
  ];
  if (by !== 'teacher') {
    parts.push(el('span', { class: 'who' }, lesson.teachers.map(id => teacherName(index, id)).join(', ')));
  }
  if (by !== 'group' && lesson.groups.length) {
    parts.push(el('span', { class: 'groups' }, lesson.groups.join(', ')));
  }
  if (locked) {
    parts.push(el('span', { class: 'lock', 'data-lock': lesson.pinned ? 'fixed' : kind },
      lesson.pinned ? 'fixed' : LOCK_WORDS[kind]));
  }
  const label = `${lesson.course}, section ${lesson.section}, room ${lesson.room || 'none'}, teacher `
    + `${lesson.teachers.map(id => teacherName(index, id)).join(' and ')}`;
  const attributes = {
    class: `item lesson s${index.colour.get(lesson.subject)}${locked ? ' locked' : ''}`,
    'data-lesson': lesson.id, title: label
  };
  if (!interactive) {
    return el('div', attributes, ...parts);
  }
  Object.assign(attributes, { type: 'button', 'aria-pressed': String(locked),
    'aria-label': `${label}. ${lesson.pinned ? 'Fixed in the bundle' : locked ? `Locked (${LOCK_LABELS[kind]}): `
      + 'press to unlock, or to change to the kind chosen under the grid' : 'Press to lock'}` });
  if (lesson.pinned) {
    attributes['aria-disabled'] = 'true';
  }
  return el('button', attributes, ...parts);
}

function meetingCell(index, meeting, locks, interactive) {
  const team = index.teams.get(meeting.team);
  const locked = meeting.pinned || locks.meetings.has(meeting.id);
  const parts = [el('span', { class: 'course' }, `${team.name} meeting`), el('span', { class: 'section' },
    `${meeting.id}, ${meeting.minutes} min`)];
  if (locked) {
    parts.push(el('span', { class: 'lock' }, meeting.pinned ? 'fixed' : 'locked'));
  }
  const attributes = { class: `item meeting${locked ? ' locked' : ''}`, 'data-meeting': meeting.id,
    title: `${team.name} meeting ${meeting.id}` };
  if (!interactive) {
    return el('div', attributes, ...parts);
  }
  Object.assign(attributes, { type: 'button', 'aria-pressed': String(locked),
    'aria-label': `${team.name} meeting ${meeting.id}. ${locked ? 'Locked: press to unlock' : 'Press to lock'}` });
  if (meeting.pinned) {
    attributes['aria-disabled'] = 'true';
  }
  return el('button', attributes, ...parts);
}

/**
 * The grid as a table element.
 *
 * @param locks {lessons: Map of id to 'both', 'time' or 'room', meetings: Set} the locks chosen on the page
 * @param interactive lessons and meetings are buttons that lock and unlock (not in print)
 */
export function renderGrid(index, by, id, locks, interactive = true) {
  const lessons = slotMap(by === 'teacher' ? index.byTeacher.get(id) : by === 'group' ? index.byGroup.get(id)
    : by === 'room' ? index.byRoom.get(id) : null);
  const meetings = slotMap(by === 'teacher' ? index.meetingsByTeacher.get(id) : by === 'team'
    ? index.byTeam.get(id) : null);
  const person = by === 'teacher' ? index.teachers.get(id) : null;
  const team = by === 'team' ? index.teams.get(id) : null;
  const commonFree = new Set(team ? team.commonFree : []);
  const table = el('table', { class: 'grid', 'data-by': by, 'data-id': id });
  table.append(el('caption', {}, titleOf(index, by, id)));
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Period'),
    ...index.days.map(day => el('th', { scope: 'col' }, day)));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const period of index.periods) {
    const first = index.days.map(day => index.bySlot.get(day + '\u0000' + period)).find(Boolean);
    const row = el('tr', {}, el('th', { scope: 'row' }, el('span', { class: 'period' }, period),
      el('span', { class: 'time' }, `${first.start}-${first.end}`)));
    for (const day of index.days) {
      const slot = index.bySlot.get(day + '\u0000' + period);
      const cell = el('td');
      if (!slot) {
        cell.className = 'none';
        row.append(cell);
        continue;
      }
      cell.dataset.slot = slot.index;
      cell.dataset.day = day;
      cell.dataset.period = period;
      if (slot.start !== first.start || slot.end !== first.end) {
        cell.append(el('span', { class: 'time' }, `${slot.start}-${slot.end}`));
      }
      if (slot.kind !== 'CLASS') {
        cell.classList.add('break');
      }
      for (const lesson of lessons.get(slot.index) || []) {
        cell.append(lessonCell(index, lesson, by, locks, interactive));
      }
      for (const meeting of meetings.get(slot.index) || []) {
        cell.append(meetingCell(index, meeting, locks, interactive));
      }
      if (person && !cell.querySelector('.item')) {
        const letter = person.week[slot.index];
        if (ACTIVITY_SHORT[letter]) {
          const observed = letter === 'O' && person.observing ? index.teachers.get(person.observing[slot.index]) : null;
          const label = observed ? `Observing ${observed.name}` : ACTIVITY_SHORT[letter];
          cell.append(el('span', { class: `activity a-${letter}`, title: ACTIVITY[letter] }, label));
        }
      } else if (by === 'group' && !cell.querySelector('.item') && index.homeroomOf.has(id)
        && index.homeroomOf.get(id).week[slot.index] === 'H') {
        cell.append(el('span', { class: 'activity a-H' }, `Homeroom: ${index.homeroomOf.get(id).name}`));
      } else if (!person && !cell.querySelector('.item') && slot.kind !== 'CLASS') {
        cell.append(el('span', { class: 'activity' }, slot.kind.toLowerCase()));
      }
      if (commonFree.has(slot.index)) {
        cell.classList.add('common-free');
        cell.append(el('span', { class: 'free-mark' }, 'all free'));
      }
      row.append(cell);
    }
    body.append(row);
  }
  table.append(body);
  return table;
}

/** The subjects' colours, and what the marks mean. */
export function renderLegend(index) {
  const items = index.subjects.map(subject => el('li', {}, el('span',
    { class: `swatch s${index.colour.get(subject)}`, 'aria-hidden': 'true' }), subject));
  items.push(el('li', {}, el('span', { class: 'swatch meeting', 'aria-hidden': 'true' }), 'team meeting'));
  items.push(el('li', {}, el('span', { class: 'swatch common-free', 'aria-hidden': 'true' }),
    'every team member free'));
  items.push(el('li', {}, el('span', { class: 'swatch a-O', 'aria-hidden': 'true' }), 'release / observation'));
  return el('div', {}, el('h3', {}, 'Legend'), el('ul', { class: 'legend-list' }, ...items));
}
