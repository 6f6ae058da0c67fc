// Put into the article page by `npm run bench:editor` (page.addInitScript) before the app's own
// scripts run. It marks, from outside the app, the moments the benchmark measures between, so the
// app carries no benchmark code. A plain script: the page runs it as written.
//
// Each figure is a pair of performance measures, read back by the benchmark:
//   bench:show-annotation     from the create request's answer (its body read) to the end of the
//                             task that added the annotation's range to the page's highlights: the
//                             state, the render and its effects, the highlight in the DOM;
//   bench:open-by-key         from a j or k keydown's dispatch to the end of its handling: every
//                             listener and the render (and effects) React runs for it before the
//                             event is done;
//   bench:open-details        from the opened annotation's answer (GET /api/annotations/:id) to
//                             the end of the task that put its panel on screen;
// and each again with "-painted": until the next frame has been painted.
(() => {
  const KIND_HIGHLIGHTS = ["fm-claim", "fm-claim-nested", "fm-figure", "fm-figure-nested", "fm-denial", "fm-denial-nested"];
  const highlightCount = () =>
    typeof CSS === "undefined" || !CSS.highlights ? 0 : KIND_HIGHLIGHTS.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);

  const measure = (name, start) => {
    performance.measure(name, { start });
    requestAnimationFrame(() => setTimeout(() => performance.measure(`${name}-painted`, { start })));
  };

  // Ends a measure with the first task after `start` whose DOM changes leave `done()` true: a
  // mutation observer's callback runs once the task that changed the DOM has finished its script.
  const measureUntil = (name, start, done) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      measure(name, start);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };

  const onAnswer = (response, answered) => {
    for (const reader of ["json", "text"]) {
      const read = response[reader].bind(response);
      response[reader] = () =>
        read().then((body) => {
          answered(body);
          return body;
        });
    }
    return response;
  };

  // The page's own requests, so that the benchmark starts the next load only once this page's
  // after-work (the machine's suggestions and their earlier checks) is done, and no build's
  // server is still busy with it while another build's page is measured.
  let inFlight = 0;
  let settledAt = performance.now();
  const answered = new Set();
  window.__benchQuiet = (forMs, needed) => inFlight === 0 && performance.now() - settledAt >= forMs && (!needed || [...answered].some((path) => path.endsWith(needed)));

  const pageFetch = window.fetch;
  window.fetch = function (input, init) {
    const pending = pageFetch.call(this, input, init);
    const method = String(init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const { pathname } = new URL(input instanceof Request ? input.url : String(input), location.href);
    inFlight += 1;
    pending.finally(() => {
      inFlight -= 1;
      settledAt = performance.now();
      answered.add(pathname);
    }).catch(() => {});
    if (method === "POST" && /^\/api\/articles\/[^/]+\/annotations$/.test(pathname)) {
      return pending.then((response) =>
        onAnswer(response, () => {
          const before = highlightCount();
          measureUntil("bench:show-annotation", performance.now(), () => highlightCount() > before);
        }),
      );
    }
    if (method === "GET" && /^\/api\/annotations\/[^/]+$/.test(pathname)) {
      return pending.then((response) =>
        onAnswer(response, (body) => {
          const data = typeof body === "string" ? JSON.parse(body) : body;
          const quote = String(data?.exact ?? "").slice(0, 20);
          // The panel is headed by the annotation's words.
          measureUntil("bench:open-details", performance.now(), () => document.getElementById("panel-heading")?.textContent?.includes(quote) ?? false);
        }),
      );
    }
    return pending;
  };

  window.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "j" && event.key !== "k") return;
      const start = performance.now();
      // Added while the event is on its way down, so it runs last on its way back up; the
      // microtask after it runs once everything the key set off has run.
      window.addEventListener("keydown", () => queueMicrotask(() => measure("bench:open-by-key", start)), { once: true });
    },
    true,
  );
})();
