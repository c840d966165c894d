import type { CSSProperties, ReactNode } from 'react';

/**
 * Text styles for the signed-in shell and the landing route without antd's Typography, whose
 * copy/edit/ellipsis features bring Input and TextArea (~30 KB gzipped) into every page that
 * shows a line of text. Issue 5 holds the landing route's JavaScript to 300 KB gzipped. The
 * secondary colour is darker than antd's default so that it passes WCAG AA contrast (axe-core
 * runs on the landing page in tests/e2e/dashboard.test.ts).
 */
export const secondaryTextColor = '#595959';

interface TextProps {
  children: ReactNode;
  style?: CSSProperties;
}

export function SecondaryText({ children, style }: TextProps) {
  return <span style={{ color: secondaryTextColor, ...style }}>{children}</span>;
}

const headingSizes = { 1: 30, 2: 24, 3: 20, 4: 18, 5: 16 } as const;

export function Heading({ level, children, style }: TextProps & { level: 1 | 2 | 3 | 4 | 5 }) {
  const Tag = `h${level}` as const;
  return (
    <Tag
      style={{
        margin: 0,
        fontSize: headingSizes[level],
        fontWeight: 600,
        lineHeight: 1.35,
        color: 'rgba(0, 0, 0, 0.88)',
        ...style,
      }}
    >
      {children}
    </Tag>
  );
}
