// Prerenders the home view into the built index.html (a Trunk post-build
// hook), so a first visit paints the header and home text as fast as a
// static page instead of waiting for the WebAssembly to run, and makes the
// app's loader script async so it does not hold that paint back.
//
// One copy per language, from the same translation files as the app, each
// hidden until the head script in index.html picks the one the app will
// show (the home route, in the user's language); the app removes them all
// when it mounts. The markup mirrors `ui/header.rs` (with `ui/nav_menu.rs`,
// its Menu button disabled until the app runs), `ui/home_page.rs` and
// the footer in `ui/app.rs`; tests/e2e/shell.spec.js fails if the text of
// the two ever differs. Like the app's, it has no white space between tags.
import fs from 'node:fs';
import path from 'node:path';

const LANGUAGES = [
  ['en', 'English'],
  ['ru', 'Русский'],
  ['pl', 'Polski'],
];

const escape = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function copy(lang, t) {
  const options = LANGUAGES.map(
    ([code, name]) => `<option value="${code}" lang="${code}"${code === lang ? ' selected' : ''}>${name}</option>`,
  ).join('');
  return `<div class="shell" lang="${lang}">
<header class="app-header"><a class="skip-link" href="#/">${escape(t.skip_to_content)}</a>
<a class="brand" href="#/"><span class="brand-name">${escape(t.app_name)}</span><span class="brand-tagline">${escape(t.app_tagline)}</span></a>
<nav class="app-nav" aria-label="${escape(t.nav_label)}"><button type="button" class="nav-toggle" aria-expanded="false" disabled>${escape(t.nav_menu)}</button><ul><li><a href="#/" aria-current="page">${escape(t.nav_home)}</a></li><li><a href="#/assessment/values">${escape(t.nav_assessment)}</a></li><li><a href="#/fit">${escape(t.nav_fit)}</a></li><li><a href="#/loyalty">${escape(t.nav_loyalty)}</a></li><li><a href="#/accounts">${escape(t.nav_accounts)}</a></li><li><a href="#/workshop">${escape(t.nav_workshop)}</a></li><li><a href="#/report">${escape(t.nav_report)}</a></li><li><a href="#/engagements">${escape(t.nav_engagements)}</a></li><li><a href="#/method">${escape(t.nav_method)}</a></li></ul></nav>
<div class="language-switcher"><label>${escape(t.language_label)}</label><select disabled>${options}</select></div></header>
<main><div class="page home"><h1>${escape(t.home_title)}</h1><p class="lead">${escape(t.home_intro)}</p>
<section><h2>${escape(t.home_tools_heading)}</h2><ul class="cards"><li class="card"><a href="#/assessment/values">${escape(t.home_assessment_link)}</a><p>${escape(t.home_assessment_desc)}</p></li><li class="card"><a href="#/fit">${escape(t.home_fit_link)}</a><p>${escape(t.home_fit_desc)}</p></li><li class="card"><a href="#/loyalty">${escape(t.home_loyalty_link)}</a><p>${escape(t.home_loyalty_desc)}</p></li><li class="card"><a href="#/accounts">${escape(t.home_accounts_link)}</a><p>${escape(t.home_accounts_desc)}</p></li><li class="card"><a href="#/workshop">${escape(t.home_workshop_link)}</a><p>${escape(t.home_workshop_desc)}</p></li><li class="card"><a href="#/report">${escape(t.home_report_link)}</a><p>${escape(t.home_report_desc)}</p></li><li class="card"><a href="#/method">${escape(t.home_method_link)}</a><p>${escape(t.home_method_desc)}</p></li></ul></section></div></main>
<footer class="app-footer"><p>${escape(t.footer_privacy)}</p></footer></div>`.replace(/>\s+</g, '><');
}

const target = process.argv[2];
if (!target) {
  console.error('usage: node src/prerender.mjs path/to/index.html');
  process.exit(2);
}
const root = path.dirname(new URL(import.meta.url).pathname);
const copies = LANGUAGES.map(([lang]) => {
  const file = path.join(root, 'i18n', 'locales', `${lang}.json`);
  return copy(lang, JSON.parse(fs.readFileSync(file, 'utf8')));
}).join('\n');
let html = fs.readFileSync(target, 'utf8');
if (html.includes('id="shell"')) process.exit(0);
// Trunk's loader is a module script, which holds back DOMContentLoaded and
// with it the first paint until the app has started; `async` lets the
// prerendered home paint first. `rapport::start` waits for the document.
html = html.replace('<script type="module">', '<script type="module" async>');
const marker = '<body>';
if (!html.includes(marker)) {
  console.error(`prerender: no ${marker} in ${target}`);
  process.exit(1);
}
fs.writeFileSync(target, html.replace(marker, `${marker}\n<div id="shell">\n${copies}\n</div>`));
