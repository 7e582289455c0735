// Notes rendered as GitHub would: GFM tables and lists, heading anchors from rehype-slug. Raw HTML is sanitized,
// images and remote links are never loaded (the page's CSP forbids them too); links within the notes still work.
import type { ReactNode } from 'react';
import Markdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';

const schema = { ...defaultSchema, clobberPrefix: '' };

interface Props {
  markdown: string;
  onNoteLink?: (link: string) => void;
  /**
   * The id of the heading this text starts with, when it is one section of a file rendered in parts: rehype-slug
   * would number duplicate headings per part, so the id computed over the whole file is given instead.
   */
  headingId?: string;
}

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
// One component per tag and id, made once: a component made anew on each render would remount the heading, and
// the focus and scroll position set on it would be lost.
const headingComponents = new Map<string, (props: { children?: ReactNode }) => ReactNode>();
function headingWithId(Tag: HeadingTag, id: string) {
  const key = `${Tag}#${id}`;
  let component = headingComponents.get(key);
  if (!component) {
    component = function Heading({ children }: { children?: ReactNode }) {
      return <Tag id={id}>{children}</Tag>;
    };
    headingComponents.set(key, component);
  }
  return component;
}

export function NotesMarkdown({ markdown, onNoteLink, headingId }: Props) {
  const headings = headingId
    ? Object.fromEntries((['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((t) => [t, headingWithId(t, headingId)]))
    : {};
  return (
    <Markdown
      remarkPlugins={[remarkGfm]}
      // Sanitize first, then add heading ids, so anchors match the links authors wrote.
      rehypePlugins={headingId === undefined ? [rehypeRaw, [rehypeSanitize, schema], rehypeSlug] : [rehypeRaw, [rehypeSanitize, schema]]}
      components={{
        ...headings,
        // Notes images are never loaded (no remote content, and a learner's image files are not with the notes):
        // say which image was there, by its alt text or else its file name.
        img: ({ alt, src }) => {
          const name = alt || (typeof src === 'string' ? src.split(/[\\/]/).pop() : '');
          return <span className="missing-image">[image not shown{name ? `: ${name}` : ''}]</span>;
        },
        a: ({ href, children }) => {
          if (href?.startsWith('#')) return <a href={href}>{children}</a>;
          if (href && /^[\w.-]+\.md(#.*)?$/.test(href) && onNoteLink)
            return (
              <a href={href} onClick={(e) => { e.preventDefault(); onNoteLink(href); }}>
                {children}
              </a>
            );
          return <span className="external-link" title={href}>{children}</span>;
        },
      }}
    >
      {markdown}
    </Markdown>
  );
}
