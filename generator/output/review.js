// The review page's only script (review.py puts it inline and allows it by its hash).
// Everything the page says reads without it; it adds the filters, the copy buttons, the
// drafts' frames as they near the screen, and, under `preview --serve`, live updates.
"use strict";
const form = document.getElementById("filters");
const made = new Set();  // frames made so far, sized again when the window's width changes
const showing = new WeakMap();  // what each made frame shows: its srcdoc, or a live update's

// A draft's frame waits as text in a <noscript> (the parser does not build it): made when
// the draft comes within a screen of view, then sized to its content. The first few come
// made, so the first screen does not wait for the rest of a long page.
const near = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (entry.isIntersecting) {
      near.unobserve(entry.target);
      makeFrame(entry.target);
    }
  }
}, {rootMargin: "100% 0px"});

function makeFrame(draft) {
  const holder = draft.querySelector(".frame");
  const waiting = holder && holder.querySelector("noscript");
  if (waiting) holder.innerHTML = waiting.textContent;
  const frame = holder && holder.querySelector("iframe");
  if (!frame) return;
  made.add(frame);
  showing.set(frame, frame.getAttribute("srcdoc"));
  frame.addEventListener("load", () => fit(frame));
  const loaded = frame.contentDocument;  // the first drafts' frames come made, maybe loaded
  if (loaded && loaded.URL === "about:srcdoc" && loaded.readyState === "complete") fit(frame);
}

function fit(frame) {
  const page = frame.contentDocument && frame.contentDocument.documentElement;
  if (!page || !frame.isConnected) {
    made.delete(frame);
    return;
  }
  // Measured with no height: a frame's scrollHeight is never less than its own height.
  frame.style.height = "0";
  frame.style.height = page.scrollHeight + 2 + "px";  // and its border
}

let resizing = 0;
window.addEventListener("resize", () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => made.forEach(fit), 100);
});

function apply() {
  const application = form.elements.application.value;
  const kind = form.elements.kind.value;
  const withFindings = form.elements.findings.checked;
  const withProblems = form.elements.problems.checked;
  const drafts = document.querySelectorAll("article");
  let shown = 0;
  for (const draft of drafts) {
    const visible = (!application || draft.dataset.application === application)
      && (!kind || draft.dataset.kind === kind)
      && (!withFindings || draft.dataset.findings !== "0")
      && (!withProblems || draft.dataset.problems !== "0");
    draft.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const section of document.querySelectorAll("section")) {
    section.hidden = !section.querySelector("article:not([hidden])");
  }
  document.getElementById("shown").textContent = shown + " of " + drafts.length + " shown";
}

// Frames: for the whole page, and again for a section that was replaced.
function prepare(root) {
  for (const draft of root.querySelectorAll("article")) near.observe(draft);
}

// One listener for every copy button (a cohort has thousands), shown by the class below.
document.addEventListener("click", async (event) => {
  const button = event.target.closest && event.target.closest("button.copy");
  if (!button) return;
  try {
    await navigator.clipboard.writeText(button.dataset.text);
    button.textContent = "Copied";
  } catch (error) {
    button.textContent = "Copy failed: select the plain text instead";
  }
});

form.hidden = false;
document.documentElement.classList.add("scripted");  // shows the copy buttons
form.addEventListener("change", apply);
prepare(document);
apply();

// Under `preview --serve`, a save is heard of twice. First each draft that changed, as soon
// as it is made ("draft"): it is written into the frame already on screen (no new frame to
// load) and its application's findings are marked "Checking…". Then, once checked, the
// application's sections ("rebuilt"), as the run writes them, which put the findings in
// place (a write that fails says so, and the page loads again). The page keeps its scroll
// and filters; a new or removed application changes the filters' choices, and the page
// then loads again. A save that could not be made says why at the top ("problem"), until
// a later rebuild makes that application (one that waits for another run, once it is
// over). The server marks the page with
// the last news it holds (data-version), and the stream starts after it: a save between
// the page's load and the stream's start is not missed (and on a reconnection, the
// browser says which news it heard last).
if (location.protocol.startsWith("http")) listen();

function listen() {
  const since = document.documentElement.dataset.version;
  const events = new EventSource("/.followup/events" + (since ? "?since=" + since : ""));
  // A stream down for a few seconds means the server stopped (one started again has a new
  // port, which this page cannot hear of), or refused this page, with too many of its pages
  // open: said at the top, and taken back if it returns. A refused stream is not tried
  // again by the browser, so this page tries again itself, every few seconds.
  let down = null;
  events.addEventListener("error", () => {
    down = down || setTimeout(() => {
      lost(events.readyState !== EventSource.OPEN);
      if (events.readyState === EventSource.CLOSED) setTimeout(listen, 5000);
    }, 3000);
  });
  events.addEventListener("open", () => {
    clearTimeout(down);
    down = null;
    lost(false);
  });
  events.addEventListener("draft", (event) => {
    const change = JSON.parse(event.data);
    for (const [name, drafts] of Object.entries(change.drafts)) {
      const section = sectionOf(name);
      if (!section) continue;  // a new application: its sections come with a reload
      checking(section);
      for (const fresh of parse(drafts.join(""))) {
        const current = document.getElementById(fresh.id);
        if (current) update(current, fresh);
      }
    }
    document.documentElement.dataset.version = change.version;
  });
  events.addEventListener("rebuilt", (event) => {
    const change = JSON.parse(event.data);
    if (change.reload) {
      location.reload();
      return;
    }
    const known = new Set(Array.from(form.elements.application.options, (o) => o.value));
    if (Object.keys(change.sections).some((name) => !known.has(name)
        || change.sections[name] === null)) {
      location.reload();
      return;
    }
    for (const [name, html] of Object.entries(change.sections)) {
      const old = sectionOf(name);
      const section = parse(html)[0];
      if (!old || !section) continue;
      const ids = (root) => Array.from(root.querySelectorAll("article"), (a) => a.id).join();
      if (ids(old) !== ids(section)) {  // drafts added or gone: the whole section
        old.replaceWith(section);
        prepare(section);
        continue;
      }
      // The same drafts: only those that changed are updated, the others keep their frames.
      for (const fresh of Array.from(section.querySelectorAll("article"))) {
        update(document.getElementById(fresh.id), fresh);
      }
      delete old.dataset.checking;
      for (const mark of old.querySelectorAll("p.checking")) mark.remove();
    }
    if (change.counts) document.getElementById("counts").outerHTML = change.counts;
    apply();
    document.documentElement.dataset.version = change.version;
  });
  events.addEventListener("problem", (event) => {
    const change = JSON.parse(event.data);
    for (const [name, message] of Object.entries(change.problems)) said(name, message);
  });
}

// What stopped a rebuild, by application ("": all of them), shown under the counts until a
// rebuild makes that application (its message is then null).
const problems = new Map();
function said(name, message) {
  let box = document.getElementById("problems");
  if (problems.has(name)) problems.get(name).remove();
  problems.delete(name);
  if (message !== null) {
    if (!box) {
      box = document.createElement("div");
      box.id = "problems";
      box.className = "problems";
      box.setAttribute("role", "alert");
      document.querySelector(".summary").after(box);
    }
    const item = document.createElement("div");
    const heading = document.createElement("p");
    heading.textContent = name ? name + " was not made again:" : "Nothing was made again:";
    const text = document.createElement("pre");
    text.textContent = message;
    item.append(heading, text);
    box.append(item);
    problems.set(name, item);
  }
  if (box) box.hidden = problems.size === 0;
}

function lost(shown) {
  let note = document.getElementById("lost");
  if (!note && shown) {
    note = document.createElement("p");
    note.id = "lost";
    note.className = "problems";
    note.setAttribute("role", "alert");
    note.textContent = "This page does not update itself now: the preview server has "
      + "stopped (run followup preview --serve again and open the address it prints), or too "
      + "many of its pages are open (close one: this page tries again).";
    document.querySelector(".summary").after(note);
  }
  if (note) note.hidden = !shown;
}

function sectionOf(name) {
  return document.querySelector(`section[data-application="${CSS.escape(name)}"]`);
}

// Markup from the server as elements of this page. A <div> of this document, not a
// <template>: only here is a <noscript> read as text.
function parse(html) {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  return Array.from(holder.children);
}

// An application's findings are not current until its checks come: hidden, and said so.
function checking(section) {
  section.dataset.checking = "";
  for (const draft of section.querySelectorAll("article")) {
    const meta = draft.querySelector(".meta");
    if (meta && !draft.querySelector("p.checking")) {
      const mark = document.createElement("p");
      mark.className = "checking";
      mark.textContent = "Checking…";
      meta.after(mark);
    }
  }
}

// A draft's article updated in place to the fresh one. A frame already made is kept and,
// when the draft changed, its document is written again: a frame moved or made anew would
// load its srcdoc again, which is most of what a person waits for after a save.
function update(current, fresh) {
  if (current.dataset.hash === fresh.dataset.hash) return;
  const frame = current.querySelector(".frame iframe");
  const next = fresh.querySelector(".frame");
  fresh.hidden = current.hidden;  // filtered out or in: the filters run once it is checked
  if (!frame || !next) {  // not made yet: the fresh article, made as the old would have been
    current.replaceWith(fresh);
    near.observe(fresh);
    return;
  }
  const keep = frame.closest("details");
  const holder = document.createElement("div");
  holder.innerHTML = next.querySelector("noscript").textContent;
  const html = holder.firstElementChild.getAttribute("srcdoc");
  if (showing.get(frame) !== html) write(frame, html);
  frame.title = holder.firstElementChild.title;
  frame.parentElement.setAttribute("style", next.getAttribute("style"));
  for (const name of current.getAttributeNames()) {
    if (!fresh.hasAttribute(name)) current.removeAttribute(name);
  }
  for (const name of fresh.getAttributeNames()) current.setAttribute(name, fresh.getAttribute(name));
  const parts = Array.from(fresh.children);
  const at = parts.indexOf(next.closest("details"));
  keep.querySelector("summary").replaceWith(parts[at].querySelector("summary"));
  for (const part of Array.from(current.children)) if (part !== keep) part.remove();
  keep.before(...parts.slice(0, at));
  keep.after(...parts.slice(at + 1));
}

// A draft's new HTML into its frame's document, parsed inert (nothing in it runs, as in the
// sandboxed frame itself) and put in place of the old: no navigation, no load to wait for.
function write(frame, html) {
  const doc = frame.contentDocument;
  if (doc && doc.URL === "about:srcdoc" && doc.readyState === "complete") {
    const parsed = new DOMParser().parseFromString(html, "text/html");
    doc.replaceChild(doc.importNode(parsed.documentElement, true), doc.documentElement);
    fit(frame);
  } else {
    frame.srcdoc = html;  // still loading its first: load this one instead
  }
  showing.set(frame, html);
}
