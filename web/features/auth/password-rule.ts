import type { FormRule } from 'antd';
import { newPasswordSchema, passwordRuleVi } from '../../../contracts/auth';

/** The contract's password rule as a form rule, so the form says what the server would. */
export const newPasswordRule: FormRule = {
  validator: async (_, value: string | undefined) => {
    if (value && !newPasswordSchema.safeParse(value).success) throw new Error(passwordRuleVi);
  },
};

export const newPasswordPlaceholder = 'Ít nhất 10 ký tự, gồm cả chữ và số';
