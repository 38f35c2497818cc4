/** The beta service's app shell (fixture). */
export const betaApp = 'beta';
