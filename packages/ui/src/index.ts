export { cn, type ClassValue } from './cn';
export type { Tone } from './tone';
export type { LinkComponent, LinkComponentProps } from './link-component';
export { accentStyle, relativeLuminance, type ThemeStyle } from './accent-style';
export { formatMoney } from './format-money';
export {
  formatDateTime,
  toDate,
  type DateTimeStyle,
  type FormatDateTimeOptions,
} from './format-date-time';
export { initials } from './initials';
export { formatDuration } from './format-duration';
export { matchActiveHref } from './match-active-href';
export { useHydrated } from './use-hydrated';

export * from './icons';
export { Button, type ButtonProps } from './button';
export { ButtonLink, type ButtonLinkProps } from './button-link';
export { buttonClassName, type ButtonSize, type ButtonVariant } from './button-styles';
export {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  type CardHeaderProps,
} from './card';
export { Badge, type BadgeProps } from './badge';
export {
  StatusBadge,
  statusLabel,
  orderStatusTones,
  paymentStatusTones,
  tenantStatusTones,
  type OrderStatus,
  type PaymentStatus,
  type TenantStatus,
  type StatusBadgeProps,
} from './status-badge';
export { Input, controlClassName } from './input';
export { Label, type LabelProps } from './label';
export { Field, type FieldControlProps, type FieldProps } from './field';
export { Select } from './select';
export { Textarea } from './textarea';
export { Table, TBody, TD, TH, THead, TR, type TableProps } from './table';
export { TabLinks, type TabLinkItem, type TabLinksProps } from './tab-links';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { RouteError, type RouteErrorProps } from './route-error';
export { NotFoundScreen, type NotFoundScreenProps } from './not-found-screen';
export { ListPageSkeleton, PageHeaderSkeleton, TableRowsSkeleton } from './list-page-skeleton';
export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';
export { PageHeader, type PageHeaderProps } from './page-header';
export { Skeleton } from './skeleton';
export { Spinner, type SpinnerProps, type SpinnerSize } from './spinner';
export { Alert, type AlertProps } from './alert';
export { ActionNotice, type Notice } from './action-notice';
export { Money, type MoneyProps } from './money';
export { DateTime, type DateTimeProps } from './date-time';
export { Avatar, type AvatarProps, type AvatarSize } from './avatar';
export { UserSummary, type UserSummaryProps } from './user-summary';
export { Wordmark, type WordmarkProps } from './wordmark';
export { NoStoreScreen, type NoStoreScreenProps } from './no-store-screen';
export {
  MerchantStoreUnavailable,
  type MerchantStoreUnavailableProps,
} from './merchant-store-unavailable';
export {
  AppShell,
  type AppShellNavItem,
  type AppShellNavSection,
  type AppShellProps,
} from './app-shell';
export { StoreSwitcher, type StoreSwitcherProps, type StoreSwitcherStore } from './store-switcher';
export * from './sign-in';
