/*
 * GlobalDesk chat widget: an embeddable assistant for the customer portal and vendors' own sites.
 *
 *   <link rel="stylesheet" href="https://support.example.com/widget/globaldesk-chat.css">
 *   <script src="https://support.example.com/widget/globaldesk-chat.js" defer
 *           data-endpoint="https://support.example.com/api/v1/assistant" data-token="CUSTOMER-TOKEN"
 *           data-locale="ja" data-labels='{"title": "..."}'></script>
 *
 * Without data-token the widget calls a same-origin endpoint with the page's session and CSRF token (the portal).
 * Every text from the server is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[data-globaldesk-chat]");
  if (!script) return;
  var endpoint = (script.getAttribute("data-endpoint") || "/api/v1/assistant").replace(/\/$/, "");
  var token = script.getAttribute("data-token");
  var locale = script.getAttribute("data-locale") || document.documentElement.lang || navigator.language || "en";
  var inline = script.getAttribute("data-inline") === "true";
  var labels = {
    title: "Ask GlobalDesk", open: "Open the support chat", close: "Close the chat", placeholder: "Type your question…",
    send: "Send", sources: "Sources", helpful: "Helpful", notHelpful: "Not helpful", human: "Talk to a human",
    ticket: "Ticket", error: "Something went wrong. Please try again.", thinking: "Looking it up…"
  };
  try {
    var given = JSON.parse(script.getAttribute("data-labels") || "{}");
    Object.keys(given).forEach(function (k) { if (typeof given[k] === "string") labels[k] = given[k]; });
  } catch (e) { /* keep the English labels */ }
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var conversationId = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }

  function headers() {
    var h = { "Content-Type": "application/json", "Accept": "application/json" };
    if (token) h["Authorization"] = "Bearer " + token;
    else if (csrfToken && csrfHeader) h[csrfHeader.content] = csrfToken.content;
    return h;
  }

  function post(path, body) {
    return fetch(endpoint + path, {
      method: "POST", headers: headers(), body: JSON.stringify(body),
      credentials: token ? "omit" : "same-origin"
    }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }

  var root = el("div", "gd-chat" + (inline ? " gd-chat--inline" : ""));
  var toggle = el("button", "gd-chat__toggle", labels.title);
  toggle.type = "button";
  toggle.setAttribute("aria-expanded", inline ? "true" : "false");
  toggle.setAttribute("aria-label", labels.open);
  var panel = el("section", "gd-chat__panel");
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", labels.title);
  panel.hidden = !inline;
  var header = el("header", "gd-chat__header");
  header.appendChild(el("h2", "gd-chat__title", labels.title));
  var closeButton = el("button", "gd-chat__close", "×");
  closeButton.type = "button";
  closeButton.setAttribute("aria-label", labels.close);
  header.appendChild(closeButton);
  var log = el("ol", "gd-chat__log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-relevant", "additions");
  var form = el("form", "gd-chat__form");
  var input = el("textarea", "gd-chat__input");
  input.rows = 2;
  input.maxLength = 4000;
  input.placeholder = labels.placeholder;
  input.setAttribute("aria-label", labels.placeholder);
  var send = el("button", "gd-chat__send", labels.send);
  send.type = "submit";
  var human = el("button", "gd-chat__human", labels.human);
  human.type = "button";
  form.appendChild(input);
  form.appendChild(send);
  form.appendChild(human);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(form);
  if (!inline) root.appendChild(toggle);
  root.appendChild(panel);

  function setOpen(open) {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open) input.focus(); else toggle.focus();
  }

  function addMessage(author, text) {
    var item = el("li", "gd-chat__msg gd-chat__msg--" + author);
    var body = el("p", "gd-chat__text", text);
    item.appendChild(body);
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^\/help\/[A-Za-z-]+\/[A-Za-z0-9._-]+$/.test(url) ? url : null;
  }

  function addReply(data) {
    var item = addMessage("assistant", data.reply || "");
    if (data.citations && data.citations.length) {
      var sources = el("div", "gd-chat__sources");
      sources.appendChild(el("span", "gd-chat__sources-label", labels.sources));
      var list = el("ul");
      data.citations.forEach(function (c) {
        var li = el("li");
        var href = safeUrl(c.url || ("/help/" + c.locale + "/" + c.externalId));
        var base = endpoint.replace(/\/api\/v1\/assistant$/, "");
        if (href) {
          var a = el("a", null, c.title);
          a.href = (base.indexOf("http") === 0 ? base : "") + href;
          a.target = "_blank";
          a.rel = "noopener";
          a.lang = c.locale;
          li.appendChild(a);
        } else {
          li.textContent = c.title;
        }
        list.appendChild(li);
      });
      sources.appendChild(list);
      item.appendChild(sources);
    }
    if (data.handoff && data.handoff.ticketId) {
      item.appendChild(el("p", "gd-chat__handoff", labels.ticket + ": " + data.handoff.ticketId));
    }
    if (data.messageId && data.answered) {
      var votes = el("div", "gd-chat__votes");
      [[true, "👍", labels.helpful], [false, "👎", labels.notHelpful]].forEach(function (v) {
        var b = el("button", "gd-chat__vote", v[1]);
        b.type = "button";
        b.setAttribute("aria-label", v[2]);
        b.addEventListener("click", function () {
          post("/messages/" + encodeURIComponent(data.messageId) + "/feedback", { helpful: v[0] }).then(function () {
            votes.querySelectorAll("button").forEach(function (x) { x.disabled = true; });
            b.setAttribute("aria-pressed", "true");
          }).catch(function () { addMessage("error", labels.error); });
        });
        votes.appendChild(b);
      });
      item.appendChild(votes);
    }
  }

  function ask(text) {
    text = text.trim();
    if (!text) return;
    addMessage("user", text);
    var pending = addMessage("status", labels.thinking);
    send.disabled = true;
    post("/messages", { conversationId: conversationId, text: text, locale: locale }).then(function (data) {
      conversationId = data.conversationId;
      pending.remove();
      addReply(data);
    }).catch(function () {
      pending.remove();
      addMessage("error", labels.error);
    }).finally(function () {
      send.disabled = false;
      input.focus();
    });
  }

  toggle.addEventListener("click", function () { setOpen(panel.hidden); });
  closeButton.addEventListener("click", function () { setOpen(false); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape" && !inline) setOpen(false); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : ask(input.value); }
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); var t = input.value; input.value = ""; ask(t); });
  human.addEventListener("click", function () { ask(labels.human); });

  var mount = script.getAttribute("data-mount") && document.querySelector(script.getAttribute("data-mount"));
  function attach() { (mount || document.body).appendChild(root); }
  if (document.body) attach(); else document.addEventListener("DOMContentLoaded", attach);
})();
