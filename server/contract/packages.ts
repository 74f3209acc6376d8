/** The packages part of 数据交换 (data exchange). Pure: zod, domain and types only. */
export const packagesContract = {};
