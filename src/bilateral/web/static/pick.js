// Type-ahead for the country pickers: the <datalist> filters as you type (names, ISO3 and ISO2 codes);
// on submit the chosen option's code is used, or the typed text is sent for the server to resolve.
(function () {
  var form = document.getElementById("pick");
  var list = document.getElementById("states");
  var error = document.getElementById("pick-error");
  var options = Array.prototype.map.call(list.options, function (o) {
    return { value: o.value, iso3: o.dataset.iso3, iso2: o.dataset.iso2 };
  });
  function codeFor(text) {
    var t = text.trim().toLowerCase();
    if (!t) { return null; }
    var exact = options.filter(function (o) {
      return o.value.toLowerCase() === t || o.iso3.toLowerCase() === t || o.iso2.toLowerCase() === t ||
             o.value.toLowerCase().replace(/ \([a-z]{3}\)$/, "") === t;
    });
    if (exact.length) { return exact[0].iso3; }
    var starts = options.filter(function (o) { return o.value.toLowerCase().indexOf(t) === 0; });
    if (starts.length === 1) { return starts[0].iso3; }
    return text.trim();  // let the server resolve aliases, demonyms and capitals
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var a = codeFor(document.getElementById("country-a").value);
    var b = codeFor(document.getElementById("country-b").value);
    if (!a || !b) { error.textContent = "Pick two countries."; error.hidden = false; return; }
    if (a === b) { error.textContent = "Pick two different countries."; error.hidden = false; return; }
    window.location.href = "/pair/" + encodeURIComponent(a) + "/" + encodeURIComponent(b);
  });
}());
