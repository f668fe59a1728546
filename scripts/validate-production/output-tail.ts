// The last lines of a child's output, where compilers and test runners put
// their summary, short enough for a ✗ detail. npm's own "npm warn/error"
// lines are dropped: they only repeat that the script failed.
const NPM_NOISE = /^npm (?:warn|error|ERR!)/;

export function childOutputTail(stdout: string, stderr: string, lines = 20): string {
  return `${stdout}\n${stderr}`
    .split("\n")
    .filter((line) => line.trim() !== "" && !NPM_NOISE.test(line))
    .slice(-lines)
    .join("\n");
}
