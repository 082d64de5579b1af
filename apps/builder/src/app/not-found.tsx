import { NotFoundScreen } from '@storeloom/ui';
import Link from 'next/link';

export default function NotFound() {
  return <NotFoundScreen linkComponent={Link} />;
}
