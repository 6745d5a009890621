/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", as the very last line of
 * a run (after Jest's own summary, on stderr like it), so tools that read closing lines see counts.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const line = `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`;
    // Jest's summary reporter writes after custom reporters; printing on exit keeps this line last.
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
