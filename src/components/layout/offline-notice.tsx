import { useOnline } from '../../lib/use-online';

/**
 * Under the header while the connection is gone: pages and articles opened
 * before still show (the service worker kept them); others wait for the
 * connection and say so.
 */
export function OfflineNotice() {
  const online = useOnline();
  if (online) return null;
  return (
    <p className="offline-notice" role="status">
      <strong>Offline</strong> — showing what you have read. New pages load when you are back online.
    </p>
  );
}
