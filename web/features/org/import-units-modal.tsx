import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { type ImportUnitsResult, unitImportColumns } from '../../../contracts/units';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumberVi } from '../../lib/format';
import { unitImportTemplateUrl, useImportUnits } from './units-api';

type RowError = ImportUnitsResult['errors'][number];

function ResultSummary({ result }: { result: ImportUnitsResult }) {
  const counts = `thêm mới ${formatNumberVi(result.created)}, cập nhật ${formatNumberVi(result.updated)} đơn vị`;
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

/** Imports units from xlsx/csv: check first (dry run, row-level errors), then import. */
export function ImportUnitsModal({ onClose }: { onClose: () => void }) {
  const importUnits = useImportUnits();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportUnitsResult | null>(null);

  const run = (dryRun: boolean) => {
    if (!file) return;
    importUnits.mutate(
      { file, dryRun },
      {
        onSuccess: (r) => {
          setResult(r);
          if (!dryRun && r.errors.length === 0) message.success('Đã nhập danh sách đơn vị.');
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
      title="Nhập danh sách đơn vị từ tệp"
      width={760}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="close" onClick={onClose}>
          Đóng
        </Button>,
        <Button
          key="check"
          disabled={!file || imported}
          loading={importUnits.isPending && importUnits.variables?.dryRun}
          onClick={() => run(true)}
        >
          Kiểm tra
        </Button>,
        <Button
          key="import"
          type="primary"
          disabled={!checkedClean}
          loading={importUnits.isPending && importUnits.variables?.dryRun === false}
          onClick={() => run(false)}
        >
          Nhập
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph style={{ margin: 0 }}>
          Tệp .xlsx hoặc .csv, dòng đầu là tiêu đề với các cột:{' '}
          <Typography.Text code>{unitImportColumns.join(', ')}</Typography.Text>. Ngày ghi theo dạng
          YYYY-MM-DD. Đơn vị đã có mã sẽ được cập nhật.{' '}
          <a href={unitImportTemplateUrl} download>
            <DownloadOutlined aria-hidden /> Tải tệp mẫu (.xlsx)
          </a>
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          aria-label="Chọn tệp danh sách đơn vị"
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            importUnits.reset();
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
        <ErrorAlert error={importUnits.error} />
        {result && <ResultSummary result={result} />}
        {result && result.errors.length > 0 && (
          <Table<RowError>
            size="small"
            aria-label="Lỗi theo dòng"
            rowKey={(e) => `${e.row}:${e.column ?? ''}:${e.message}`}
            dataSource={result.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 80 },
              {
                title: 'Cột',
                dataIndex: 'column',
                width: 140,
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
