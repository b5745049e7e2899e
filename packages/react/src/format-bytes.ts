export { formatBytes } from './i18n/format.ts';
