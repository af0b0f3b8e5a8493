// Shows and hides questions as the patient answers, following the form's own conditions (form-js "hide", FEEL).
// Only the simple comparisons our forms use are evaluated here ("Key = value", "Key != value"); anything else
// stays visible. The server applies the full condition again when the answers are submitted.
(function () {
  'use strict';
  var SIMPLE = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(!=|=)\s*(true|false|null|"[^"]*"|-?\d+(?:\.\d+)?)\s*$/;

  function literal(text) {
    if (text === 'null') { return null; }
    if (text.charAt(0) === '"') { return text.slice(1, -1); }
    return text;
  }

  function valueOf(form, key) {
    var inputs = form.querySelectorAll('[name="' + key + '"]');
    if (inputs.length === 0) { return null; }
    var first = inputs[0];
    if (first.type === 'checkbox') { return first.checked ? 'true' : 'false'; }
    if (first.type === 'radio') {
      for (var i = 0; i < inputs.length; i++) { if (inputs[i].checked) { return inputs[i].value; } }
      return null;
    }
    return first.value === '' ? null : first.value;
  }

  function hidden(form, condition) {
    var m = SIMPLE.exec(condition);
    if (!m) { return false; }
    var equal = valueOf(form, m[1]) === literal(m[3]);
    return m[2] === '=' ? equal : !equal;
  }

  function apply(form) {
    form.querySelectorAll('[data-hide]').forEach(function (el) {
      var hide = hidden(form, el.getAttribute('data-hide'));
      el.hidden = hide;
      el.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = hide; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-conditions]').forEach(function (form) {
      apply(form);
      form.addEventListener('change', function () { apply(form); });
      form.addEventListener('input', function () { apply(form); });
    });
  });
})();
