import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, List, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { PlanTask } from '../../../contracts/plans';
import { FormModal } from '../../components/form-modal';
import { formatInstantDateTimeVi, formatNumberVi } from '../../lib/format';
import { evidenceUrl, uploadEvidence, useEvidence } from './plan-work-api';
import { plansQueryKey, usePlanTask, useRecordTaskProgress } from './plans-api';
import { SubtasksSection } from './subtasks-section';

/** The server's allowlist and limit (server/modules/plans/task-work.service.ts, config). */
const evidenceAccept = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';
const evidenceMaxBytes = 5 * 1024 * 1024;

const statusLabels = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
} as const;

interface ProgressForm {
  percent: number;
  note: string;
}

/** The lead unit reports a task's progress; every earlier update is listed below the form. */
export function TaskProgressModal({
  planId,
  task,
  onClose,
}: {
  planId: number;
  task: PlanTask;
  onClose: () => void;
}) {
  const record = useRecordTaskProgress(planId, task.code);
  const detail = usePlanTask(planId, task.code);
  const evidence = useEvidence(planId, task.code);
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const evidenceOf = (progressId: number) =>
    (evidence.data?.items ?? []).filter((e) => e.progressId === progressId);
  return (
    <FormModal<ProgressForm>
      name="task-progress"
      title={`Cập nhật tiến độ nhiệm vụ ${task.code}`}
      okText="Cập nhật"
      width={640}
      successMessage="Đã cập nhật tiến độ."
      initialValues={{ percent: task.progress }}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await record.mutateAsync({ percent: v.percent, note: v.note.trim() });
        const entryId = saved.history[0]?.id;
        // Files prove this update: uploaded once it exists, each checked again by the server.
        for (const file of files) await uploadEvidence(planId, task.code, file, entryId);
        if (files.length > 0) await queryClient.invalidateQueries({ queryKey: plansQueryKey });
      }}
    >
      <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }}>
        {task.textVi}
      </Typography.Paragraph>
      <Form.Item
        label="Tỷ lệ hoàn thành (%)"
        name="percent"
        rules={[{ required: true, message: 'Vui lòng nhập tỷ lệ hoàn thành' }]}
        extra="100 % là hoàn thành; trên 0 % là đang thực hiện."
      >
        <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        label="Ghi chú"
        name="note"
        rules={[
          { required: true, whitespace: true, message: 'Vui lòng nhập nội dung đã thực hiện' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item
        label="Tệp minh chứng"
        extra={
          fileProblem ?? 'PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG; tối đa 5 MB mỗi tệp.'
        }
        validateStatus={fileProblem ? 'error' : undefined}
      >
        <Upload
          multiple
          accept={evidenceAccept}
          fileList={files.map((f, i) => ({
            uid: String(i),
            name: f.name,
            status: 'done' as const,
          }))}
          beforeUpload={(file) => {
            const extension = file.name.toLowerCase().split('.').pop() ?? '';
            if (!['pdf', 'docx', 'xlsx', 'jpg', 'jpeg', 'png'].includes(extension)) {
              setFileProblem(`${file.name}: loại tệp không được nhận`);
            } else if (file.size > evidenceMaxBytes) {
              setFileProblem(`${file.name}: lớn hơn 5 MB`);
            } else {
              setFileProblem(null);
              setFiles((current) => [...current, file]);
            }
            return false;
          }}
          onRemove={(removed) => {
            setFiles((current) => current.filter((_, i) => String(i) !== removed.uid));
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />}>Chọn tệp</Button>
        </Upload>
      </Form.Item>
      <Typography.Title level={5}>Lịch sử cập nhật</Typography.Title>
      {detail.isLoading && <Spin description="Đang tải…" />}
      {detail.data && (
        <List
          size="small"
          aria-label="Lịch sử cập nhật tiến độ"
          locale={{ emptyText: 'Chưa có cập nhật nào' }}
          dataSource={detail.data.history}
          renderItem={(entry) => (
            <List.Item key={entry.id}>
              <List.Item.Meta
                title={`${entry.percent} % — ${statusLabels[entry.status]}`}
                description={
                  <>
                    {`${formatInstantDateTimeVi(entry.recordedAt)} · ${entry.recordedBy}: ${entry.note}`}
                    {evidenceOf(entry.id).map((file) => (
                      <div key={file.id}>
                        <a href={evidenceUrl(planId, task.code, file.id)} download>
                          <PaperClipOutlined aria-hidden /> {file.fileName}
                        </a>{' '}
                        <Typography.Text type="secondary" title={`SHA-256: ${file.sha256}`}>
                          ({formatNumberVi(Math.ceil(file.sizeBytes / 1024))} KB)
                        </Typography.Text>
                      </div>
                    ))}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {task.parentCode === null && <SubtasksSection planId={planId} task={task} />}
    </FormModal>
  );
}
