import { createFaults, delayed } from './http-faults.ts';
import type { FaultControls } from './http-faults.ts';
import { headerOf, startHttpFake } from './http-server.ts';
import type { FakeRequest, FakeResponse } from './http-server.ts';

/**
 * A local OpenAI-compatible API for tests: the real `openai` SDK is pointed at it with
 * `baseURL: fake.url`. It speaks the shapes the platform uses: POST /v1/chat/completions (with
 * `response_format: {type: 'json_object'}` and token usage), POST /v1/images/generations
 * (`b64_json`), Bearer keys, and the `{ error: { message, type, param, code } }` error body.
 */

/** A 1x1 transparent PNG: the smallest valid image the platform will store. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export interface OpenAiFakeRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface OpenAiFakeControls extends FaultControls {
  /** The next chat completions answer these contents, one per request, in order (garbage too). */
  answerNext(...contents: string[]): void;
  /** The next chat completion is a refusal (`message.refusal`, no content). */
  refuseNext(): void;
  /** The next image generation answers this base64 payload instead of the tiny PNG. */
  imageNext(b64: string): void;
  /** Clears queued answers, failures and delays. */
  reset(): void;
}

export interface OpenAiFake {
  /** Base URL for the SDK, ending in `/v1`. */
  url: string;
  close(): Promise<void>;
  requests: OpenAiFakeRequest[];
  controls: OpenAiFakeControls;
}

const errorBody = (message: string, type: string, code: string | null) => ({
  error: { message, type, param: null, code },
});

const failureBodies: Readonly<Record<number, ReturnType<typeof errorBody>>> = {
  429: errorBody('Rate limit reached for requests', 'requests', 'rate_limit_exceeded'),
  500: errorBody('The server had an error while processing your request.', 'server_error', null),
  503: errorBody(
    'The engine is currently overloaded, please try again later.',
    'server_error',
    null,
  ),
};

/** Roughly what OpenAI counts: about four characters a token. */
const tokensOf = (text: string) => Math.max(1, Math.ceil(text.length / 4));

function parseJson(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function promptText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
  return messages
    .map((message) =>
      typeof message === 'object' && message !== null && 'content' in message
        ? String(message.content)
        : '',
    )
    .join('\n');
}

export async function startOpenAiFake({
  apiKey = 'test-openai-key',
}: { apiKey?: string } = {}): Promise<OpenAiFake> {
  const requests: OpenAiFakeRequest[] = [];
  const faults = createFaults();
  let answers: string[] = [];
  let refusals = 0;
  let images: string[] = [];
  let sequence = 0;

  function chatCompletion(body: Record<string, unknown>): FakeResponse {
    sequence += 1;
    const model = String(body.model);
    const refused = refusals > 0;
    if (refused) refusals -= 1;
    const json =
      typeof body.response_format === 'object' &&
      body.response_format !== null &&
      'type' in body.response_format &&
      body.response_format.type === 'json_object';
    const content = refused ? null : (answers.shift() ?? (json ? '{}' : 'Fake completion.'));
    const promptTokens = tokensOf(promptText(body));
    const completionTokens = content === null ? 0 : tokensOf(content);
    return {
      status: 200,
      body: {
        id: `chatcmpl-fake${sequence}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content,
              refusal: refused ? "I'm sorry, but I can't help with that request." : null,
              annotations: [],
            },
            logprobs: null,
            finish_reason: 'stop',
          },
        ],
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
        },
        system_fingerprint: 'fp_fake',
      },
    };
  }

  function imageGeneration(body: Record<string, unknown>): FakeResponse {
    const promptTokens = tokensOf(typeof body.prompt === 'string' ? body.prompt : '');
    return {
      status: 200,
      body: {
        created: Math.floor(Date.now() / 1000),
        data: [{ b64_json: images.shift() ?? TINY_PNG_BASE64 }],
        output_format: 'png',
        size: typeof body.size === 'string' ? body.size : '1024x1024',
        usage: {
          input_tokens: promptTokens,
          output_tokens: 272,
          total_tokens: promptTokens + 272,
          input_tokens_details: { text_tokens: promptTokens, image_tokens: 0 },
        },
      },
    };
  }

  function answer(request: FakeRequest, body: Record<string, unknown> | null): FakeResponse {
    if (headerOf(request, 'authorization') !== `Bearer ${apiKey}`) {
      return {
        status: 401,
        body: errorBody(
          'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
          'invalid_request_error',
          'invalid_api_key',
        ),
      };
    }
    const failure = faults.takeFailure();
    if (failure) {
      return {
        status: failure.status,
        headers: failure.headers,
        body: failureBodies[failure.status] ?? failureBodies[500],
      };
    }
    if (!body || typeof body.model !== 'string' || body.model === '') {
      return {
        status: 400,
        body: errorBody('you must provide a model parameter', 'invalid_request_error', null),
      };
    }
    if (request.path === '/v1/chat/completions') return chatCompletion(body);
    return imageGeneration(body);
  }

  const running = await startHttpFake((request) => {
    const known =
      request.method === 'POST' &&
      (request.path === '/v1/chat/completions' || request.path === '/v1/images/generations');
    if (!known) {
      return {
        status: 404,
        body: errorBody(
          `Invalid URL (${request.method} ${request.path})`,
          'invalid_request_error',
          null,
        ),
      };
    }
    const body = parseJson(request.body);
    requests.push({
      method: request.method,
      path: request.path,
      authorization: headerOf(request, 'authorization'),
      body: body ?? {},
    });
    return delayed(answer(request, body), faults.takeDelay());
  });

  return {
    url: `${running.url}/v1`,
    close: () => running.close(),
    requests,
    controls: {
      ...faults.controls,
      answerNext(...contents) {
        answers.push(...contents);
      },
      refuseNext() {
        refusals += 1;
      },
      imageNext(b64) {
        images.push(b64);
      },
      reset() {
        faults.reset();
        answers = [];
        refusals = 0;
        images = [];
      },
    },
  };
}
