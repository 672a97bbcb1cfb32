import type { IngestQuestion } from '../../../ingest/common/question';
import type { ByAreaRecord } from '../../../ingest/review/by-area-records';
import type { ByAreaTable } from '../../../ingest/report-text/by-area-tables';
import { QuestionSelect } from '../question-select';

interface ReviewByAreaProps {
  tables: readonly ByAreaTable[];
  /** The rows asked about (a name that is not one of the region's areas), by question id. */
  questions: readonly IngestQuestion[];
  answers: Readonly<Record<string, string>>;
  onAnswer: (questionId: string, answer: string) => void;
  records: readonly ByAreaRecord[];
  nameOf: (areaId: string) => string;
}

/** A regional report's tables by area: which areas' figures are saved beside the region's, and the rows asked about. */
export function ReviewByArea({ tables, questions, answers, onAnswer, records, nameOf }: ReviewByAreaProps) {
  if (tables.length === 0) return null;
  const saved = records.filter((record) => record.outcome.wire);
  return (
    <section aria-labelledby="review-by-area-heading">
      <h3 id="review-by-area-heading">Figures by area</h3>
      <p>
        {tables.map((table) => `The table by area on line ${table.heading.lineNumber}`).join('; ')} gives each area’s MAPPA-eligible offenders on 31 March by
        category.{' '}
        {saved.length === 0
          ? 'No area’s figures will be saved.'
          : `Saved as those areas’ figures too: ${saved.map((record) => nameOf(record.areaId)).join(', ')}.`}
      </p>
      {questions.map((question) => (
        <QuestionSelect
          key={question.id}
          id={`review-by-area-${question.where.line ?? question.id}`}
          question={question}
          value={answers[question.id] ?? ''}
          empty="Choose an area"
          onChange={(answer) => onAnswer(question.id, answer)}
        />
      ))}
    </section>
  );
}
