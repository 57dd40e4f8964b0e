import { describe, expect, it } from 'vitest';
import { formatRegion, regionNames, regionPath } from './regions.ts';

describe('regions', () => {
  it('turns stored names into a Cascader path and back', () => {
    expect(regionPath({ province: '浙江省', city: '杭州市', district: '西湖区' })).toEqual([
      '浙江省',
      '杭州市',
      '西湖区',
    ]);
    expect(regionNames(['浙江省', '杭州市', '西湖区'])).toEqual({
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
    });
  });

  it('stops the path at the first missing level', () => {
    expect(regionPath({ province: '浙江省', city: null, district: '西湖区' })).toEqual(['浙江省']);
    expect(regionPath({})).toEqual([]);
  });

  it('clears every level for an empty path', () => {
    expect(regionNames(undefined)).toEqual({ province: null, city: null, district: null });
    expect(regionNames(['浙江省'])).toEqual({ province: '浙江省', city: null, district: null });
  });

  it('formats a region with the address and skips the municipal placeholder', () => {
    expect(formatRegion({ province: '浙江省', city: '杭州市', district: '西湖区' }, '文三路 1 号')).toBe(
      '浙江省 杭州市 西湖区 文三路 1 号',
    );
    expect(formatRegion({ province: '北京市', city: '市辖区', district: '东城区' })).toBe('北京市 东城区');
    expect(formatRegion({})).toBe('');
  });
});
