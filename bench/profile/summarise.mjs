// node bench/profile/summarise.mjs <file.cpuprofile> [requests] [regex]: self time per package, top self and
// inclusive frames (each frame counted once per sample), per-request CPU when the request count is given.
import fs from 'node:fs';

const [file, requests, filter] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) {
  for (const child of node.children ?? []) {
    parentOf.set(child, node.id);
  }
}
const timeOf = new Map();
profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const label = ({ callFrame: f }) =>
  `${f.functionName || '(anon)'} ${f.url.replace(/.*node_modules\//, 'nm:').replace(/^file:\/\/.*?\/(dist|src)\//, '$1/')}:${f.lineNumber + 1}`;
const packageOf = ({ callFrame: f }) => {
  const match = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(f.url);
  return match ? match[1] : f.url.startsWith('node:') || !f.url ? f.url || f.functionName : 'our code';
};
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);

const self = new Map();
const inclusive = new Map();
const packages = new Map();
let total = 0;
let idle = 0;
for (const [id, t] of timeOf) {
  const node = byId.get(id);
  total += t;
  if (node.callFrame.functionName === '(idle)') {
    idle += t;
    continue;
  }
  add(self, label(node), t);
  add(packages, packageOf(node), t);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const frame = label(byId.get(at));
    if (!seen.has(frame)) {
      seen.add(frame);
      add(inclusive, frame, t);
    }
  }
}
const busy = total - idle;
const perRequest = requests ? `, ${(busy / 1000 / Number(requests)).toFixed(2)} ms per request over ${requests}` : '';
console.log(`busy ${(busy / 1e6).toFixed(2)} s of ${(total / 1e6).toFixed(2)} s${perRequest}`);
const top = (map, count, title) => {
  console.log(`-- ${title}`);
  for (const [name, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${((100 * t) / busy).toFixed(1).padStart(5)}%  ${name}`);
  }
};
top(packages, 15, 'self time per package');
top(self, 20, 'self');
top(filter ? new Map([...inclusive].filter(([name]) => new RegExp(filter).test(name))) : inclusive, 30, 'inclusive');
