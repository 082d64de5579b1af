import type { RouterOutputs } from '@storeloom/api';
import { Badge, Table, TBody, TD, TH, THead, TR } from '@storeloom/ui';
import Link from 'next/link';

type Template = RouterOutputs['emails']['templates']['list'][number];

export function TemplatesTable({ templates }: { templates: Template[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH className="pl-4">Template</TH>
          <TH>Subject</TH>
          <TH className="pr-4">Sending</TH>
        </TR>
      </THead>
      <TBody>
        {templates.map((template) => (
          <TR key={template.templateKey}>
            <TD className="pl-4">
              <Link
                href={`/emails/templates/${template.templateKey}`}
                className="font-medium text-foreground hover:underline"
              >
                {template.name}
              </Link>
              <p>
                <code className="text-xs text-subtle-foreground">{template.templateKey}</code>
              </p>
            </TD>
            <TD className="max-w-md text-muted-foreground">
              <span className="flex items-center gap-2">
                <span className="truncate">{template.subject}</span>
                {template.hasCustomSubject && <Badge>Custom</Badge>}
              </span>
            </TD>
            <TD className="pr-4">
              {template.isEnabled ? (
                <Badge tone="success" dot>
                  On
                </Badge>
              ) : (
                <Badge dot>Off</Badge>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
