import type { storageZhCN } from './storage.zh-CN';

export const storageEn: Record<keyof typeof storageZhCN, string> = {
  'storage.data.full':
    'The disk holding the register is full (data folder "{folder}"); nothing was changed. Free space on that disk (delete unneeded files, empty the recycle bin) and try again',
  'storage.data.readOnly':
    'The data folder "{folder}" is read-only; nothing was changed. Check whether the disk is write-protected or its permissions were changed, or contact the administrator',
  'storage.data.denied':
    'No permission to write the data folder "{folder}"; nothing was changed. Ask the administrator to let this user write to it',
  'storage.data.io':
    'The disk of the data folder "{folder}" failed ({code}); nothing was changed. Check whether the disk is damaged or disconnected, and back up the data soon',
  'storage.data.cantOpen':
    'Cannot open the register file in the data folder "{folder}" ({code}); nothing was changed. Check that the folder exists and is writable',
  'storage.folder.full':
    'The disk of "{folder}" is full; the file was not saved and no partial file was left. Free space or use another USB stick and try again',
  'storage.folder.readOnly':
    'The disk of folder "{folder}" is read-only (e.g. a write-protected USB stick); the file was not saved. Turn off write protection or choose another folder',
  'storage.folder.denied':
    'No permission to write the folder "{folder}"; the file was not saved. Choose another folder or ask the administrator for write access',
  'storage.folder.io':
    'The disk failed while writing "{folder}" ({code}); the file was not saved and no partial file was left. Check whether the USB stick was pulled out or is damaged, and try again',
  'host.dataDir.missing':
    'Cannot start: the data folder "{folder}" does not exist and cannot be created ({code}); check the path or choose another data folder',
  'host.dataDir.notFolder':
    'Cannot start: "{folder}", the data folder, is a file, not a folder ({code}); choose a folder',
  'host.dataDir.readOnly':
    'Cannot start: the data folder "{folder}" is read-only ({code}), so no record could be saved; remove the write protection or choose a writable folder',
  'host.dataDir.denied':
    'Cannot start: no permission to write the data folder "{folder}" ({code}); ask the administrator for write access',
  'host.dataDir.full':
    'Cannot start: the disk of the data folder "{folder}" is full ({code}); free space on it and start again',
  'host.dataDir.cantOpen':
    'Cannot start: the register file in the data folder "{folder}" cannot be opened ({code}); check that it exists and can be read and written',
  'host.dataDir.io':
    'Cannot start: the disk of the data folder "{folder}" failed ({code}); check the disk and start again',
};
