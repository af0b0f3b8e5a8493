// Keeps what a clinician types on a form page (issue 18). Every five minutes, when something has changed, the
// answers and the comment are saved as a draft, exactly as the "Lagre" button does: every valid answer is kept, a
// field whose answer is not valid is named, and a form someone else changed meanwhile is not overwritten (the page
// says who and offers the current version). Leaving the page with changes no button or autosave has stored (the
// "Til forløpet" link, the header, closing the tab) asks first. A number the browser cannot read is shown at its
// field instead of being sent empty.
(function () {
  'use strict';
  var FIVE_MINUTES = 5 * 60 * 1000;

  function show(id, text) {
    var element = document.getElementById(id);
    if (!element) { return; }
    if (text !== undefined) { element.textContent = text; }
    element.hidden = false;
  }

  function hide(id) {
    var element = document.getElementById(id);
    if (element) { element.hidden = true; }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('registry-form');
    if (!form) { return; }
    var unsaved = form.getAttribute('data-unsaved') === 'true';
    var edits = 0;
    var leaving = false;
    var stopped = false;
    function edited() { unsaved = true; edits += 1; }
    form.addEventListener('input', edited);
    form.addEventListener('change', edited);
    form.addEventListener('submit', function (event) {
      var unreadable = Array.prototype.filter.call(form.querySelectorAll('input[type=number]'),
        function (input) { return !input.disabled && input.validity.badInput; });
      if (unreadable.length > 0) {
        event.preventDefault();
        unreadable[0].reportValidity();
        return;
      }
      leaving = true;
    });
    document.querySelectorAll('a[data-discard]').forEach(function (link) {
      link.addEventListener('click', function () { leaving = true; });
    });
    window.addEventListener('beforeunload', function (event) {
      if (unsaved && !leaving) {
        event.preventDefault();
        event.returnValue = '';
      }
      leaving = false;
    });

    if (form.getAttribute('data-autosave') !== 'true') { return; }
    var savedEdits = edits;
    window.setInterval(function () {
      if (stopped || edits === savedEdits) { return; }
      var sent = edits;
      fetch(form.getAttribute('data-autosave-url'), { method: 'POST', credentials: 'same-origin',
        body: new URLSearchParams(new FormData(form)) })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            return { status: response.status, body: body };
          });
        })
        .then(function (answer) {
          hide('autosave-failed');
          if (answer.status === 409 && answer.body.conflict) {
            stopped = true;
            document.querySelector('#autosave-conflict span').textContent = answer.body.conflict;
            show('autosave-conflict');
            return;
          }
          var notSaved = answer.body.notSaved ? Object.keys(answer.body.notSaved) : [];
          if (answer.status === 200) {
            form.querySelectorAll('input[name="version"]').forEach(function (v) { v.value = answer.body.version; });
            savedEdits = sent;
            if (notSaved.length === 0 && edits === sent) { unsaved = false; }
          } else if (notSaved.length === 0) {
            return Promise.reject(answer.status);
          }
          var list = document.getElementById('autosave-not-saved');
          if (notSaved.length > 0) {
            show('autosave-not-saved', list.getAttribute('data-title') + ' '
              + notSaved.map(function (key) { return answer.body.notSaved[key]; }).join(' '));
          } else {
            hide('autosave-not-saved');
          }
        })
        .catch(function () { show('autosave-failed'); });
    }, FIVE_MINUTES);
  });
}());
