#!/usr/bin/env node
/**
 * complete-lockfile: records, in package-lock.json, the platform-specific optional packages that
 * the registry reachable here does not serve (for example @astrojs/compiler-binding-darwin-arm64).
 *
 * npm omits a package it cannot fetch from the lock file, and `npm ci` then refuses the lock as
 * out of sync. Each missing optional dependency is added with its version and the os/cpu its name
 * declares, so `npm ci` skips it on this platform exactly as it would with a complete lock file.
 * Run after `npm install` changes the lock file: `node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const osNames = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix'];
const cpuNames = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'wasm32'];

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const parts = name.split(/[/-]/);
    const os = osNames.filter((n) => parts.includes(n));
    const cpu = cpuNames.filter((n) => parts.includes(n));
    if (cpu.length === 0) continue; // not a platform binding: leave it to npm
    packages[`node_modules/${name}`] = {
      version: range.replace(/^[\^~=]/, ''),
      ...(cpu.length ? { cpu } : {}),
      ...(os.length ? { os } : {}),
      optional: true,
    };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform-specific optional package(s)`);
