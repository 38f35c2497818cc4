// Writes each Jest run's totals to SAGEWIRE_TEST_RESULTS_DIR, so the test command can print
// one closing line for the whole workspace (Nx runs one Jest per project).
const fs = require('node:fs');
const path = require('node:path');

class ResultsFileReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.SAGEWIRE_TEST_RESULTS_DIR;
    if (!dir) return;
    const name = path.basename(this.globalConfig.rootDir) + '-' + process.pid;
    const totals = {
      project: this.globalConfig.rootDir,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(totals));
  }
}

module.exports = ResultsFileReporter;
