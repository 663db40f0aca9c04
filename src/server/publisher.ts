import { launchChromium } from '../render/publish/chromium.js';
import { renderDisclosure } from '../render/publish/render.js';
import type { Publisher } from './api.js';

/** The server's publisher: the publishing renderer, with a Chromium started for each HTML or PDF and closed after. */
export const chromiumPublisher: Publisher = async (doc, format) => {
  if (format === 'docx' || format === 'xlsx') return renderDisclosure(doc, format);
  const browser = await launchChromium();
  try {
    return await renderDisclosure(doc, format, { browser });
  } finally {
    await browser.close();
  }
};
