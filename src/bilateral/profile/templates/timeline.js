// Client-side filter of the History timeline by period and PLOVER type (no libraries, no network).
(function () {
  var period = document.getElementById("period-filter");
  var type = document.getElementById("type-filter");
  var count = document.getElementById("timeline-count");
  if (!period || !type) { return; }
  function apply() {
    var shown = 0;
    document.querySelectorAll("#timeline .period").forEach(function (group) {
      var visible = 0;
      group.querySelectorAll("li.event").forEach(function (li) {
        var ok = (!period.value || li.dataset.period === period.value) &&
                 (!type.value || li.dataset.plover === type.value);
        li.hidden = !ok;
        if (ok) { visible += 1; }
      });
      group.hidden = visible === 0;
      shown += visible;
    });
    count.textContent = shown + (shown === 1 ? " event shown" : " events shown");
  }
  period.addEventListener("change", apply);
  type.addEventListener("change", apply);
  apply();
}());
