/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", after Jest's own summary (on stderr, like it),
 * so tools that read only the last line (CI) see the counts.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stderr.write(`tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`);
  }
}

module.exports = SummaryReporter;
