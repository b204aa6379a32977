// join.html's body: the questionnaire before the app has arrived. Where
// src/join/choose.js allowed it, draws the prerendered questionnaire of the
// page's language (src/prerender.mjs) with what the join link carries, set
// as text, never as markup. A participant can answer at once: each choice
// is kept in this tab's sessionStorage under `rapport-early` (so a reload,
// or "Try again" after a failed download, loses nothing) and counted as
// the app counts it. The app takes the record when its join page opens
// (storage::take_early_answers, model::workshop::EarlyAnswers) and
// replaces this copy.
(function () {
  var root = document.documentElement;
  var invitation = window.rapportInvitation;
  var template = document.getElementById('join-' + root.lang);
  var shell = document.getElementById('shell');
  if (!root.hasAttribute('data-early') || !invitation || !template || !shell) return;
  var KEY = 'rapport-early';
  var fill = function (text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  };
  var two = function (n) {
    return (n < 10 ? '0' : '') + n;
  };
  // i18n::Locale::format_date.
  var date = function (iso) {
    var p = iso.split('-');
    var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return root.lang === 'en' ? +p[2] + ' ' + months[+p[1] - 1] + ' ' + p[0] : two(+p[2]) + '.' + two(+p[1]) + '.' + p[0];
  };
  document.title = template.getAttribute('data-title');
  shell.appendChild(template.content.cloneNode(true));
  shell.querySelector('.brand-tagline').textContent = invitation.name;
  var title = shell.querySelector('h1');
  title.textContent = fill(title.getAttribute('data-template'), { name: invitation.name });
  title.removeAttribute('data-template');
  var hint = shell.querySelector('.hint');
  if (invitation.closes) {
    hint.textContent = fill(hint.getAttribute('data-template'), { date: date(invitation.closes) });
    hint.removeAttribute('data-template');
  } else hint.remove();
  var role = shell.querySelector('#join-role');
  if (invitation.roles.length) {
    invitation.roles.forEach(function (name, i) {
      var option = document.createElement('option');
      option.value = String(i + 1);
      option.textContent = name;
      role.appendChild(option);
    });
  } else role.parentNode.remove();
  var progress = shell.querySelector('#join-progress-text');
  var bar = shell.querySelector('progress');
  // The record, as model::workshop::EarlyAnswers::read reads it: the
  // workshop, the role, then `key=value` per answer, space-separated.
  var record = { workshop: invitation.workshop, role: 0, answers: {} };
  try {
    var kept = (sessionStorage.getItem(KEY) || '').split(' ');
    if (+kept[0] === invitation.workshop) {
      record.role = +kept[1] || 0;
      kept.slice(2).forEach(function (word) {
        var at = word.indexOf('=');
        if (at > 0) record.answers[word.slice(0, at)] = word.slice(at + 1);
      });
    }
  } catch (e) {}
  var write = function () {
    var words = [record.workshop, record.role];
    Object.keys(record.answers).forEach(function (name) {
      words.push(name + '=' + record.answers[name]);
    });
    sessionStorage.setItem(KEY, words.join(' '));
  };
  // As the app shows an answered statement: no "not answered" mark.
  var show = function () {
    var answered = 0;
    shell.querySelectorAll('fieldset.item').forEach(function (set) {
      var radio = set.querySelector('input:checked');
      set.classList.toggle('unanswered', !radio);
      var note = set.querySelector('.unanswered-note');
      if (radio) answered += 1;
      if (radio && note) note.remove();
    });
    progress.textContent = fill(progress.getAttribute('data-template'), { answered: answered, total: bar.max });
    bar.value = answered;
  };
  shell.querySelectorAll('input[type=radio]').forEach(function (radio) {
    if (record.answers[radio.name] === radio.value) radio.checked = true;
  });
  if (record.role > 0 && record.role <= invitation.roles.length) role.value = String(record.role);
  show();
  // "Skip to content" as the app's (ui/skip_link.rs): the address holds
  // the join link, so focus moves and the fragment stays.
  shell.querySelector('.skip-link').addEventListener('click', function (event) {
    event.preventDefault();
    shell.querySelector('main').focus();
  });
  // Another join link in this tab before the app has come: the page is
  // drawn again for it (choose.js reads the link once).
  addEventListener('hashchange', function () {
    if (document.getElementById('shell')) location.reload();
  });
  shell.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type === 'radio') record.answers[input.name] = input.value;
    else if (input === role) record.role = +role.value;
    show();
    try {
      write();
    } catch (e) {
      // Private mode or a full store: the answers still stand on the page.
    }
  });
})();
