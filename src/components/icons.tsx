// Inline SVG icons: no icon font or extra request. Decorative only; the
// buttons that use them carry their own accessible names.
type IconProps = { className?: string };

const common = {
  width: 18,
  height: 18,
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round" as const,
  strokeLinejoin: "round" as const,
  "aria-hidden": true,
  focusable: false,
};

export const PencilIcon = ({ className }: IconProps) => (
  <svg {...common} className={className}>
    <path d="M12 20h9" />
    <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
  </svg>
);

export const TrashIcon = ({ className }: IconProps) => (
  <svg {...common} className={className}>
    <path d="M3 6h18" />
    <path d="M8 6V4h8v2" />
    <path d="M19 6l-1 14H6L5 6" />
  </svg>
);

export const PlusIcon = ({ className }: IconProps) => (
  <svg {...common} className={className}>
    <path d="M12 5v14M5 12h14" />
  </svg>
);

export const SendIcon = ({ className }: IconProps) => (
  <svg {...common} className={className}>
    <path d="M22 2 11 13" />
    <path d="M22 2 15 22l-4-9-9-4Z" />
  </svg>
);

export const MenuIcon = ({ className }: IconProps) => (
  <svg {...common} className={className}>
    <path d="M4 6h16M4 12h16M4 18h16" />
  </svg>
);

export const ChevronDownIcon = ({ className }: IconProps) => (
  <svg {...common} className={className}>
    <path d="m6 9 6 6 6-6" />
  </svg>
);

export const KeyIcon = ({ className }: IconProps) => (
  <svg {...common} className={className}>
    <circle cx="7.5" cy="15.5" r="4.5" />
    <path d="m10.7 12.3 9.3-9.3M17 6l3 3M14 9l2 2" />
  </svg>
);
