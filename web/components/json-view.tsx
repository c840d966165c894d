import { Typography } from 'antd';

/** A JSON value as indented text; `null` shown as a dash. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  return (
    <figure style={{ margin: 0, minWidth: 0, flex: 1 }}>
      <figcaption>
        <Typography.Text strong>{label}</Typography.Text>
      </figcaption>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary">—</Typography.Paragraph>
      ) : (
        <pre
          style={{
            margin: '4px 0 0',
            padding: 8,
            background: 'rgba(0, 0, 0, 0.04)',
            borderRadius: 6,
            maxHeight: 320,
            overflow: 'auto',
            fontSize: 12,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
          }}
        >
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </figure>
  );
}
