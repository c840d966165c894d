/**
 * Colours of secondary text, placeholders and links darkened to a 4.5:1 contrast (WCAG 2.1
 * AA, checked by axe-core in tests/e2e/dashboard.test.ts) on pages wrapped in `.cchc-dashboard`.
 * Printing a dashboard page prints its figures only: the side menu, the header and the buttons
 * are hidden, tables keep their rows together and charts fit the page.
 */
export function PrintStyles() {
  return (
    <style>{`
.cchc-dashboard .ant-typography-secondary, .cchc-dashboard .ant-select-placeholder, .cchc-dashboard .ant-statistic-title, .cchc-dashboard .ant-empty-description { color: #595959 !important; }
.cchc-dashboard a:not(.ant-btn) { color: #0a4fc4 !important; }
.cchc-dashboard .ant-tag-error { color: #a8071a !important; }
.cchc-dashboard .ant-tag-warning { color: #874d00 !important; }
.cchc-dashboard .ant-tag-success { color: #135200 !important; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@media print {
  .ant-layout-sider, .ant-layout-header, .no-print, .ant-pagination { display: none !important; }
  .ant-layout-content { padding: 0 !important; }
  .ant-card { break-inside: avoid; box-shadow: none !important; }
  .ant-table-wrapper tr { break-inside: avoid; }
  .ant-table { font-size: 11px; }
  a, .cchc-dashboard a:not(.ant-btn) { color: inherit !important; text-decoration: none !important; }
  body { background: #fff !important; }
}
`}</style>
  );
}
