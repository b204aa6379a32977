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
import { transformSync } from 'esbuild';

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

/** The components in the order the questionnaire asks them
 * (model::components::Component::ALL), with their five statements each. */
const COMPONENTS = ['values', 'leadership', 'strategy', 'structure', 'people', 'technology', 'knowledge', 'process'];
const STATEMENTS = 5;

/** `template` with `{name}` placeholders filled, as `i18n::fill` does. */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

/**
 * The participant's questionnaire in one language, before anyone has
 * answered, as the participant's app draws it: `ui/participant_header.rs`
 * (its language select and the Finish button disabled until the app runs,
 * which makes the result), `ui/workshop/
 * join_page.rs` with `ui/assessment/question_item.rs`, and the footer of
 * `ui/participant_app.rs`. What the join link carries (the workshop's name,
 * its roles, its closing day) is filled in by src/join/early.js, as text;
 * the messages it fills them into ride along as `data-template`.
 * tests/e2e/join_early.spec.js fails if the two ever differ.
 */
function joinCopy(lang, t) {
  const options = LANGUAGES.map(
    ([code, name]) => `<option value="${code}" lang="${code}"${code === lang ? ' selected' : ''}>${name}</option>`,
  ).join('');
  const total = COMPONENTS.length * STATEMENTS;
  const item = (component, lows, highs, texts, i) => {
    const name = `${component}.${i + 1}`;
    const choice = (value, label) =>
      `<label class="choice${value === 'dk' ? ' dont-know' : ''}"><input type="radio" name="${name}" value="${value}" aria-describedby="${name}-ends"><span>${escape(label)}</span></label>`;
    return `<fieldset class="item unanswered" id="item-${name}"><legend><span class="item-number">${i + 1}. </span>${escape(texts[i])}</legend>
<div class="scale">${[1, 2, 3, 4, 5].map((n) => choice(n, n)).join('')}${choice('dk', t.dont_know)}</div>
<p class="ends" id="${name}-ends"><span>${escape(fill(t.anchor_low, { text: lows[i] }))}</span><span>${escape(fill(t.anchor_high, { text: highs[i] }))}</span></p>
<p class="unanswered-note">${escape(t.item_unanswered)}</p></fieldset>`;
  };
  const sections = COMPONENTS.map((c) => {
    const [texts, lows, highs] = [t[`q_${c}`], t[`q_${c}_low`], t[`q_${c}_high`]];
    if (![texts, lows, highs].every((list) => Array.isArray(list) && list.length === STATEMENTS)) {
      throw new Error(`prerender: ${lang} lacks the five statements of ${c}`);
    }
    const items = Array.from({ length: STATEMENTS }, (_, i) => item(c, lows, highs, texts, i)).join('');
    return `<section class="component-questions"><h2>${escape(t[`component_${c}`])}</h2>${items}</section>`;
  }).join('');
  return `<template id="join-${lang}" data-title="${escape(`${t.assessment_title} · ${t.app_name}`)}">
<header class="app-header participant"><a class="skip-link" href="#main">${escape(t.skip_to_content)}</a>
<p class="brand"><span class="brand-name">${escape(t.app_name)}</span><span class="brand-tagline"></span></p>
<div class="language-switcher"><label for="language">${escape(t.language_label)}</label><select id="language" disabled>${options}</select><span class="language-status" aria-live="polite"></span></div></header>
<main id="main" tabindex="-1"><div class="page join"><h1 data-template="${escape(t.join_title)}"></h1><p class="lead">${escape(t.join_intro)}</p>
<p class="hint" data-template="${escape(t.join_closes)}"></p>
<div class="field"><label for="join-role">${escape(t.join_role_label)}</label><select id="join-role"><option value="0">${escape(t.option_none)}</option></select></div>
<div class="join-progress"><p id="join-progress-text" data-template="${escape(t.progress_overall)}">${escape(fill(t.progress_overall, { answered: 0, total }))}</p><progress max="${total}" aria-labelledby="join-progress-text" value="0"></progress></div>
${sections}<button type="button" class="primary" disabled>${escape(t.join_finish)}</button></div></main>
<footer class="app-footer"><p>${escape(t.footer_privacy)}</p></footer></template>`.replace(/>\s+</g, '><');
}

const target = process.argv[2];
const release = process.argv[3] === 'release';
if (!target) {
  console.error('usage: node src/prerender.mjs path/to/index.html [release|debug]');
  process.exit(2);
}
const root = path.dirname(new URL(import.meta.url).pathname);
const locales = LANGUAGES.map(([lang]) => [
  lang,
  JSON.parse(fs.readFileSync(path.join(root, 'i18n', 'locales', `${lang}.json`), 'utf8')),
]);
let html = fs.readFileSync(target, 'utf8');
if (html.includes('id="shell"')) process.exit(0);
// Trunk's loader is a module script, which holds back DOMContentLoaded and
// with it the first paint until the app has started; `async` lets the
// prerendered page paint first. `rapport::start` waits for the document.
html = html.replace('<script type="module">', '<script type="module" async>');
const need = (text, marker) => {
  if (!text.includes(marker)) {
    console.error(`prerender: no ${marker} in ${target}`);
    process.exit(1);
  }
};
need(html, '<body>');
need(html, '</head>');
need(html, '<noscript>');

// The icon travels inside both pages: a request of its own would cost
// every first visit a round trip and its headers for 256 bytes.
html = html.replace(/<link rel="icon" href="(?:\.\/)?(favicon-[0-9a-f]+\.svg)"([^>]*)>/, (whole, file, rest) => {
  const icon = path.join(path.dirname(target), file);
  const svg = fs.readFileSync(icon, 'utf8').trim();
  fs.unlinkSync(icon);
  return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}"${rest}>`;
});
need(html, 'href="data:image/svg+xml,');

// join.html, the page a join link opens (the app writes join links to it;
// index.html sends an older link there): the same head and loader, plus
// src/join/choose.js, which decides whether the questionnaire can show at
// once; after the boot block, the questionnaire in every language as
// templates, which src/join/early.js draws in the chosen one and answers
// on until the app takes over.
const script = (file) => `<script>${fs.readFileSync(path.join(root, 'join', file), 'utf8').trim()}</script>`;
const templates = locales.map(([lang, t]) => joinCopy(lang, t)).join('\n');
const join = html
  .replace('</head>', `${script('choose.js')}\n</head>`)
  .replace('<noscript>', `<div id="shell"></div>\n${templates}\n${script('early.js')}\n<noscript>`);

const copies = locales.map(([lang, t]) => copy(lang, t)).join('\n');
const home = html.replace('<body>', `<body>\n<div id="shell">\n${copies}\n</div>`);

/**
 * A page as it ships: its comments and the white space between its tags
 * gone, its inline scripts minified (each page is every visit's first
 * download; the comments are for whoever reads index.html and src/join/).
 * No text of the pages starts or ends with white space that shows, and
 * offline.mjs hashes the scripts for the CSP after this.
 */
function shipped(page) {
  return page
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script( type="module"[^>]*)?>([\s\S]*?)<\/script>/g, (whole, module, code) => {
      const { code: small } = transformSync(code, {
        minify: true,
        loader: 'js',
        ...(module ? { format: 'esm', target: 'es2022' } : {}),
      });
      return `<script${module || ''}>${small.trim()}</script>`;
    })
    .replace(/>\s+</g, '><')
    .trim();
}

for (const [file, page] of [
  [path.join(path.dirname(target), 'join.html'), join],
  [target, home],
]) {
  fs.writeFileSync(file, release ? shipped(page) : page);
}
