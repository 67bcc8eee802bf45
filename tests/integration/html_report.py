#!/usr/bin/env python3
"""Renders cablelint's HTML report of the real corpus in headless Chromium (Debian's chromium and chromedriver, driven
over the W3C WebDriver protocol with the standard library) and checks what a reader sees:

- the page loads with no console error and makes no request (everything is inline; file:// only);
- every chart is drawn: its Chart.js data equals the report's numbers, which equal those of a JSON run of the same
  files, and its canvas holds pixels of each severity colour that has findings;
- the tables filter: words typed into the rule filter, a click on a year bar, a link of a chart's numbers;
- a file's findings open from its row;
- a file of the walk that is not a cable is listed by name, with why it was skipped;
- screenshots are saved under the build directory (report-top.png, report-full.png) for people to look at.

    html_report.py CABLELINT_BINARY REPO_ROOT OUT_DIR
"""
import base64
import collections
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

bin_path, root, out_dir = (os.path.abspath(a) for a in sys.argv[1:4])
os.makedirs(out_dir, exist_ok=True)
report = os.path.join(out_dir, "corpus-report.html")
# Beside the corpus, a directory with a file that is not a cable, which the walk skips.
notes_dir = os.path.join(out_dir, "not-cables")
os.makedirs(notes_dir, exist_ok=True)
with open(os.path.join(notes_dir, "notes.txt"), "w") as f:
    f.write("Notes on the transcription project: nothing here is a cable.\n")


def fail(message):
    print("html_report.py: " + message, file=sys.stderr)
    sys.exit(1)


def lint(*args):
    # From the repository, so that the page shows the paths as a user there would see them.
    status = subprocess.run([bin_path, "--no-config", *args, os.path.join("fixtures", "corpus"), notes_dir],
                            stdout=subprocess.PIPE, cwd=root).returncode
    if status > 1:
        fail(f"cablelint {' '.join(args)} exited {status}")


lint("--format", "html", "-o", report)
with tempfile.NamedTemporaryFile(suffix=".json") as j:
    lint("--format", "json", "-o", j.name)
    run = json.load(open(j.name))

# What a JSON run says, per rule and severity.
expected = collections.defaultdict(lambda: {"error": 0, "warning": 0, "info": 0})
total = 0
for f in run["files"]:
    for x in f.get("findings", []):
        expected[x["code"]][x["severity"]] += 1
        total += 1
if total == 0:
    fail("the corpus gave no findings: nothing to draw")

page = open(report, encoding="utf-8").read()
# Links to the rule docs are allowed; nothing may be loaded (a script, style sheet or image from elsewhere).
for tag in ("<script src", "<link ", "<img ", "@import", "<iframe"):
    if tag in page:
        fail(f"the page loads something: {tag}")

# ---- WebDriver
chromedriver = shutil.which("chromedriver")
chromium = shutil.which("chromium")
if not chromedriver or not chromium:
    fail("chromium and chromedriver are needed (scripts/install-deps --test installs Debian's chromium and chromium-driver)")
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
driver = subprocess.Popen([chromedriver, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.load(response)["value"]
    except urllib.error.HTTPError as e:
        fail(f"WebDriver {method} {path}: {e.read().decode(errors='replace')[:2000]}")


session = None
profile = tempfile.mkdtemp()
try:
    for _ in range(100):
        try:
            if call("GET", "/status")["ready"]:
                break
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.1)
    caps = {"capabilities": {"alwaysMatch": {
        "browserName": "chrome",
        "goog:chromeOptions": {"binary": chromium, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
            "--hide-scrollbars", f"--user-data-dir={profile}"]},
        "goog:loggingPrefs": {"browser": "ALL"},
    }}}
    session = call("POST", "/session", caps)["sessionId"]
    s = f"/session/{session}"

    def js(script, *args):
        return call("POST", s + "/execute/sync", {"script": script, "args": list(args)})

    call("POST", s + "/url", {"url": "file://" + os.path.abspath(report)})

    # No console errors (the page's own or Chart.js's), no request beyond the page itself.
    logs = call("POST", s + "/se/log", {"type": "browser"})
    errors = [e for e in logs if e["level"] in ("SEVERE", "ERROR")]
    if errors:
        fail("console errors: " + json.dumps(errors, indent=1))
    resources = js("return performance.getEntriesByType('resource').map(e => e.name)")
    if resources:
        fail(f"the page requested {resources}")
    if not js("return typeof window.cablelintReport === 'object'"):
        fail("the page script did not run (window.cablelintReport missing)")

    data = js("return window.cablelintReport.data")
    if data["summary"]["findings"] != total or data["summary"]["files"] != len(run["files"]):
        fail(f"summary {data['summary']} against the JSON run's {len(run['files'])} files and {total} findings")
    for r in data["rules"]:
        want = expected[r["code"]]
        got = {k: r[k] for k in ("error", "warning", "info")}
        if got != want:
            fail(f"rule {r['code']}: report {got}, JSON run {want}")
    if {r["code"] for r in data["rules"]} != set(expected):
        fail("the report's rules are not those of the JSON run")
    for key in ("families", "years", "posts"):
        if sum(x["total"] for x in data[key]) != total:
            fail(f"the {key} do not add up to {total} findings")
    if sum(sum(row) for row in data["heat"]["counts"]) != total:
        fail("the heat map does not add up")
    skipped = js("""return [...document.querySelectorAll('#not-linted h3, #not-linted li')].map(e => e.textContent)""")
    if skipped != ["Files of a directory walk skipped as not cables (1)",
                   os.path.join(notes_dir, "notes.txt") + ": " + run["files"][-1].get("skipped", "")] or data["summary"]["skipped"] != 1:
        fail(f"the skipped file is listed as {skipped}")

    # Each chart: Chart.js holds the report's numbers, and the canvas shows each severity's colour where it has findings.
    charts = js("""
        const out = {};
        for (const [name, chart] of Object.entries(window.cablelintReport.charts)) {
          const c = chart.canvas, ctx = c.getContext('2d'), img = ctx.getImageData(0, 0, c.width, c.height).data;
          const colours = {error: [0xd5, 0x5e, 0x00], warning: [0xe6, 0x9f, 0x00], info: [0x00, 0x72, 0xb2]};
          const pixels = {error: 0, warning: 0, info: 0};
          for (let i = 0; i < img.length; i += 4) {
            for (const [k, [r, g, b]] of Object.entries(colours)) {
              if (Math.abs(img[i] - r) < 8 && Math.abs(img[i + 1] - g) < 8 && Math.abs(img[i + 2] - b) < 8 && img[i + 3] > 200) pixels[k]++;
            }
          }
          out[name] = {labels: chart.data.labels, datasets: chart.data.datasets.map(d => ({label: d.label, data: d.data})),
                       width: c.width, height: c.height, pixels};
        }
        return out;""")
    if sorted(charts) != ["families", "posts", "rules", "years"]:
        fail(f"charts drawn: {sorted(charts)}")
    label_of = {"rules": lambda r: r["code"], "families": lambda f: f"{f['family']} — {f['title']}",
                "years": lambda y: "(unknown)" if y["year"] is None else str(y["year"]),
                "posts": lambda p: "(unknown)" if p["post"] is None else p["post"]}
    for name, chart in charts.items():
        rows = data[name][:30] if name == "posts" else data[name]
        if chart["labels"] != [label_of[name](r) for r in rows]:
            fail(f"chart {name}: labels {chart['labels'][:5]}… are not the report's")
        for dataset, key in zip(chart["datasets"], ("error", "warning", "info")):
            if dataset["data"] != [r[key] for r in rows]:
                fail(f"chart {name}: {dataset['label']} {dataset['data']} against {[r[key] for r in rows]}")
            if sum(r[key] for r in rows) > 0 and chart["pixels"][key] == 0:
                fail(f"chart {name}: nothing drawn in the colour of {key} ({chart['pixels']})")
        print(f"chart {name}: {len(chart['labels'])} bars, {chart['width']}x{chart['height']} px, pixels {chart['pixels']}")

    with open(os.path.join(out_dir, "report-top.png"), "wb") as f:
        f.write(base64.b64decode(call("GET", s + "/screenshot")))

    def find(css):
        return next(iter(call("POST", s + "/element", {"using": "css selector", "value": css}).values()))

    def click(css):   # a real click (WebDriver scrolls the element into view)
        call("POST", f"{s}/element/{find(css)}/click", {})

    def wait_for(script, ok, what):
        for _ in range(50):
            value = js(script)
            if ok(value):
                return value
            time.sleep(0.1)
        fail(f"{what}: {value}")

    visible_rules = """return [...document.querySelectorAll('#rules-table tbody')].filter(r => !r.hidden).map(r => r.dataset.code)"""
    visible_files = """return [...document.querySelectorAll('#files-list tbody')].filter(b => !b.hidden).map(b => b.dataset.path)"""
    by_path = {f["path"]: f for f in data["files"]}

    # Typing in the rule filter (real keys) narrows the rule table to the rules whose words hold the text.
    code = data["rules"][0]["code"]
    call("POST", f"{s}/element/{find('#rules-filter')}/value", {"text": code})
    titles = {f["family"]: f["title"] for f in data["families"]}
    want = sorted(r["code"] for r in data["rules"]
                  if code.lower() in f"{r['code']} {r['name']} {r['family']} {titles[r['family']]} {r['summary']} {r['docs']}".lower())
    if code not in want or len(want) >= len(data["rules"]):
        fail(f"the filter test needs a code that narrows the table: {code} gives {want}")
    wait_for(visible_rules, lambda shown: sorted(shown) == want, f"filtering the rules by {code!r} (expected {want})")
    call("POST", f"{s}/element/{find('#rules-filter')}/clear", {})
    js("document.getElementById('rules-filter').dispatchEvent(new Event('input'))")
    wait_for(visible_rules, lambda shown: len(shown) == len(data["rules"]), "clearing the rule filter shows every rule")

    # Sorting by a column (a click on its header, again for the other way) keeps the focus on the header's button.
    click("#rules-table th[data-key='total'] button")   # sorted by total, most first: now least first
    state = js("""return {order: [...document.querySelectorAll('#rules-table tbody')].map(r => r.dataset.code),
                          sort: document.querySelector("#rules-table th[data-key='total']").getAttribute('aria-sort'),
                          focus: document.activeElement.textContent}""")
    totals = {r["code"]: r["total"] for r in data["rules"]}
    if state["sort"] != "ascending" or [totals[c] for c in state["order"]] != sorted(totals.values()) or state["focus"] != "Total":
        fail(f"sorting the rules by total: {state}")
    click("#rules-table th[data-key='code'] button")
    order = js("return [...document.querySelectorAll('#rules-table tbody')].map(r => r.dataset.code)")
    if order != sorted(order):
        fail(f"sorting the rules by code gives {order}")
    click("#rules-table th[data-key='total'] button")   # most findings first again, for the screenshot

    # A click on the bar of the year with most findings (a real pointer click inside its column) narrows the files.
    years = [y for y in data["years"] if y["year"] is not None]
    busiest = max(range(len(years)), key=lambda i: years[i]["total"])
    point = js("""const chart = window.cablelintReport.charts.years;
                  chart.canvas.scrollIntoView({block: 'center'});
                  const bar = chart.getDatasetMeta(2).data[arguments[0]], r = chart.canvas.getBoundingClientRect();
                  return {x: Math.round(r.left + bar.x), y: Math.round(r.top + (bar.y + bar.base) / 2)};""",
               data["years"].index(years[busiest]))
    call("POST", s + "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                                               "actions": [{"type": "pointerMove", "origin": "viewport",
                                                            "x": point["x"], "y": point["y"]},
                                                           {"type": "pointerDown", "button": 0},
                                                           {"type": "pointerUp", "button": 0}]}]})
    year = str(years[busiest]["year"])
    # Chart.js handles a click at the next animation frame.
    wait_for("return Object.assign({}, window.cablelintReport.filter)", lambda f: f == {"year": year},
             f"a click on the {year} bar sets the year filter")
    shown = js(visible_files)
    want = [f["path"] for f in data["files"] if str(f["year"]) == year]
    if sorted(shown) != sorted(want):
        fail(f"after a click on the {year} bar {len(shown)} files are shown, expected {len(want)}")
    if js("return document.activeElement.id") != "files-title":
        fail("after a click on a bar the files' heading does not have the focus")
    print(f"click on the {year} bar: {len(want)} files shown")

    # Its chip's button, pressed with the keyboard, removes the filter and leaves the focus in the files' filter.
    call("POST", f"{s}/element/{find('#files-chips .chip button')}/value", {"text": "\ue007"})   # Enter
    wait_for("return Object.keys(window.cablelintReport.filter).length", lambda n: n == 0, "the chip removes the filter")
    if js("return document.activeElement.id") != "files-filter" or len(js(visible_files)) != len(data["files"]):
        fail("removing the year chip does not show every file with the focus in the filter")

    # A link of the rules chart's numbers narrows the rule table to that rule; a heat-map cell the files to its year
    # and family; a post's link the files to that post.
    js("""document.querySelector('#numbers-rules a[data-filter]').click()""")
    if js(visible_rules) != [data["rules"][0]["code"]]:
        fail(f"the first rule's link shows the rules {js(visible_rules)}")
    click("#heat-map td.cell a")
    cell = js("return Object.assign({}, window.cablelintReport.filter)")
    family_of = {r["code"]: r["family"] for r in data["rules"]}
    want = [f["path"] for f in data["files"] if str(f["year"] if f["year"] is not None else "(unknown)") == cell.get("year")
            and any(family_of[c] == cell.get("family") for c in f["rules"])]
    if sorted(js(visible_files)) != sorted(want) or not want:
        fail(f"the heat-map cell {cell} shows {len(js(visible_files))} files, expected {len(want)}")
    if sorted(js(visible_rules)) != sorted(r["code"] for r in data["rules"] if r["family"] == cell["family"]):
        fail(f"the heat-map cell {cell} shows the rules {js(visible_rules)}")
    js("""document.querySelector('#numbers-posts a[data-filter]').click()""")
    post = data["posts"][0]["post"]
    if sorted(js(visible_files)) != sorted(f["path"] for f in data["files"] if f["post"] == post):
        fail(f"the link of the post {post} shows other files")

    # A file's findings open from its row, with their excerpts, and stay open when the table is sorted.
    js("window.cablelintReport.setFilter({})")
    click("#files-list tbody button[aria-expanded]")
    opened = js("""const body = document.querySelector('#files-list tbody');
                   const detail = body.querySelector('tr.detail');
                   return {hidden: detail.hidden, items: detail.querySelectorAll('li').length,
                           marks: detail.querySelectorAll('code.excerpt mark').length, path: body.dataset.path}""")
    first = by_path[opened["path"]]
    if opened["hidden"] or opened["items"] != len(first["findings"]) or opened["marks"] < opened["items"]:
        fail(f"opening {first['path']} shows {opened}, expected {len(first['findings'])} findings")
    click("#files-list th[data-key='path'] button")
    still = js("""const body = [...document.querySelectorAll('#files-list tbody')].find(b => b.dataset.path === arguments[0]);
                  return !body.querySelector('tr.detail').hidden""", first["path"])
    if not still:
        fail("sorting the files closed an opened file")
    click("#files-list th[data-key='error'] button")
    click("#files-list th[data-key='error'] button")   # most errors first again, for the screenshot

    # Screenshots through Chromium's DevTools command (WebDriver's is the window only): the whole page (up to
    # 12,000 px), and from the heat map and from the files (one file opened) for docs/report.md.
    def screenshot(name, top, height):
        width = js("return document.documentElement.scrollWidth")
        shot = call("POST", s + "/goog/cdp/execute", {"cmd": "Page.captureScreenshot", "params": {
            "captureBeyondViewport": True, "clip": {"x": 0, "y": top, "width": width, "height": height, "scale": 1}}})
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    top_of = "return document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY"
    screenshot("report-full.png", 0, min(12000, js("return document.documentElement.scrollHeight")))
    screenshot("report-heat-rules.png", js(top_of, "heat"), 1500)
    screenshot("report-files.png", js(top_of, "files"), 1300)

    # With a limit, the page says how much it leaves out and lists only what fits.
    limited = os.path.join(out_dir, "corpus-report-limited.html")
    lint("--format", "html", "--html-max-findings", "100", "-o", limited)
    call("POST", s + "/url", {"url": "file://" + os.path.abspath(limited)})
    state = js("""const d = window.cablelintReport.data, note = document.getElementById('limit-note');
                  return {hidden: note.hidden, note: note.textContent, limit: d.limit, findings: d.summary.findings,
                          listed: d.files.reduce((n, f) => n + f.findings.length, 0),
                          rows: document.querySelectorAll('#files-list tbody').length, files: d.files.length}""")
    lim = state["limit"]
    if state["hidden"] or f"{lim['omittedFindings']:,} findings in {lim['omittedFiles']:,} files" not in state["note"]:
        fail(f"the limit note reads {state['note']!r} (hidden: {state['hidden']})")
    if state["listed"] > 100 or state["listed"] + lim["omittedFindings"] != total or state["rows"] != state["files"]:
        fail(f"with --html-max-findings 100: {state}")

    # A run without findings says so.
    clean = os.path.join(out_dir, "clean-report.html")
    subprocess.run([bin_path, "--no-config", "--select", "D302", "--format", "html", "-o", clean,
                    os.path.join(root, "fixtures", "rules", "D302", "pass.txt")], check=True)
    call("POST", s + "/url", {"url": "file://" + os.path.abspath(clean)})
    note = js("const n = document.getElementById('limit-note'); return n.hidden ? '' : n.textContent")
    if note != "No findings: every linted file is clean.":
        fail(f"a clean run's page says {note!r}")

    logs = call("POST", s + "/se/log", {"type": "browser"})
    errors = [e for e in logs if e["level"] in ("SEVERE", "ERROR")]
    if errors:
        fail("console errors while using the page: " + json.dumps(errors, indent=1))
    print(f"html_report.py: {report} checked in Chromium; screenshots in {out_dir}")
finally:
    if session:
        try:
            call("DELETE", f"/session/{session}")
        except SystemExit:
            pass
    driver.terminate()
    driver.wait()
    shutil.rmtree(profile, ignore_errors=True)
