// Recorded from the offline stack: runCouncil over the LLM server's own replies (one reviewer gave no
// ranking), its events folded by convex/council/apply-events.ts and shown through convex/council/view.ts.
import type { CouncilRun } from "./council-run";

const recorded = {
  "during": {
    "_id": "run1",
    "messageId": "msg1",
    "status": "running",
    "stage": "review",
    "members": [
      {
        "index": 0,
        "model": null,
        "answerStatus": "done",
        "answer": "**Offline demo model** (`openai/gpt-oss-20b`) — this reply was generated locally, without calling any real AI provider. You said: “Which database should a small team start with?”. The conversation so far has 1 message. Configure a real provider key to get genuine answers.",
        "reviewStatus": "done",
        "review": "**Offline demo model** (`openai/gpt-oss-20b`) reviewing.\nResponse C is the clearest.\nResponse A is useful but less complete.\nResponse B is useful but less complete.\n\nFINAL RANKING:\n1. Response C\n2. Response A\n3. Response B",
        "ranking": {
          "status": "parsed",
          "order": [
            "Response C",
            "Response A",
            "Response B"
          ]
        },
        "failed": false
      },
      {
        "index": 1,
        "model": null,
        "answerStatus": "done",
        "answer": "**Offline demo model** (`qwen/qwen3-coder:free`) — this reply was generated locally, without calling any real AI provider. You said: “Which database should a small team start with?”. The conversation so far has 1 message. Configure a real provider key to get genuine answers.",
        "reviewStatus": "done",
        "review": "**Offline demo model** (`qwen/qwen3-coder:free`) reviewing.\nResponse A is the clearest.\nResponse B is useful but less complete.\nResponse C is useful but less complete.\n\nFINAL RANKING:\n1. Response A\n2. Response B\n3. Response C",
        "ranking": {
          "status": "parsed",
          "order": [
            "Response A",
            "Response B",
            "Response C"
          ]
        },
        "failed": false
      },
      {
        "index": 2,
        "model": null,
        "answerStatus": "done",
        "answer": "**Offline demo model** (`llama-3.3-70b-versatile`) — this reply was generated locally, without calling any real AI provider. You said: “Which database should a small team start with?”. The conversation so far has 1 message. Configure a real provider key to get genuine answers.",
        "reviewStatus": "done",
        "review": "All three are fine answers, honestly.",
        "ranking": {
          "status": "unparsed",
          "order": [],
          "reason": "no FINAL RANKING section"
        },
        "failed": false
      }
    ],
    "labels": null,
    "aggregate": [
      {
        "label": "Response A",
        "meanRank": 1.5,
        "votes": 2
      },
      {
        "label": "Response C",
        "meanRank": 2,
        "votes": 2
      },
      {
        "label": "Response B",
        "meanRank": 2.5,
        "votes": 2
      }
    ],
    "chairman": null,
    "chairmanFallbacks": 0,
    "finalText": "",
    "note": null
  },
  "finished": {
    "_id": "run1",
    "messageId": "msg1",
    "status": "done",
    "stage": "chair",
    "members": [
      {
        "index": 0,
        "model": {
          "provider": "groq",
          "model": "openai/gpt-oss-20b"
        },
        "answerStatus": "done",
        "answer": "**Offline demo model** (`openai/gpt-oss-20b`) — this reply was generated locally, without calling any real AI provider. You said: “Which database should a small team start with?”. The conversation so far has 1 message. Configure a real provider key to get genuine answers.",
        "reviewStatus": "done",
        "review": "**Offline demo model** (`openai/gpt-oss-20b`) reviewing.\nResponse C is the clearest.\nResponse A is useful but less complete.\nResponse B is useful but less complete.\n\nFINAL RANKING:\n1. Response C\n2. Response A\n3. Response B",
        "ranking": {
          "status": "parsed",
          "order": [
            "Response C",
            "Response A",
            "Response B"
          ]
        },
        "failed": false
      },
      {
        "index": 1,
        "model": {
          "provider": "openrouter",
          "model": "qwen/qwen3-coder:free"
        },
        "answerStatus": "done",
        "answer": "**Offline demo model** (`qwen/qwen3-coder:free`) — this reply was generated locally, without calling any real AI provider. You said: “Which database should a small team start with?”. The conversation so far has 1 message. Configure a real provider key to get genuine answers.",
        "reviewStatus": "done",
        "review": "**Offline demo model** (`qwen/qwen3-coder:free`) reviewing.\nResponse A is the clearest.\nResponse B is useful but less complete.\nResponse C is useful but less complete.\n\nFINAL RANKING:\n1. Response A\n2. Response B\n3. Response C",
        "ranking": {
          "status": "parsed",
          "order": [
            "Response A",
            "Response B",
            "Response C"
          ]
        },
        "failed": false
      },
      {
        "index": 2,
        "model": {
          "provider": "groq",
          "model": "llama-3.3-70b-versatile"
        },
        "answerStatus": "done",
        "answer": "**Offline demo model** (`llama-3.3-70b-versatile`) — this reply was generated locally, without calling any real AI provider. You said: “Which database should a small team start with?”. The conversation so far has 1 message. Configure a real provider key to get genuine answers.",
        "reviewStatus": "done",
        "review": "All three are fine answers, honestly.",
        "ranking": {
          "status": "unparsed",
          "order": [],
          "reason": "no FINAL RANKING section"
        },
        "failed": false
      }
    ],
    "labels": [
      {
        "label": "Response A",
        "member": 2,
        "model": {
          "provider": "groq",
          "model": "llama-3.3-70b-versatile"
        }
      },
      {
        "label": "Response B",
        "member": 0,
        "model": {
          "provider": "groq",
          "model": "openai/gpt-oss-20b"
        }
      },
      {
        "label": "Response C",
        "member": 1,
        "model": {
          "provider": "openrouter",
          "model": "qwen/qwen3-coder:free"
        }
      }
    ],
    "aggregate": [
      {
        "label": "Response A",
        "meanRank": 1.5,
        "votes": 2
      },
      {
        "label": "Response C",
        "meanRank": 2,
        "votes": 2
      },
      {
        "label": "Response B",
        "meanRank": 2.5,
        "votes": 2
      }
    ],
    "chairman": {
      "provider": "groq",
      "model": "openai/gpt-oss-120b"
    },
    "chairmanFallbacks": 0,
    "finalText": "**Offline demo model** (`openai/gpt-oss-120b`) as chairman: building on Response A, here is the council's final answer.",
    "note": null
  }
} as const;

export const recordedDuringReview = recorded.during as unknown as NonNullable<CouncilRun>;
export const recordedFinished = recorded.finished as unknown as NonNullable<CouncilRun>;
