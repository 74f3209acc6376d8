import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentHeader, offerDownload, offeredDownload } from '#server/kernel/files/downloads';
import {
  defaultExportDir,
  linuxRemovableMounts,
  listDestinations,
  writeFileSafely,
} from '#server/kernel/files/safe-files';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'shr-files-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const write = (text: string) => (temp: string) => fs.writeFile(temp, text);
const expectText = (text: string) => async (final: string) => {
  if ((await fs.readFile(final, 'utf8')) !== text) throw new Error('read back differs');
};

describe('writeFileSafely', () => {
  it('writes under the final name only, leaves no temporary file, and reports the size', async () => {
    const out = await writeFileSafely(path.join(dir, 'u盘'), '数据包.shrpkg', write('内容'), expectText('内容'));
    expect(out.path).toBe(path.join(dir, 'u盘', '数据包.shrpkg'));
    expect(out.bytes).toBe(Buffer.byteLength('内容'));
    expect(await fs.readdir(path.join(dir, 'u盘'))).toEqual(['数据包.shrpkg']);
  });

  it('never overwrites an earlier export: the second file gets (2)', async () => {
    await writeFileSafely(dir, '导出.xlsx', write('一'), expectText('一'));
    const second = await writeFileSafely(dir, '导出.xlsx', write('二'), expectText('二'));
    expect(path.basename(second.path)).toBe('导出(2).xlsx');
    expect(await fs.readFile(path.join(dir, '导出.xlsx'), 'utf8')).toBe('一');
  });

  it('removes everything it wrote when the read-back check fails', async () => {
    await expect(writeFileSafely(dir, 'a.bin', write('写入'), expectText('别的'))).rejects.toThrow('read back differs');
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('removes the temporary file when writing fails half-way', async () => {
    const failing = async (temp: string) => {
      await fs.writeFile(temp, 'half');
      throw new Error('stick pulled');
    };
    await expect(writeFileSafely(dir, 'a.bin', failing, expectText('x'))).rejects.toThrow('stick pulled');
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe('destinations', () => {
  it('finds USB sticks in /proc/mounts (vfat, exfat, ntfs, /media) and not the system disks', () => {
    const mounts = [
      '/dev/sda1 / ext4 rw,relatime 0 0',
      '/dev/sda2 /boot/efi vfat rw 0 0',
      'proc /proc proc rw 0 0',
      '/dev/sdb1 /media/clerk/KINGSTON vfat rw,nosuid 0 0',
      '/dev/sdc1 /run/media/clerk/U\\040盘 exfat rw 0 0',
      '/dev/sdd1 /mnt/data ntfs3 rw 0 0',
    ].join('\n');
    expect(linuxRemovableMounts(mounts)).toEqual(['/media/clerk/KINGSTON', '/run/media/clerk/U 盘', '/mnt/data']);
  });

  it('always offers the export folder beside the register, last', async () => {
    const file = path.join(dir, 'register.sqlite');
    const list = await listDestinations(file);
    expect(list.at(-1)).toEqual({ path: defaultExportDir(file), label: defaultExportDir(file), removable: false });
  });
});

describe('downloads', () => {
  it('serves only files the register offered, by id', () => {
    const id = offerDownload('/tmp/x/阳光家园数据.xlsx');
    expect(offeredDownload(id)).toEqual({ path: '/tmp/x/阳光家园数据.xlsx', name: '阳光家园数据.xlsx' });
    expect(offeredDownload('not-an-id')).toBeNull();
  });

  it('keeps a Chinese file name intact for the browser', () => {
    expect(attachmentHeader('导出 "1"(2).xlsx')).toBe(
      `attachment; filename="__ _1_(2).xlsx"; filename*=UTF-8''%E5%AF%BC%E5%87%BA%20%221%22%282%29.xlsx`,
    );
  });
});
