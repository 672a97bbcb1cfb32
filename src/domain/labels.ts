import type { CategoryKey, LevelKey } from './report-schema';

export const LEVEL_LABELS: Record<LevelKey, string> = {
  level1: 'Level 1',
  level2: 'Level 2',
  level3: 'Level 3',
};

export const CATEGORY_LABELS: Record<CategoryKey, string> = {
  category1: 'Category 1: Registered sexual offenders',
  category2: 'Category 2: Violent offenders',
  category3: 'Category 3: Other dangerous offenders',
  category4: 'Category 4: Terrorist and terrorist-risk offenders',
};

export const CATEGORY_SHORT_LABELS: Record<CategoryKey, string> = {
  category1: 'Category 1',
  category2: 'Category 2',
  category3: 'Category 3',
  category4: 'Category 4',
};

export type GridTableId = 'snapshot' | 'level23Yearly' | 'breachOfLicence' | 'breachOfOrder';

export const TABLE_LABELS: Record<GridTableId, string> = {
  snapshot: 'MAPPA-eligible offenders on 31 March',
  level23Yearly: 'Offenders in levels 2 and 3 by category (yearly total)',
  breachOfLicence: 'Level 2 and 3 offenders returned to custody for breach of licence',
  breachOfOrder: 'Level 2 and 3 offenders returned to custody for breach of SOPO/SHPO',
};
