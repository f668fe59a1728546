// NDJSON lines as E2B's code interpreter streams them from POST /execute (the
// shapes @e2b/code-interpreter's parseOutput reads), one of each result type.
export const ONE_PIXEL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

export const recordedLines = [
  { type: "stdout", text: "hello from the sandbox\n", timestamp: "2026-11-30T04:00:00.000Z" },
  { type: "stderr", text: "UserWarning: careful\n", timestamp: "2026-11-30T04:00:00.010Z" },
  { type: "result", text: "42", is_main_result: true },
  { type: "result", png: ONE_PIXEL_PNG, text: "<Figure size 640x480 with 1 Axes>", is_main_result: false },
  { type: "result", jpeg: "/9j/4AAQSkZJRg==", is_main_result: false },
  { type: "result", html: '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>', is_main_result: false },
  { type: "result", svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(3)"><circle r="5"/></svg>', is_main_result: false },
  { type: "result", javascript: "document.body.innerHTML = 'pwned'", is_main_result: false },
  {
    type: "error",
    name: "ZeroDivisionError",
    value: "division by zero",
    traceback: "\u001b[0;31m---------------------------------------------------------------------------\u001b[0m\n\u001b[0;31mZeroDivisionError\u001b[0m                         Traceback (most recent call last)\nCell \u001b[0;32mIn[1], line 1\u001b[0m\n\u001b[0;32m----> 1\u001b[0m \u001b[38;5;241m1\u001b[39m\u001b[38;5;241m/\u001b[39m\u001b[38;5;241m0\u001b[39m\n\n\u001b[0;31mZeroDivisionError\u001b[0m: division by zero",
  },
  { type: "number_of_executions", execution_count: 1 },
  { type: "end_of_execution" },
] as const;
