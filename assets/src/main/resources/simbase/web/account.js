// The "My account" panel of the class view (index.html #account-panel): a signed-in user changes
// their password (the current one required; change_password), and sees what an OPC UA client
// needs to sign in as them (get_opcua_access: endpoint, user name, a fresh token as password),
// with copy buttons, so nobody digs a token out of the browser's storage. Uses app.js's globals
// (state, send, $, t, errorText); strings are i18n keys account.* and opcua.*.
'use strict';

(function accountPanel() {
  const panel = $('account-panel');

  // The form's outcome, kept as what to say rather than the words, so a language switch re-says it.
  let said = null;

  function status(render, cls) {
    said = render;
    const s = $('pw-status');
    s.textContent = render ? render() : '';
    s.className = cls || '';
  }

  $('password-form').onsubmit = (e) => {
    e.preventDefault();
    const next = $('pw-new').value;
    if (next.length < 8) { status(() => t('account.tooShort'), 'bad'); return; }
    if (next !== $('pw-repeat').value) { status(() => t('account.mismatch'), 'bad'); return; }
    status(() => t('account.changing'));
    send('change_password', { old_password: $('pw-old').value, new_password: next }, (reply) => {
      if (reply.kind === 'ok') {
        $('password-form').reset();
        status(() => t('account.changed'), 'ok');
      } else if (reply.kind === 'error') {
        status(() => errorText(reply.error)[0], 'bad');
      }
    });
  };

  function showAccess(a) {
    $('opcua-off').hidden = a.enabled;
    $('opcua-table').hidden = !a.enabled;
    $('opcua-hint').hidden = !a.enabled;
    if (!a.enabled) return;
    $('opcua-endpoint').value = a.endpoint;
    $('opcua-user').value = a.user;
    $('opcua-token').value = a.token;
    $('opcua-security').textContent = t(a.none_allowed ? 'opcua.securityNone' : 'opcua.securitySigned');
    $('opcua-security').dataset.noneAllowed = a.none_allowed ? '1' : '';
  }

  $('opcua-show-btn').onclick = () => send('get_opcua_access', {}, (reply) => {
    if (reply.kind === 'opcua_access') showAccess(reply.opcua_access);
  });

  // The Clipboard API needs a secure context (https or localhost); a lab server is often plain
  // http on the LAN, where the selected field and execCommand('copy') still work.
  for (const b of panel.querySelectorAll('[data-copy]')) {
    b.onclick = async () => {
      const field = $(b.dataset.copy);
      field.select();
      let done = false;
      try {
        if (navigator.clipboard && window.isSecureContext) {
          await navigator.clipboard.writeText(field.value);
          done = true;
        }
      } catch (e) { /* fall back below */ }
      if (!done) done = document.execCommand && document.execCommand('copy');
      b.textContent = t(done ? 'opcua.copied' : 'opcua.copyByHand');
      setTimeout(() => { b.textContent = t('opcua.copy'); }, 2000);
    };
  }

  I18N.onChange(() => {
    if (said) $('pw-status').textContent = said();
    const sec = $('opcua-security');
    if (sec.textContent) sec.textContent = t(sec.dataset.noneAllowed ? 'opcua.securityNone' : 'opcua.securitySigned');
  });

  const appOnMessage = onMessage;
  onMessage = function (m) { // eslint-disable-line no-global-assign
    appOnMessage(m);
    if (m.kind === 'logged_in') {
      panel.hidden = false;
      status(null);
      $('opcua-table').hidden = true; // a new user: their own access, on request
      $('opcua-hint').hidden = true;
      $('opcua-off').hidden = true;
    }
  };
})();
