import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { roleLabels } from '../../../core/auth/roles';
import { grantKey, useActiveGrant } from '../auth/active-grant';
import { useSignedInUser } from '../auth/auth-api';

export function HomePage() {
  const user = useSignedInUser();
  const { activeGrant } = useActiveGrant();

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Xin chào, {user.fullName}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Chào mừng bạn đến với hệ thống điều hành cải cách hành chính. Chọn một mục ở thanh bên để
        bắt đầu làm việc.
      </Typography.Paragraph>
      <Card title="Vai trò của bạn">
        {user.roles.length === 0 ? (
          <Empty description="Tài khoản chưa được phân vai trò nào" />
        ) : (
          <Descriptions
            column={1}
            bordered
            size="small"
            items={user.roles.map((grant) => ({
              key: grantKey(grant),
              label: roleLabels[grant.role],
              children: (
                <Space wrap>
                  <Link to={`/don-vi?ma=${encodeURIComponent(grant.unitCode)}`}>
                    {grant.unitName}
                  </Link>
                  {activeGrant && grantKey(activeGrant) === grantKey(grant) && (
                    <Tag color="blue">Đang làm việc</Tag>
                  )}
                </Space>
              ),
            }))}
          />
        )}
      </Card>
    </Space>
  );
}
