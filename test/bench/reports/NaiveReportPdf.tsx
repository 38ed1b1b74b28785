/**
 * The baseline for the report benchmark: the same ReportDocument laid out the naive way, by @react-pdf's automatic
 * page wrapping (flowing <Text> and <View> rows, fixed table headers and a "Page N of M" footer via `render`).
 * Known to grow super-linearly with length; it exists only to be measured beside the real template.
 */
import { Document, Font, Page, Text, View } from '@react-pdf/renderer';
import { chartTable } from '../../../shared/reports/chart';
import type { ReportBlock, ReportDocument } from '../../../shared/reports/document';

export function registerNaiveFonts(paths: {
  readonly regular: string;
  readonly bold: string;
  readonly mono: string;
}): void {
  Font.register({ family: 'DejaVu Sans', fonts: [{ src: paths.regular }, { src: paths.bold, fontWeight: 'bold' }] });
  Font.register({ family: 'DejaVu Sans Mono', src: paths.mono });
}

function Block({ block }: { readonly block: ReportBlock }) {
  switch (block.kind) {
    case 'heading':
      return <Text style={{ fontSize: 13, fontWeight: 'bold', marginTop: 10, marginBottom: 6 }}>{block.text}</Text>;
    case 'subheading':
      return <Text style={{ fontSize: 10, fontWeight: 'bold', marginTop: 5 }}>{block.text}</Text>;
    case 'paragraph':
      return <Text style={{ fontSize: 9.5, marginBottom: 5 }}>{block.text}</Text>;
    case 'fields':
      return (
        <View>
          {block.fields.map((field, index) => (
            <View key={index} style={{ flexDirection: 'row', fontSize: 9 }}>
              <Text style={{ width: 150, fontWeight: 'bold' }}>{field.label}</Text>
              <Text style={{ flex: 1 }}>{field.value}</Text>
            </View>
          ))}
        </View>
      );
    case 'table': {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      return (
        <View>
          <View fixed style={{ flexDirection: 'row', backgroundColor: '#e9edf3', fontSize: 7.8, fontWeight: 'bold' }}>
            {block.columns.map((column, index) => (
              <Text key={index} style={{ width: `${(column.width / total) * 100}%`, padding: 4 }}>
                {column.header}
              </Text>
            ))}
          </View>
          {block.rows.map((row, rowIndex) => (
            <View
              key={rowIndex}
              wrap={false}
              style={{ flexDirection: 'row', fontSize: 7.8, borderBottom: '0.4pt solid #c7cdd6' }}
            >
              {block.columns.map((column, index) => (
                <Text key={index} style={{ width: `${(column.width / total) * 100}%`, padding: 4 }}>
                  {row[index] ?? ''}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    }
    case 'chart':
      // The baseline measures text flow; a chart's values flow as its table.
      return <Block block={chartTable(block)} />;
  }
}

export function NaiveReportPdf({ document }: { readonly document: ReportDocument }) {
  return (
    <Document title={document.title}>
      <Page size="A4" style={{ fontFamily: 'DejaVu Sans', paddingTop: 62, paddingBottom: 64, paddingHorizontal: 50 }}>
        <Text style={{ fontSize: 20, fontWeight: 'bold' }}>{document.title}</Text>
        {document.blocks.map((block, index) => (
          <Block key={index} block={block} />
        ))}
        <Text
          fixed
          style={{ position: 'absolute', bottom: 30, right: 50, fontSize: 7.5 }}
          render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
        />
      </Page>
    </Document>
  );
}
