/** UI strings of the packages panel of 数据交换. */
export const packagesUiZhCN = {
} as const;
