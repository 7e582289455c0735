// Notes rendered as GitHub would: GFM tables and lists, heading anchors from rehype-slug. Raw HTML is sanitized,
// images and remote links are never loaded (the page's CSP forbids them too); links within the notes still work.
import Markdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';

const schema = { ...defaultSchema, clobberPrefix: '' };

interface Props {
  markdown: string;
  onNoteLink?: (link: string) => void;
}

export function NotesMarkdown({ markdown, onNoteLink }: Props) {
  return (
    <Markdown
      remarkPlugins={[remarkGfm]}
      // Sanitize first, then add heading ids, so anchors match the links authors wrote.
      rehypePlugins={[rehypeRaw, [rehypeSanitize, schema], rehypeSlug]}
      components={{
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
