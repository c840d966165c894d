import { BellOutlined } from '@ant-design/icons';
import { Button, Flex, Popover } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { NotificationItem } from '../../../contracts/notifications';
import { ErrorAlert } from '../../components/error-alert';
import { SecondaryText } from '../../components/plain-text';
import { formatInstantDateTimeVi } from '../../lib/format';
import {
  useMyNotifications,
  useReadAllNotifications,
  useReadNotification,
} from './notifications-api';

/**
 * The header's bell: unread count, the latest notices, a click opens the notice's page. Items
 * are plain buttons in a list (reachable with the keyboard) rather than antd's List, which pulls
 * Pagination into every signed-in page, and the count is a plain span rather than antd's Badge
 * (with its ribbon and animations): issue 5 holds the landing route to 300 KB gzipped.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const list = useMyNotifications();
  const read = useReadNotification();
  const readAll = useReadAllNotifications();
  const unread = list.data?.unread ?? 0;

  const openItem = (item: NotificationItem) => {
    if (!item.readAt) read.mutate(item.id);
    setOpen(false);
    if (item.link?.startsWith('/')) navigate(item.link);
  };

  const content = (
    <Flex vertical gap={8} style={{ width: 380, maxHeight: 480, overflowY: 'auto' }}>
      <Flex justify="space-between" align="center">
        <strong>Thông báo</strong>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={readAll.isPending}
          onClick={() => readAll.mutate()}
        >
          Đánh dấu tất cả đã đọc
        </Button>
      </Flex>
      <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      {(list.data?.items.length ?? 0) === 0 ? (
        <SecondaryText>Chưa có thông báo</SecondaryText>
      ) : (
        <ul aria-label="Danh sách thông báo" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {(list.data?.items ?? []).map((item) => (
            <li key={item.id} style={{ borderBottom: '1px solid #f0f0f0' }}>
              <button
                type="button"
                onClick={() => openItem(item)}
                style={{
                  all: 'unset',
                  boxSizing: 'border-box',
                  display: 'block',
                  width: '100%',
                  cursor: 'pointer',
                  padding: 8,
                  background: item.readAt ? undefined : '#e6f4ff',
                }}
              >
                <span style={{ fontWeight: item.readAt ? 400 : 600 }}>{item.title}</span>
                {item.body && <div>{item.body}</div>}
                <SecondaryText>{formatInstantDateTimeVi(item.createdAt)}</SecondaryText>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <span style={{ position: 'relative', display: 'inline-block' }}>
        <Button
          type="text"
          shape="circle"
          aria-label={unread > 0 ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'}
          icon={<BellOutlined aria-hidden />}
        />
        {unread > 0 && (
          <span aria-hidden style={unreadCountStyle}>
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </span>
    </Popover>
  );
}

const unreadCountStyle: CSSProperties = {
  position: 'absolute',
  top: -2,
  insetInlineEnd: -4,
  minWidth: 16,
  height: 16,
  padding: '0 4px',
  borderRadius: 8,
  background: '#cf1322',
  color: '#fff',
  fontSize: 11,
  lineHeight: '16px',
  textAlign: 'center',
  pointerEvents: 'none',
};
