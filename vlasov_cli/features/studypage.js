(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("vlasov-data").textContent);
  var quiz = document.getElementById("quiz");
  var results = {};  // question id -> true (right) or false (wrong)

  function showScore() {
    var ids = Object.keys(results);
    var right = ids.filter(function (id) { return results[id]; }).length;
    document.getElementById("score-right").textContent = right;
    document.getElementById("score-answered").textContent = ids.length;
  }

  function settle(q, right, message) {
    if (right !== null) {
      results[q.dataset.id] = right;
      q.classList.add(right ? "is-right" : "is-wrong");
      q.classList.add("done");
      if (document.getElementById("hide-done").checked) { q.classList.add("hide"); }
    }
    q.querySelector(".verdict").textContent = message;
    q.querySelector(".after").hidden = false;
    showScore();
  }

  function lock(buttons) {
    buttons.forEach(function (button) { button.setAttribute("aria-disabled", "true"); });
  }

  function answerText(q) { return q.querySelector(".answer strong").textContent; }

  function choose(q, button, key) {
    var buttons = Array.prototype.slice.call(q.querySelectorAll(".choice"));
    var right;
    if (key.type === "choice") {
      right = Number(button.dataset.index) === key.answer;
      buttons[key.answer].classList.add("right");
    } else {
      right = (button.dataset.value === "true") === key.answer;
      buttons[key.answer ? 0 : 1].classList.add("right");
    }
    if (!right) { button.classList.add("wrong"); }
    button.setAttribute("aria-pressed", "true");
    lock(buttons);
    settle(q, right, right ? "Right!" : "Not right: the answer is " + answerText(q) + ".");
  }

  function move(q, button, step) {
    var item = button.closest("li");
    var list = item.parentNode;
    var target = step < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!target) { return; }
    if (step < 0) { list.insertBefore(item, target); } else { list.insertBefore(target, item); }
    button.focus();
    var position = Array.prototype.indexOf.call(list.children, item) + 1;
    q.querySelector(".verdict").textContent =
      item.querySelector(".item").textContent + ": now " + position + " of " + list.children.length + ".";
  }

  function checkOrder(q, key) {
    var list = q.querySelector(".order");
    var order = Array.prototype.map.call(list.children, function (li) { return Number(li.dataset.index); });
    var right = order.join() === key.answer.join();
    list.classList.add(right ? "right" : "wrong");
    lock(Array.prototype.slice.call(q.querySelectorAll("button")));
    settle(q, right, right ? "Right: that is the order." : "Not right: the order is " + answerText(q) + ".");
  }

  quiz.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    var q = button && button.closest(".q");
    if (!q || button.getAttribute("aria-disabled") === "true") { return; }
    var key = data.questions[q.dataset.id];
    if (button.classList.contains("choice")) { choose(q, button, key); }
    else if (button.classList.contains("up")) { move(q, button, -1); }
    else if (button.classList.contains("down")) { move(q, button, 1); }
    else if (button.classList.contains("check")) { checkOrder(q, key); }
    else if (button.classList.contains("reveal")) {
      lock([button]);
      settle(q, null, "The answer: " + answerText(q) + ".");
    } else if (button.classList.contains("had") || button.classList.contains("missed")) {
      var had = button.classList.contains("had");
      lock(Array.prototype.slice.call(q.querySelectorAll(".selfmark button")));
      settle(q, had, had ? "Counted as right." : "Counted as missed.");
    }
  });

  document.getElementById("topic-filter").addEventListener("change", function (event) {
    var topic = event.target.value;
    Array.prototype.forEach.call(quiz.querySelectorAll(".topic"), function (section) {
      section.classList.toggle("hidden-topic", topic !== "" && section.dataset.topic !== topic);
    });
  });
  document.getElementById("hide-done").addEventListener("change", function (event) {
    Array.prototype.forEach.call(quiz.querySelectorAll(".q.done"), function (q) {
      q.classList.toggle("hide", event.target.checked);
    });
  });
  document.getElementById("restart").addEventListener("click", function () {
    location.hash = "quiz";
    location.reload();
  });

  // Following a link inside the page: focus what it leads to (so that Tab goes on from there), and
  // mark a quote's words in its paragraph.
  function unmark() {
    Array.prototype.forEach.call(document.querySelectorAll("mark.quoted"), function (mark) {
      var parent = mark.parentNode;
      while (mark.firstChild) { parent.insertBefore(mark.firstChild, mark); }
      parent.removeChild(mark);
      parent.normalize();
    });
  }
  function markQuote(paragraph, quote) {
    var text = paragraph.querySelector(".text");
    var node = text && text.firstChild;
    var at = node ? node.textContent.indexOf(quote) : -1;
    if (at < 0) { return; }
    var range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    var mark = document.createElement("mark");
    mark.className = "quoted";
    range.surroundContents(mark);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    var href = link && link.getAttribute("href");
    if (!href || href.charAt(0) !== "#" || href.length < 2) { return; }
    var target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) { return; }
    unmark();
    var quote = link.classList.contains("pl") && link.closest(".quote");
    if (quote) { markQuote(target, quote.querySelector(".qt").textContent); }
    setTimeout(function () { target.focus({ preventScroll: true }); }, 0);
  });
  function focusTarget() {
    var target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.getAttribute("tabindex") === "-1") { target.focus({ preventScroll: true }); }
  }
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
})();
