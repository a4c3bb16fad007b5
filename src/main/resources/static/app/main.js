// The scheduler's page: pick or upload a school, solve it, see the week as grids, lock and re-solve, read the report,
// compare schedules and take the files away. Deep links: /ui/schedules/{id}?by=teacher|group|room|team&id=...#tab

import { ApiError, call, download, follow, json, onTokenWanted, postBundle, postJson, setToken } from './api.js';
import { barChart, lineChart } from './charts.js';
import { clear, el, table } from './dom.js';
import { choices, indexTimetable, renderGrid, renderLegend } from './grid.js';

const $ = id => document.getElementById(id);
const TABS = ['start', 'solve', 'week', 'report', 'compare', 'takeaway'];
const FILES = ['master_schedule.csv', 'team_meetings.csv', 'blocks.csv', 'timetable.csv', 'report.json'];

const state = {
  bundle: null, // {kind: 'zip'|'json'|'files', blob|files, name}
  job: null, // the opened job's summary
  index: null, // the opened job's timetable, indexed
  locks: { lessons: new Map(), meetings: new Set() },
  following: null,
  points: [],
  bound: null,
  compareOrder: [] // the compared jobs' ids in the order they were ticked
};

function say(text, isError = false) {
  const message = $('message');
  message.textContent = text;
  message.classList.toggle('error', isError);
}

/** Figures as a definition list: [[name, value], ...]. */
function figureList(id, figures) {
  return el('dl', { class: 'figures', id }, ...figures.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function problemText(error) {
  if (error instanceof ApiError && error.status === 401) {
    return 'This service needs its API token: enter it in the form below.';
  }
  return error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`;
}

// ---- tabs and the address ----

function showTab(name, focus = false) {
  if (!TABS.includes(name)) {
    name = 'start';
  }
  for (const tab of TABS) {
    $(tab).hidden = tab !== name;
    const link = document.querySelector(`[data-tab="${tab}"]`);
    if (tab === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  if (focus) {
    $(`${name}-title`).setAttribute('tabindex', '-1');
    $(`${name}-title`).focus();
  }
  if (name === 'report') {
    loadReport();
  } else if (name === 'compare') {
    loadCompareChoices();
  } else if (name === 'solve') {
    loadJobs();
  }
}

function address() {
  const url = new URL(location.href);
  if (state.job) {
    url.pathname = `/ui/schedules/${encodeURIComponent(state.job.id)}`;
  }
  const by = $('grid-by').value;
  const id = $('grid-id').value;
  url.search = state.index && id ? `?by=${encodeURIComponent(by)}&id=${encodeURIComponent(id)}` : '';
  return url;
}

function remember() {
  history.replaceState(null, '', address());
}

// ---- 1. start ----

async function loadDatasets() {
  try {
    const datasets = await json('/datasets');
    const select = $('dataset');
    clear(select, datasets.map(d => el('option', { value: d.name },
      `${d.school || d.name} (${d.name}: ${d.teachers} teachers${d.valid ? '' : ', has mistakes'})`)));
    if (datasets.some(d => d.name === 'small-elementary')) {
      select.value = 'small-elementary';
    }
  } catch (error) {
    say(problemText(error), true);
  }
}

async function useDataset(event) {
  event.preventDefault();
  const name = $('dataset').value;
  say(`Reading ${name}...`);
  try {
    const blob = await (await call(`/datasets/${encodeURIComponent(name)}/bundle.zip`)).blob();
    await check({ kind: 'zip', blob, name });
  } catch (error) {
    say(problemText(error), true);
  }
}

async function useFiles(event) {
  event.preventDefault();
  const files = [...$('files').files];
  if (!files.length) {
    say('Choose the files of a bundle first: a zip, its CSV files, or a JSON document.', true);
    $('files').focus();
    return;
  }
  await check(bundleOf(files));
}

function bundleOf(files) {
  const name = files.length === 1 ? files[0].name.replace(/\.(zip|json|csv)$/i, '') : 'uploaded school';
  if (files.length === 1 && /\.zip$/i.test(files[0].name)) {
    return { kind: 'zip', blob: files[0], name };
  }
  if (files.length === 1 && /\.json$/i.test(files[0].name)) {
    return { kind: 'json', blob: files[0], name };
  }
  return { kind: 'files', files, name };
}

/** Validates a bundle and shows what was read, or every problem as a table. */
async function check(bundle) {
  const result = $('bundle-result');
  state.bundle = null;
  try {
    const summary = await postBundle(`/validate?name=${encodeURIComponent(bundle.name)}`, bundle);
    state.bundle = bundle;
    const figures = [['Teachers', summary.teachers], ['Rooms', summary.rooms], ['Classes / groups', summary.groups],
      ['Sections', summary.sections], ['Lessons a week', summary.lessons], ['Teams', summary.teams],
      ['Team meetings a week', summary.meetings], ['Coaching pairs', summary.coachingPairs],
      ['Timeslots', summary.timeslots], ['Days', summary.days]];
    const parts = [el('h3', {}, `${summary.school}: read`),
      figureList('summary', figures)];
    if (!summary.schedulable) {
      parts.push(table(`${summary.infeasibility.length} reason(s) no schedule can give this school in full`,
        ['Check', 'About', 'Why'], summary.infeasibility.map(c => [c.check, c.subject, c.message]), 'data causes'));
    }
    parts.push(el('button', { type: 'button', id: 'go-solve' }, 'Go on to solve it'));
    clear(result, el('div', { class: `card ${summary.schedulable ? 'ok' : 'warn'}` }, ...parts));
    $('go-solve').addEventListener('click', () => {
      location.hash = 'solve';
    });
    say(summary.summary);
  } catch (error) {
    const errors = error instanceof ApiError ? error.problem.errors : null;
    if (errors) {
      clear(result, el('div', { class: 'card bad' }, table(
        `${errors.length} problem(s) in ${bundle.name}: nothing can be solved until they are put right`,
        ['File', 'Line', 'Column', 'Problem'], errors.map(e => [e.file, e.line, e.column, e.message]),
        'data errors')));
      say(error.message, true);
    } else {
      clear(result);
      say(problemText(error), true);
    }
  }
}

// ---- 2. solve ----

async function startSolve(event) {
  event.preventDefault();
  if (!state.bundle) {
    say('Pick a bundled school or check your own files first (1. Start).', true);
    return;
  }
  const query = new URLSearchParams({ timeLimit: $('time-limit').value.trim(), name: state.bundle.name });
  if ($('stop-when').value) {
    query.set('stopWhen', $('stop-when').value);
  }
  try {
    const job = await postBundle(`/schedules?${query}`, state.bundle);
    await openJob(job.id, false);
    watch(job.id);
  } catch (error) {
    say(problemText(error), true);
  }
}

function watch(id) {
  if (state.following) {
    state.following.controller.abort();
  }
  state.points = [];
  $('solve-stop').disabled = false;
  json(`/schedules/${encodeURIComponent(id)}/meeting-bound`).then(bound => {
    state.bound = bound;
  }).catch(() => {});
  let asking = false;
  const following = follow(id, (name, event) => {
    if (event.score) {
      const levels = scoreLevels(event.score);
      state.points.push({ x: event.elapsedSeconds, hard: levels.hard, medium: levels.medium });
    }
    if (!asking) {
      asking = true;
      json(`/schedules/${encodeURIComponent(id)}?view=summary`).then(showProgress).catch(() => {})
        .finally(() => { asking = false; });
    }
    if (name === 'done') {
      finished(id);
    }
  });
  state.following = following;
  following.done.catch(error => {
    if (error.name !== 'AbortError') {
      say(problemText(error), true);
    }
  });
}

function scoreLevels(score) {
  const match = /(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft/.exec(score || '');
  return match ? { hard: +match[1], medium: +match[2], soft: +match[3] } : { hard: 0, medium: 0, soft: 0 };
}

function showProgress(job) {
  state.job = job;
  const bound = state.bound ? ` (at most ${state.bound.bound} possible)` : '';
  const figures = [['Status', job.status], ['Best score', job.score || 'none yet'],
    ['Feasible', job.feasible === undefined ? '-' : job.feasible ? 'yes' : 'no'],
    ['Lessons placed', `${job.lessonsPlaced} of ${job.lessons}`],
    ['Meetings placed', `${job.meetingsPlaced} of ${job.meetings}${bound}`],
    ['Elapsed', `${job.elapsedSeconds.toFixed(1)} s of ${job.timeLimitSeconds.toFixed(0)} s`]];
  clear($('progress-figures'), figures.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { 'data-figure': k }, v)]));
  clear($('score-chart'),
    lineChart('Hard rules broken over time', state.points.map(p => ({ x: p.x, y: p.hard })), 's', 'hard score'),
    lineChart('Unplaced meeting minutes over time', state.points.map(p => ({ x: p.x, y: p.medium })), 's',
      'medium score'));
  showCurrent();
}

async function finished(id) {
  $('solve-stop').disabled = true;
  const job = await json(`/schedules/${encodeURIComponent(id)}?view=summary`);
  showProgress(job);
  say(`Solving ended: ${job.status}, score ${job.score || 'none'}. The week, the report and the files are ready.`);
  if (job.score) {
    await loadTimetable();
  }
  loadJobs();
}

async function stopSolve() {
  if (!state.job) {
    return;
  }
  try {
    await call(`/schedules/${encodeURIComponent(state.job.id)}?view=summary`, { method: 'DELETE' });
  } catch (error) {
    say(problemText(error), true);
  }
}

async function loadJobs() {
  try {
    const page = await json('/schedules?size=50');
    clear($('jobs'), page.items.length ? table('Newest first', ['Schedule', 'Status', 'Score', 'Started from', 'Open'],
      page.items.map(job => [job.name || job.school, job.status, job.score || '-', job.basedOn || '-',
        el('a', { href: `/ui/schedules/${encodeURIComponent(job.id)}#week` }, `Open ${job.name || job.id}`)]))
      : el('p', {}, 'None yet.'));
  } catch (error) {
    clear($('jobs'), el('p', {}, problemText(error)));
  }
}

// ---- opening a job ----

function showCurrent() {
  const job = state.job;
  $('current-job').textContent = job ? `Schedule: ${job.name || job.school} - ${job.status}`
    + `${job.score ? `, score ${job.score}` : ''}` : 'No schedule opened yet.';
}

async function openJob(id, load = true) {
  state.job = await json(`/schedules/${encodeURIComponent(id)}?view=summary`);
  state.index = null;
  state.locks = { lessons: new Map(), meetings: new Set() };
  showCurrent();
  showProgress(state.job);
  remember();
  if (load && state.job.score) {
    await loadTimetable();
  }
  if (load && ['QUEUED', 'SOLVING'].includes(state.job.status)) {
    watch(id);
  }
}

async function loadTimetable() {
  const started = performance.now();
  const timetable = await json(`/schedules/${encodeURIComponent(state.job.id)}/timetable`);
  state.index = indexTimetable(timetable);
  clear($('legend'), renderLegend(state.index));
  fillChoices();
  showUnplaced();
  showLocks();
  fillTakeaway();
  window.commonplanTimings = Object.assign(window.commonplanTimings || {}, {
    timetableMs: performance.now() - started });
  $('week').dataset.loaded = state.job.id;
}

function fillChoices(wanted) {
  const by = $('grid-by').value;
  const filter = $('grid-filter').value.trim().toLowerCase();
  const options = choices(state.index, by).filter(([id, label]) => !filter || label.toLowerCase().includes(filter));
  const current = wanted || $('grid-id').value;
  clear($('grid-id'), options.map(([id, label]) => el('option', { value: id }, label)));
  if (options.some(([id]) => id === current)) {
    $('grid-id').value = current;
  }
  drawGrid();
}

function drawGrid() {
  if (!state.index) {
    clear($('grid-area'), el('p', {}, 'Open a solved schedule first.'));
    return;
  }
  const by = $('grid-by').value;
  const id = $('grid-id').value;
  if (!id) {
    clear($('grid-area'), el('p', {}, 'Nothing matches that name.'));
    return;
  }
  const started = performance.now();
  clear($('grid-area'), renderGrid(state.index, by, id, state.locks));
  window.commonplanTimings = Object.assign(window.commonplanTimings || {}, { gridMs: performance.now() - started });
  remember();
}

function showUnplaced() {
  const unplaced = state.index.timetable.unplaced;
  clear($('unplaced'), unplaced.length ? el('div', { class: 'card warn' }, table(
    `${unplaced.length} lesson(s) or meeting(s) have no place`, ['What', 'Which', 'Name', 'Why'],
    unplaced.map(u => [u.kind, u.id, u.name, u.reason]))) : el('p', { class: 'ok-text' },
    'Every lesson and team meeting has a place.'));
}

// ---- 4. lock and re-solve ----

function toggleLock(event) {
  const button = event.target.closest('button.item');
  if (!button || button.getAttribute('aria-disabled') === 'true') {
    return;
  }
  const lesson = button.dataset.lesson;
  const meeting = button.dataset.meeting;
  const key = lesson || meeting;
  if (lesson) {
    // A click with the kind the lesson has unlocks it; with another kind it changes the lock to that kind.
    const kind = $('lock-kind').value;
    if (state.locks.lessons.get(key) === kind) {
      state.locks.lessons.delete(key);
    } else {
      state.locks.lessons.set(key, kind);
    }
  } else if (state.locks.meetings.has(key)) {
    state.locks.meetings.delete(key);
  } else {
    state.locks.meetings.add(key);
  }
  const selector = lesson ? `[data-lesson="${CSS.escape(key)}"]` : `[data-meeting="${CSS.escape(key)}"]`;
  drawGrid();
  const again = $('grid-area').querySelector(selector);
  if (again) {
    again.focus();
  }
  showLocks();
}

function showLocks() {
  const count = state.locks.lessons.size + state.locks.meetings.size;
  const words = { both: '', time: ' (time only)', room: ' (room only)' };
  $('locks').textContent = count ? `Locked: ${[...[...state.locks.lessons].map(([id, kind]) => id + words[kind]),
    ...state.locks.meetings].join(', ')}` : 'No locks.';
  $('resolve').disabled = !state.job || ['QUEUED', 'SOLVING'].includes(state.job.status);
}

async function resolve() {
  const before = state.index;
  const from = state.job;
  try {
    const job = await postJson(`/schedules/${encodeURIComponent(from.id)}/resolve`, Object.assign(
      lockRequest(before, state.locks), { timeLimit: $('resolve-limit').value.trim() }));
    const by = $('grid-by').value;
    const id = $('grid-id').value;
    say(`Re-solving as a new schedule (${job.id})...`);
    clear($('moved'), el('p', {}, 'Re-solving...'));
    await openJob(job.id, false);
    watch(job.id);
    await state.following.done.catch(() => {});
    await waitForTimetable(job.id);
    $('grid-by').value = by;
    fillChoices(id);
    showMoved(before, state.index);
  } catch (error) {
    say(problemText(error), true);
  }
}

/**
 * The page's locks as the re-solve request has them: time and room together as pins, a time or a room alone as
 * the bundle's fixedBlock and fixedRoom, a section's list with one entry a lesson in the schedule's lesson order.
 */
function lockRequest(index, locks) {
  const bySection = new Map();
  for (const lesson of index.timetable.lessons) {
    if (!bySection.has(lesson.section)) {
      bySection.set(lesson.section, []);
    }
    bySection.get(lesson.section).push(lesson);
  }
  const fixedBlock = {};
  const fixedRoom = {};
  for (const [section, lessons] of bySection) {
    const kinds = lessons.map(lesson => locks.lessons.get(lesson.id));
    if (kinds.includes('time')) {
      fixedBlock[section] = lessons.map((lesson, i) => kinds[i] === 'time' ? lesson.block || '' : '').join(';');
    }
    if (kinds.includes('room')) {
      fixedRoom[section] = lessons.map((lesson, i) => kinds[i] === 'room' ? lesson.room || '' : '').join(';');
    }
  }
  return {
    pinLessons: [...locks.lessons].filter(([, kind]) => kind === 'both').map(([id]) => id),
    pinMeetings: [...locks.meetings], fixedBlock, fixedRoom
  };
}

async function waitForTimetable(id) {
  for (let i = 0; i < 100 && (!state.index || $('week').dataset.loaded !== id); i++) {
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

function showMoved(before, after) {
  const moved = [];
  for (const lesson of after.timetable.lessons) {
    const old = before.lessons.get(lesson.id);
    if (old && (old.block !== lesson.block || old.room !== lesson.room)) {
      moved.push(['lesson', lesson.id, `${old.block || '-'} ${old.room || ''}`,
        `${lesson.block || '-'} ${lesson.room || ''}`]);
    }
  }
  for (const meeting of after.timetable.meetings) {
    const old = before.meetings.get(meeting.id);
    if (old && old.block !== meeting.block) {
      moved.push(['meeting', meeting.id, old.block || '-', meeting.block || '-']);
    }
  }
  clear($('moved'), moved.length ? table(`${moved.length} moved from the schedule before`,
    ['What', 'Which', 'Was', 'Now'], moved, 'data moved') : el('p', {}, 'Nothing moved.'));
}

// ---- 5. report ----

async function loadReport() {
  const body = $('report-body');
  if (!state.job || !state.job.score) {
    clear(body, el('p', {}, 'Open a solved schedule first.'));
    return;
  }
  const id = encodeURIComponent(state.job.id);
  try {
    const report = await json(`/schedules/${id}/report`);
    let analysis = null;
    try {
      analysis = await json(`/schedules/${id}/analysis`);
    } catch (error) {
      analysis = error.message;
    }
    clear(body, renderReport(report, analysis));
    body.dataset.loaded = state.job.id;
  } catch (error) {
    clear(body, el('p', {}, problemText(error)));
  }
}

function fixed(value, digits = 1) {
  return Number(value).toFixed(digits);
}

function percent(share) {
  return `${Math.round(share * 100)}%`;
}

function renderReport(report, analysis) {
  const s = report.summary;
  const money = v => `${Math.round(v).toLocaleString('en')} ${s.currency || ''}`.trim();
  const figures = [
    ['Feasible', s.feasible ? 'yes' : `no (${s.hardViolationCount} hard rule breaches)`],
    ['Team meetings placed', `${s.meetingsScheduled} of ${s.meetingsRequested}`],
    ['Collaborative minutes a week, mean (all teaching staff)', fixed(s.meanCollaborativeMinutesAllStaff)],
    ['Collaborative minutes a week, least (all teaching staff)', s.minCollaborativeMinutesAllStaff],
    ['Collaborative minutes a week, mean (teachers on teams)', fixed(s.meanCollaborativeMinutes)],
    ['PD hours a year, mean (all teaching staff)', fixed(s.meanPdHoursPerYearAllStaff)],
    ['At the 15-hour threshold (all teaching staff)',
      `${s.atPdThresholdAllStaff} of ${s.staff} (${percent(s.shareAtPdThresholdAllStaff)})`],
    ['Teams at their target', percent(s.shareOfTeamsAtTarget)],
    ['Release FTE', fixed(s.releaseFte, 2)],
    ['Release cost a year', money(s.releaseCost)],
    ['Cost per collaborative hour', money(s.costPerCollaborativeHour)]];
  const parts = [el('div', { class: 'card' }, el('h3', {}, `${report.school}: collaboration`),
    figureList('report-figures', figures))];
  parts.push(el('div', { class: 'card' }, barChart('Meeting minutes a week per team, against its target (tick)',
    report.teams.map(t => ({ label: t.name, value: t.scheduledMinutes, target: t.requestedMinutes })), 'min')));
  const pd = report.teachers.filter(t => t.meetingMinutes > 0 || t.pdHoursPerYear > 0)
    .map(t => ({ label: t.name, value: Math.round(t.pdHoursPerYear * 10) / 10 })).sort((a, b) => a.value - b.value);
  parts.push(el('div', { class: 'card' }, barChart('PD hours a year per teacher on a team, against 15 hours',
    pd, 'h', 15)));
  parts.push(el('div', { class: 'card' }, table('Teams', ['Team', 'Kind', 'Members', 'Meetings', 'Minutes',
    'Common free minutes', 'At target'], report.teams.map(t => [t.name, t.kind, t.members,
    `${t.meetingsScheduled} of ${t.meetingsRequested}`, `${t.scheduledMinutes} of ${t.requestedMinutes}`,
    t.commonFreeMinutes, t.targetMet ? 'yes' : 'no']))));
  if (report.coaching.length) {
    parts.push(el('div', { class: 'card' }, table('Coaching: observation periods', ['Leader', 'Teacher',
      'Wanted', 'Planned'], report.coaching.map(c => [c.leader, c.teacher, c.observationsWanted, c.observationsPlanned]))));
  }
  const rules = el('div', { class: 'card', id: 'rules' }, el('h3', {}, 'The score, rule by rule'));
  if (typeof analysis === 'string') {
    rules.append(el('p', {}, analysis));
  } else {
    rules.append(table('Each rule that scores, worst first', ['Rule', 'Level', 'Score', 'Times', 'In words'],
      analysis.map(r => [r.rule, r.level, r.score, r.matches, r.explanations.length ? el('details', {},
        el('summary', {}, r.explanations[0]), el('ul', {}, ...r.explanations.slice(1).map(e => el('li', {}, e))))
        : '']), 'data rules'));
  }
  parts.push(rules);
  return parts;
}

// ---- 6. compare ----

async function loadCompareChoices() {
  try {
    const page = await json('/schedules?size=50');
    const done = page.items.filter(job => job.score);
    clear($('compare-choices'), done.length ? done.map((job, i) => el('div', { class: 'check' },
      el('input', { type: 'checkbox', id: `cmp-${i}`, value: job.id, checked: state.job && job.id === state.job.id }),
      el('label', { for: `cmp-${i}` },
        `${job.name || job.school} - ${job.status}, ${job.score} (${job.id.slice(0, 8)})`)))
      : el('p', {}, 'No solved schedules yet.'));
    state.compareOrder = state.job && done.some(job => job.id === state.job.id) ? [state.job.id] : [];
  } catch (error) {
    say(problemText(error), true);
  }
}

async function compare(event) {
  event.preventDefault();
  // In the order they were ticked: the first ticked is the baseline.
  const ticked = [...$('compare-choices').querySelectorAll('input:checked')].map(input => input.value);
  const ids = state.compareOrder.filter(id => ticked.includes(id))
    .concat(ticked.filter(id => !state.compareOrder.includes(id)));
  if (ids.length < 2) {
    say('Choose two or more schedules to compare.', true);
    return;
  }
  try {
    const jobs = await Promise.all(ids.map(id => json(`/schedules/${encodeURIComponent(id)}?view=summary`)));
    const reports = await Promise.all(ids.map(id => json(`/schedules/${encodeURIComponent(id)}/report`)));
    const timetables = await Promise.all(ids.map(id => json(`/schedules/${encodeURIComponent(id)}/timetable`)));
    const rows = [
      ['Score', r => r.job.score], ['Feasible', r => r.report.summary.feasible ? 'yes' : 'no'],
      ['Moved from the first', (r, i) => i === 0 ? 'baseline' : movedCount(timetables[0], r.timetable)]];
    const scenarios = ids.map((id, i) => ({ job: jobs[i], report: reports[i], timetable: timetables[i] }));
    const html = await (await call(`/comparisons?jobs=${ids.map(encodeURIComponent).join(',')}`)).text();
    // The compare command's own page, without scripts; same origin only so that its height can be read.
    const frame = el('iframe', { title: 'The comparison in full', sandbox: 'allow-same-origin', class: 'comparison' });
    frame.srcdoc = html;
    frame.addEventListener('load', () => {
      frame.style.height = `${frame.contentDocument.documentElement.scrollHeight + 20}px`;
    });
    clear($('compare-body'), el('div', { class: 'card' }, table('Side by side', ['Figure',
      ...scenarios.map(s => `${s.job.name || s.job.school} (${s.job.id.slice(0, 8)})`)],
    rows.map(([label, f]) => [label, ...scenarios.map((s, i) => String(f(s, i)))]), 'data compare')),
    el('div', { class: 'card' }, frame));
  } catch (error) {
    say(problemText(error), true);
  }
}

function movedCount(first, other) {
  const before = new Map(first.lessons.map(l => [l.id, l]));
  let moved = 0;
  let unmatched = 0;
  for (const lesson of other.lessons) {
    const old = before.get(lesson.id);
    if (!old) {
      unmatched++;
    } else if (old.block !== lesson.block || old.room !== lesson.room) {
      moved++;
    }
  }
  return `${moved} lesson(s)${unmatched ? `, ${unmatched} not in the first` : ''}`;
}

// ---- 7. take it away ----

function fillTakeaway() {
  const id = encodeURIComponent(state.job.id);
  const items = [el('li', {}, el('button', { type: 'button', 'data-download': `/schedules/${id}/export` },
    'All files (zip)'))];
  for (const file of FILES) {
    items.push(el('li', {}, el('button', { type: 'button', 'data-download': `/schedules/${id}/export/${file}`,
      'data-name': file }, file)));
  }
  clear($('downloads'), items);
  clear($('ics-teacher'),
    state.index.timetable.teachers.map(t => el('option', { value: t.id }, `${t.name} (${t.id})`)));
  if (!$('ics-start').value) {
    const monday = new Date();
    monday.setDate(monday.getDate() + ((8 - monday.getDay()) % 7 || 7));
    const two = n => String(n).padStart(2, '0');
    $('ics-start').value = `${monday.getFullYear()}-${two(monday.getMonth() + 1)}-${two(monday.getDate())}`;
  }
}

async function downloadClicked(event) {
  const button = event.target.closest('[data-download]');
  if (!button) {
    return;
  }
  try {
    await download(button.dataset.download, button.dataset.name || 'schedule.zip');
  } catch (error) {
    say(problemText(error), true);
  }
}

async function downloadCalendar(event) {
  event.preventDefault();
  if (!state.job) {
    say('Open a solved schedule first.', true);
    return;
  }
  const teacher = $('ics-teacher').value;
  const query = new URLSearchParams({ start: $('ics-start').value, lessons: $('ics-lessons').checked });
  try {
    await download(`/schedules/${encodeURIComponent(state.job.id)}/calendars/${encodeURIComponent(teacher)}?${query}`,
      `${teacher}.ics`);
  } catch (error) {
    say(problemText(error), true);
  }
}

function printView() {
  if (!state.index) {
    say('Open a solved schedule first.', true);
    return false;
  }
  const pages = [];
  for (const by of ['teacher', 'group']) {
    for (const [id] of choices(state.index, by)) {
      pages.push(el('section', { class: 'page' }, el('h2', {}, state.index.timetable.school),
        renderGrid(state.index, by, id, state.locks, false)));
    }
  }
  const back = el('button', { type: 'button', class: 'no-print', id: 'print-back' }, 'Back to the page');
  back.addEventListener('click', () => {
    document.body.classList.remove('print-view');
    $('print-view').focus();
  });
  clear($('print-area'), back, el('button', { type: 'button', class: 'no-print', id: 'print-now' }, 'Print'),
    ...pages, renderLegend(state.index));
  $('print-now').addEventListener('click', () => window.print());
  document.body.classList.add('print-view');
  back.focus();
  return true;
}

// ---- wiring ----

function start() {
  onTokenWanted(() => {
    $('token-form').hidden = false;
    $('token').focus();
  });
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    setToken($('token').value.trim());
    location.reload();
  });
  document.querySelectorAll('[data-tab]').forEach(link => link.addEventListener('click', event => {
    event.preventDefault();
    history.replaceState(null, '', `${address().pathname}${address().search}#${link.dataset.tab}`);
    showTab(link.dataset.tab, true);
  }));
  window.addEventListener('hashchange', () => showTab(location.hash.slice(1), true));
  $('dataset-form').addEventListener('submit', useDataset);
  $('upload-form').addEventListener('submit', useFiles);
  const drop = $('drop');
  drop.addEventListener('dragover', event => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.classList.remove('over');
    check(bundleOf([...event.dataTransfer.files]));
  });
  $('solve-form').addEventListener('submit', startSolve);
  $('solve-stop').addEventListener('click', stopSolve);
  $('grid-by').addEventListener('change', () => fillChoices());
  $('grid-filter').addEventListener('input', () => fillChoices());
  $('grid-id').addEventListener('change', drawGrid);
  $('grid-form').addEventListener('submit', event => event.preventDefault());
  $('grid-area').addEventListener('click', toggleLock);
  $('resolve').addEventListener('click', resolve);
  $('compare-form').addEventListener('submit', compare);
  $('compare-choices').addEventListener('change', event => {
    state.compareOrder = state.compareOrder.filter(id => id !== event.target.value);
    if (event.target.checked) {
      state.compareOrder.push(event.target.value);
    }
  });
  $('downloads').addEventListener('click', downloadClicked);
  $('ics-form').addEventListener('submit', downloadCalendar);
  $('print-view').addEventListener('click', printView);
  $('print').addEventListener('click', () => {
    if (printView()) {
      window.print();
    }
  });
  loadDatasets();
  const params = new URLSearchParams(location.search);
  if (['teacher', 'group', 'room', 'team'].includes(params.get('by'))) {
    $('grid-by').value = params.get('by');
  }
  const match = /^\/ui\/schedules\/([^/]+)/.exec(location.pathname);
  const tab = location.hash.slice(1) || (match ? (params.get('by') ? 'week' : 'solve') : 'start');
  if (match) {
    openJob(decodeURIComponent(match[1])).then(() => {
      if (state.index && params.get('id')) {
        fillChoices(params.get('id'));
      }
      showTab(tab);
    }).catch(error => say(problemText(error), true));
  } else {
    showTab(tab);
  }
  document.body.dataset.ready = 'true';
}

start();
