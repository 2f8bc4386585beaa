/**
 * Builds the Teams app package (manifest + icons) for sideloading or the admin centre:
 *   MICROSOFT_APP_ID=… PUBLIC_URL=https://crm.example.com npx tsx scripts/teams-package.ts [--out dist/teams-app.zip]
 * The placeholders in teams-app/manifest.json are filled from the same configuration the server reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadConfig } from '../src/config/config';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * A store-only (uncompressed) zip: three tiny files do not need deflate, and this keeps the project
 * free of a zip dependency. Layout per APPNOTE.TXT: local headers + data, central directory, end record.
 */
export function zipStore(entries: ZipEntry[], date = new Date(2026, 0, 1)): Buffer {
  const dosTime = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const dosDate = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The manifest with its placeholders filled; refuses to build a package that Teams would reject. */
export function fillManifest(template: string, values: { appId?: string; publicUrl?: string }): string {
  if (!values.appId) throw new Error('MICROSOFT_APP_ID is required to build the Teams package (the manifest id and bot id).');
  if (!values.publicUrl?.startsWith('https://')) throw new Error('PUBLIC_URL must be the https:// address Teams reaches this server on.');
  const url = values.publicUrl.replace(/\/+$/, '');
  const filled = template
    .replaceAll('{{MICROSOFT_APP_ID}}', values.appId)
    .replaceAll('{{PUBLIC_URL}}', url)
    .replaceAll('{{PUBLIC_HOST}}', new URL(url).host);
  JSON.parse(filled); // a placeholder must never break the JSON
  return filled;
}

export function buildTeamsPackage(appDir: string, values: { appId?: string; publicUrl?: string }): Buffer {
  const manifest = fillManifest(fs.readFileSync(path.join(appDir, 'manifest.json'), 'utf8'), values);
  return zipStore([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: fs.readFileSync(path.join(appDir, 'color.png')) },
    { name: 'outline.png', data: fs.readFileSync(path.join(appDir, 'outline.png')) },
  ]);
}

function main(argv: string[]): void {
  const outIdx = argv.indexOf('--out');
  const out = path.resolve(outIdx >= 0 && argv[outIdx + 1] ? argv[outIdx + 1]! : 'dist/teams-app.zip');
  const config = loadConfig();
  const zip = buildTeamsPackage(path.resolve(__dirname, '..', 'teams-app'), { appId: config.teams.appId, publicUrl: config.http.publicUrl });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${zip.length} bytes)`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
