import { COMPETITOR_COMPARISON } from './catalogue/competitor-comparison';
import { INVESTMENT_ADVICE } from './catalogue/investment-advice';
import { LEGAL_ADVICE } from './catalogue/legal-advice';
import { MEDICAL_ADVICE } from './catalogue/medical-advice';
import { POLITICS } from './catalogue/politics';
import type { CatalogueTopic } from './denied-topic';

/**
 * Topics a support desk commonly refuses, written in all five languages. None is on by
 * default: a pharmacy's desk must answer dosage questions and a law firm's legal ones, so
 * each tenant enables the ones it wants by name (GUARDRAILS_TENANT_POLICIES).
 */
export const TOPIC_CATALOGUE: ReadonlyMap<string, CatalogueTopic> = new Map(
  [LEGAL_ADVICE, MEDICAL_ADVICE, INVESTMENT_ADVICE, POLITICS, COMPETITOR_COMPARISON].map((t) => [t.name, t]),
);
