/** The alpha service's app shell (fixture). */
export const alphaApp = 'alpha';
