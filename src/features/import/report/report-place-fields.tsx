import type { IngestQuestion } from '../../../ingest/common/question';
import { QuestionSelect } from '../question-select';

interface ReportPlaceFieldsProps {
  /** Which area the report is for, and which year: the ingest layer's questions. */
  area: IngestQuestion;
  year: IngestQuestion;
  areaId: string;
  yearValue: string;
  /** A probation region's report (its title says so): the place asked for is a region. */
  regional: boolean;
  onArea: (areaId: string) => void;
  onYear: (year: string) => void;
}

/** The report's area and year: each with the line it was found on, or asked when the text does not say. */
export function ReportPlaceFields({ area, year, areaId, yearValue, regional, onArea, onYear }: ReportPlaceFieldsProps) {
  return (
    <div className="view-options">
      <QuestionSelect
        id="review-area"
        label={regional ? 'Region' : 'Area'}
        question={area}
        value={areaId}
        empty={regional ? 'Choose a region' : 'Choose an area'}
        onChange={onArea}
      />
      <QuestionSelect id="review-year" label="Year" question={year} value={yearValue} empty="Choose a year" onChange={onYear} />
    </div>
  );
}
