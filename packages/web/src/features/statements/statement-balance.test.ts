import { describe, expect, it } from 'vitest';
import { balanceAmount, balanceSide, formatSignedMoney, statementState } from './statement-balance.ts';

describe('balance wording', () => {
  it('says who owes whom', () => {
    expect(balanceSide(123450)).toBe('owed');
    expect(balanceSide(-5000)).toBe('refundDue');
    expect(balanceSide(0)).toBe('settled');
  });

  it('shows the amount without a sign beside the words', () => {
    expect(balanceAmount(-5000)).toBe('¥50.00');
    expect(balanceAmount(123450)).toBe('¥1,234.50');
  });

  it('signs every movement', () => {
    expect(formatSignedMoney(120000)).toBe('+¥1,200.00');
    expect(formatSignedMoney(-30000)).toBe('-¥300.00');
    expect(formatSignedMoney(0)).toBe('¥0.00');
  });
});

describe('statementState', () => {
  it('is the answer when there is one, else whether the month is over', () => {
    expect(statementState({ ended: false, status: null })).toBe('open');
    expect(statementState({ ended: true, status: null })).toBe('pending');
    expect(statementState({ ended: true, status: 'confirmed' })).toBe('confirmed');
    expect(statementState({ ended: true, status: 'disputed' })).toBe('disputed');
  });

  it('calls an ended month without lines or balance quiet, unless someone answered it', () => {
    expect(statementState({ ended: true, status: null, lineCount: 0, closingBalance: 0 })).toBe('quiet');
    expect(statementState({ ended: true, status: null, lineCount: 0, closingBalance: 5000 })).toBe('pending');
    expect(statementState({ ended: true, status: null, lineCount: 2, closingBalance: 0 })).toBe('pending');
    expect(statementState({ ended: false, status: null, lineCount: 0, closingBalance: 0 })).toBe('open');
    expect(statementState({ ended: true, status: 'confirmed', lineCount: 0, closingBalance: 0 })).toBe('confirmed');
  });
});
