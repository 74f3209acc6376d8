/** UI strings of the exports panel of 数据交换. */
export const exportsUiZhCN = {
} as const;
