// Shows and hides the components of a form (inputs, text blocks, groups) by the form's own conditions (form-js
// "conditional.hide", FEEL) as the server evaluates them: there is no second condition language here. The page
// comes rendered with the components hidden that the answers it shows hide; when an answer changes, the form's
// answers go to its data-conditions-url, which answers {"hidden": [component keys and ids]} and stores nothing.
// A hidden component's inputs are disabled, so its answers are not sent, as the server drops them.
(function () {
  'use strict';
  var DELAY = 150;
  // Showing or hiding a component with an answer changes the answers the form sends; ask again, a few times at most.
  var FOLLOW_UPS = 5;

  function answers(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string') { params.append(name, value); }
    });
    return params;
  }

  function apply(form, hidden) {
    form.querySelectorAll('[data-component]').forEach(function (el) {
      var hide = hidden.indexOf(el.getAttribute('data-component')) >= 0;
      el.hidden = hide;
      if (el.tagName === 'FIELDSET') { el.disabled = hide; }
    });
    form.setAttribute('data-conditions-state', 'current');
  }

  // True when the browser filled in other answers than the page was rendered with (back button, restored tab).
  function restored(form) {
    return Array.prototype.some.call(form.elements, function (el) {
      if (el.type === 'checkbox' || el.type === 'radio') { return el.checked !== el.defaultChecked; }
      if (el.tagName === 'SELECT') {
        return Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
      }
      if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
        return el.type !== 'hidden' && el.value !== el.defaultValue;
      }
      return false;
    });
  }

  function watch(form) {
    var url = form.getAttribute('data-conditions-url');
    if (!url) { return; }
    var timer = null;
    var sent = null;
    var latest = 0;
    var followUps = 0;

    function ask() {
      var body = answers(form).toString();
      if (body === sent) { form.setAttribute('data-conditions-state', 'current'); return; }
      sent = body;
      var mine = ++latest;
      fetch(url, {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' }
      }).then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      }).then(function (result) {
        if (mine !== latest) { return; }
        apply(form, result.hidden || []);
        if (answers(form).toString() !== sent && followUps < FOLLOW_UPS) {
          followUps++;
          form.setAttribute('data-conditions-state', 'pending');
          ask();
        }
      }).catch(function () {
        if (mine === latest) { sent = null; form.setAttribute('data-conditions-state', 'failed'); }
      });
    }

    function later() {
      followUps = 0;
      form.setAttribute('data-conditions-state', 'pending');
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY);
    }

    form.addEventListener('change', later);
    if (form.hasAttribute('data-no-submit')) {
      form.addEventListener('submit', function (event) { event.preventDefault(); });
    }
    sent = answers(form).toString();
    if (restored(form)) {
      sent = null;
      later();
    } else {
      form.setAttribute('data-conditions-state', 'current');
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-conditions]').forEach(watch);
  });
})();
