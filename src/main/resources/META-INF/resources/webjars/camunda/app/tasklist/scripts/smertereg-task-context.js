// SmerteReg: Tasklist's task-detail tab "Gjelder" (plugin point tasklist.task.detail). It shows whom the selected task
// is about, the course header of a clinician form task (patient's PID and name, unit, course start) or the applicant
// of an access-approval task, fetched from the registry's API for the logged-in user (GET /api/tasks/{id}/context:
// the course page's checks and audit). The engine keeps only the course or application id.

const english = (() => {
  const nav = window.navigator;
  const first = (Array.isArray(nav.languages) && nav.languages[0]) || nav.language || '';
  return first.split('-')[0].toLowerCase() === 'en'; // as Tasklist chooses between its nb and en (config.js)
})();

const TEXT = english ? {
  tab: 'About',
  loading: 'Loading…',
  patient: 'Patient',
  pid: 'PID',
  course: 'Course',
  openCourse: 'open the course',
  unit: 'Unit',
  start: 'Course start',
  noStart: 'not set yet (TO is not finalised)',
  registered: 'Registered',
  applicant: 'Applicant',
  username: 'Username',
  position: 'Position',
  applied: 'Unit applied for',
  workplace: 'Clinic and department',
  submitted: 'Submitted',
  nobody: 'This task concerns no patient or applicant you have access to.',
  loggedOut: 'Your session has ended: log in again.',
  failed: 'Could not fetch whom the task is about (HTTP {0}). Try again.'
} : {
  tab: 'Gjelder',
  loading: 'Henter …',
  patient: 'Pasient',
  pid: 'PID',
  course: 'Forløp',
  openCourse: 'åpne forløpet',
  unit: 'Enhet',
  start: 'Startdato',
  noStart: 'ikke satt ennå (TO er ikke ferdigstilt)',
  registered: 'Registrert',
  applicant: 'Søker',
  username: 'Brukernavn',
  position: 'Stilling',
  applied: 'Søker tilgang til',
  workplace: 'Klinikk og avdeling',
  submitted: 'Sendt',
  nobody: 'Oppgaven gjelder ingen pasient eller søker du har tilgang til.',
  loggedOut: 'Økten din er avsluttet: logg inn på nytt.',
  failed: 'Kunne ikke hente hvem oppgaven gjelder (HTTP {0}). Prøv igjen.'
};

// The registry's root: Tasklist's app root is <context path>/camunda.
const registryRoot = (document.querySelector('base').getAttribute('app-root') || '').replace(/\/camunda\/?$/, '');

const DAY = new Intl.DateTimeFormat('nb-NO', {timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit',
  year: 'numeric'});
const MINUTE = new Intl.DateTimeFormat('nb-NO', {timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit',
  year: 'numeric', hour: '2-digit', minute: '2-digit'});

/** A LocalDate (yyyy-mm-dd) as dd.mm.yyyy, without going through a time zone. */
function day(isoDate) {
  const [y, m, d] = isoDate.split('-');
  return d + '.' + m + '.' + y;
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined && text !== null) {
    e.textContent = text;
  }
  return e;
}

function row(list, label, value, id) {
  list.appendChild(element('dt', null, label));
  const dd = element('dd');
  if (id) {
    dd.id = id;
  }
  if (value instanceof Node) {
    dd.appendChild(value);
  } else {
    dd.textContent = value;
  }
  list.appendChild(dd);
}

function course(box, c) {
  box.appendChild(element('h3', 'smertereg-task-context-name', TEXT.patient + ': ' + c.familyName + ', ' + c.givenName));
  const list = element('dl', 'dl-horizontal');
  row(list, TEXT.pid, String(c.pid), 'smertereg-task-context-pid');
  const link = element('a', null, TEXT.course + ' ' + c.courseId + ' (' + TEXT.openCourse + ')');
  link.href = registryRoot + c.coursePage;
  link.target = '_blank';
  link.rel = 'noopener';
  row(list, TEXT.course, link, 'smertereg-task-context-course');
  row(list, TEXT.unit, c.departmentName ? c.unitName + ', ' + c.departmentName : c.unitName,
      'smertereg-task-context-unit');
  row(list, TEXT.start, c.startDate ? day(c.startDate) : TEXT.noStart, 'smertereg-task-context-start');
  row(list, TEXT.registered, DAY.format(new Date(c.registeredAt)));
  box.appendChild(list);
}

function applicant(box, a) {
  box.appendChild(element('h3', 'smertereg-task-context-name', TEXT.applicant + ': ' + a.fullName));
  const list = element('dl', 'dl-horizontal');
  row(list, TEXT.username, a.username);
  row(list, TEXT.position, a.position);
  row(list, TEXT.applied, a.unitName + ' (' + a.unitResh + ')', 'smertereg-task-context-unit');
  row(list, TEXT.workplace, [a.clinic, a.department].filter(Boolean).join(', '));
  row(list, TEXT.submitted, MINUTE.format(new Date(a.submittedAt)));
  box.appendChild(list);
}

function problem(box, status) {
  const text = status === 404 ? TEXT.nobody : status === 401 ? TEXT.loggedOut
    : TEXT.failed.replace('{0}', String(status));
  box.appendChild(element('p', status === 404 ? 'text-muted' : 'text-danger', text));
}

export default {
  id: 'smertereg-task-context',
  pluginPoint: 'tasklist.task.detail',
  // Above the form (1000): a task opens on whom it is about.
  priority: 1100,
  properties: {
    label: TEXT.tab
  },
  render: (node, {taskId}) => {
    const box = element('div', 'smertereg-task-context');
    box.id = 'smertereg-task-context';
    box.setAttribute('aria-live', 'polite');
    box.appendChild(element('p', 'text-muted', TEXT.loading));
    node.replaceChildren(box);
    fetch(registryRoot + '/api/tasks/' + encodeURIComponent(taskId) + '/context', {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    }).then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(context => {
        box.replaceChildren();
        (context.kind === 'APPLICATION' ? applicant : course)(box, context);
      })
      .catch(status => {
        box.replaceChildren();
        problem(box, typeof status === 'number' ? status : 0);
      });
  }
};
