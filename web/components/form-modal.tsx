import { App, Form, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import type { FieldProblem } from '../lib/api-client';
import { applyFieldProblems } from '../lib/form-errors';
import { ErrorAlert } from './error-alert';

interface FormModalProps<T> {
  title: string;
  /** Form name: prefixes field ids so labels stay tied to their inputs. */
  name: string;
  onClose: () => void;
  /** Sends the values; a rejection shows the server's message and per-field problems. */
  onSubmit: (values: T) => Promise<unknown>;
  /** Shown after a successful submit; the modal then closes. */
  successMessage?: string;
  initialValues?: Partial<T>;
  okText?: string;
  okDanger?: boolean;
  width?: number;
  children: ReactNode;
}

/** A modal with one form: validates, submits, shows the server's errors where they belong. */
export function FormModal<T>({
  title,
  name,
  onClose,
  onSubmit,
  successMessage,
  initialValues,
  okText = 'Lưu',
  okDanger,
  width = 560,
  children,
}: FormModalProps<T>) {
  const [form] = Form.useForm<T>();
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const submit = async (values: T) => {
    setSubmitting(true);
    setError(null);
    setProblems([]);
    try {
      await onSubmit(values);
      if (successMessage) message.success(successMessage);
      onClose();
    } catch (cause) {
      setError(cause);
      setProblems(applyFieldProblems(form, cause));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      cancelText="Huỷ"
      okButtonProps={{ danger: okDanger, loading: submitting }}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <ErrorAlert error={error} problems={problems} />
      <Form<T>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        disabled={submitting}
        scrollToFirstError
      >
        {children}
        {/* Enter in a field submits the form; the visible buttons are in the modal footer. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
