import { useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useState } from 'react';
import { applyFieldErrors, errorText, fieldErrorsOf } from '../api/errors';

/**
 * The "add a record" dialog of a detail page (a survey, a training, an assessment…): opens on a
 * fresh form, closes and refreshes on success, puts refusals on their fields, and says the rest
 * out loud so nothing fails silently.
 */
export function useRecordDialog<V extends object>() {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return {
    open,
    form,
    show: () => {
      form.resetFields();
      setOpen(true);
    },
    hide: () => setOpen(false),
    callbacks: {
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries();
      },
      onError: (e: unknown) => {
        const rest = applyFieldErrors(form, fieldErrorsOf(e));
        if (rest.length || !fieldErrorsOf(e).length) message.error(errorText(e));
      },
    },
  };
}
