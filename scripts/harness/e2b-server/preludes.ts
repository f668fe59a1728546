// What the child process runs before the user's code (read from stdin). It
// reports an uncaught exception as one marker line on stdout, so the server can
// send E2B's `error` message (name, value, traceback) instead of raw stderr,
// and caps memory where the runtime allows it.
export const ERROR_MARKER = "__E2B_ERROR__ ";
/** A line `__E2B_RESULT__ {"png": "…"}` on stdout becomes an E2B `result` message (stand-in only). */
export const RESULT_MARKER = "__E2B_RESULT__ ";

export function pythonPrelude(memoryBytes: number): string {
  return [
    "import sys, json, traceback, resource",
    `resource.setrlimit(resource.RLIMIT_AS, (${memoryBytes}, ${memoryBytes}))`,
    "src = sys.stdin.read()",
    "g = {'__name__': '__main__'}",
    "try:",
    "    exec(compile(src, '<cell>', 'exec'), g)",
    "except SystemExit:",
    "    raise",
    "except BaseException as e:",
    "    tb = traceback.format_exception(type(e), e, e.__traceback__.tb_next if e.__traceback__ else None)",
    "    sys.stdout.flush()",
    `    sys.__stdout__.write('\\n${ERROR_MARKER}' + json.dumps({'name': type(e).__name__, 'value': str(e), 'traceback': ''.join(tb)}) + '\\n')`,
    "    sys.__stdout__.flush()",
    "    sys.exit(1)",
  ].join("\n");
}

export const nodePrelude = [
  "const report = (e) => {",
  "  const err = e instanceof Error ? e : new Error(String(e));",
  `  process.stdout.write('\\n${ERROR_MARKER}' + JSON.stringify({ name: err.name, value: err.message, traceback: String(err.stack ?? '') }) + '\\n', () => process.exit(1));`,
  "};",
  "process.on('uncaughtException', report);",
  "process.on('unhandledRejection', report);",
  "let src = '';",
  "process.stdin.setEncoding('utf8');",
  "process.stdin.on('data', (c) => (src += c));",
  "process.stdin.on('end', () => {",
  "  try { require('vm').runInThisContext(src, { filename: '<cell>' }); } catch (e) { report(e); }",
  "});",
].join("\n");
