import { useEffect } from 'react';
import { APP_NAME } from '../config/app';

/** `badge` leads the title, as mail and feed readers put an unread count: "(12) Heatline". */
export function useDocumentTitle(title?: string, badge?: string) {
  useEffect(() => {
    const name = title ? `${title} · ${APP_NAME}` : APP_NAME;
    document.title = badge ? `(${badge}) ${name}` : name;
  }, [title, badge]);
}
