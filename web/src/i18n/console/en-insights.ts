/** Dashboard (metrics) and Knowledge gaps. */
export const enInsights = {
  dashboard: {
    title: "Dashboard",
    intro: "How conversations end, over the days you choose (in the store's time zone).",
    language: "Language",
    allLanguages: "All languages",
    range: (from: string, to: string, zone: string) => `${from} – ${to} (${zone})`,
    conversations: "Conversations",
    engaged: (n: string) => `${n} with a shopper message`,
    resolution: "Resolved by the AI",
    routed: "Routed to the team",
    custom: "Shown the custom message",
    unresolved: "Other",
    ofEngaged: (n: string, total: string) => `${n} of ${total}`,
    firstReply: "Time to first human reply",
    firstReplyDetail: (p90: string, replied: string, waiting: string) =>
      `p90 ${p90} · ${replied} replied · ${waiting} waiting`,
    median: "median",
    noData: "—",
    perDay: "Conversations per day",
    chartLabel: (days: number, total: string) =>
      `Bar chart of conversations per day over ${days} days, ${total} in all.`,
    showTable: "Show the numbers as a table",
    date: "Day",
    reasons: "Handoff reasons",
    noHandoffs: "No handoffs in this range.",
    byLanguage: "By language",
    rate: "rate",
    legend: "Legend",
  },
  gaps: {
    title: "Knowledge gaps",
    intro: "Questions the AI could not answer, grouped by meaning, most asked first.",
    summary: (questions: number, groups: number) =>
      `${questions} unanswered ${questions === 1 ? "question" : "questions"} in ${groups} ${groups === 1 ? "group" : "groups"}.`,
    truncated: "Only the most recent questions are grouped; narrow the range to see older ones.",
    empty: "No unanswered questions in this range.",
    asked: (n: number) => (n === 1 ? "asked once" : `asked ${n} times`),
    alsoAsked: "Also asked as",
    examples: "Latest examples",
    lastSeen: (date: string) => `last asked ${date}`,
    addAnswer: "Add the answer",
    rerun: "Re-run these questions",
    rerunning: "Re-running…",
    rerunResult: (answered: number, total: number) =>
      `${answered} of ${total} ${total === 1 ? "question is" : "questions are"} now answered.`,
  },
  durations: {
    seconds: (n: number) => `${n} s`,
    minutes: (n: number) => `${n} min`,
    hours: (n: number) => `${n} h`,
  },
};
