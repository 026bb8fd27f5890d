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
  // coverage-matrix rows: clicking a claim highlights its row
  document.querySelectorAll("table.matrix tbody tr").forEach(function (row) {
    row.addEventListener("click", function () { row.classList.toggle("picked"); });
  });
});
