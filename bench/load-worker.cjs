'use strict';
// The load generator: one long-lived worker thread running autocannon, so the app (on the main
// thread) keeps its event loop to itself and a run costs no worker start-up. Plain CommonJS,
// started without tsx. helpers.ts `load` sends {id, options}; the reply is {id, result|error}.

const { parentPort } = require('node:worker_threads');
const autocannon = require('autocannon');

const FUTURE = Date.parse('2031-01-06T08:00:00Z'); // helpers.ts FUTURE
const SLOT_MS = 30 * 60_000; // helpers.ts SLOT_MINUTES
let n = 0;
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** Builds each request from the `bench` spec (helpers.ts, type Vary); keep 'book' in step with helpers.ts bookingStart. */
function setupRequest(req) {
  const spec = req.bench;
  switch (spec.kind) {
    case 'book': {
      const i = n++;
      const start = new Date(FUTURE + (spec.firstSlot + Math.floor(i / spec.providers.length)) * SLOT_MS);
      req.body = JSON.stringify({
        provider: spec.providers[i % spec.providers.length],
        patient: spec.patients[i % spec.patients.length],
        topics: [spec.topic],
        start_time: start.toISOString(),
      });
      return req;
    }
    case 'contend':
      req.body = JSON.stringify({ provider: spec.provider, patient: spec.patients[n++ % spec.patients.length], topics: [spec.topic], start_time: spec.start });
      return req;
    case 'get':
      req.path = `${spec.prefix ?? '/api/v1'}/appointments/${pick(spec.ids)}`;
      return req;
    case 'list':
      req.headers = { ...req.headers, authorization: `Bearer ${pick(spec.tokens)}` };
      return req;
    default:
      throw new Error(`unknown request kind ${spec.kind}`);
  }
}

parentPort.on('message', ({ id, options }) => {
  n = 0;
  const requests = options.requests.map((r) => (r.bench ? { ...r, setupRequest } : r));
  autocannon({ ...options, requests }, (error, raw) => {
    // Off the main thread autocannon leaves the histograms encoded; aggregateResult decodes them.
    const result = error ? undefined : JSON.parse(JSON.stringify(autocannon.aggregateResult([raw], options)));
    parentPort.postMessage(error ? { id, error: String(error) } : { id, result });
  });
});
