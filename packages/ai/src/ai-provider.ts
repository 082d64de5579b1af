export interface AiUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface GenerateTextRequest {
  system: string;
  prompt: string;
  maxTokens: number;
  temperature: number;
  /** `json` asks for a single JSON object (OpenAI `response_format: json_object`). */
  responseFormat?: 'json';
}

export interface GeneratedText {
  text: string;
  usage: AiUsage;
  /** The model that answered, as the provider reports it. */
  model: string;
  provider: string;
}

export interface GenerateImageRequest {
  prompt: string;
  size: '1024x1024' | '1536x1024' | '1024x1536';
}

export interface GeneratedImage {
  bytes: Buffer;
  contentType: 'image/png' | 'image/jpeg' | 'image/webp';
  model: string;
  provider: string;
  usage: AiUsage;
}

/** One way to reach a model: a single provider, or a fallback chain of them. */
export interface AiProvider {
  generateText(request: GenerateTextRequest): Promise<GeneratedText>;
  generateImage(request: GenerateImageRequest): Promise<GeneratedImage>;
}

/** Everything needed to reach one OpenAI-compatible endpoint. */
export interface AiProviderConfig {
  /** e.g. `https://api.openai.com/v1`, `http://localhost:11434/v1` (Ollama). */
  baseUrl: string;
  /** Keyless local servers (Ollama) accept any value. */
  apiKey: string;
  model: string;
  /** Omitted: this provider is skipped for images. */
  imageModel?: string | null;
  /** Per attempt (the SDK retries within it). Default 60 000. */
  timeoutMs?: number;
  /** The SDK's retries (with backoff) on 408/409/429/5xx and network errors. Default 1. */
  maxRetries?: number;
  /** Shown in errors and stored on generations; derived from the base URL when omitted. */
  name?: string;
}
