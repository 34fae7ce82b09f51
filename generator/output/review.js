// The review page's only script (review.py puts it inline and allows it by its hash).
// Everything the page says reads without it; it adds the filters, the copy buttons, the
// drafts' frames as they near the screen, and, under `preview --serve`, live updates.
"use strict";
const form = document.getElementById("filters");
const made = new Set();  // frames made so far, sized again when the window's width changes

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

// Under `preview --serve`: each rebuild sends the sections of the applications it changed,
// which replace their old ones in place (the page keeps its scroll and filters). A new or
// removed application changes the filters' choices: the page then loads again.
if (location.protocol.startsWith("http")) {
  const events = new EventSource("/.followup/events");
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
    // A <div> of this document, not a <template>: only here is a <noscript> read as text.
    const parsed = document.createElement("div");
    for (const [name, html] of Object.entries(change.sections)) {
      const old = document.querySelector(`section[data-application="${CSS.escape(name)}"]`);
      parsed.innerHTML = html;
      const section = parsed.firstElementChild;
      if (!old || !section) continue;
      const ids = (root) => Array.from(root.querySelectorAll("article"), (a) => a.id).join();
      if (ids(old) !== ids(section)) {  // drafts added or gone: the whole section
        old.replaceWith(section);
        prepare(section);
        continue;
      }
      // The same drafts: only those that changed are replaced, the others keep their frames.
      for (const fresh of Array.from(section.querySelectorAll("article"))) {
        const current = document.getElementById(fresh.id);
        if (current.dataset.hash === fresh.dataset.hash) continue;
        const shown = !current.querySelector(".frame noscript");
        current.replaceWith(fresh);
        if (shown) makeFrame(fresh); else near.observe(fresh);
      }
    }
    if (change.summary) document.querySelector(".summary").outerHTML = change.summary;
    apply();
    document.documentElement.dataset.version = change.version;
  });
}
