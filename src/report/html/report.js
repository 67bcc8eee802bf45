// The HTML report's page script: draws the charts (Chart.js) and builds the tables from the numbers cablelint wrote
// into the page (the report-data element). It needs nothing from the network. A filter chosen on a chart (a bar, a
// number, a heat-map cell) narrows the rule and file tables; window.cablelintReport exposes the charts and the filter
// to the report's browser test (tests/integration/html_report.py).
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const SEVERITIES = [
    { key: 'error', label: 'Errors', color: '#d55e00' },
    { key: 'warning', label: 'Warnings', color: '#e69f00' },
    { key: 'info', label: 'Infos', color: '#0072b2' },
  ];
  const UNKNOWN = '(unknown)';
  const number = (n) => Number(n).toLocaleString('en');

  // el('td', {class: 'num'}, 'text', childNode…)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === undefined || child === null) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  // ---- The filter that charts set and both tables follow: {rule, family, year, post}; year and post may be
  // UNKNOWN. Each table also has its own words filter.
  const filter = {};
  const NAMES = { rule: 'rule', family: 'family', year: 'year', post: 'post' };

  function setFilter(next, target) {
    for (const key of Object.keys(NAMES)) delete filter[key];
    Object.assign(filter, next);
    renderChips();
    renderRules();
    renderFiles();
    if (target) {
      // The section's heading takes the focus, so that the keyboard continues where the eye goes.
      const heading = document.getElementById(`${target}-title`);
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.scrollIntoView();
        heading.focus({ preventScroll: true });
      }
    }
  }

  function renderChips() {
    for (const [id, input] of [['rules-chips', 'rules-filter'], ['files-chips', 'files-filter']]) {
      const box = document.getElementById(id);
      box.replaceChildren();
      for (const key of Object.keys(NAMES)) {
        if (filter[key] === undefined) continue;
        const rest = Object.assign({}, filter);
        delete rest[key];
        const value = key === 'family' ? `${filter[key]} — ${familyTitle[filter[key]] || ''}` : filter[key];
        box.append(el('span', { class: 'chip' }, `${NAMES[key]}: ${value}`,
          el('button', {
            type: 'button', 'aria-label': `Remove the ${NAMES[key]} filter`,
            // The chip goes away: keep the keyboard in the same place (the table's own filter).
            onclick: () => { setFilter(rest); document.getElementById(input).focus(); },
          }, '×')));
      }
    }
  }

  // A link that sets a filter (used in the charts' number tables and the heat map).
  function filterLink(text, next, target) {
    return el('a', {
      href: '#' + target, 'data-filter': JSON.stringify(next),
      onclick: (event) => { event.preventDefault(); setFilter(next, target); },
    }, text);
  }

  // ---- Summary
  function renderSummary() {
    const s = data.summary;
    const what = data.paths.length === 0 ? '' : ` of ${data.paths.join(' ')}`;
    document.getElementById('generator').textContent =
      `${data.tool.name} ${data.tool.version}${what} · ${number(s.files)} files · ${number(s.findings)} findings`;
    const cards = [
      ['Files linted', s.linted], ['Clean files', s.clean], ['Files with findings', s.withFindings],
      ['Errors', s.errors, 'error'], ['Warnings', s.warnings, 'warning'], ['Infos', s.infos, 'info'],
      [data.unsafeFixes ? 'Fixable with --fix --unsafe-fixes' : 'Fixable with --fix', s.fixable],
    ];
    if (s.unsafeFixable > 0) cards.push(['More with --unsafe-fixes', s.unsafeFixable]);
    if (s.fixed > 0) cards.push([`Fixed (in ${number(s.fixedFiles)} files)`, s.fixed]);
    if (s.notLinted > 0) cards.push(['Not read or not written', s.notLinted, 'error']);
    if (s.skipped > 0) cards.push(['Skipped (not cables)', s.skipped]);
    if (s.baselined > 0) cards.push(['In the baseline, not shown', s.baselined]);
    const box = document.getElementById('summary-cards');
    for (const [label, value, cls] of cards) box.append(el('div', { class: cls }, el('dt', {}, label), el('dd', {}, number(value))));
    if (s.findings === 0) {
      const note = document.getElementById('limit-note');
      note.hidden = false;
      note.textContent = s.linted === 0 ? 'No file was linted.' : 'No findings: every linted file is clean.';
    }
    const lim = data.limit;
    if (lim.omittedFiles > 0) {
      const note = document.getElementById('limit-note');
      note.hidden = false;
      note.textContent = `This page lists the findings of the worst files up to ${number(lim.maxFindings)} findings ` +
        `(--html-max-findings); ${number(lim.omittedFindings)} findings in ${number(lim.omittedFiles)} files are ` +
        'counted in every number and chart but not listed.';
    }
  }

  // ---- Charts: bars stacked by severity, without animation (drawn at once, the same every time).
  const charts = {};

  function stackedBar(id, labels, rows, options) {
    const canvas = document.getElementById(id);
    const horizontal = options.horizontal === true;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: SEVERITIES.map((s) => ({
          // A white edge between the stacked parts, so that they are told apart by more than their colour.
          label: s.label, backgroundColor: s.color, borderColor: '#fff', borderWidth: 1, data: rows.map((r) => r[s.key]),
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        // A click anywhere in a bar's column counts (a rule with 3 findings among thousands is a sliver).
        interaction: { mode: 'index', axis: horizontal ? 'y' : 'x', intersect: false },
        responsive: true,
        maintainAspectRatio: false,
        // Every label shown (a rule code or post is not to be guessed from its neighbours).
        scales: { x: { stacked: true, ticks: { autoSkip: horizontal } }, y: { stacked: true, ticks: { autoSkip: !horizontal } } },
        plugins: {
          legend: { position: 'top' },
          tooltip: { callbacks: { title: (items) => (options.title ? options.title(items[0].dataIndex) : items[0].label) } },
        },
        onClick: (event, elements) => { if (elements.length > 0) options.click(elements[0].index); },
        onHover: (event, elements) => { event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default'; },
      },
    });
    charts[id.replace('chart-', '')] = chart;
    return chart;
  }

  // The numbers of a chart as a table, each label a link to the matching rows.
  function numbersTable(boxId, caption, header, rows, label, link) {
    const table = el('table', {},
      el('caption', { class: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, header),
        ...['Errors', 'Warnings', 'Infos', 'Total', 'Files'].map((h) => el('th', { scope: 'col', class: 'num' }, h)))));
    const body = el('tbody');
    for (const r of rows) {
      body.append(el('tr', {}, el('th', { scope: 'row' }, link(r, label(r))),
        ...[r.error, r.warning, r.info, r.total, r.files].map((n) => el('td', { class: 'num' }, number(n)))));
    }
    table.append(body);
    document.getElementById(boxId).append(table);
  }

  const yearOf = (r) => (r.year === null ? UNKNOWN : String(r.year));
  const postOf = (r) => (r.post === null ? UNKNOWN : r.post);

  function renderCharts() {
    const rules = data.rules;
    stackedBar('chart-rules', rules.map((r) => r.code), rules, {
      title: (i) => `${rules[i].code} ${rules[i].name}`,
      click: (i) => setFilter({ rule: rules[i].code }, 'rules'),
    });
    numbersTable('numbers-rules', 'Findings per rule', 'Rule', rules, (r) => `${r.code} ${r.name}`,
      (r, text) => filterLink(text, { rule: r.code }, 'rules'));

    const families = data.families;
    stackedBar('chart-families', families.map((f) => `${f.family} — ${f.title}`), families, {
      click: (i) => setFilter({ family: families[i].family }, 'rules'),
    });
    numbersTable('numbers-families', 'Findings per rule family', 'Family', families, (f) => `${f.family} — ${f.title}`,
      (f, text) => filterLink(text, { family: f.family }, 'rules'));

    const years = data.years;
    stackedBar('chart-years', years.map(yearOf), years, {
      click: (i) => setFilter({ year: yearOf(years[i]) }, 'files'),
    });
    numbersTable('numbers-years', 'Findings per year of the cable', 'Year', years, yearOf,
      (y, text) => filterLink(text, { year: yearOf(y) }, 'files'));

    const posts = data.posts.slice(0, 30);
    stackedBar('chart-posts', posts.map(postOf), posts, {
      horizontal: true,
      click: (i) => setFilter({ post: postOf(posts[i]) }, 'files'),
    });
    numbersTable('numbers-posts', 'Findings per originating post', 'Post', data.posts, postOf,
      (p, text) => filterLink(text, { post: postOf(p) }, 'files'));
  }

  // ---- Heat map: a table whose cells are shaded from light to dark blue by their count (with the count written).
  function renderHeat() {
    const heat = data.heat;
    const max = Math.max(1, ...heat.counts.flat());
    const titles = Object.fromEntries(data.families.map((f) => [f.family, f.title]));
    const table = el('table', { class: 'heat' }, el('caption', { class: 'visually-hidden' }, 'Findings by year and rule family'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Year'),
        ...heat.families.map((f) => el('th', { scope: 'col', class: 'num' }, el('abbr', { title: titles[f] }, f))))));
    const body = el('tbody');
    heat.years.forEach((y, i) => {
      const year = y === null ? UNKNOWN : String(y);
      const row = el('tr', {}, el('th', { scope: 'row' }, year));
      heat.counts[i].forEach((n, j) => {
        const share = n === 0 ? 0 : 0.12 + 0.88 * Math.sqrt(n / max);
        // From #f7fbff to #08306b (one hue: readable whatever the colour vision).
        const mix = (a, b) => Math.round(a + (b - a) * share);
        // White text from where it has a contrast of 4.5:1 or more.
        const style = `background: rgb(${mix(247, 8)}, ${mix(251, 48)}, ${mix(255, 107)}); color: ${share > 0.65 ? '#fff' : '#1b1b1b'}`;
        const family = heat.families[j];
        row.append(el('td', { class: 'cell', style, 'data-count': n },
          n === 0 ? '·' : filterLink(number(n), { year, family }, 'files')));
      });
      body.append(row);
    });
    table.append(body);
    document.getElementById('heat-map').append(table);
  }

  // ---- Sortable tables: a header button sorts by its column (again: the other way). The header stays; its
  // aria-sort attributes follow the state, and the button keeps the focus.
  function sortableHeader(columns, state, resort) {
    const cells = columns.map((c) => {
      if (c.sortable === false) return el('th', { scope: 'col', class: c.num ? 'num' : undefined }, c.label);
      return el('th', { scope: 'col', class: c.num ? 'num' : undefined, 'data-key': c.key },
        el('button', {
          type: 'button', onclick: () => {
            state.desc = state.key === c.key ? !state.desc : c.num === true;
            state.key = c.key;
            markSorted();
            resort();
          },
        }, c.label));
    });
    function markSorted() {
      for (const th of cells) {
        const key = th.getAttribute('data-key');
        if (key === null) continue;
        th.setAttribute('aria-sort', key === state.key ? (state.desc ? 'descending' : 'ascending') : 'none');
      }
    }
    markSorted();
    return el('thead', {}, el('tr', {}, ...cells));
  }

  function compareBy(key, desc) {
    return (a, b) => {
      const x = a[key], y = b[key];
      // Unknown values (no year, no post) last either way.
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return desc ? -d : d;
    };
  }

  const words = (id) => document.getElementById(id).value.trim().toLowerCase();

  // A table whose rows are built once: sorting moves them, filtering hides them (an opened file stays open).
  function rowTable(boxId, caption, columns, state, items, makeRow) {
    const rows = new Map(items.map((item) => [item, makeRow(item)]));
    const table = el('table', {}, el('caption', { class: 'visually-hidden' }, caption));
    const resort = () => {
      const sorted = items.slice().sort(compareBy(state.key, state.desc));
      for (const item of sorted) table.append(rows.get(item));
    };
    table.append(sortableHeader(columns, state, resort));
    resort();
    document.getElementById(boxId).replaceChildren(table);
    return { table, rows };
  }

  // ---- Rules
  const rulesState = { key: 'total', desc: true };
  const familyTitle = Object.fromEntries(data.families.map((f) => [f.family, f.title]));
  const familyOfRule = Object.fromEntries(data.rules.map((r) => [r.code, r.family]));
  let rulesTable = null;

  function buildRules() {
    const columns = [
      { key: 'code', label: 'Code' }, { key: 'name', label: 'Name' }, { key: 'family', label: 'Family' },
      { key: 'error', label: 'Errors', num: true }, { key: 'warning', label: 'Warnings', num: true },
      { key: 'info', label: 'Infos', num: true }, { key: 'total', label: 'Total', num: true },
      { key: 'files', label: 'Files', num: true }, { key: 'fixable', label: 'Fixable', num: true },
      { key: 'docs', label: 'What it checks', sortable: false },
    ];
    rulesTable = rowTable('rules-table', 'Rules with findings', columns, rulesState, data.rules, (r) =>
      el('tbody', { id: `rule-${r.code}`, 'data-code': r.code }, el('tr', {},
        el('td', {}, el('a', { href: '#files', onclick: (e) => { e.preventDefault(); setFilter({ rule: r.code }, 'files'); } }, r.code)),
        el('td', {}, r.name), el('td', {}, el('abbr', { title: familyTitle[r.family] }, r.family)),
        ...['error', 'warning', 'info', 'total', 'files', 'fixable'].map((k) => el('td', { class: 'num' }, number(r[k]))),
        el('td', { class: 'docs' }, r.docs || r.summary, ' ',
          r.url ? el('a', { href: r.url, target: '_blank', rel: 'noopener' }, 'docs') : null))));
  }

  function renderRules() {
    if (rulesTable === null) buildRules();
    const query = words('rules-filter');
    let shown = 0;
    for (const r of data.rules) {
      const text = `${r.code} ${r.name} ${r.family} ${familyTitle[r.family] || ''} ${r.summary} ${r.docs}`.toLowerCase();
      // A year or post filter does not narrow the rules (they are counted over all files); a family does.
      const visible = (!query || text.includes(query)) && (filter.rule === undefined || filter.rule === r.code) &&
        (filter.family === undefined || filter.family === r.family);
      if (visible) ++shown;
      const row = rulesTable.rows.get(r);
      row.hidden = !visible;
      row.classList.toggle('selected', filter.rule === r.code);
    }
    const note = filter.year !== undefined || filter.post !== undefined ? ' (their counts are over every year and post)' : '';
    document.getElementById('rules-shown').textContent = `${shown} of ${data.rules.length} rules${note}`;
  }

  // ---- Files: one tbody per file, its findings in a second row opened by the file's button (built when opened).
  const filesState = { key: 'error', desc: true };
  const ruleNames = Object.fromEntries(data.rules.map((r) => [r.code, r.name]));
  let filesTable = null;

  function excerptNode(x) {
    return el('code', { class: 'excerpt' }, x.before, el('mark', {}, x.marked || ' '), x.after);
  }

  function findingsList(file) {
    const list = el('ul', { class: 'findings' });
    for (const f of file.findings) {
      const item = el('li', { 'data-code': f.code },
        el('span', { class: `sev-${f.severity}` }, f.severity), ` ${f.line}:${f.column} ${f.message} `,
        el('span', { class: 'code' }, `[${f.code} ${ruleNames[f.code] || ''}]`),
        f.fix ? ` (fix: ${f.fix === 'safe' ? '--fix' : '--unsafe-fixes'})` : '', excerptNode(f.excerpt));
      for (const r of f.related) {
        item.append(el('div', { class: 'related' }, `note ${r.line}:${r.column}: ${r.message}`, excerptNode(r.excerpt)));
      }
      list.append(item);
    }
    return list;
  }

  function buildFiles() {
    const columns = [
      { key: 'path', label: 'File' }, { key: 'year', label: 'Year', num: true }, { key: 'post', label: 'Post' },
      { key: 'error', label: 'Errors', num: true }, { key: 'warning', label: 'Warnings', num: true },
      { key: 'info', label: 'Infos', num: true }, { key: 'fixable', label: 'Fixable', num: true },
      { key: 'rules', label: 'Rules', sortable: false },
    ];
    filesTable = rowTable('files-table', 'Files with findings', columns, filesState, data.files, (file) => {
      const detail = el('tr', { class: 'detail', hidden: true }, el('td', { colspan: columns.length }));
      const toggle = el('button', {
        type: 'button', 'aria-expanded': 'false', 'aria-label': `Findings of ${file.path}`, onclick: () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(open));
          toggle.textContent = open ? '▾' : '▸';
          if (open && detail.firstChild.childElementCount === 0) detail.firstChild.append(findingsList(file));
          detail.hidden = !open;
        },
      }, '▸');
      return el('tbody', { 'data-path': file.path },
        el('tr', {}, el('td', {}, toggle, ' ', file.path), el('td', { class: 'num' }, file.year === null ? '' : file.year),
          el('td', {}, file.post || ''),
          ...['error', 'warning', 'info', 'fixable'].map((k) => el('td', { class: 'num' }, number(file[k]))),
          el('td', {}, file.rules.join(' '))),
        detail);
    });
    filesTable.table.id = 'files-list';
  }

  function renderFiles() {
    if (filesTable === null) buildFiles();
    const query = words('files-filter');
    let shown = 0;
    for (const file of data.files) {
      const text = `${file.path} ${file.post || ''} ${file.year || ''} ${file.rules.join(' ')}`.toLowerCase();
      const visible = (!query || text.includes(query)) &&
        (filter.rule === undefined || file.rules.includes(filter.rule)) &&
        (filter.family === undefined || file.rules.some((c) => familyOfRule[c] === filter.family)) &&
        (filter.year === undefined || yearOf(file) === filter.year) &&
        (filter.post === undefined || postOf(file) === filter.post);
      if (visible) ++shown;
      filesTable.rows.get(file).hidden = !visible;
    }
    const lim = data.limit;
    document.getElementById('files-shown').textContent = `${shown} of ${data.files.length} files listed` +
      (lim.omittedFiles > 0 ? ` (${number(lim.omittedFiles)} more files with findings are counted but not listed)` : '');
  }

  // Files named with why: those not read (or not written back) and those skipped as not cables.
  function renderFileList(files, all, heading, why) {
    if (files.length === 0) return;
    const list = el('ul');
    for (const f of files) list.append(el('li', {}, el('code', {}, f.path), `: ${why(f)}`));
    const more = all > files.length ? `; the first ${number(files.length)} are listed` : '';
    document.getElementById('not-linted').append(el('h3', {}, `${heading} (${number(all)}${more})`), list);
  }

  function renderNotLinted() {
    renderFileList(data.notLinted, data.summary.notLinted,
      'Files cablelint could not read, or whose fixes it could not write', f => f.error);
    renderFileList(data.skipped, data.summary.skipped, 'Files of a directory walk skipped as not cables',
      f => f.reason);
  }

  // Typing filters after a pause (a large page has thousands of rows).
  function debounced(fn) {
    let timer = null;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(fn, 120);
    };
  }

  renderSummary();
  renderCharts();
  renderHeat();
  renderChips();
  renderRules();
  renderFiles();
  renderNotLinted();
  document.getElementById('rules-filter').addEventListener('input', debounced(renderRules));
  document.getElementById('files-filter').addEventListener('input', debounced(renderFiles));
  window.cablelintReport = { data, charts, filter, setFilter };
}());
