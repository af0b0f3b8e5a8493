// Saves the form being filled in every five minutes when something has changed (the registry's autosave), so a
// clinician called away loses nothing. The server keeps it as a draft, exactly as the "Lagre" button does.
(function () {
  'use strict';
  var FIVE_MINUTES = 5 * 60 * 1000;
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-autosave="true"]');
    if (!form) { return; }
    var changed = false;
    form.addEventListener('input', function () { changed = true; });
    form.addEventListener('change', function () { changed = true; });
    window.setInterval(function () {
      if (!changed) { return; }
      changed = false;
      fetch(form.getAttribute('data-autosave-url'), { method: 'POST', credentials: 'same-origin',
        body: new URLSearchParams(new FormData(form)) })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (saved) {
          document.querySelectorAll('input[name="version"]').forEach(function (v) { v.value = saved.version; });
          document.getElementById('autosave-failed').hidden = true;
        })
        .catch(function () { changed = true; document.getElementById('autosave-failed').hidden = false; });
    }, FIVE_MINUTES);
  });
}());
