// join.html's head, after the loader (src/wasm.mjs) has picked the app:
// whether the questionnaire may show before the app has arrived
// (src/join/early.js draws it). Only where what shows at once is exactly
// what the app will show: the participant's app, a join link it reads the
// same way (model::workshop::Invitation::parse; anything this script is
// unsure of waits for the app), a workshop still open, and no answers this
// device already holds for it (the app resumes those; the empty page would
// misstate them). Another route sends this page to index.html (the head
// script of index.html, which join.html shares). Where it may not, the
// participant's module is needed at once: preloaded here through the
// loader's own `rapportPreload` (the loader leaves it to this script and,
// for an early questionnaire, to its module script).
(function () {
  var root = document.documentElement;
  // The whole app (index.html's route, or storage a part cannot keep)
  // shows no early questionnaire and has its module preloaded already.
  if (root.hasAttribute('data-leaving') || root.getAttribute('data-app') !== 'participant') return;
  if (!showsAtOnce()) window.rapportPreload('participant_bg.wasm');

  /** Whether the questionnaire shows at once; if so, leaves the invitation
   * for src/join/early.js and marks the root `data-early`. */
  function showsAtOnce() {
    var decode = function (text) {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    };
    var isDate = function (text) {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      return !!m && +m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31;
    };
    var two = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    try {
      // A second "#" makes the link unreadable to the app (the invitation is
      // read from the first), so it is left to say so.
      var m = /^#\/join\/([0-9]+)\/*(?:\?([^#]*))?$/.exec(location.hash);
      if (!m || +m[1] > 4294967295) return false;
      var invitation = { workshop: +m[1], name: '', roles: [], closes: null };
      var pairs = (m[2] || '').split('&');
      for (var i = 0; i < pairs.length; i++) {
        var at = pairs[i].indexOf('=');
        if (at < 0) continue;
        var key = pairs[i].slice(0, at);
        var value = pairs[i].slice(at + 1);
        if (key === 'n') invitation.name = decode(value);
        else if (key === 'r') {
          invitation.roles = value.split(',').filter(function (r) { return r !== ''; }).map(decode).slice(0, 12);
        } else if (key === 'c' && isDate(value)) invitation.closes = value;
      }
      var now = new Date();
      var today = now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
      if (invitation.closes !== null && invitation.closes <= today) return false;
      var saved = localStorage.getItem('rapport');
      var held = saved === null ? null : JSON.parse(saved).data.participation;
      if (held && held.workshop === invitation.workshop) return false;
      window.rapportInvitation = invitation;
      root.setAttribute('data-shell', root.lang);
      root.setAttribute('data-early', '');
      return true;
    } catch (e) {
      // A link or a store this script cannot read: the app will.
      return false;
    }
  }
})();
