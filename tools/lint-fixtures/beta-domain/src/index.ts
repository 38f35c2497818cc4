/** The beta service's pure domain code (fixture). */
export const betaRule = (amount: number): boolean => amount > 500;
