// newsweave: small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // "hide boilerplate" and similar toggles: <input class="toggle" data-target="CLASS">
  document.querySelectorAll("input.toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      var text = document.getElementById("article-text");
      if (text) { text.classList.toggle(box.dataset.target, box.checked); }
    });
  });
  pickableRows(document);
});

// coverage-matrix rows: clicking a claim highlights its row
function pickableRows(root) {
  root.querySelectorAll("table.matrix tbody tr").forEach(function (row) {
    row.addEventListener("click", function () { row.classList.toggle("picked"); });
  });
}

// event page whose comparison report was still being built: fetch its section when it is ready
document.addEventListener("DOMContentLoaded", function () {
  var box = document.querySelector("[data-report-src]");
  if (!box) { return; }
  fetch(box.dataset.reportSrc, { headers: { "Accept": "text/html" }, credentials: "same-origin" })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.text(); })
    .then(function (html) { box.innerHTML = html; pickableRows(box); })  // server-rendered, escaped
    .catch(function (err) {
      var p = box.querySelector("p");
      if (p) { p.textContent = "The comparison could not be loaded (" + err.message + "): reload the page to try again."; }
    });
});

// ingest page: send the files with the bearer token (never kept by the page), list what came back.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("ingest-form");
  if (!form) { return; }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var token = document.getElementById("ingest-token").value;
    var files = document.getElementById("ingest-files").files;
    var data = new FormData();
    for (var i = 0; i < files.length; i++) { data.append("files", files[i], files[i].name); }
    var box = document.getElementById("ingest-result");
    var status = document.getElementById("ingest-status");
    var list = document.getElementById("ingest-articles");
    box.hidden = false;
    status.textContent = "Analysing…";
    list.replaceChildren();
    fetch("/api/ingest", { method: "POST", body: data, headers: { "Authorization": "Bearer " + token } })
      .then(function (r) { return r.json().then(function (j) { return [r.status, j]; }); })
      .then(function (res) {
        var code = res[0], body = res[1];
        if (code !== 201) {
          var d = body.detail;
          status.textContent = "Refused (" + code + "): " + (typeof d === "string" ? d : JSON.stringify(d));
          return;
        }
        status.textContent = body.created + " new article(s), " + body.reused + " already stored" +
          (body.errors.length ? "; problems: " + body.errors.join("; ") : "");
        body.articles.forEach(function (a) {
          var li = document.createElement("li");
          var link = document.createElement("a");
          link.href = "/articles/" + encodeURIComponent(a.id);
          link.textContent = a.title || a.ext_id;
          li.appendChild(link);
          if (a.event) {
            li.appendChild(document.createTextNode(" → event "));
            var evl = document.createElement("a");
            evl.href = "/events/" + encodeURIComponent(a.event);
            evl.textContent = a.event;
            li.appendChild(evl);
          }
          list.appendChild(li);
        });
      })
      .catch(function (e) { status.textContent = "Upload failed: " + e; });
  });
});
