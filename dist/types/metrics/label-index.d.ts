export { classificationReport } from './classification.js';
export type { ClassificationReport, ClassificationReportOptions, ClassMetrics, Label, PrecisionRecallF1, } from './classification.js';
export { averagePrecision, rocAuc } from './ranking.js';
export { brierScore, expectedCalibrationError, logLoss } from './calibration.js';
export type { BinningStrategy, CalibrationBin, CalibrationOptions, CalibrationResult, LogLossOptions, } from './calibration.js';
export { cohenKappa, fleissKappa, krippendorffAlpha } from './agreement.js';
export type { CohenKappaOptions, FleissKappaOptions, FleissMethod, KappaWeights, KrippendorffOptions, MeasurementLevel, Rating, } from './agreement.js';
export { pearson, spearman } from './correlation.js';
export type { CorrelationResult } from './correlation.js';
