// Message codes of the imports part of data exchange (see zh-CN.ts for the rules of codes).
export const importsZhCN = {
} as const;
