// Message codes of the packages part of data exchange (see zh-CN.ts for the rules of codes).
export const packagesZhCN = {
} as const;
