/** The office running the register: the district's disability federation (区残联). */
export const officeName = (district: string | null): string => (district ? `${district}残疾人联合会` : '');
