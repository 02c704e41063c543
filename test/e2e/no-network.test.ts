import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

const directory = temporaryDirectory();
afterAll(() => directory.remove());

/**
 * Loaded into the CLI (and its worker threads, which inherit it) before anything else: every way
 * a Node program reaches the network is wrapped to write a line to a log, then to fail.
 */
const GUARD = `
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
const refuse = (what) => (...args) => {
  appendFileSync(process.env.CENTRICITY_NETWORK_LOG, what + ' ' + String(args[0]?.host ?? args[0]?.path ?? args[0]) + '\\n');
  throw new Error('no network in this test');
};
net.Socket.prototype.connect = refuse('connect');
tls.connect = refuse('tls');
http.request = refuse('http');
https.request = refuse('https');
dns.lookup = refuse('dns');
dns.resolve = refuse('dns');
dns.promises.lookup = refuse('dns');
globalThis.fetch = refuse('fetch');
`;

describe('centricity makes no network connection', () => {
  it('runs the demo audit and scores a batch in worker threads without reaching the network', () => {
    const guard = join(directory.path, 'guard.mjs');
    const log = join(directory.path, 'network.log');
    writeFileSync(guard, GUARD);
    const env = { NODE_OPTIONS: `--import ${pathToFileURL(guard).href}`, CENTRICITY_NETWORK_LOG: log };
    const audit = runCli(['audit', '--demo', '--out', 'report.md'], { cwd: directory.path, env });
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(0);
    for (const name of ['a.csv', 'b.csv']) writeFileSync(join(directory.path, name), 'score,comment\n9,great\n3,slow delivery\n10,fine\n');
    const score = runCli(['score', '*.csv', '--threads', '2', '--out-dir', 'out'], { cwd: directory.path, env });
    expect(score.status).toBe(0);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });

  it('would notice a connection (the guard itself works)', () => {
    const guard = join(directory.path, 'guard.mjs');
    const log = join(directory.path, 'probe.log');
    writeFileSync(guard, GUARD);
    const probe = join(directory.path, 'probe.mjs');
    writeFileSync(probe, "import net from 'node:net'; try { net.connect(9, '127.0.0.1'); } catch {}");
    spawnSync(process.execPath, ['--import', pathToFileURL(guard).href, probe], { env: { ...process.env, CENTRICITY_NETWORK_LOG: log } });
    expect(readFileSync(log, 'utf8')).toMatch(/^connect /);
  });
});
