import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ImportProceduresResult } from '../../../contracts/procedures';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumberVi } from '../../lib/format';
import { useImportProcedures } from './procedures-api';

type RowError = ImportProceduresResult['errors'][number];

function ResultSummary({ result }: { result: ImportProceduresResult }) {
  const counts = `thêm mới ${formatNumberVi(result.created)}, cập nhật ${formatNumberVi(result.updated)}, giữ nguyên ${formatNumberVi(result.unchanged)} thủ tục`;
  if (result.errors.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        title={`Tệp có ${formatNumberVi(result.errors.length)} lỗi, chưa nhập được. Hãy sửa tệp rồi kiểm tra lại.`}
      />
    );
  }
  return result.dryRun ? (
    <Alert type="success" showIcon title={`Tệp hợp lệ: khi nhập sẽ ${counts}.`} />
  ) : (
    <Alert type="success" showIcon title={`Đã nhập xong: ${counts}.`} />
  );
}

/**
 * Imports the catalogue from the sheet the export writes: check first (dry run, errors per row
 * and column), then import. The file is all or nothing.
 */
export function ImportProceduresModal({ onClose }: { onClose: () => void }) {
  const importProcedures = useImportProcedures();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportProceduresResult | null>(null);

  const run = (dryRun: boolean) => {
    if (!file) return;
    importProcedures.mutate(
      { file, dryRun },
      {
        onSuccess: (r) => {
          setResult(r);
          if (!dryRun && r.errors.length === 0) message.success('Đã nhập danh mục thủ tục.');
        },
        onError: () => setResult(null),
      },
    );
  };

  const checkedClean = result?.dryRun === true && result.errors.length === 0;
  const imported = result?.dryRun === false && result.errors.length === 0;

  return (
    <Modal
      open
      title="Nhập danh mục thủ tục hành chính từ tệp"
      width={800}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="close" onClick={onClose}>
          Đóng
        </Button>,
        <Button
          key="check"
          disabled={!file || imported}
          loading={importProcedures.isPending && importProcedures.variables?.dryRun}
          onClick={() => run(true)}
        >
          Kiểm tra
        </Button>,
        <Button
          key="import"
          type="primary"
          disabled={!checkedClean}
          loading={importProcedures.isPending && importProcedures.variables?.dryRun === false}
          onClick={() => run(false)}
        >
          Nhập
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph style={{ margin: 0 }}>
          Dùng tệp .xlsx có cùng các cột như tệp xuất (nút «Xuất Excel»): mỗi dòng một thủ tục; thủ
          tục đã có mã thì được cập nhật, dòng không đổi được giữ nguyên. Cơ quan ghi theo mã đơn
          vị, hoặc «Tất cả cấp huyện», «Tất cả cấp xã». Mỗi bước quy trình một dòng, dạng{' '}
          <Typography.Text code>1. Tên bước | Cấp xã | 25%</Typography.Text>.
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          aria-label="Chọn tệp danh mục thủ tục"
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            importProcedures.reset();
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setResult(null);
          }}
          fileList={file ? [{ uid: 'import', name: file.name, status: 'done' }] : []}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">Bấm hoặc kéo tệp vào đây để chọn</p>
          <p className="ant-upload-hint">Chỉ nhận tệp .xlsx hoặc .csv</p>
        </Upload.Dragger>
        <ErrorAlert error={importProcedures.error} />
        {result && <ResultSummary result={result} />}
        {result && result.errors.length > 0 && (
          <Table<RowError>
            size="small"
            aria-label="Lỗi theo dòng"
            rowKey={(e) => `${e.row}:${e.column ?? ''}:${e.message}`}
            dataSource={result.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 70 },
              {
                title: 'Cột',
                dataIndex: 'column',
                width: 170,
                render: (c: string | null) => c ?? '—',
              },
              { title: 'Lỗi', dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
