import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { parseTextDate } from '#domain/exchange/date-cell';

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'multiple' | 'defaultValue'> & {
  /** A day, or the text the clerk typed when it is not a calendar day (so the field's rule can say so). */
  value?: Dayjs | string | null;
  onChange?: (value: Dayjs | string | null) => void;
};

/**
 * A date picker whose typed text goes by the calendar rule of domain/dates.ts. antd's picker
 * quietly drops text it cannot read, so 2023-02-30 typed and tabbed away from would leave the
 * field empty without a word; here such text becomes the field's value, and the form's zod rule
 * (isoDate, the same as the server's) refuses it with the one date message. Text the picker does
 * not know but a clerk writes (2024/2/29, 2024年2月29日, 20240229) is read as that day.
 */
export function CalendarDatePicker({ value, onChange, ...rest }: Props) {
  const typed = useRef('');
  const settle = () => {
    const text = typed.current.trim();
    typed.current = '';
    if (text === '' || (dayjs.isDayjs(value) && value.format('YYYY-MM-DD') === text)) return;
    const iso = parseTextDate(text);
    onChange?.(iso ? dayjs(iso) : text);
  };
  return (
    <span
      style={{ display: rest.style?.width ? 'block' : 'inline-block' }}
      onInput={(e) => {
        typed.current = (e.target as HTMLInputElement).value;
      }}
      onBlur={settle}
      onKeyDown={(e) => {
        if (e.key === 'Enter') settle();
      }}
    >
      <DatePicker
        {...rest}
        status={typeof value === 'string' ? 'error' : rest.status}
        value={dayjs.isDayjs(value) ? value : null}
        onChange={(d: Dayjs | null) => {
          typed.current = '';
          onChange?.(d);
        }}
      />
    </span>
  );
}

/** A form value as YYYY-MM-DD for the API: typed text that is not a day goes as typed, for the rule to refuse. */
export function dateValue(value: Dayjs | string | null | undefined): string | undefined {
  if (dayjs.isDayjs(value)) return value.format('YYYY-MM-DD');
  return typeof value === 'string' && value !== '' ? value : undefined;
}
