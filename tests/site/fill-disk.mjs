// Preloaded into a test build (`node --import`): the disk "fills up" under the output folder being written.
// Once CLAIMDESK_FULL_AFTER files have been written below CLAIMDESK_FULL_UNDER, every further write there
// fails with ENOSPC, as on a full disk, wherever it comes from (fs, fs/promises, sync or not).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

const under = path.resolve(process.env.CLAIMDESK_FULL_UNDER ?? '/nonexistent');
let left = Number(process.env.CLAIMDESK_FULL_AFTER ?? 0);
const full = (file) => {
  if (typeof file !== 'string' && !(file instanceof URL)) return false;
  const target = path.resolve(file instanceof URL ? new URL(file).pathname : file);
  if (!target.startsWith(under)) return false;
  return left-- <= 0;
};
const enospc = (file) => Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC', errno: -28, syscall: 'write', path: String(file) });

const { writeFileSync, writeFile } = fs;
fs.writeFileSync = function (file, ...rest) {
  if (full(file)) throw enospc(file);
  return writeFileSync.call(this, file, ...rest);
};
fs.writeFile = function (file, ...rest) {
  if (full(file)) return rest.at(-1)(enospc(file));
  return writeFile.call(this, file, ...rest);
};
const promised = fs.promises.writeFile;
fs.promises.writeFile = async function (file, ...rest) {
  if (full(file)) throw enospc(file);
  return promised.call(this, file, ...rest);
};
syncBuiltinESMExports();
