import { describe, expect, it } from 'vitest';
import { provenanceSchema } from './provenance';

const press = (url: string) => ({ kind: 'published-press', url, title: 'The Star', quote: '1,736 people' });

describe('provenanceSchema', () => {
  it('accepts web addresses as source links', () => {
    expect(provenanceSchema.safeParse(press('https://www.thestar.co.uk/news/1')).success).toBe(true);
    expect(provenanceSchema.safeParse(press('http://example.org/a')).success).toBe(true);
  });

  it('refuses links that would run script or embed data', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'not a url']) {
      const parsed = provenanceSchema.safeParse(press(url));
      expect(parsed.success, url).toBe(false);
    }
  });
});
