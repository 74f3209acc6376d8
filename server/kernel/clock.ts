/** The one clock every stored time is read from (UTC ISO text). */
export const nowIso = () => new Date().toISOString();
