import type { AiTone } from '@storeloom/validators';

export const toneGuidance: Readonly<Record<AiTone, string>> = {
  friendly: 'warm, approachable and conversational',
  professional: 'clear, confident and precise',
  playful: 'light-hearted, energetic and witty, without puns in every sentence',
  luxury: 'refined, understated and evocative',
};
