import path from 'node:path';
import zlib from 'node:zlib';
import { buildTeamsPackage, fillManifest, zipStore } from '../../../scripts/teams-package';

/** Reads a zip back through its central directory, checking each entry's CRC. */
function readZip(zip: Buffer): Record<string, Buffer> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const out: Record<string, Buffer> = {};
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(p + 16);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26);
    const data = zip.subarray(dataStart, dataStart + size);
    expect(zlib.crc32(data)).toBe(crc);
    out[name] = data;
    p += 46 + nameLen;
  }
  return out;
}

describe('Teams app package', () => {
  it('writes a valid store-only zip', () => {
    const files = readZip(zipStore([{ name: 'a.txt', data: Buffer.from('hello') }, { name: '目录/b.bin', data: Buffer.from([0, 1, 2]) }]));
    expect(files['a.txt']!.toString()).toBe('hello');
    expect([...files['目录/b.bin']!]).toEqual([0, 1, 2]);
  });

  it('packages the manifest with the app id and host filled in, and both icons', () => {
    const files = readZip(buildTeamsPackage(path.resolve(__dirname, '../../../teams-app'), { appId: 'app-1', publicUrl: 'https://crm.example.com/' }));
    const manifest = JSON.parse(files['manifest.json']!.toString('utf8'));
    expect(manifest.id).toBe('app-1');
    expect(manifest.bots[0].botId).toBe('app-1');
    expect(manifest.validDomains).toEqual(['crm.example.com']);
    expect(manifest.composeExtensions[0].commands[0]).toMatchObject({ id: 'createTicketFromMessage', type: 'action', context: ['message'] });
    expect(files['color.png']!.subarray(1, 4).toString()).toBe('PNG');
    expect(files['outline.png']!.readUInt32BE(16)).toBe(32); // width from the IHDR chunk
  });

  it('refuses to build without an app id or an https public URL', () => {
    expect(() => fillManifest('{}', { publicUrl: 'https://x' })).toThrow('MICROSOFT_APP_ID');
    expect(() => fillManifest('{}', { appId: 'a', publicUrl: 'http://x' })).toThrow('PUBLIC_URL');
  });
});
