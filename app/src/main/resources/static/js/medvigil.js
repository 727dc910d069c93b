// MedVigil: small progressive enhancements. Every page works without this script.
(function () {
  "use strict";

  // A refused form: move focus to its list of problems so keyboard and screen-reader users hear them.
  function focusErrors() {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  }

  // The assessment form: show "why not affected" only while the state is "not affected".
  function toggleByState(form) {
    var state = form.querySelector("select[name=state]");
    if (!state) {
      return;
    }
    var update = function () {
      form.querySelectorAll("[data-when-state]").forEach(function (el) {
        var shown = el.getAttribute("data-when-state") === state.value;
        el.hidden = !shown;
        if (!shown) {
          var select = el.querySelector("select");
          if (select) {
            select.value = "";
          }
        }
      });
    };
    state.addEventListener("change", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusErrors();
    document.querySelectorAll("form[data-assessment-form]").forEach(toggleByState);
  });
})();
