/** Something the builder says about what the user typed, before anything is sent. */
export interface Finding {
  level: 'error' | 'warning' | 'info';
  message: string;
  spec?: string;
}
