import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { NotificationItem } from '../../../contracts/notifications';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstantDateTimeVi } from '../../lib/format';
import {
  useMyNotifications,
  useReadAllNotifications,
  useReadNotification,
} from './notifications-api';

/** The header's bell: unread count, the latest notices, a click opens the notice's page. */
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
        <Typography.Text strong>Thông báo</Typography.Text>
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
        <Empty description="Chưa có thông báo" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List<NotificationItem>
          aria-label="Danh sách thông báo"
          size="small"
          dataSource={list.data?.items ?? []}
          renderItem={(item) => (
            <List.Item
              onClick={() => openItem(item)}
              style={{
                cursor: 'pointer',
                background: item.readAt ? undefined : '#e6f4ff',
                paddingInline: 8,
              }}
            >
              <List.Item.Meta
                title={item.title}
                description={
                  <>
                    {item.body && <div>{item.body}</div>}
                    <Typography.Text type="secondary">
                      {formatInstantDateTimeVi(item.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
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
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          type="text"
          shape="circle"
          aria-label={unread > 0 ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'}
          icon={<BellOutlined aria-hidden />}
        />
      </Badge>
    </Popover>
  );
}
