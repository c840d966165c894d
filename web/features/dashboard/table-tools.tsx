import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { downloadXlsx, type XlsxCell } from '../../lib/xlsx-writer';

interface TableToolsProps {
  fileName: string;
  title: string;
  header: string[];
  rows: () => XlsxCell[][];
  disabled?: boolean;
}

/** Export the table as xlsx and print the page (issue 5: every table exports and prints). */
export function TableTools({ fileName, title, header, rows, disabled }: TableToolsProps) {
  return (
    <Space className="no-print" wrap>
      <Button
        icon={<DownloadOutlined aria-hidden />}
        disabled={disabled}
        onClick={() => downloadXlsx(fileName, title, header, rows())}
      >
        Xuất Excel
      </Button>
      <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
        In
      </Button>
    </Space>
  );
}
