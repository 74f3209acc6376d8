// Message codes of the exports part of data exchange (see zh-CN.ts for the rules of codes).
export const exportsZhCN = {
} as const;
