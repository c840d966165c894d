import type { ReactNode } from 'react';
import { Heading, SecondaryText } from '../../components/plain-text';

/**
 * A titled, bordered section of the landing page. Not antd's Card, which brings Tabs with it
 * (~14 KB gzipped) into a route held to 300 KB (issue 5, quality bar).
 */
export function Panel({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section
      style={{
        background: '#fff',
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        padding: 12,
      }}
    >
      {title && (
        <Heading level={5} style={{ marginBottom: 8 }}>
          {title}
        </Heading>
      )}
      {children}
    </section>
  );
}

/** A labelled figure (antd's Statistic without its number animation and weight). */
export function Figure({
  title,
  value,
  suffix,
  color,
}: {
  title: string;
  value: string;
  suffix?: string | undefined;
  color?: string;
}) {
  return (
    <div>
      <SecondaryText>{title}</SecondaryText>
      <div style={{ fontSize: 24, lineHeight: 1.4, color: color ?? 'rgba(0, 0, 0, 0.88)' }}>
        {value}
        {suffix && <span style={{ fontSize: 14, marginInlineStart: 4 }}>{suffix}</span>}
      </div>
    </div>
  );
}
