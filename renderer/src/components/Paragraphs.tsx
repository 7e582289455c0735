/**
 * Authored text from YAML block scalars: blank lines separate paragraphs, single line breaks are just the author's
 * wrapping and become spaces.
 */
export function Paragraphs({ text, className, id }: { text: string; className?: string; id?: string }) {
  const paragraphs = text.trim().split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' '));
  return (
    <div className={className} id={id}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
