// Merged by Medusa into the dashboard's "translation" namespace (keys under "fengshou" to avoid clashes);
// the dashboard's own language codes are "en" and "zhCN".
const en = {
  fengshou: {
    cooperatives: {
      menu: "Cooperatives",
      title: "Cooperatives",
      subtitle: "Sign-ups waiting for approval, approved sellers and suspended ones",
      status: { pending: "Pending", approved: "Approved", suspended: "Suspended" },
      columns: { name: "Name", creditCode: "Credit code", region: "Region", created: "Signed up", actions: "" },
      empty: "No cooperatives in this list",
      approve: "Approve",
      suspend: "Suspend",
      approved: "{{name}} approved",
      suspended: "{{name}} suspended",
      suspendTitle: "Suspend {{name}}?",
      suspendDescription: "Its staff can still sign in and read, but every write is refused until it is approved again.",
      reason: "Reason (shown to the cooperative)",
      cancel: "Cancel",
      failed: "The request failed: {{message}}",
    },
    provenance: {
      title: "Provenance",
      none: "This product is not linked to a cooperative",
      cooperative: "Cooperative",
      openCooperatives: "Open in Cooperatives",
      lots: "Lots",
      noLots: "No lots recorded yet",
      harvest: "Harvest",
      quantity: "Quantity",
      traceCode: "Trace code",
      households: "Households",
      householdCount_one: "{{count}} household",
      householdCount_other: "{{count}} households",
    },
  },
}

const zhCN: typeof en = {
  fengshou: {
    cooperatives: {
      menu: "合作社",
      title: "合作社",
      subtitle: "待审核、已通过和已暂停的合作社",
      status: { pending: "待审核", approved: "已通过", suspended: "已暂停" },
      columns: { name: "名称", creditCode: "统一社会信用代码", region: "所在地", created: "注册日期", actions: "" },
      empty: "此列表中没有合作社",
      approve: "通过",
      suspend: "暂停",
      approved: "已通过 {{name}}",
      suspended: "已暂停 {{name}}",
      suspendTitle: "暂停 {{name}}？",
      suspendDescription: "其工作人员仍可登录查看，但在重新通过审核前所有写操作都会被拒绝。",
      reason: "原因（合作社可见）",
      cancel: "取消",
      failed: "请求失败：{{message}}",
    },
    provenance: {
      title: "产地溯源",
      none: "此商品未关联合作社",
      cooperative: "合作社",
      openCooperatives: "在合作社页面中查看",
      lots: "批次",
      noLots: "暂无批次记录",
      harvest: "采收日期",
      quantity: "数量",
      traceCode: "溯源码",
      households: "农户",
      householdCount_one: "{{count}} 户",
      householdCount_other: "{{count}} 户",
    },
  },
}

export default { en: { translation: en }, zhCN: { translation: zhCN } }
