/** A plain data table with a caption and column headers: how every chart's values reach a screen reader. */
export function DataTable({
  caption,
  header,
  rows,
}: {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}) {
  return (
    // A table wider than the pane scrolls; keyboard users reach the scrolling region with Tab (axe: scrollable region).
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={header.length}>No rows for this filter.</td>
            </tr>
          ) : (
            rows.map((row, r) => (
              <tr key={row[0] ?? r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{cell === '' ? '—' : cell}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
