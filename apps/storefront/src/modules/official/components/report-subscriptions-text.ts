// The subscription panel's words in the dashboard's two languages.
import type { Locale } from "@/i18n/routing"

const zh = {
  title: "月报订阅",
  intro: "每月1日（北京时间）生成上月报表，保存在此并发送到您的邮箱。",
  region: "地区代码（留空为全部辖区）",
  groupBy: "分组",
  lang: "语言",
  subscribe: "订阅月报",
  end: "取消订阅",
  none: "尚未订阅。",
  reports: "已生成的月报",
  noReports: "尚无月报。",
  columns: {
    region: "地区",
    group: "分组",
    lang: "语言",
    period: "期间",
    generated: "生成时间",
    sales: "销售额",
    households: "带动户数",
  },
  groupings: { region: "地区", cooperative: "合作社", channel: "渠道", category: "品类", month: "月份" },
  errors: { invalid: "请检查地区代码。", unavailable: "服务暂不可用，请稍后再试。" },
}
export type SubscriptionText = typeof zh

const en: SubscriptionText = {
  title: "Monthly report subscriptions",
  intro: "On the 1st (China time) last month's report is generated, kept here and emailed to you.",
  region: "Region code (empty for your whole scope)",
  groupBy: "Grouping",
  lang: "Language",
  subscribe: "Subscribe",
  end: "Unsubscribe",
  none: "No subscriptions yet.",
  reports: "Reports issued",
  noReports: "No reports issued yet.",
  columns: {
    region: "Region",
    group: "Grouping",
    lang: "Language",
    period: "Period",
    generated: "Generated",
    sales: "Sales",
    households: "Households",
  },
  groupings: { region: "Region", cooperative: "Cooperative", channel: "Channel", category: "Category", month: "Month" },
  errors: { invalid: "Check the region code.", unavailable: "The service is unavailable; try again shortly." },
}

export const subscriptionText = (locale: Locale): SubscriptionText => (locale === "en" ? en : zh)
