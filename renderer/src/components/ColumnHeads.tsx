// A table's header row. `actions` names a last column of row buttons for screen readers only.
export function ColumnHeads({ labels, actions }: { labels: string[]; actions?: string }) {
  return (
    <thead>
      <tr>
        {labels.map((l) => (
          <th key={l} scope="col">
            {l}
          </th>
        ))}
        {actions && (
          <th scope="col">
            <span className="visually-hidden">{actions}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
