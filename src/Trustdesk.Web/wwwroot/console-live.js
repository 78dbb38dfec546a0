// Live console pages (ADR 22): one EventSource per page on /console/{account}/events. On an event that concerns the
// page (any on the inbox; the record's own on a record page), the page is fetched again and its <main> swapped in —
// unless the person is typing in a form there: then only a notice offers to show the changes. Without this script the
// pages work the same, by reloading.
(function () {
    "use strict";
    var account = document.body.getAttribute("data-account");
    var main = document.getElementById("main");
    if (!account || !main || !window.EventSource || !window.fetch || !window.DOMParser) return;
    if (!main.querySelector("[data-live]")) return;

    var pending = null;

    // Which records this page shows; the inbox shows any.
    function concerns(data) {
        var live = main.querySelector("[data-live]");
        if (!live) return false;
        var kind = live.getAttribute("data-live");
        if (kind === "inbox") return true;
        var id = String(live.getAttribute("data-id"));
        if (kind === "request") return String(data.request_id) === id;
        if (kind === "task") return String(data.task_id) === id || String(data.workflow_id) === live.getAttribute("data-workflow");
        if (kind === "workflow") return String(data.workflow_id) === id;
        // A problem's page: a change of one of the linked requests it lists, or of the problem itself (announced on its links).
        if (kind === "problem") return data.request_id != null && main.querySelector('[data-request="' + String(Number(data.request_id)) + '"]') !== null;
        return false;
    }

    // A form the person is in the middle of: focus inside it, or a field that differs from what the page was sent with.
    function busy() {
        var active = document.activeElement;
        if (active && main.contains(active) && active.closest("form") && active.matches("input, textarea, select")) return true;
        var fields = main.querySelectorAll("form input, form textarea, form select");
        for (var i = 0; i < fields.length; i++) {
            var f = fields[i];
            if (f.type === "hidden" || f.type === "submit") continue;
            if (f.tagName === "SELECT") {
                // Without a preselected option the browser shows the first one: only another choice is a change.
                var preselected = false;
                for (var j = 0; j < f.options.length; j++) if (f.options[j].defaultSelected) preselected = true;
                if (!preselected && f.selectedIndex > 0) return true;
                for (var k = 0; preselected && k < f.options.length; k++) if (f.options[k].selected !== f.options[k].defaultSelected) return true;
            } else if (f.type === "checkbox" || f.type === "radio") {
                if (f.checked !== f.defaultChecked) return true;
            } else if (f.value !== f.defaultValue) return true;
        }
        return false;
    }

    function notice() {
        if (document.getElementById("live-notice")) return;
        var box = document.createElement("p");
        box.id = "live-notice";
        box.className = "live-notice";
        box.setAttribute("role", "status");
        box.appendChild(document.createTextNode("This page has changed. "));
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link";
        button.textContent = "Show the changes";
        button.addEventListener("click", function () { window.location.reload(); });
        box.appendChild(button);
        main.insertBefore(box, main.firstChild);
    }

    function refresh() {
        pending = null;
        // The page's own address, without a form handler's name (a refused post leaves it in the address bar).
        var url = new URL(window.location.href);
        url.searchParams.delete("handler");
        fetch(url.toString(), { credentials: "same-origin", headers: { "X-Live-Refresh": "1" } })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (html === null) return;
                if (busy()) { notice(); return; }
                var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("main");
                if (!fresh) return;
                main.innerHTML = fresh.innerHTML;
                main.setAttribute("data-updated", String(Date.now()));
            })
            .catch(function () { /* the next event tries again */ });
    }

    function onEvent(e) {
        var data;
        try { data = JSON.parse(e.data); } catch (_) { return; }
        // Events of one change come together: one fetch for all of them.
        if (concerns(data) && !pending) pending = setTimeout(refresh, 100);
    }

    // A stream that opens after a failed attempt may have missed changes in between (the server ends a stream rather
    // than leave a hole in it, and a page whose first stream was refused has had none since it was rendered): such an
    // opening re-reads the page once, as if an event had come. The browser reconnects by itself after a dropped
    // stream, but not after an answer other than 200 (a 503 while the server's listener reconnects to the database):
    // then a new stream is opened after a pause.
    var interrupted = false;
    var pause = 3000;
    function connect() {
        var source = new EventSource("/console/" + encodeURIComponent(account) + "/events");
        source.addEventListener("open", function () {
            if (interrupted && !pending) pending = setTimeout(refresh, 100);
            interrupted = false;
            pause = 3000;
        });
        source.addEventListener("error", function () {
            interrupted = true;
            if (source.readyState !== EventSource.CLOSED) return;
            // Growing pauses, so that a page whose session has ended does not knock every few seconds.
            setTimeout(connect, pause);
            pause = Math.min(pause * 2, 60000);
        });
        ["request.create", "request.update", "request.note-added", "task.create", "task.update", "task.note-added",
            "workflow.create", "workflow.update"].forEach(function (kind) { source.addEventListener(kind, onEvent); });
    }
    connect();
})();
