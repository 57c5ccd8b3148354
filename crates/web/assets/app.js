// What the pages do in the browser beyond htmx, with no inline script (the CSP allows none):
// after a refused form, the first field to fix takes the focus; on a phone, the navigation opens
// and closes from its Menu button.
(function () {
  'use strict';

  function focusFirstError(root) {
    var field = root.querySelector('[aria-invalid="true"]');
    if (field && typeof field.focus === 'function') {
      field.focus();
    }
  }

  function wireMenu() {
    var button = document.getElementById('menu-button');
    var nav = document.getElementById('modules');
    if (!button || !nav) return;
    button.hidden = false;
    nav.classList.add('collapsible');
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', open ? 'false' : 'true');
      nav.classList.toggle('open', !open);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    focusFirstError(document);
    wireMenu();
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    focusFirstError(event.target);
  });
})();
