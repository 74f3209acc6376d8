/** UI strings of the imports panel of 数据交换. */
export const importsUiZhCN = {
} as const;
