// Copyright 2026 The Precis Authors.
#include "serve/page.h"

namespace precis {

std::string_view WebPage() {
  static constexpr std::string_view kPage = R"PAGE(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Precis</title>
<style>
  :root { --ink: #1d2330; --muted: #5f6b7a; --line: #d9dee5; --accent: #2457c5;
          --mark: #fff1a8; --bg: #f6f7f9; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
         color: var(--ink); background: var(--bg); }
  header { padding: 18px 28px; background: #fff; border-bottom: 1px solid var(--line); }
  header h1 { margin: 0; font-size: 22px; letter-spacing: .3px; }
  header p { margin: 2px 0 0; color: var(--muted); font-size: 14px; }
  main { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(360px, 1.3fr);
         gap: 22px; padding: 22px 28px; max-width: 1500px; margin: 0 auto; }
  section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; }
  h2 { font-size: 15px; text-transform: uppercase; letter-spacing: .8px; color: var(--muted);
       margin: 0 0 10px; }
  h3 { font-size: 14px; margin: 16px 0 6px; color: var(--muted); }
  textarea { width: 100%; min-height: 120px; font: 14px/1.45 ui-monospace, Menlo, Consolas, monospace;
             border: 1px solid var(--line); border-radius: 6px; padding: 8px; resize: vertical; }
  .article { margin-bottom: 12px; }
  .article label { display: flex; justify-content: space-between; font-size: 13px; color: var(--muted); }
  .article button { border: 0; background: none; color: var(--muted); cursor: pointer; }
  #drop { border: 2px dashed var(--line); border-radius: 8px; padding: 14px; text-align: center;
          color: var(--muted); font-size: 14px; margin-bottom: 12px; }
  #drop.over { border-color: var(--accent); color: var(--accent); }
  .controls { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-top: 8px; }
  .controls input, .controls select { font: inherit; padding: 5px 8px; border: 1px solid var(--line);
                                      border-radius: 6px; }
  .controls input { width: 90px; }
  button.primary { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 6px;
                   padding: 7px 16px; cursor: pointer; }
  button.secondary { font: inherit; background: #fff; border: 1px solid var(--line); border-radius: 6px;
                     padding: 6px 12px; cursor: pointer; }
  #summary p { margin: 0 0 8px; }
  .sentence { cursor: pointer; border-radius: 3px; padding: 1px 0; }
  .sentence:hover, .sentence.active { background: var(--mark); }
  .cite { font-size: 12px; color: var(--accent); vertical-align: super; margin-left: 2px; }
  #source { margin-top: 14px; font-size: 14px; }
  #source pre { white-space: pre-wrap; font: 14px/1.5 Georgia, "Times New Roman", serif; max-height: 320px;
                overflow: auto; background: var(--bg); padding: 10px; border-radius: 6px; margin: 6px 0 0; }
  mark { background: var(--mark); }
  ul { padding-left: 18px; margin: 4px 0; }
  li { margin-bottom: 6px; }
  .docs { color: var(--muted); font-size: 13px; }
  .value { font-weight: 600; }
  #error { color: #b3261e; white-space: pre-wrap; }
  .muted { color: var(--muted); }
  @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<header>
  <h1>Precis</h1>
  <p>A cited summary of several articles about one event, and where the sources agree and differ.</p>
</header>
<main>
  <section id="input">
    <h2>Articles</h2>
    <div id="drop">Drop text or HTML files here, or paste each article below.</div>
    <div id="articles"></div>
    <button class="secondary" id="add">Add an article</button>
    <div class="controls">
      <label>Words <input id="words" type="number" min="1" value="100"></label>
      <label>Method <select id="method"><option value="default">default</option></select></label>
      <button class="primary" id="run">Summarize</button>
    </div>
    <p id="error"></p>
  </section>
  <section id="output">
    <h2>Summary</h2>
    <div id="summary"><p class="muted">The summary appears here. Point at a sentence to see its
      source.</p></div>
    <div id="source"></div>
    <h2 style="margin-top:22px">Agreement</h2>
    <div id="analysis"><p class="muted">Shared facts, differences and quotations appear here.</p></div>
  </section>
</main>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
let documents = [];  // What was sent: {id, text|html}.

function addArticle(id, text, isHtml) {
  const box = document.createElement("div");
  box.className = "article";
  const n = $("articles").children.length + 1;
  box.innerHTML = '<label><span class="name"></span><button title="Remove">remove</button></label>' +
                  '<textarea spellcheck="false"></textarea>';
  box.querySelector(".name").textContent = id || ("article " + n);
  box.dataset.id = id || ("article-" + n);
  box.dataset.html = isHtml ? "1" : "";
  box.querySelector("textarea").value = text || "";
  box.querySelector("button").onclick = () => box.remove();
  $("articles").appendChild(box);
  return box;
}

function collect() {
  const out = [];
  const seen = new Set();
  for (const box of $("articles").children) {
    const text = box.querySelector("textarea").value;
    if (!text.trim()) continue;
    let id = box.dataset.id;
    while (seen.has(id)) id += "'";
    seen.add(id);
    out.push(box.dataset.html ? {id, html: text} : {id, text});
  }
  return out;
}

// A service started with --token is opened with "#token=TOKEN" after its address.
const token = new URLSearchParams(location.hash.slice(1)).get("token");
function apiHeaders(extra) {
  return token ? Object.assign({Authorization: "Bearer " + token}, extra) : extra;
}

async function post(path, body) {
  const reply = await fetch(path, {method: "POST",
                                   headers: apiHeaders({"Content-Type": "application/json"}),
                                   body: JSON.stringify(body)});
  const json = await reply.json();
  if (!reply.ok) throw new Error(json.error || ("HTTP " + reply.status));
  return json;
}

// Byte offsets of the original UTF-8 to a highlighted copy of the text.
function showSource(docId, start, end) {
  const doc = documents.find((d) => d.id === docId);
  if (!doc) return;
  const bytes = new TextEncoder().encode(doc.text !== undefined ? doc.text : doc.html);
  const decode = (a, b) => new TextDecoder().decode(bytes.slice(a, b));
  const pre = document.createElement("pre");
  const mark = document.createElement("mark");
  mark.textContent = decode(start, end);
  pre.append(decode(0, start), mark, decode(end, bytes.length));
  const title = document.createElement("div");
  title.innerHTML = "<strong></strong>";
  title.firstChild.textContent = "Source: " + docId;
  $("source").replaceChildren(title, pre);
  mark.scrollIntoView({block: "nearest"});
}

function renderSummary(summary) {
  const p = document.createElement("p");
  summary.sentences.forEach((s, i) => {
    const span = document.createElement("span");
    span.className = "sentence";
    span.textContent = s.text;
    span.dataset.doc = s.doc;
    const cite = document.createElement("span");
    cite.className = "cite";
    cite.textContent = "[" + [s.doc].concat(s.supported_by || []).join(", ") + "]";
    const show = () => {
      document.querySelectorAll(".sentence.active").forEach((e) => e.classList.remove("active"));
      span.classList.add("active");
      showSource(s.doc, s.start, s.end);
    };
    span.onmouseenter = show;
    span.onclick = show;
    p.append(span, cite, " ");
  });
  const meta = document.createElement("p");
  meta.className = "muted";
  meta.textContent = summary.words + " words, method " + summary.method;
  $("summary").replaceChildren(p, meta);
}

function list(title, items, render) {
  const frag = document.createDocumentFragment();
  const h = document.createElement("h3");
  h.textContent = title + " (" + items.length + ")";
  frag.append(h);
  const ul = document.createElement("ul");
  for (const item of items) {
    const li = document.createElement("li");
    render(li, item);
    ul.append(li);
  }
  frag.append(ul);
  return frag;
}

function docsNote(docs) {
  const span = document.createElement("span");
  span.className = "docs";
  span.textContent = " (" + docs.join(", ") + ")";
  return span;
}

function renderAnalysis(a) {
  const out = document.createDocumentFragment();
  out.append(list("Differences", a.differences, (li, d) => {
    li.append(d.kind + ": ");
    d.values.forEach((v, k) => {
      if (k > 0) li.append(" vs ");
      const b = document.createElement("span");
      b.className = "value";
      b.textContent = "\u201c" + v.value + "\u201d";
      b.style.cursor = "pointer";
      b.onclick = () => showSource(v.spans[0].doc, v.spans[0].start, v.spans[0].end);
      li.append(b, docsNote(v.docs));
    });
  }));
  out.append(list("Quotations", a.quotes, (li, q) => {
    li.append("\u201c" + q.text + "\u201d \u2014 " + (q.speaker || "speaker unknown"), docsNote(q.docs));
  }));
  out.append(list("Shared facts", a.shared, (li, f) => {
    li.append(f.text, docsNote(f.docs));
  }));
  $("analysis").replaceChildren(out);
}

async function run() {
  $("error").textContent = "";
  documents = collect();
  if (!documents.length) { $("error").textContent = "Paste or drop at least one article."; return; }
  const words = parseInt($("words").value, 10) || 100;
  $("run").disabled = true;
  try {
    const [summary, analysis] = await Promise.all([
      post("/v1/summarize", {documents, words, method: $("method").value}),
      post("/v1/analyze", {documents})]);
    renderSummary(summary);
    renderAnalysis(analysis);
  } catch (e) {
    $("error").textContent = e.message;
  } finally {
    $("run").disabled = false;
  }
}

function readFiles(files) {
  for (const file of files) {
    const reader = new FileReader();
    reader.onload = () => {
      const html = /\.html?$/i.test(file.name) || /^\s*<(!doctype|html)/i.test(reader.result);
      addArticle(file.name.replace(/\.[^.]*$/, ""), reader.result, html);
    };
    reader.readAsText(file);
  }
  // Empty boxes left from the start give way to the files.
  for (const box of [...$("articles").children]) {
    if (!box.querySelector("textarea").value.trim()) box.remove();
  }
}

$("add").onclick = () => addArticle();
$("run").onclick = run;
const drop = $("drop");
drop.ondragover = (e) => { e.preventDefault(); drop.classList.add("over"); };
drop.ondragleave = () => drop.classList.remove("over");
drop.ondrop = (e) => { e.preventDefault(); drop.classList.remove("over"); readFiles(e.dataTransfer.files); };
document.body.ondragover = (e) => e.preventDefault();
document.body.ondrop = (e) => { e.preventDefault(); readFiles(e.dataTransfer.files); };
addArticle(); addArticle();
fetch("/v1/methods", {headers: apiHeaders({})}).then((r) => r.json()).then((j) => {
  const select = $("method");
  select.replaceChildren();
  for (const m of j.methods) {
    const o = document.createElement("option");
    o.value = m.name; o.textContent = m.name; o.title = m.description;
    if (m.name === "default") o.selected = true;
    select.append(o);
  }
}).catch(() => {});
</script>
</body>
</html>
)PAGE";
  return kPage;
}

}  // namespace precis
