import type { ComponentProps } from 'react';

/*
 * A handful of 16px stroke icons drawn in currentColor, enough for the shared components.
 * Inline SVG keeps the package dependency-free; apps may pass any icon library into the slots.
 */

export type IconProps = ComponentProps<'svg'>;

function Icon({ children, ...props }: IconProps) {
  return (
    <svg
      viewBox="0 0 16 16"
      width={16}
      height={16}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export function CheckIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m3.5 8.5 3 3 6-7" />
    </Icon>
  );
}

export function InfoIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 7.25v3.5M8 5.25v.01" />
    </Icon>
  );
}

export function WarningIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M7.13 2.5a1 1 0 0 1 1.74 0l5.5 9.5a1 1 0 0 1-.87 1.5h-11a1 1 0 0 1-.87-1.5z" />
      <path d="M8 6.5v2.75M8 11.25v.01" />
    </Icon>
  );
}

export function ErrorIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="6.25" />
      <path d="m5.75 5.75 4.5 4.5m0-4.5-4.5 4.5" />
    </Icon>
  );
}

export function SuccessIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="6.25" />
      <path d="m5.5 8.25 1.75 1.75 3.25-3.75" />
    </Icon>
  );
}

export function ChevronDownIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m4.5 6.25 3.5 3.5 3.5-3.5" />
    </Icon>
  );
}

export function SearchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="7" cy="7" r="4.25" />
      <path d="m10.25 10.25 3 3" />
    </Icon>
  );
}

export function CartIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M1.75 2.25h1.5l1.6 7.6a1 1 0 0 0 .98.8h5.6a1 1 0 0 0 .97-.76l1.1-4.64H4" />
      <circle cx="6" cy="13.25" r=".75" />
      <circle cx="11.5" cy="13.25" r=".75" />
    </Icon>
  );
}

export function ImageIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="2" y="2.75" width="12" height="10.5" rx="1.5" />
      <circle cx="5.75" cy="6.25" r="1.1" />
      <path d="m2.5 11.5 3.25-3 2.5 2.25 2-1.75 3.25 2.75" />
    </Icon>
  );
}

export function StoreIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.25 6.25 3.25 2.75h9.5l1 3.5a1.9 1.9 0 0 1-3.8.25 1.9 1.9 0 0 1-3.9 0 1.9 1.9 0 0 1-3.8-.25z" />
      <path d="M3 8.25v5h10v-5M6.5 13.25v-3h3v3" />
    </Icon>
  );
}

/* Navigation icons for the app shells. */

export function HomeIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.5 7 8 2.5 13.5 7v6a.75.75 0 0 1-.75.75H10v-4H6v4H3.25A.75.75 0 0 1 2.5 13z" />
    </Icon>
  );
}

export function BoxIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m8 1.75 5.75 3v6.5L8 14.25l-5.75-3v-6.5z" />
      <path d="M2.25 4.75 8 7.75l5.75-3M8 7.75v6.5" />
    </Icon>
  );
}

export function ReceiptIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3.25 1.75h9.5v12.5l-2-1.25-1.5 1.25L8 13l-1.25 1.25-1.5-1.25-2 1.25z" />
      <path d="M5.75 5.25h4.5M5.75 8h4.5" />
    </Icon>
  );
}

export function UsersIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="6" cy="5.25" r="2.5" />
      <path d="M1.75 13.5a4.25 4.25 0 0 1 8.5 0M10.5 3a2.5 2.5 0 0 1 0 4.75M12 9.5a4.25 4.25 0 0 1 2.25 4" />
    </Icon>
  );
}

export function SettingsIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="2" />
      <path d="M8 1.75v1.5M8 12.75v1.5M14.25 8h-1.5M3.25 8h-1.5M12.42 3.58l-1.06 1.06M4.64 11.36l-1.06 1.06M12.42 12.42l-1.06-1.06M4.64 4.64 3.58 3.58" />
    </Icon>
  );
}

export function ShieldIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M8 1.75 13.25 3.5v4c0 3.25-2.25 5.5-5.25 6.75C5 13 2.75 10.75 2.75 7.5v-4z" />
      <path d="m5.75 8 1.5 1.5 3-3" />
    </Icon>
  );
}

export function BuildingIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.75 14.25V2.5a.75.75 0 0 1 .75-.75h6a.75.75 0 0 1 .75.75v11.75M10.25 6.25h2.25a.75.75 0 0 1 .75.75v7.25M1.75 14.25h12.5" />
      <path d="M5.25 4.75h2M5.25 7.5h2M5.25 10.25h2" />
    </Icon>
  );
}

export function ListIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M5.75 4h8M5.75 8h8M5.75 12h8M2.25 4h.01M2.25 8h.01M2.25 12h.01" />
    </Icon>
  );
}

export function ArrowLeftIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M13 8H3m4.25-4.25L3 8l4.25 4.25" />
    </Icon>
  );
}

export function UserIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="5.25" r="2.75" />
      <path d="M2.75 14a5.25 5.25 0 0 1 10.5 0" />
    </Icon>
  );
}

export function MailIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="1.75" y="3.25" width="12.5" height="9.5" rx="1.25" />
      <path d="m2.25 4.25 5.75 4.5 5.75-4.5" />
    </Icon>
  );
}

/** Steps joined by a line: durable workflows and their runs. */
export function WorkflowIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="1.75" y="1.75" width="4.5" height="4.5" rx="1" />
      <rect x="9.75" y="9.75" width="4.5" height="4.5" rx="1" />
      <path d="M4 6.25v2.5A1.25 1.25 0 0 0 5.25 10h4.5" />
    </Icon>
  );
}

export function ChevronLeftIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m10 3.5-4.5 4.5 4.5 4.5" />
    </Icon>
  );
}

export function ChevronRightIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m6 3.5 4.5 4.5L6 12.5" />
    </Icon>
  );
}

export function CloseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="m4 4 8 8M12 4l-8 8" />
    </Icon>
  );
}

export function PlusIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M8 3.5v9M3.5 8h9" />
    </Icon>
  );
}

export function MinusIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3.5 8h9" />
    </Icon>
  );
}

export function TrashIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M7 7v3.5M9 7v3.5" />
    </Icon>
  );
}

export function TagIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.5 8.6V3a.5.5 0 0 1 .5-.5h5.6l5 5a1 1 0 0 1 0 1.4l-4.2 4.2a1 1 0 0 1-1.4 0z" />
      <circle cx="5.5" cy="5.5" r="1" />
    </Icon>
  );
}

export function FilterIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.5 4h11M4.5 8h7M6.5 12h3" />
    </Icon>
  );
}
