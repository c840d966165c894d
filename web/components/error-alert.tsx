import { Alert, Button } from 'antd';
import { errorMessageOf, type FieldProblem } from '../lib/api-client';

/** `body.roles.0.unitCode` → `roles.0.unitCode: `; the request part means nothing to users. */
function fieldLabel(path: string): string {
  const field = path.replace(/^(body|querystring|params)\.?/, '');
  return field ? `${field}: ` : '';
}

interface ErrorAlertProps {
  error: unknown;
  /** Field problems that no form field could show. */
  problems?: FieldProblem[];
  onRetry?: () => void;
}

/** The server's Vietnamese message for a failed request, with the problems no field can show. */
export function ErrorAlert({ error, problems = [], onRetry }: ErrorAlertProps) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessageOf(error)}
      description={
        problems.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {fieldLabel(p.path)}
                {p.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            Thử lại
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
