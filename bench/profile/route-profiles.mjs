// Preload for the API under a bench: writes one CPU profile per phase to $ROUTE_PROF_DIR, a phase being a run of
// requests of one kind (GET /auth/me, the list, a detail, POST /invoices), named <pid>-<kind>-<requests>.cpuprofile.
// ROUTE_PROF_DIR=/tmp/prof NODE_OPTIONS="--import ./bench/profile/route-profiles.mjs" npx tsx bench/run.ts --scenario api --size 20000
import fs from 'node:fs';
import http from 'node:http';
import inspector from 'node:inspector';

const dir = process.env.ROUTE_PROF_DIR;
let session;
let kind;
let requests = 0;

const kindOf = (req) =>
  `${req.method}-${req.url
    .split('?')[0]
    .replace(/[0-9a-f-]{36}/g, 'ID')
    .replace(/\//g, '_')}`;

function startPhase(next) {
  if (!session) {
    session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 500 });
  }
  const begin = () => {
    kind = next;
    requests = 0;
    session.post('Profiler.start');
  };
  if (!kind) {
    return begin();
  }
  const [done, count] = [kind, requests];
  session.post('Profiler.stop', (error, result) => {
    if (!error) {
      fs.writeFileSync(`${dir}/${process.pid}-${done}-${count}.cpuprofile`, JSON.stringify(result.profile));
    }
    begin();
  });
}

if (dir) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, ...rest) {
    if (event === 'request' && !req.url.startsWith('/health')) {
      const next = kindOf(req);
      if (next !== kind) {
        startPhase(next);
      }
      requests += 1;
    }
    return emit.call(this, event, req, ...rest);
  };
}
