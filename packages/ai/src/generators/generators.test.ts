import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { startOpenAiFake, type OpenAiFake } from '@storeloom/testing';

import { createAiClient } from '../ai-client.ts';
import type { AiProvider } from '../ai-provider.ts';
import { generatePageSection } from './page-section.ts';
import { generateProductDescription } from './product-description.ts';
import { generateProductImage } from './product-image.ts';
import { generateProductSeo } from './product-seo.ts';

let fake: OpenAiFake;
let ai: AiProvider;

beforeAll(async () => {
  fake = await startOpenAiFake();
  ai = createAiClient([
    {
      baseUrl: fake.url,
      apiKey: 'test-openai-key',
      model: 'gpt-4o-mini',
      imageModel: 'gpt-image-1',
      maxRetries: 0,
    },
  ]);
});

afterAll(() => fake.close());

beforeEach(() => {
  fake.controls.reset();
  fake.requests.length = 0;
});

const lastPrompt = () => JSON.stringify(fake.requests.at(-1)?.body.messages);

describe('generateProductDescription', () => {
  const input = {
    title: 'Linen Apron',
    attributes: [{ name: 'Material', value: 'Washed linen' }],
    options: [{ name: 'Colour', values: ['Sage', 'Sand'] }],
    tone: 'luxury' as const,
    length: 'short' as const,
  };

  it('returns plain paragraphs and HTML it escaped itself', async () => {
    fake.controls.answerNext(
      JSON.stringify({ paragraphs: ['Soft  washed linen.', 'Made for <b>cooks</b> & bakers.'] }),
    );
    const { output, usage } = await generateProductDescription(ai, input);
    expect(output.paragraphs).toEqual(['Soft washed linen.', 'Made for <b>cooks</b> & bakers.']);
    expect(output.html).toBe(
      '<p>Soft washed linen.</p>\n<p>Made for &lt;b&gt;cooks&lt;/b&gt; &amp; bakers.</p>',
    );
    expect(usage.completionTokens).toBeGreaterThan(0);
    expect(lastPrompt()).toContain('Washed linen');
    expect(lastPrompt()).toContain('refined');
  });

  it('turns garbage into invalid_output', async () => {
    fake.controls.answerNext('Sure! Here is your description: <<<', '{"text": "wrong shape"}');
    await expect(generateProductDescription(ai, input)).rejects.toMatchObject({
      name: 'AiError',
      code: 'invalid_output',
    });
    await expect(generateProductDescription(ai, input)).rejects.toMatchObject({
      code: 'invalid_output',
    });
  });
});

describe('generateProductSeo', () => {
  it('cuts a long title and description at a word boundary within 60 and 160 characters', async () => {
    const title =
      'Handwoven Linen Apron with Leather Straps for Professional Chefs and Home Bakers';
    const description = `${'Crafted from washed European linen, '.repeat(6)}end.`;
    fake.controls.answerNext(JSON.stringify({ title, metaDescription: description }));
    const { output } = await generateProductSeo(ai, { title: 'Linen Apron' });
    expect(output.title.length).toBeLessThanOrEqual(60);
    expect(output.metaDescription.length).toBeLessThanOrEqual(160);
    expect(title.startsWith(output.title)).toBe(true);
    expect(title.charAt(output.title.length)).toBe(' ');
    expect(output.metaDescription.endsWith(',')).toBe(false);
  });

  it('keeps answers within the limits as they are', async () => {
    fake.controls.answerNext(
      JSON.stringify({ title: 'Linen Apron | Alpha', metaDescription: 'A washed linen apron.' }),
    );
    const { output } = await generateProductSeo(ai, { title: 'Linen Apron' });
    expect(output).toEqual({
      title: 'Linen Apron | Alpha',
      metaDescription: 'A washed linen apron.',
    });
  });

  it('turns an empty or missing field into invalid_output', async () => {
    fake.controls.answerNext(JSON.stringify({ title: 'Only a title' }));
    await expect(generateProductSeo(ai, { title: 'Linen Apron' })).rejects.toMatchObject({
      code: 'invalid_output',
    });
  });
});

describe('generatePageSection', () => {
  it('returns FAQ items in the section shape', async () => {
    const items = [{ question: 'Do you ship abroad?', answer: 'Yes, to the EU and UK.' }];
    fake.controls.answerNext(JSON.stringify({ items }));
    const { output } = await generatePageSection(ai, {
      section: 'faq',
      storeName: 'Alpha Goods',
      brief: 'Kitchen textiles',
      itemCount: 1,
    });
    expect(output).toEqual({ section: 'faq', content: { items } });
    expect(lastPrompt()).toContain('1 frequently asked questions');
  });

  it('refuses content of another section kind as invalid_output', async () => {
    fake.controls.answerNext(JSON.stringify({ items: [{ question: 'Q?', answer: 'A.' }] }));
    await expect(
      generatePageSection(ai, { section: 'hero', storeName: 'Alpha', brief: 'Kitchen textiles' }),
    ).rejects.toMatchObject({ code: 'invalid_output' });
  });
});

describe('generateProductImage', () => {
  it('prompts from title, description and style, and returns PNG bytes', async () => {
    const image = await generateProductImage(ai, {
      title: 'Linen Apron',
      description: 'Sage green, leather straps',
      style: 'flat_lay',
      size: '1536x1024',
    });
    expect(image.contentType).toBe('image/png');
    expect(image.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const body = fake.requests.at(-1)?.body;
    expect(body).toMatchObject({ size: '1536x1024' });
    expect(String(body?.prompt)).toMatch(/flat lay.*Linen Apron.*Sage green/);
  });
});
