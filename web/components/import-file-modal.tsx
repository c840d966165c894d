import { InboxOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { type ReactNode, useState } from 'react';
import { formatNumberVi } from '../lib/format';
import { ErrorAlert } from './error-alert';

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

/** What every all-or-nothing import answers: a dry-run flag and the errors of its rows. */
export interface ImportResultBase {
  dryRun: boolean;
  errors: ImportRowError[];
}

export interface ImportFileModalProps<R extends ImportResultBase> {
  title: string;
  width?: number;
  /** What the file must look like (columns, template link). */
  hint: ReactNode;
  /** Accessible name of the file picker. */
  fileLabel: string;
  successMessage: string;
  /** "thêm mới 3, cập nhật 1 đơn vị": what a clean run did or will do. */
  describeCounts(result: R): string;
  mutation: UseMutationResult<R, Error, { file: File; dryRun: boolean }>;
  onClose(): void;
}

function ResultSummary<R extends ImportResultBase>({
  result,
  counts,
}: {
  result: R;
  counts: string;
}) {
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

/** An all-or-nothing xlsx/csv import: check first (dry run, errors per row), then import. */
export function ImportFileModal<R extends ImportResultBase>(props: ImportFileModalProps<R>) {
  const { mutation } = props;
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<R | null>(null);

  const run = (dryRun: boolean) => {
    if (!file) return;
    mutation.mutate(
      { file, dryRun },
      {
        onSuccess: (r) => {
          setResult(r);
          if (!dryRun && r.errors.length === 0) message.success(props.successMessage);
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
      title={props.title}
      width={props.width ?? 760}
      onCancel={props.onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="close" onClick={props.onClose}>
          Đóng
        </Button>,
        <Button
          key="check"
          disabled={!file || imported}
          loading={mutation.isPending && mutation.variables?.dryRun}
          onClick={() => run(true)}
        >
          Kiểm tra
        </Button>,
        <Button
          key="import"
          type="primary"
          disabled={!checkedClean}
          loading={mutation.isPending && mutation.variables?.dryRun === false}
          onClick={() => run(false)}
        >
          Nhập
        </Button>,
      ]}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph style={{ margin: 0 }}>{props.hint}</Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          aria-label={props.fileLabel}
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            mutation.reset();
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
        <ErrorAlert error={mutation.error} />
        {result && <ResultSummary result={result} counts={props.describeCounts(result)} />}
        {result && result.errors.length > 0 && (
          <Table<ImportRowError>
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
