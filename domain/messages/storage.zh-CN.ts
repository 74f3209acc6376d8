// Message codes for disk faults: a full, read-only or failing disk, named by its folder (see zh-CN.ts for the rules of codes).
export const storageZhCN = {
  'storage.data.full':
    '保存登记数据的磁盘已满（数据文件夹“{folder}”），本次操作未生效。请清理该磁盘（删除不需要的文件、清空回收站）后重试',
  'storage.data.readOnly':
    '数据文件夹“{folder}”是只读的，本次操作未生效。请检查该磁盘是否写保护、权限是否被改动，或联系管理员',
  'storage.data.denied':
    '没有写入数据文件夹“{folder}”的权限，本次操作未生效。请联系管理员为当前用户开放该文件夹的写权限',
  'storage.data.io':
    '读写数据文件夹“{folder}”所在磁盘时出错（{code}），本次操作未生效。请检查磁盘是否损坏或已断开，并尽快备份数据',
  'storage.data.cantOpen':
    '无法打开数据文件夹“{folder}”中的数据文件（{code}），本次操作未生效。请检查该文件夹是否存在、是否可写',
  'storage.folder.full': '“{folder}”所在磁盘空间不足，文件未保存，也未留下不完整的文件。请清理空间或换一个 U 盘后重试',
  'storage.folder.readOnly':
    '文件夹“{folder}”所在磁盘是只读的（如 U 盘写保护），文件未保存。请关闭写保护或换一个文件夹',
  'storage.folder.denied': '没有写入文件夹“{folder}”的权限，文件未保存。请换一个文件夹，或联系管理员开放写权限',
  'storage.folder.io':
    '写入“{folder}”时磁盘出错（{code}），文件未保存，也未留下不完整的文件。请检查 U 盘是否已拔出或损坏后重试',
  'host.dataDir.missing': '无法启动：数据文件夹“{folder}”不存在且无法创建（{code}），请检查路径或指定其他数据文件夹',
  'host.dataDir.notFolder': '无法启动：数据文件夹的位置“{folder}”是一个文件而不是文件夹（{code}），请指定一个文件夹',
  'host.dataDir.readOnly':
    '无法启动：数据文件夹“{folder}”是只读的（{code}），无法保存登记数据，请解除写保护或换一个可写的文件夹',
  'host.dataDir.denied': '无法启动：没有写入数据文件夹“{folder}”的权限（{code}），请联系管理员开放写权限',
  'host.dataDir.full': '无法启动：数据文件夹“{folder}”所在磁盘已满（{code}），请清理该磁盘后再启动',
  'host.dataDir.cantOpen':
    '无法启动：打不开数据文件夹“{folder}”中的数据文件（{code}），请检查该文件是否存在、是否可读写',
  'host.dataDir.io': '无法启动：读写数据文件夹“{folder}”时磁盘出错（{code}），请检查磁盘后再启动',
} as const;
