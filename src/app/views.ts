// Every chart view, as one lazily loaded chunk: one request for the first view instead of a
// dozen small ones (browsers open at most six connections to a host over HTTP/1.1), and every
// other view is then already there when the reader moves on.
export { CompareView } from '../features/compare/compare-view';
export { LevelsView } from '../features/levels/levels-view';
export { RecallsView } from '../features/compare/recalls-view';
export { ReportTablesView } from '../features/tables/report-tables-view';
export { SummaryView } from '../features/summary/summary-view';
export { TrendsView } from '../features/trends/trends-view';
