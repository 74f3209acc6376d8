import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '#domain/messages';
import { storageError } from '#server/kernel/storage-errors';
import { startFailureLine } from '#server/start-failure';

/**
 * The one disk-fault mapping: every SQLite and errno code the register can meet gives a message
 * naming the folder, in both languages. Errors are real where the machine can make them (an
 * SQLite file that cannot be opened, a write into a missing folder); the others by their code.
 */
const DATA_FILE = path.join(os.tmpdir(), 'shr-data', 'register.sqlite');
const DATA_DIR = path.dirname(DATA_FILE);
const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('storageError', () => {
  it.each([
    ['SQLITE_FULL', 'storage.data.full'],
    ['SQLITE_IOERR_WRITE', 'storage.data.io'],
    ['SQLITE_IOERR_FSYNC', 'storage.data.io'],
    ['SQLITE_READONLY', 'storage.data.readOnly'],
    ['SQLITE_READONLY_DBMOVED', 'storage.data.readOnly'],
    ['SQLITE_CANTOPEN', 'storage.data.cantOpen'],
  ])('%s is about the data folder (%s), wherever the clerk acted', (code, message) => {
    const e = storageError(withCode(code), { dataFile: DATA_FILE, folder: '/media/u', field: 'folder' });
    expect(e?.kind).toBe('STORAGE');
    expect(e?.issues).toEqual([{ field: 'storage', code: message, params: { folder: DATA_DIR, code } }]);
  });

  it.each([
    ['ENOSPC', 'storage.folder.full'],
    ['EDQUOT', 'storage.folder.full'],
    ['EROFS', 'storage.folder.readOnly'],
    ['EACCES', 'storage.folder.denied'],
    ['EPERM', 'storage.folder.denied'],
    ['EIO', 'storage.folder.io'],
  ])('%s while writing a chosen folder names that folder on its field (%s)', (code, message) => {
    const e = storageError(withCode(code), { dataFile: DATA_FILE, folder: '/media/u/报送', field: 'directory' });
    expect(e?.issues).toEqual([{ field: 'directory', code: message, params: { folder: '/media/u/报送', code } }]);
    for (const locale of ['zh-CN', 'en'] as const)
      expect(formatMessage(message as 'storage.folder.full', { folder: '/media/u/报送', code }, locale)).toContain(
        '/media/u/报送',
      );
  });

  it('an errno fault with no folder named is about the data folder; one wrapped as a cause is found', () => {
    expect(storageError(withCode('ENOSPC'), { dataFile: DATA_FILE })?.issues[0]).toMatchObject({
      code: 'storage.data.full',
      params: { folder: DATA_DIR },
    });
    const wrapped = new Error('Failed query', { cause: withCode('SQLITE_FULL', 'database or disk is full') });
    expect(storageError(wrapped, { dataFile: DATA_FILE })?.issues[0]?.code).toBe('storage.data.full');
  });

  it('is null for anything that is not a disk fault (a constraint, a missing file, a plain bug)', () => {
    for (const e of [withCode('SQLITE_CONSTRAINT_UNIQUE'), withCode('ENOENT'), new TypeError('x is undefined')])
      expect(storageError(e, { dataFile: DATA_FILE })).toBeNull();
  });

  it('a real SQLITE_CANTOPEN and a real ENOENT are told apart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-storage-'));
    try {
      let cantOpen: unknown;
      try {
        // A folder where the register file should be.
        fs.mkdirSync(path.join(dir, 'register.sqlite'));
        new Database(path.join(dir, 'register.sqlite'));
      } catch (error) {
        cantOpen = error;
      }
      expect(storageError(cantOpen, { dataFile: DATA_FILE })?.issues[0]?.code).toBe('storage.data.cantOpen');
      let missing: unknown;
      try {
        fs.writeFileSync(path.join(dir, 'missing', 'a.xlsx'), 'x');
      } catch (error) {
        missing = error;
      }
      expect(storageError(missing, { dataFile: DATA_FILE, folder: dir })).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('startFailureLine', () => {
  it('is one line, Chinese then English, naming the folder; other errors keep their own message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shr-start-'));
    try {
      const line = startFailureLine(withCode('SQLITE_FULL', 'database or disk is full'), dir);
      expect(line).toBe(
        `无法启动：数据文件夹“${dir}”所在磁盘已满（SQLITE_FULL），请清理该磁盘后再启动 / Cannot start: the disk of the data folder "${dir}" is full (SQLITE_FULL); free space on it and start again`,
      );
      expect(line).not.toContain('\n');
      expect(startFailureLine(new Error('此数据文件由较新版本的软件写入'), dir)).toBe('此数据文件由较新版本的软件写入');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
