/** 平湖街道 of the demo district sends the packages in these tests (as in tests/server/package-fixtures.ts). */
export const STREET = { level: 'street' as const, code: '440307001000', name: '平湖街道残疾人联合会' };
export const FAULT_PASSWORD = 'Pinghu2026!';
/** The folder the street writes its packages to: a stand-in for the USB stick, inside the data folder. */
export const STICK = 'U盘';
