// SmerteReg: Tasklist in Norwegian bokmål (locales/nb.json, ours) unless the browser asks for English first; the
// task-detail tab "Gjelder" shows whose course (or which applicant) a task is about, fetched from the registry's
// API (/api/tasks/{id}/context), so no personal data need be in the engine. Camunda's defaults otherwise.
export default {
  locales: {
    availableLocales: ['nb', 'en'],
    fallbackLocale: 'nb'
  },
  customScripts: ['scripts/smertereg-task-context'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valgte oppgaven / claims the selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filteret / focus on the first filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første oppgaven i listen / focus on the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første feltet i skjemaet / focus on the first field of a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åpner dialogen for å starte en prosess / opens the start process dialog'
    }
  }
};
