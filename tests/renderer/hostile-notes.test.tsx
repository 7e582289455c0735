// @vitest-environment jsdom
// A hostile notes file in the viewer: nothing runs and nothing remote is requested. Scripts, event handlers,
// javascript: links, iframes and remote images are dropped or shown as inert text.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesMarkdown } from '../../renderer/src/components/Markdown';

afterEach(cleanup);

const hostile = [
  '# Notes',
  '<script>window.__ran = true</script>',
  '## Section',
  '<img src="https://evil.example/pixel.png" onerror="window.__ran = true">',
  '![remote](https://evil.example/a.png)',
  '[click](javascript:window.__ran=true) and [remote](https://evil.example/page)',
  '<iframe src="https://evil.example"></iframe><a href="#" onclick="window.__ran = true">x</a>',
  '<svg onload="window.__ran = true"><circle r="1"/></svg>',
].join('\n');

describe('hostile notes in the viewer', () => {
  it('renders no script, handler, javascript: link, iframe or remote request', () => {
    const { container } = render(<NotesMarkdown markdown={hostile} onNoteLink={() => {}} />);
    expect(container.querySelectorAll('script, iframe, img, svg, object, embed')).toHaveLength(0);
    for (const el of container.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) expect(a, el.outerHTML).not.toMatch(/^on/i);
      expect(el.getAttribute('href') ?? '', el.outerHTML).not.toMatch(/^(javascript:|https?:)/i);
      expect(el.getAttribute('src') ?? '', el.outerHTML).toBe('');
    }
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    expect(container.textContent).toContain('[image not shown: pixel.png]');
  });
});
