import { redirect } from 'next/navigation';

/** The console opens on its tenant list. */
export default function HomePage() {
  redirect('/tenants');
}
