// The header's menus ("Mer", the user menu) are <details>: they work without this script. With it, a click outside
// an open menu or the Escape key closes it, and opening one closes the other.
(function () {
  function menus() { return document.querySelectorAll('#registry-header details.nav-menu'); }
  document.addEventListener('click', function (event) {
    menus().forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) { menu.open = false; }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    menus().forEach(function (menu) {
      if (menu.open) { menu.open = false; menu.querySelector('summary').focus(); }
    });
  });
})();
